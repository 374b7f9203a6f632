package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// collapseSpaceByRune is the plain definition collapseSpace must keep:
// runs of white space become one space, none at either end, and each
// invalid byte becomes U+FFFD.
func collapseSpaceByRune(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func TestCollapseSpace(t *testing.T) {
	cases := []string{
		"", " ", "a", "  a  b\t\tc\n\nd  ", "no\u00a0break\u2003em space", "tab\tand\r\nCRLF",
		"bad \xff byte", "\xffstart", "end\xff", "a \xff\xfe b", "x\u0085next line", "é  ü",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", " ", "  ", "\t", "\n", "\u00a0", "é", "\xff", "\u2028", ".", "\ufffd", "\v", "\u3000", "中"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, c := range cases {
		if got, want := collapseSpace(c), collapseSpaceByRune(c); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", c, got, want)
		}
	}
}

// TestMapChars checks mapChars against strings.Map(charMap, ·), which it
// only spares running.
func TestMapChars(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", " ", "\n", "\r", "\x00", "\x7f", "é", "\xff", "\u2019", "\u00a0", "\u200b", "\u0085", "Ã©", "£", "—"}
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := mapChars(s), strings.Map(charMap, s); got != want {
			t.Errorf("mapChars(%q) = %q, want %q", s, got, want)
		}
	}
}
