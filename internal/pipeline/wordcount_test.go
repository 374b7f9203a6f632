package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWordCountASCIISpace: wordCount, with its inline ASCII test for white space, counts
// as strings.Fields and a letter-or-digit test do (slowWordCount), on every ASCII byte and random texts.
func TestWordCountASCIISpace(t *testing.T) {
	texts := []string{""}
	for c := range utf8.RuneSelf {
		texts = append(texts, "a"+string(rune(c))+"b", string(rune(c)))
	}
	rnd := rand.New(rand.NewPCG(9, 10))
	alphabet := []string{"a", "Z", "9", " ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\x1f", "\u0085", "\u00a0", "\u2003",
		"\u3000", "-", "—", "é", "\xff", ".", "'", "\"", "٣", "中"}
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(20) {
			b.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := wordCount(s), slowWordCount(s); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
