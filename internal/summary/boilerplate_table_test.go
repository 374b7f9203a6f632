package summary

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHasBoilerplateTable: hasBoilerplate, which lowers each byte once
// from a table, answers as the version that lowered each byte twice
// (copied below), on every phrase in various cases and random texts.
func TestHasBoilerplateTable(t *testing.T) {
	texts := []string{"", "a", "A"}
	var pieces []string
	for _, bs := range boilerplateByFirst {
		for _, b := range bs {
			pieces = append(pieces, b, strings.ToUpper(b), b[:len(b)-1], strings.ToUpper(b[:1])+b[1:])
		}
	}
	texts = append(texts, pieces...)
	rnd := rand.New(rand.NewPCG(11, 12))
	pieces = append(pieces, " ", "x", "Y", "\u00e9", "\xff", "\u201c", ".", "[", "@", "`", "{")
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(6) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := hasBoilerplate(s), oldHasBoilerplate(s); got != want {
			t.Errorf("hasBoilerplate(%q) = %v, want %v", s, got, want)
		}
	}
}

func oldHasBoilerplate(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		c := lowerASCII(s[i])
		if c2 := lowerASCII(s[i+1]); boilerplateSecond[c][c2>>6]&(1<<(c2&63)) == 0 {
			continue // no phrase starts with these two bytes
		}
		for _, b := range boilerplateByFirst[c] {
			if hasPrefixFold(s[i:], b) {
				return true
			}
		}
	}
	return false
}
