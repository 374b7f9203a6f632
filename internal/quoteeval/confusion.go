package quoteeval

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of speaker error, for the confusion printed beside the accuracy.
const (
	ErrMissing     = "missing"      // no speaker given where the gold names one
	ErrPartialName = "partial name" // some words of the gold name, not its surname ("Fox" for "Margaret Fox Lindqvist")
	ErrWrongPerson = "wrong person" // a name, someone else's
	ErrDescription = "description"  // an unnamed description ("the statement", "the physicians") for a named speaker
	ErrJunk        = "junk"         // neither a name nor a description: a fragment ("that the odds", "University")
)

// errorKinds lists the kinds in the order they are printed.
var errorKinds = []string{ErrWrongPerson, ErrDescription, ErrJunk, ErrMissing, ErrPartialName}

var descDeterminers = map[string]bool{"a": true, "an": true, "the": true, "one": true, "another": true, "some": true,
	"two": true, "three": true, "several": true, "many": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "this": true, "that": true, "these": true, "those": true}

var clauseWords = map[string]bool{"is": true, "was": true, "were": true, "are": true, "has": true, "have": true,
	"had": true, "came": true, "said": true, "rejected": true, "says": true, "told": true, "that": true, "which": true}

// SpeakerErrorKind classifies a wrong speaker pred against the gold names
// (SpeakerRight(pred, gold...) is false): missing, partial name, wrong
// person, description or junk.
func SpeakerErrorKind(pred string, gold ...string) string {
	pw := nameWords(pred)
	if strings.TrimSpace(pred) == "" {
		return ErrMissing
	}
	if len(pw) == 0 {
		return ErrDescription // title words only: "the mayor"
	}
	for _, g := range gold {
		for _, w := range nameWords(g) {
			for _, p := range pw {
				if p == w {
					return ErrPartialName
				}
			}
		}
	}
	fields := strings.Fields(pred)
	first := strings.ToLower(fields[0])
	for _, f := range fields[1:] {
		if clauseWords[strings.ToLower(f)] {
			return ErrJunk // a clause, not a noun phrase ("a sample came")
		}
	}
	if len(fields) > 1 && descDeterminers[strings.ToLower(fields[1])] {
		return ErrJunk // "that the odds": a clause's start
	}
	if descDeterminers[first] || strings.HasSuffix(fields[0], "'s") || strings.HasSuffix(fields[0], "’s") {
		if len(fields) == 1 {
			return ErrJunk
		}
		return ErrDescription
	}
	r, _ := utf8.DecodeRuneInString(pred)
	if !unicode.IsUpper(r) || len(fields) == 1 && len(pw) == 1 && strings.ToUpper(pred) != pred && junkSingle[pw[0]] {
		return ErrJunk
	}
	return ErrWrongPerson
}

// junkSingle are single capitalised words that are no name ("Fun",
// "University", "Brussels" is a place but reads as a name: wrong person).
var junkSingle = map[string]bool{"fun": true, "university": true, "breathing": true, "times": true, "wait": true,
	"carrying": true, "american": true, "democratic": true, "republican": true}

// PrintConfusion writes the speaker errors by kind: n wrong speakers, each
// kind's count and share.
func PrintConfusion(w io.Writer, name string, byKind map[string]int) {
	total := 0
	for _, k := range errorKinds {
		total += byKind[k]
	}
	fmt.Fprintf(w, "%-10s speaker errors %d:", name, total)
	for _, k := range errorKinds {
		fmt.Fprintf(w, " %s %d", k, byKind[k])
	}
	fmt.Fprintln(w)
}
