package nlp_test

import (
	"testing"

	"github.com/newsgist/newsgist/internal/benchdata"
	"github.com/newsgist/newsgist/internal/nlp"
)

// BenchmarkRawSentences is the Punkt segmentation alone.
func BenchmarkRawSentences(b *testing.B) {
	for _, in := range benchdata.TextInputs() {
		text := string(in.Body)
		b.Run(in.Name, func(b *testing.B) {
			nlp.RawSentences(text) // load the model outside the timing
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				nlp.RawSentences(text)
			}
		})
	}
}

// BenchmarkNewDocument is the analysis every stage reads: paragraphs,
// sentences and tokens.
func BenchmarkNewDocument(b *testing.B) {
	for _, in := range benchdata.TextInputs() {
		text := string(in.Body)
		b.Run(in.Name, func(b *testing.B) {
			nlp.NewDocument(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				nlp.NewDocument(text)
			}
		})
	}
}

// BenchmarkIndexNames is the name index alone (Document.Names builds it
// once per article, on first use), on a document analysed beforehand.
func BenchmarkIndexNames(b *testing.B) {
	for _, in := range benchdata.TextInputs() {
		d := nlp.NewDocument(string(in.Body))
		b.Run(in.Name, func(b *testing.B) {
			nlp.IndexNames(d)
			b.SetBytes(int64(len(d.Text)))
			b.ReportAllocs()
			for b.Loop() {
				nlp.IndexNames(d)
			}
		})
	}
}
