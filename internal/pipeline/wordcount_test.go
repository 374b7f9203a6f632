package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// oldWordCount is wordCount as it read when every rune went through
// unicode.IsSpace.
func oldWordCount(text string) int {
	n, inWord, counted := 0, false, false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord, counted = true, false
		}
		if !counted && (r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			n++
			counted = true
		}
	}
	return n
}

// TestWordCountASCIISpace: wordCount's ASCII test for white space counts
// as unicode.IsSpace did, on every ASCII byte and random texts.
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
		if got, want := wordCount(s), oldWordCount(s); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
