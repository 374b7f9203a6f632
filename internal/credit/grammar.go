package credit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// The parts of a label, each reading s from a byte offset and returning
// where the label ends (0 for none).

// skipSeparators skips spaces and the marks that set a credit apart from
// what precedes it on its line ("| By", "— By", "/ By").
func skipSeparators(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && c > ' ' && c != '-' && c != '|' && c != '/' {
			break // ASCII that is neither space nor a separator
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && !strings.ContainsRune("-–—|•·/", r) {
			break
		}
		i += n
	}
	return i
}

// skipSpaces skips white space.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// wordAt reads the letters from s[i:] and returns their kind of label
// word ("" for none) and where they end.
func wordAt(s string, i int) (kind string, end int) {
	l := labels()
	end = i
	if i < len(s) && s[i] < utf8.RuneSelf && !l.first[s[i]] {
		return "", end // no label word starts so
	}
	ascii := true
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		ascii = ascii && r < utf8.RuneSelf
		end += n
	}
	w := s[i:end]
	if w == "" || len(w) > l.longest {
		return "", end
	}
	if !ascii {
		return l.kinds[strings.ToLower(w)], end
	}
	var buf [64]byte
	b := buf[:len(w)]
	for k := range len(w) {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return l.kinds[string(b)], end
}

// prepositionEnd ends a label at the preposition s[i:j] of the kind: it
// must be followed by a space, a colon or the end of s; a kindName or
// kindLower one opens only a name, a colon or the end; a kindLower one is
// printed in lower case.
func prepositionEnd(s string, i, j int, kind string) int {
	if j < len(s) && s[j] != ':' {
		if r, _ := utf8.DecodeRuneInString(s[j:]); !unicode.IsSpace(r) {
			return 0
		}
	}
	if kind == kindLower && strings.ToLower(s[i:j]) != s[i:j] {
		return 0
	}
	end := skipSpaces(s, j)
	colon := end < len(s) && s[end] == ':'
	if colon {
		end = skipSpaces(s, end+1)
	}
	if kind == kindBy || colon || end == len(s) {
		return end
	}
	if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) && !unicode.IsLower(r) {
		return end
	}
	return 0
}

// verbEnd reads a preposition after the verb that ends at s[j] and one or
// more spaces ("Written by").
func verbEnd(s string, j int) int {
	i := skipSpaces(s, j)
	if i == j {
		return 0
	}
	kind, end := wordAt(s, i)
	switch kind {
	case kindBy, kindName, kindLower:
		return prepositionEnd(s, i, end, kind)
	}
	return 0
}

// datedEnd finds, within datedRunes runes after the dated verb that ends
// at s[j] and before any "|", "•" or "·", a preposition of kindBy followed
// by a space ("Posted on November 19, 2019 by admin").
func datedEnd(s string, j int) int {
	for i, n := j, 0; i < len(s) && n <= datedRunes; n++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '|' || r == '•' || r == '·' {
			return 0
		}
		if i > j && !wordByte(s[i-1]) && wordByte(s[i]) {
			if kind, end := wordAt(s, i); kind == kindBy && end < len(s) {
				if sp, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsSpace(sp) {
					return skipSpaces(s, end)
				}
			}
		}
		i += size
	}
	return 0
}

// wordByte: a byte of an ASCII word ([0-9A-Za-z_], what \b of a regular
// expression tells from others).
func wordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// fieldEnd reads the colon after the field name that ends at s[j]
// ("Author: ").
func fieldEnd(s string, j int) int {
	i := skipSpaces(s, j)
	if i == len(s) || s[i] != ':' {
		return 0
	}
	return skipSpaces(s, i+1)
}

// nameRun reports whether s is one to nine names' words and nothing else:
// the first starting with a capital, the others with a capital or name
// particles ("de", "van"), each of letters, full stops, apostrophes and
// hyphens; between two words, spaces or commas, then "and" or "&" and a
// space if a list goes on.
func nameRun(s string) bool {
	particles := lexicon.NameParticles()
	for i, words := 0, 0; ; {
		end := i
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLetter(r) && !strings.ContainsRune(".'’-", r) {
				break
			}
			end += n
		}
		w := s[i:end]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) && (words == 0 || !particles[w]) {
			return false
		}
		if words++; words > 9 {
			return false
		}
		if end == len(s) {
			return true
		}
		i = end
		for i < len(s) && (s[i] == ',' || isSpaceAt(s, i)) {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
		if i == end || i == len(s) {
			return false
		}
		for _, conj := range []string{"and", "&"} {
			if strings.HasPrefix(s[i:], conj) && isSpaceAt(s, i+len(conj)) {
				i = skipSpaces(s, i+len(conj))
				break
			}
		}
	}
}

// isSpaceAt reports a white space rune at s[i].
func isSpaceAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}
