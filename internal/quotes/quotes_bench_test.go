package quotes_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/benchdata"
	"github.com/newsgist/newsgist/internal/clean"
	"github.com/newsgist/newsgist/internal/nlp"
	"github.com/newsgist/newsgist/internal/quotes"
)

// BenchmarkExtract is quote extraction on the cleaned text of the generated
// plain-text articles (1,000 words, 1 KB to 1 MB) and the testdata/ articles.
// The shared analysis (nlp.NewDocument) is built once outside the loop, as
// the pipeline builds it once for every stage.
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
		doc := nlp.NewDocument(art.Text)
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(art.Text)))
			b.ReportAllocs()
			for b.Loop() {
				quotes.Extract(doc, 10)
			}
		})
	}
}

// BenchmarkExtractLarge covers the shapes that could go quadratic: a 1 MB
// run of articles, a megabyte of unbalanced marks in one paragraph, and one
// long sentence of scare-quoted fragments.
func BenchmarkExtractLarge(b *testing.B) {
	base, err := os.ReadFile("../../testdata/quotes-patterns.txt")
	if err != nil {
		b.Fatal(err)
	}
	var articles strings.Builder
	for articles.Len() < 1<<20 {
		articles.Write(base)
		articles.WriteString("\n\n")
	}
	cases := map[string]string{
		"articles-1MB":    articles.String(),
		"unbalanced-1MB":  strings.Repeat(`a "b `, 1<<18),
		"fragments-750KB": strings.Repeat(`they called it "x" and `, 1<<15),
	}
	for _, name := range []string{"articles-1MB", "unbalanced-1MB", "fragments-750KB"} {
		text := cases[name]
		doc := nlp.NewDocument(text)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				quotes.Extract(doc, 10)
			}
		})
	}
}
