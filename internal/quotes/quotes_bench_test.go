package quotes_test

import (
	"testing"

	"github.com/newsgist/newsgist/internal/benchdata"
	"github.com/newsgist/newsgist/internal/clean"
	"github.com/newsgist/newsgist/internal/quotes"
)

// BenchmarkExtract is quote extraction on the cleaned text of the generated
// plain-text articles (1,000 words, 1 KB to 1 MB) and the testdata/ articles.
func BenchmarkExtract(b *testing.B) {
	td, err := benchdata.Testdata("../../testdata")
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range append(benchdata.TextInputs(), td...) {
		art, err := clean.Clean(in.Body, in.Key, "")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(art.Text)))
			b.ReportAllocs()
			for b.Loop() {
				quotes.Extract(art.Text, 10)
			}
		})
	}
}
