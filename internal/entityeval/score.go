// Package entityeval measures the digest's entities (people, places,
// organisations) against a hand-labelled gold set of real news pages.
package entityeval

import (
	"strings"
	"unicode"
)

// Page is one gold page: its file name under DIR/html and its entities.
// Each entity is one name or several forms of it separated by "|".
type Page struct {
	File                          string
	People, Places, Organisations []string
}

// Types are the entity types in report order.
var Types = []string{"people", "places", "organisations"}

// Counts are matched predictions (TP), unmatched predictions (FP) and
// unmatched gold entities (FN). Dup counts predictions that are a second
// form of an entity already matched ("AP" beside "Associated Press"); they
// are neither right nor wrong.
type Counts struct{ TP, FP, FN, Dup int }

// Add sums counts.
func (c Counts) Add(o Counts) Counts {
	return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN, c.Dup + o.Dup}
}

// PRF are precision, recall and F1; an empty side scores 1.
func (c Counts) PRF() (p, r, f float64) {
	p, r = 1, 1
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Result is the scoring of one list of predictions against one gold list.
type Result struct {
	Counts
	FalsePos []string // predictions matching no gold entity
	Missed   []string // gold entities (first form) no prediction matched
}

// Normalise lower-cases a name, drops a possessive 's, trims punctuation
// from both ends of it and of each word, and collapses spaces.
func Normalise(s string) string {
	words := strings.Fields(strings.ToLower(s))
	out := words[:0]
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// contains reports whether b's words occur as a run inside a's.
func contains(a, b string) bool {
	return b != "" && strings.Contains(" "+a+" ", " "+b+" ")
}

// Score matches predictions to gold entities. Exact: the normalised
// prediction equals a normalised form of the entity. With partial, a
// prediction left over by the exact pass then matches an entity one of whose
// forms contains it or is contained in it ("Sondland", "Gordon Sondland").
func Score(gold, pred []string, partial bool) Result {
	forms := make([][]string, len(gold))
	for i, g := range gold {
		for _, f := range strings.Split(g, "|") {
			forms[i] = append(forms[i], Normalise(f))
		}
	}
	matched := make([]bool, len(gold))
	done := make([]bool, len(pred))
	var res Result
	match := func(same func(a, b string) bool) {
		for j, p := range pred {
			if done[j] {
				continue
			}
			np := Normalise(p)
			dup := false
			for i := range gold {
				for _, f := range forms[i] {
					if !same(f, np) {
						continue
					}
					if !matched[i] {
						matched[i], done[j] = true, true
						res.TP++
						break
					}
					dup = true
				}
				if done[j] {
					break
				}
			}
			if !done[j] && dup {
				done[j] = true
				res.Dup++
			}
		}
	}
	match(func(a, b string) bool { return a == b })
	if partial {
		match(func(a, b string) bool { return contains(a, b) || contains(b, a) })
	}
	for j, p := range pred {
		if !done[j] {
			res.FP++
			res.FalsePos = append(res.FalsePos, p)
		}
	}
	for i, g := range gold {
		if !matched[i] {
			res.FN++
			res.Missed = append(res.Missed, strings.Split(g, "|")[0])
		}
	}
	return res
}
