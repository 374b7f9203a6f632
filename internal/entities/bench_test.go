package entities

import (
	"testing"

	"github.com/newsgist/newsgist/internal/benchdata"
	"github.com/newsgist/newsgist/internal/nlp"
)

// BenchmarkFind runs Find on the analysis of the generated 1,000-word
// article. The analysis is built once, outside the loop, as the pipeline
// builds it once for every stage (BenchmarkNewDocument in internal/nlp
// measures it).
func BenchmarkFind(b *testing.B) {
	doc := nlp.NewDocument(string(benchdata.Generated()[0].Body))
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc, nil)
	}
}
