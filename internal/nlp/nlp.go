// Package nlp is newsgist's door to natural-language models: sentence
// segmentation with the Punkt model that github.com/jdkato/prose/v2 ships
// (from its dependency gopkg.in/neurosnap/sentences.v1), repaired by rules
// for news text. Part-of-speech tagging with prose itself lives in the
// subpackage postag, so that binaries which never tag (the Lambda) do not
// link prose's 4.4 MB of embedded models.
//
// The model is loaded at most once per process, and only when a caller first
// needs it. All offsets are byte offsets into the string the caller passed in.
package nlp

import (
	"sync"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// Span is the half-open byte range [Start, End) of a piece of a text.
type Span struct {
	Start, End int
}

var (
	punktOnce sync.Once
	punkt     *sentences.DefaultSentenceTokenizer
	punktErr  error
)

func segmenter() (*sentences.DefaultSentenceTokenizer, error) {
	punktOnce.Do(func() {
		punkt, punktErr = english.NewSentenceTokenizer(nil)
	})
	return punkt, punktErr
}

// RawSentences splits text into sentences with the Punkt model alone and
// returns their spans with surrounding white space trimmed. It is the
// unrepaired segmentation; most callers want Sentences.
func RawSentences(text string) []Span {
	tok, err := segmenter()
	if err != nil || text == "" {
		// The model is compiled into the binary; failing to load it is a
		// build defect, not an input problem. Fall back to one sentence.
		return trimSpans(text, []Span{{0, len(text)}})
	}
	var spans []Span
	for _, s := range tok.Tokenize(text) {
		spans = append(spans, Span{s.Start, s.End})
	}
	return trimSpans(text, spans)
}

// trimSpans trims white space from each span and drops empty ones.
func trimSpans(text string, spans []Span) []Span {
	out := spans[:0]
	for _, s := range spans {
		if s.Start < 0 {
			s.Start = 0
		}
		if s.End > len(text) {
			s.End = len(text)
		}
		for s.Start < s.End && isSpace(text[s.Start]) {
			s.Start++
		}
		for s.End > s.Start && isSpace(text[s.End-1]) {
			s.End--
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
