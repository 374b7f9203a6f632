package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// oldMayMatch is rule.mayMatch as it read when a paragraph held its
// whole lower-cased text: the prefix filter read strings.ToLower(t) and
// the keyword scan ran on it.
func oldMayMatch(ru *rule, t string) bool {
	lower := strings.ToLower(t)
	if ru.maxWords > 0 && countWords(t) > ru.maxWords {
		return false
	}
	if ru.anchored && t != "" && isASCII(t[:min(len(t), prefixLen)]) && !ru.first[lower[0]] {
		return false
	}
	if ru.anchored && t != "" && isASCII(t[:min(len(t), prefixLen)]) {
		found := false
		for _, p := range ru.prefixes {
			found = found || strings.HasPrefix(lower, p)
		}
		if !found {
			return false
		}
	}
	if ru.cue != "" && !strings.ContainsAny(t, ru.cue) {
		return false
	}
	return ru.kwBits == 0 || keywordsIn(lower)&ru.kwBits != 0
}

// TestParagraphFiltersEqualLowered: the filters read from the paragraph's
// lower-cased head and the byte-by-byte keyword scan answer as the
// filters on the whole lower-cased text did, for every rule.
func TestParagraphFiltersEqualLowered(t *testing.T) {
	for i := range rules {
		for _, p := range rules[i].prefixes {
			if len(p) > prefixLen {
				t.Fatalf("rule %s has prefix %q longer than %d bytes", rules[i].re, p, prefixLen)
			}
		}
	}
	rnd := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "B", "S", "Sign", "SUBSCRIBE", "subs", "Photo", "(AP", "Copyright", "©", "(C)", "&copy;",
		"ALL RIGHTS RESERVED", "All Rights", " reserved", " ", "\t", "\u00a0", "é", "É", "\xff", "İ", "\u212a", "ſ",
		"Cookies", "NEWSLETTER", "“", "—", "�", "Â", "©", "İ", "Σ", "σ", "Read more", "https://", "WWW.", "x", "1", ".", "\"", "Reuters", "Getty Images", "by"}
	var texts []string
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(10) {
			b.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for i := range rules {
		texts = append(texts, rules[i].kw...)
		for _, k := range rules[i].kw {
			texts = append(texts, strings.ToUpper(k), "X "+strings.ToUpper(k)+" y")
		}
		for _, p := range rules[i].prefixes {
			texts = append(texts, p, strings.ToUpper(p)+" rest", p[:len(p)/2])
		}
	}
	for _, s := range texts {
		if got, want := foldsByByte(s), strings.ToLower(s) == asciiLower(s); got && !want {
			t.Errorf("foldsByByte(%q) = true, but strings.ToLower gives %q", s, strings.ToLower(s))
		}
		if got, want := keywordsInText(s), keywordsIn(strings.ToLower(s)); got != want {
			t.Errorf("keywordsInText(%q) = %b, want %b", s, got, want)
		}
		for i := range rules {
			ru := &rules[i]
			if pa := newParagraph(s); ru.mayMatch(&pa) != oldMayMatch(ru, s) {
				got, want := ru.mayMatch(&pa), oldMayMatch(ru, s)
				t.Errorf("rule %s on %q: mayMatch %v, on the lower-cased text %v", ru.re, s, got, want)
			}
		}
	}
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerASCII(c)
	}
	return string(b)
}
