// Package quoteeval scores direct-quotation extraction against PolNeAR-style
// annotations (../shared/README.md, "How quality is measured").
//
// Units. Gold units are the quotation-mark-delimited segments inside the
// content spans of attributions whose quote_kind is "direct". Content spans of
// one attribution separated only by white space are merged first (PolNeAR
// often cuts one quotation into sentences). Inside a content span, a segment
// runs from an opening mark to its matching closing mark; an unclosed segment
// runs to the end of the span, a segment whose opening mark lies before the
// span starts at the span start, and a span with no marks at all is one
// segment. Predicted units are the segments (Quote.Parts) of each extracted
// quotation.
//
// Matching. Every unit becomes the set of its characters' positions with
// quote marks, punctuation and white space removed. Predicted and gold units
// are matched one to one, greedily by decreasing Jaccard similarity: "exact"
// pairs have equal sets, "overlap" pairs have Jaccard >= 0.5.
//
// Partial quotations. PolNeAR annotates quoted fragments inside paraphrase as
// quote_kind "mixed", not "direct"; the extractor labels its answer for those
// Partial. The headline figures score the extractor's direct class against
// the direct gold: predicted partial quotations are left out and every other
// prediction counts, so a fragment wrongly reported as a full quotation is a
// false positive and a full quotation wrongly marked partial is a miss (the
// label cannot hide an error: either way it costs precision or recall). Two
// more figures are printed beside it: Options.AllPredictions scores every
// prediction, partial ones included, each unmatched one a false positive (the
// README's definition read with no notion of a partial quotation), and
// Options.Lenient scores every prediction but does not count those matching
// (Jaccard >= 0.5) a quoted segment of a mixed attribution as false positives
// (Report.Ignored counts them).
//
// Speakers. A matched pair's speaker is right when the predicted name, with
// titles removed, equals one of the gold names or contains a gold name's
// surname as a word (case-insensitive). Gold names are the annotated source
// text and the silver canonical name; for pronoun and nominal sources an
// adjudicated name (Adjudicated) replaces them when present. Attributions
// with source_type "none" need an empty predicted speaker.
package quoteeval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range.
type Span struct{ Start, End int }

// Pred is one predicted quotation: its segments (byte offsets into the
// article text) and its speaker.
type Pred struct {
	Parts   []Span
	Speaker string
	Partial bool
}

// Extractor finds the quotations of one text.
type Extractor func(text string) []Pred

// Article is one PolNeAR article.
type Article struct {
	ID           string        `json:"id"`
	Text         string        `json:"text"`
	Attributions []Attribution `json:"attributions"`
}

// Attribution is one annotated attribution. Offsets are code points.
type Attribution struct {
	ID         string    `json:"id"`
	Source     []RawSpan `json:"source"`
	Cue        []RawSpan `json:"cue"`
	Content    []RawSpan `json:"content"`
	QuoteKind  string    `json:"quote_kind"`
	SourceType string    `json:"source_type"`
	Silver     *string   `json:"source_canonical_silver"`
}

// RawSpan is an annotated span in code points.
type RawSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// ReadJSONL reads articles, one JSON object a line.
func ReadJSONL(r io.Reader) ([]Article, error) {
	var out []Article
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var a Article
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return nil, fmt.Errorf("article %d: %w", len(out)+1, err)
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

// ReadFile reads a JSONL file of articles.
func ReadFile(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadJSONL(f)
}

// runeToByte maps code-point offsets to byte offsets in text.
func runeToByte(text string) []int {
	m := make([]int, 0, len(text)+1)
	for i := range text {
		m = append(m, i)
	}
	return append(m, len(text))
}

func conv(m []int, r int) int {
	if r < 0 {
		return 0
	}
	if r >= len(m) {
		return m[len(m)-1]
	}
	return m[r]
}

// IsQuoteMark reports whether r is a quotation mark.
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‟', '‹', '›', '`':
		return true
	}
	return false
}

func isDouble(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‟':
		return true
	}
	return false
}

// Segments returns the quotation-mark-delimited segments inside span of
// text (see the package comment).
func Segments(text string, span Span) []Span {
	s := span
	var out []Span
	open := -1
	var closer rune
	depth := 0
	first := true
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isDouble(r) {
			i += n
			continue
		}
		switch {
		case open < 0:
			if first && isClosingContext(text, i, n, r) && strings.TrimSpace(text[s.Start:i]) != "" {
				// the segment opened before the span
				out = append(out, Span{s.Start, i + n})
			} else {
				open = i
				closer = matching(r)
				depth = 0
			}
		case r == closer && (r == '"' || depth == 0):
			if r == '"' && depth > 0 {
				depth--
				break
			}
			out = append(out, Span{open, i + n})
			open = -1
		case r == openerOf(closer) && r != closer:
			depth++
		case r == '"' && closer != '"':
			// straight marks nested in curly ones
		default:
			if r == closer {
				depth--
			}
		}
		first = false
		i += n
	}
	if open >= 0 {
		out = append(out, Span{open, s.End})
	}
	if len(out) == 0 && strings.TrimSpace(text[s.Start:s.End]) != "" {
		out = append(out, s)
	}
	return out
}

func matching(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '«':
		return '»'
	case '„':
		return '“'
	case '”':
		return '”'
	}
	return '"'
}

func openerOf(r rune) rune {
	switch r {
	case '”':
		return '“'
	case '»':
		return '«'
	}
	return r
}

func isClosingContext(text string, i, n int, r rune) bool {
	if r == '”' || r == '»' {
		return true
	}
	if r != '"' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+n:])
	return before != utf8.RuneError && !unicode.IsSpace(before) && (i+n == len(text) || unicode.IsSpace(after) || unicode.IsPunct(after))
}

// charSet returns the byte positions of the characters of span that are not
// quote marks, punctuation or white space, in increasing order.
func charSet(text string, s Span) []int {
	var out []int
	for i := s.Start; i < s.End && i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !IsQuoteMark(r) && !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			out = append(out, i)
		}
		i += n
	}
	return out
}

// jaccard of two increasing position lists.
func jaccard(a, b []int) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

type unit struct {
	span    Span
	set     []int
	att     int // index of the attribution (gold) or prediction
	speaker string
}

type pair struct {
	g, p int
	j    float64
}

// match pairs gold and predicted units one to one, greedily by decreasing
// Jaccard, keeping pairs with Jaccard >= min.
func match(gold, pred []unit, min float64) []pair {
	var cands []pair
	// units are few per article; sort by start and compare overlapping ones
	for gi, g := range gold {
		for pi, p := range pred {
			if p.span.End <= g.span.Start || p.span.Start >= g.span.End {
				continue
			}
			if j := jaccard(g.set, p.set); j >= min && j > 0 {
				cands = append(cands, pair{gi, pi, j})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].j > cands[b].j })
	usedG := map[int]bool{}
	usedP := map[int]bool{}
	var out []pair
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		out = append(out, c)
	}
	return out
}
