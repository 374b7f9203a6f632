package summary_test

import (
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/benchdata"
	"github.com/newsgist/newsgist/internal/clean"
	"github.com/newsgist/newsgist/internal/nlp"
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
// analysis of the text, the shared analysis (nlp.NewDocument) included.
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

// BenchmarkHeadlinePathological is text with no full stop, so that one
// "sentence" is the whole input: a page of comma-separated intros, clause
// words, or bare words. Compress reads only the start of a sentence, so
// the time must stay that of segmenting and ranking (before that cap, the
// 220 KB intro case took over a minute).
func BenchmarkHeadlinePathological(b *testing.B) {
	for name, text := range map[string]string{
		"intros-220KB":  strings.Repeat("In a town, ", 20000),
		"clauses-300KB": strings.Repeat("word and which ", 20000),
		"words-400KB":   strings.Repeat("x ", 200000),
	} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				summary.Headline(text)
			}
		})
	}
}

// BenchmarkDigestShared is the headline and the 3-sentence summary from the
// shared analysis, as the pipeline calls them: nlp.NewDocument is built
// once per article for every stage and is not counted here.
func BenchmarkDigestShared(b *testing.B) {
	for _, in := range benchTexts(b) {
		nd := nlp.NewDocument(string(in.Body))
		b.Run(in.Name, func(b *testing.B) {
			digestShared(nd)
			b.SetBytes(int64(len(nd.Text)))
			b.ReportAllocs()
			for b.Loop() {
				digestShared(nd)
			}
		})
	}
}

func digestShared(nd *nlp.Document) {
	doc := summary.Analyse(nd)
	doc.HeadlineFor("")
	doc.SummaryFor("", 3)
}
