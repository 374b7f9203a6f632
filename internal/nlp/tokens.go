package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// Token is a word or a punctuation mark of a text.
type Token struct {
	Start, End int    // byte offsets in the text; End includes a possessive 's
	Text       string // the word as written, without a possessive 's
	Word       bool   // letters or digits
	Upper      bool   // a word that starts with an upper-case letter
	Poss       bool   // the word ended with a possessive 's or s'
}

// Tokenize splits text[lo:hi] into words and punctuation marks. A word may
// hold inner apostrophes, hyphens, ampersands and dots ("O'Brien", "AT&T",
// "U.S."); a final dot belongs to the word only after an initial or a known
// abbreviation ("Mr.", "Calif."). A possessive 's is cut from the word's text
// and flagged (so is the "'s" of "it's": read the text between Start and End
// where a contraction matters); its bytes stay inside [Start, End). White
// space is skipped.
func Tokenize(text string, lo, hi int) []Token {
	return appendTokens(nil, text, lo, hi)
}

func appendTokens(out []Token, text string, lo, hi int) []Token {
	for i := lo; i < hi; {
		r, n := rune(text[i]), 1
		if r < utf8.RuneSelf {
			// ASCII: white space and word bytes by table
			if asciiSpace[r] {
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:hi])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		if !(r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && IsWordRune(r)) {
			out = append(out, Token{Start: i, End: i + n, Text: text[i : i+n]})
			i += n
			continue
		}
		j := wordEnd(text, i+n, hi)
		// a final dot after an initial or abbreviation
		if j < hi && text[j] == '.' && isAbbrev(text[i:j]) {
			j++
		}
		out = append(out, Token{Start: i, End: j, Text: text[i:j], Word: true, Upper: unicode.IsUpper(r)})
		i = possessive(&out[len(out)-1], text, j, hi)
	}
	return out
}

// wordEnd is the end of the word that goes on at j: word runes, and inner
// apostrophes, hyphens, dots and ampersands followed by a word rune.
func wordEnd(text string, j, hi int) int {
	for j < hi {
		if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++ // the common case: an ASCII letter or digit
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:hi])
		if IsWordRune(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
			if IsWordRune(runeAt(text, j+n, hi)) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// possessive cuts a singular possessive ("Smith's") from t's text and takes
// a plural one ("residents' group", "the Rail Users' Association") into t.
// It returns where the next token starts.
func possessive(t *Token, text string, j, hi int) int {
	if t.Text[len(t.Text)-1] != 's' {
		return j // both kinds end in s
	}
	for _, suf := range [...]string{"’s", "'s"} {
		if strings.HasSuffix(t.Text, suf) && len(t.Text) > len(suf) {
			t.Text = t.Text[:len(t.Text)-len(suf)]
			t.Poss = true
			return j
		}
	}
	if j+1 < hi && (text[j] == '\'' || strings.HasPrefix(text[j:], "’")) && strings.HasSuffix(t.Text, "s") {
		n := 1
		if text[j] != '\'' {
			n = len("’")
		}
		nr := runeAt(text, j+n+1, hi)
		if j+n+1 < hi && text[j+n] == ' ' && (unicode.IsLower(nr) || t.Upper && unicode.IsUpper(nr)) {
			t.Poss = true
			t.End = j + n
			return j + n
		}
	}
	return j
}

// asciiWord and asciiSpace mark the ASCII letters and digits and the
// ASCII white space (IsWordRune, unicode.IsSpace).
var asciiWord, asciiSpace = func() (w, s [utf8.RuneSelf]bool) {
	for c := range w {
		w[c], s[c] = IsWordRune(rune(c)), unicode.IsSpace(rune(c))
	}
	return w, s
}()

// IsWordRune reports whether r is a letter or a digit.
func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// runeAt is the rune at text[i] if i < hi, else a space.
func runeAt(text string, i, hi int) rune {
	if i >= hi {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

// tokenAbbrevs keep their final dot inside the word token.
var tokenAbbrevs = lexicon.Abbreviations()

// isAbbrev reports whether the word w keeps a following full stop: a known
// abbreviation, a single capital (an initial), a party-and-state tag
// ("R-Ky") or a word with inner dots ("U.S", "a.m").
func isAbbrev(w string) bool {
	if tokenAbbrevs[w] {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if len(w) > 2 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && (tokenAbbrevs[w[2:]] || len(w) <= 4) {
		return true
	}
	return strings.Contains(w, ".")
}
