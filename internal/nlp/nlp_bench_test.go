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
