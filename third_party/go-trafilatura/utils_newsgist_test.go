package trafilatura

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTrimPatch checks the newsgist versions of trim, trimmedLen and
// hasText against upstream's definitions.
func TestTrimPatch(t *testing.T) {
	upstream := func(s string) string { return strings.TrimSpace(strings.Join(strings.Fields(s), " ")) }
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := []string{"a", "bc", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "é", "\xff", "\xc3", "\u0085", "中"}
	cases := []string{"", " ", "a", " a", "a ", "a  b", "a b"}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		want := upstream(s)
		if got := trim(s); got != want {
			t.Errorf("trim(%q) = %q, want %q", s, got, want)
		}
		if got := trimmedLen(s); got != utf8.RuneCountInString(want) {
			t.Errorf("trimmedLen(%q) = %d, want %d", s, got, utf8.RuneCountInString(want))
		}
		if got := hasText(s); got != (want != "") {
			t.Errorf("hasText(%q) = %v", s, got)
		}
	}
}
