package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Small readings of the shared analysis that every pass uses: sentences,
// paragraphs and tokens around a position, and tests on a single word.

// token is a word or a punctuation mark of the shared analysis.
type token = nlp.Token

func (d *doc) sentenceOf(pos int) int {
	return sort.SearchInts(d.sents, pos+1) - 1
}

func (d *doc) sentStart(pos int) int {
	i := d.sentenceOf(pos)
	if i < 0 {
		return 0
	}
	return d.sents[i]
}

// sentenceEnd returns the start of the sentence after the one holding pos,
// or hi when it lies beyond hi.
func (d *doc) sentenceEnd(pos, hi int) int {
	k := sort.SearchInts(d.sents, pos+1)
	if k < len(d.sents) && d.sents[k] < hi {
		return d.sents[k]
	}
	return hi
}

// paraOf returns the index of the paragraph holding pos.
func (d *doc) paraOf(pos int) int {
	return sort.Search(len(d.paras), func(i int) bool { return d.paras[i].End > pos })
}

// tokensIn returns the tokens wholly inside [s, e); callers must not change them.
func (d *doc) tokensIn(s, e int) []token { return d.nd.TokensIn(s, e) }

// outsideQuotes returns the tokens of [s, e) that lie outside quotation segments.
func (d *doc) outsideQuotes(s, e int) []token {
	toks := d.tokensIn(s, e)
	var out []token
	k := sort.Search(len(d.segs), func(i int) bool { return d.segs[i].End > s })
	for _, t := range toks {
		for k < len(d.segs) && d.segs[k].End <= t.Start {
			k++
		}
		if k < len(d.segs) && d.segs[k].Start <= t.Start {
			continue
		}
		out = append(out, t)
	}
	return out
}

func (d *doc) segEndsAt(pos int) bool {
	i := sort.Search(len(d.segs), func(k int) bool { return d.segs[k].End >= pos })
	return i < len(d.segs) && d.segs[i].End == pos
}

func isTerminator(t token) bool {
	return !t.Word && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…")
}

func isQuoteTok(t token) bool {
	switch t.Text {
	case "\"", "“", "”", "'", "‘", "’", "«", "»":
		return true
	}
	return false
}

func isDash(t token) bool {
	return t.Text == "—" || t.Text == "–" || t.Text == "―" || t.Text == "-" || t.Text == "--"
}

func isCue(t token) bool { return t.Word && !t.Upper && cueVerbs[t.Text] }

func pronounTok(t token) bool {
	_, ok := pronouns[lower(t)]
	return ok
}

func lower(t token) string { return strings.ToLower(t.Text) }

func adjacentTok(a, b token) bool { return b.Start-a.End <= 2 }

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

func wordCount(s string) int { return len(strings.Fields(s)) }

func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func startsWithDash(s string) bool {
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "―") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "- ")
}

func startsWithPronoun(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	_, ok := pronouns[strings.ToLower(w)]
	return ok
}
