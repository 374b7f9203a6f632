// Package summary writes the headline and the extractive summary of an
// article body.
package summary

import (
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Sentence is one summary sentence; Start/End are byte offsets into the text
// given to Summarise.
type Sentence struct {
	Text       string
	Start, End int
	Score      float64
}

// Summarise picks up to n sentences of text, returned in article order.
// This first version takes the leading sentences that read as statements.
func Summarise(text string, n int) []Sentence {
	var out []Sentence
	spans := nlp.RawSentences(text)
	for i, s := range spans {
		if len(out) == n {
			break
		}
		t := text[s.Start:s.End]
		if len(strings.Fields(t)) < 6 || strings.HasSuffix(t, "?") {
			continue
		}
		out = append(out, Sentence{Text: t, Start: s.Start, End: s.End, Score: 1 / float64(i+1)})
	}
	return out
}

// Headline returns a one-line headline for the article body text: its first
// sentence, cut at a clause boundary to at most 15 words.
func Headline(text string) string {
	spans := nlp.RawSentences(text)
	if len(spans) == 0 {
		return ""
	}
	words := strings.Fields(text[spans[0].Start:spans[0].End])
	if len(words) > 15 {
		words = words[:15]
		for i := len(words) - 1; i > 5; i-- {
			if strings.HasSuffix(words[i], ",") {
				words = words[:i+1]
				break
			}
		}
	}
	return strings.TrimRight(strings.Join(words, " "), ",.;:")
}
