package clean_test

import (
	"testing"

	"github.com/newsgist/newsgist/internal/benchdata"
	"github.com/newsgist/newsgist/internal/clean"
)

// BenchmarkClean is the cleaning stage (decode, detect, extract, boilerplate)
// on the generated articles and every testdata/ article.
func BenchmarkClean(b *testing.B) {
	td, err := benchdata.Testdata("../../testdata")
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range append(benchdata.Generated(), td...) {
		b.Run(in.Name, func(b *testing.B) {
			if _, err := clean.Clean(in.Body, in.Key, ""); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(in.Body)))
			b.ReportAllocs()
			for b.Loop() {
				clean.Clean(in.Body, in.Key, "")
			}
		})
	}
}
