// Package nlp is newsgist's only door to natural-language models: sentence
// segmentation (the Punkt model that github.com/jdkato/prose/v2 ships) and
// part-of-speech tagging (prose's averaged perceptron).
//
// Every model is loaded at most once per process, and only when a caller first
// needs it, so a process that never tags never pays for the tagger.
// All offsets are byte offsets into the string the caller passed in.
package nlp

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// Span is the half-open byte range [Start, End) of a piece of a text.
type Span struct {
	Start, End int
}

// Token is one word or punctuation mark with its Penn Treebank tag.
type Token struct {
	Text  string
	Tag   string
	Start int // byte offset of the token in the tagged text, or -1 if it could not be located
	End   int
}

var (
	punktOnce sync.Once
	punkt     *sentences.DefaultSentenceTokenizer
	punktErr  error

	taggerOnce  sync.Once
	taggerModel *prose.Model
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

// Tag tokenises text and tags each token with its part of speech. The tagger
// model is loaded on the first call.
func Tag(text string) []Token {
	taggerOnce.Do(func() {
		// prose builds its default model inside NewDocument; a one-word
		// document with extraction off loads the tagger alone, and the
		// document keeps the model for reuse.
		doc, err := prose.NewDocument("a", prose.WithSegmentation(false), prose.WithExtraction(false))
		if err == nil {
			taggerModel = doc.Model
		}
	})
	if taggerModel == nil || strings.TrimSpace(text) == "" {
		return nil
	}
	doc, err := prose.NewDocument(text,
		prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(taggerModel))
	if err != nil {
		return nil
	}
	toks := doc.Tokens()
	out := make([]Token, len(toks))
	pos := 0
	for i, t := range toks {
		out[i] = Token{Text: t.Text, Tag: t.Tag, Start: -1, End: -1}
		if j := strings.Index(text[pos:], t.Text); j >= 0 && t.Text != "" {
			out[i].Start = pos + j
			out[i].End = pos + j + len(t.Text)
			pos = out[i].End
		}
	}
	return out
}
