// Package postag tags parts of speech with prose's averaged perceptron
// (github.com/jdkato/prose/v2). It is the only package that imports prose,
// and it is kept apart from package nlp because importing prose links its
// embedded models (4.4 MB) into the binary: the digest path never tags, so
// the Lambda does not import this package. The evaluation command uses it to
// check headlines independently, and its benchmark is the prose baseline.
//
// The tagger model is loaded once per process, on the first call.
package postag

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// Token is one word or punctuation mark with its Penn Treebank tag.
type Token struct {
	Text  string
	Tag   string
	Start int // byte offset of the token in the tagged text, or -1 if it could not be located
	End   int
}

var (
	taggerOnce  sync.Once
	taggerModel *prose.Model
)

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
