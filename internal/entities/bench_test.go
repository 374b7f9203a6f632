package entities

import (
	"testing"

	"github.com/newsgist/newsgist/internal/benchdata"
)

// BenchmarkFind runs Find on the generated 1,000-word article.
func BenchmarkFind(b *testing.B) {
	text := string(benchdata.Generated()[0].Body)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, nil)
	}
}
