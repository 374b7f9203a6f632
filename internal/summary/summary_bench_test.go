package summary_test

import (
	"testing"

	"github.com/newsgist/newsgist/internal/benchdata"
	"github.com/newsgist/newsgist/internal/clean"
	"github.com/newsgist/newsgist/internal/summary"
)

func benchTexts(b *testing.B) []benchdata.Input {
	td, err := benchdata.Testdata("../../testdata")
	if err != nil {
		b.Fatal(err)
	}
	var out []benchdata.Input
	for _, in := range append(benchdata.TextInputs(), td...) {
		art, err := clean.Clean(in.Body, in.Key, "")
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, benchdata.Input{Name: in.Name, Key: in.Key, Body: []byte(art.Text)})
	}
	return out
}

// BenchmarkSummarise is the extractive summary (3 sentences) on the cleaned
// text of the generated plain-text articles and the testdata/ articles.
func BenchmarkSummarise(b *testing.B) {
	for _, in := range benchTexts(b) {
		text := string(in.Body)
		b.Run(in.Name, func(b *testing.B) {
			summary.Summarise(text, 3)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				summary.Summarise(text, 3)
			}
		})
	}
}

// BenchmarkHeadline is the headline on the same texts.
func BenchmarkHeadline(b *testing.B) {
	for _, in := range benchTexts(b) {
		text := string(in.Body)
		b.Run(in.Name, func(b *testing.B) {
			summary.Headline(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				summary.Headline(text)
			}
		})
	}
}

// BenchmarkDigest is the headline and the 3-sentence summary from one
// analysis, as the pipeline calls it.
func BenchmarkDigest(b *testing.B) {
	for _, in := range benchTexts(b) {
		text := string(in.Body)
		b.Run(in.Name, func(b *testing.B) {
			summary.Digest(text, 3)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				summary.Digest(text, 3)
			}
		})
	}
}
