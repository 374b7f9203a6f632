package postag

import (
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/newsgist/newsgist/internal/benchdata"
)

// BenchmarkTag is the prose tagger through Tag (not on the digest path).
func BenchmarkTag(b *testing.B) {
	text := string(benchdata.Generated()[0].Body)
	Tag("warm up")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tag(text)
	}
}

// BenchmarkProseBaseline is the baseline of issue 6: prose.NewDocument with
// its defaults (tokenise, segment, tag, named entities) on the same texts as
// internal/pipeline BenchmarkDigest (same sub-benchmark names). The 1 MB
// text is left out (prose takes seconds on it); set -benchtime to taste.
func BenchmarkProseBaseline(b *testing.B) {
	if _, err := prose.NewDocument("Warm up."); err != nil { // first call loads the models
		b.Fatal(err)
	}
	for _, in := range benchdata.TextInputs() {
		if len(in.Body) > 200<<10 {
			continue
		}
		text := string(in.Body)
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := prose.NewDocument(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
