package nlp

import (
	"sort"
	"strings"
	"sync"
)

// Document is the analysis of one cleaned article that every stage reads:
// its paragraphs as cleaning wrote them, its sentences and its tokens, all
// as byte offsets into Text. It is built once per article (NewDocument) and
// read, never changed, by the summary, quotes and entities stages.
type Document struct {
	Text       string
	Paragraphs []Span  // line-separated blocks; blank lines and lone newlines both end one
	Sentences  []Span  // Sentences(Text)
	Tokens     []Token // Tokenize(Text, 0, len(Text))

	parOf, sentOf []int32 // the paragraph / sentence index of each token

	namesOnce sync.Once
	names     *Names
}

// Names is the index of the people the document names (IndexNames), built
// on first use and shared by every stage that reads it, so that quote
// speakers and entities come from one index.
func (d *Document) Names() *Names {
	d.namesOnce.Do(func() { d.names = IndexNames(d) })
	return d.names
}

// NewDocument analyses text: paragraphs, sentences and tokens.
func NewDocument(text string) *Document {
	d := &Document{Text: text, Paragraphs: Paragraphs(text), Sentences: Sentences(text)}
	d.Tokens = appendTokens(make([]Token, 0, len(text)/5), text, 0, len(text))
	d.parOf = spanIndex(d.Tokens, d.Paragraphs)
	d.sentOf = spanIndex(d.Tokens, d.Sentences)
	return d
}

// spanIndex gives each token the index of the last span starting at or
// before it (-1 before the first span).
func spanIndex(toks []Token, spans []Span) []int32 {
	idx := make([]int32, len(toks))
	k := -1
	for i, t := range toks {
		for k+1 < len(spans) && spans[k+1].Start <= t.Start {
			k++
		}
		idx[i] = int32(k)
	}
	return idx
}

// Paragraphs splits text at line breaks; blank lines and lone newlines both
// end a paragraph. Spans exclude the newlines and surrounding white space.
func Paragraphs(text string) []Span {
	var out []Span
	for start := 0; start <= len(text); {
		i := len(text)
		if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
			i = start + k
		}
		s, e := start, i
		for s < e && isSpaceOrFeed(text[s]) {
			s++
		}
		for e > s && isSpaceOrFeed(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = i + 1
	}
	return out
}

func isSpaceOrFeed(b byte) bool { return isSpace(b) || b == '\f' || b == '\v' }

// TokenAt is the index of the first token that ends after byte offset pos
// (len(Tokens) if none).
func (d *Document) TokenAt(pos int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > pos })
}

// TokensIn returns the tokens that lie wholly inside [start, end). The
// slice shares the document's array: callers must not change it.
func (d *Document) TokensIn(start, end int) []Token {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= start })
	j := i
	for j < len(d.Tokens) && d.Tokens[j].End <= end {
		j++
	}
	return d.Tokens[i:j:j]
}

// ParagraphOf is the index of the paragraph that holds byte offset pos (the
// last one starting at or before it; -1 before the first).
func (d *Document) ParagraphOf(pos int) int { return spanOf(d.Paragraphs, pos) }

// SentenceOf is the index of the sentence that holds byte offset pos (the
// last one starting at or before it; -1 before the first).
func (d *Document) SentenceOf(pos int) int { return spanOf(d.Sentences, pos) }

// TokenParagraph is the paragraph of the i-th token (-1 before the first).
func (d *Document) TokenParagraph(i int) int { return int(d.parOf[i]) }

// TokenSentence is the sentence of the i-th token (-1 before the first).
func (d *Document) TokenSentence(i int) int { return int(d.sentOf[i]) }

func spanOf(spans []Span, pos int) int {
	return sort.Search(len(spans), func(i int) bool { return spans[i].Start > pos }) - 1
}
