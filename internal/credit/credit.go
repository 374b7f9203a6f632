// Package credit recognises the lines of an article that credit the people
// who made it rather than tell the story: a byline ("By Jane Doe", "Posted
// on May 3, 2024 by jdoe", "Von Hans Keller", "Author: Ana Lima"), a dated
// one ("5:45 AM PST 11/19/2019 by Jane Doe") and a contributor line ("Tom
// Reyes contributed reporting."). Cleaning reads the byline from them
// (internal/clean); entities keeps the names in them out of the story's
// people (internal/entities). Both read them here, with one grammar.
//
// The words of the labels are data: lexicon.CreditLabels
// (internal/lexicon/data/credit-labels.txt). A new label word ("Reportage
// by", "Autor:") goes there, not here.
package credit

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// The kinds of label word in lexicon.CreditLabels.
const (
	kindBy    = "by"    // opens the names before any word
	kindName  = "name"  // opens the names before a capital or a colon
	kindLower = "lower" // as kindName, printed in lower case only
	kindVerb  = "verb"  // may stand before a preposition
	kindDated = "dated" // as kindVerb, or before a date and then "by"
	kindField = "field" // a field name before a colon
)

// datedRunes is how much text (a date and a time) may stand between a
// dated verb and its "by": "Posted on November 19, 2019 at 11:08 am by".
const datedRunes = 40

// labelWords is the lexicon's list, with what turns most other words down
// without a lookup: the longest entry in bytes and the bytes an entry
// starts with, in either case.
type labelWords struct {
	kinds   map[string]string
	longest int
	first   [256]bool
}

var labels = sync.OnceValue(func() *labelWords {
	l := &labelWords{kinds: lexicon.CreditLabels()}
	for w := range l.kinds {
		l.longest = max(l.longest, len(w))
		l.first[w[0]] = true
		if 'a' <= w[0] && w[0] <= 'z' {
			l.first[w[0]-'a'+'A'] = true
		}
	}
	return l
})

// Label returns the length of the label that opens a credit line s, with
// the separators before it (" | ", "— ", "• ") and the colon and spaces
// after it, or 0 when s opens with none. A label is a preposition ("By",
// "Von", "por"), optionally after a verb ("Written by", "Publicado por")
// or after a dated verb and up to 40 characters of date and time ("Posted
// on May 3, 2024 at 9:15 by"); or a field name and a colon ("Author:").
// A preposition other than "by" opens the names only before a capital or
// a colon ("Von Hans Keller", not "von der Leyen"), or at the end of s
// (the names follow in a link). Label("By") is 2: a byline's names are
// often a separate piece of text.
func Label(s string) int {
	i := skipSeparators(s, 0)
	kind, j := wordAt(s, i)
	switch kind {
	case kindBy, kindName, kindLower:
		return prepositionEnd(s, i, j, kind)
	case kindVerb, kindDated:
		if n := verbEnd(s, j); n > 0 {
			return n
		}
		if kind == kindDated {
			return datedEnd(s, j)
		}
	case kindField:
		return fieldEnd(s, j)
	}
	return 0
}

// Byline reports whether s is a byline and nothing more: a Label followed
// by names (words starting with a capital, name particles inside them:
// "Ana de Souza"; joined by spaces, commas, "and" or "&"; at most nine
// words), and at most one part of letters after a last comma, a job title
// or an outlet ("By Jane Doe and Tom Reyes, Staff Writers").
func Byline(s string) bool {
	n := Label(s)
	if n == 0 || n == len(s) {
		return false
	}
	r := strings.TrimRightFunc(s[n:], unicode.IsSpace)
	if nameRun(r) {
		return true
	}
	c := strings.LastIndexByte(r, ',')
	if c < 0 {
		return false
	}
	tail := strings.TrimLeftFunc(r[c+1:], unicode.IsSpace)
	if tail == "" || utf8.RuneCountInString(tail) > 40 {
		return false
	}
	for _, ch := range tail {
		if ch != ' ' && !unicode.IsLetter(ch) {
			return false
		}
	}
	return nameRun(r[:c])
}

// Line reports whether a paragraph (its white space collapsed to single
// spaces, as cleaning leaves it) is a credit line: at most 15 words
// opening with a Label ("By Jane Doe and Tom Reyes, Associated Press"), at
// most 15 words holding a digit with a Label after the first word
// ("5:45 AM PST 11/19/2019 by Jane Doe"), or a Contributor line.
func Line(s string) bool {
	s = strings.TrimSpace(s)
	words := countWords(s)
	if words <= 15 && Label(s) > 0 {
		return true
	}
	if words <= 40 && Contributor(s) {
		return true
	}
	return words <= 15 && strings.ContainsAny(s, "0123456789") && labelInside(s)
}

// Contributor reports a line that credits contributors to the story
// ("Associated Press writers Tom Reyes and Ana Lima contributed to this
// report.", "Jane Doe contributed reporting from Lagos."). Line also
// limits it to 40 words.
func Contributor(s string) bool {
	return strings.Contains(s, "contributed") && (strings.Contains(s, "report") || strings.Contains(s, "story"))
}

// countWords counts the words of s, a trimmed paragraph whose white space
// is collapsed to single spaces: one more than its spaces.
func countWords(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

// labelInside reports a Label at the start of a word of s other than the
// first and the last.
func labelInside(s string) bool {
	inWord, first := false, true
	for i, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if inWord {
			continue
		}
		inWord = true
		if first {
			first = false
			continue
		}
		rest := s[i:]
		if strings.TrimSpace(rest[wordEnd(rest):]) == "" {
			return false // the last word
		}
		if Label(rest) > 0 {
			return true
		}
	}
	return false
}

// wordEnd is the end of the run of non-space runes that opens s.
func wordEnd(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return i
	}
	return len(s)
}
