package nlp

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The faster forms of a few word tests and of the tokenizer must give what
// the plain forms they replaced gave. The plain forms are kept here as
// references; FuzzNewDocument compares them too.

// tokenizeRef is the tokenizer as first written: every rune decoded, both
// possessive suffixes tried on every word.
func tokenizeRef(text string) []Token {
	var out []Token
	hi := len(text)
	for i := 0; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !IsWordRune(r) {
			out = append(out, Token{Start: i, End: i + n, Text: text[i : i+n]})
			i += n
			continue
		}
		j := i + n
		for j < hi {
			r, n := utf8.DecodeRuneInString(text[j:hi])
			if IsWordRune(r) {
				j += n
				continue
			}
			if (r == '\'' || r == '’' || r == '-' || r == '.' || r == '&') && IsWordRune(runeAt(text, j+n, hi)) {
				j += n
				continue
			}
			break
		}
		if j < hi && text[j] == '.' && isAbbrev(text[i:j]) {
			j++
		}
		t := Token{Start: i, End: j, Text: text[i:j], Word: true, Upper: unicode.IsUpper(r)}
		j = possessiveRef(&t, text, j, hi)
		out = append(out, t)
		i = j
	}
	return out
}

func possessiveRef(t *Token, text string, j, hi int) int {
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

// isInitialsRef is isInitials as first written, with strings.Split.
func isInitialsRef(w string) bool {
	if w == "" {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		r, n := utf8.DecodeRuneInString(part)
		if n == 0 || n != len(part) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// speedWords are words of every shape the fast paths branch on: ASCII in
// any case, with dots, apostrophes and hyphens, non-ASCII letters whose
// lower case differs in length ("İ", the Kelvin sign), long words and bad
// UTF-8.
var speedWords = []string{
	"", "a", "A", "Mr", "Mr.", "MR.", "spokesman", "Spokesman", "SPOKESMAN", "Secretary.", "U.S", "U.S.", "J.R.R",
	"J.R.R.", "T.S", "W", "W.", ".", "..", "A..B", "a.m", "No", "Del", "Sen.", "Smith", "Smith's", "O'Brien",
	"Jean-Pierre", "AT&T", "École", "ÉCOLE", "İstanbul", "\u212aelvin", "Ö.Ü", "ö", "Müller", "Σ", "ΣΑΣ",
	"Extraordinarily-long-hyphenated-Word", "Averyveryveryverylongcapitalisedword", "\xff", "A\xffB", "Ñ.",
	"residents", "Users", "its", "It's", "X’s", "’s",
}

func TestHasLower(t *testing.T) {
	m := map[string]bool{}
	for _, w := range speedWords {
		m[strings.ToLower(w)] = true
	}
	other := map[string]bool{"mr": true, "spokesman": true, "i̇stanbul": true}
	for _, w := range speedWords {
		for _, set := range []map[string]bool{m, other, roleNouns, npEnd} {
			if got, want := hasLower(set, w), set[strings.ToLower(w)]; got != want {
				t.Errorf("hasLower(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

func TestIsInitials(t *testing.T) {
	for _, w := range speedWords {
		if got, want := isInitials(w), isInitialsRef(w); got != want {
			t.Errorf("isInitials(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsTitle(t *testing.T) {
	words := append([]string(nil), speedWords...)
	for w := range nameTitles {
		words = append(words, w, w+".", w+"..", strings.ToUpper(w))
	}
	for _, w := range words {
		if got, want := isTitle(w), nameTitles[w] || nameTitles[strings.TrimSuffix(w, ".")]; got != want {
			t.Errorf("isTitle(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTokenizeReference(t *testing.T) {
	texts := []string{
		namesArticle,
		"“It’s over,” said Rep. Jane Doe, R-Ky., of the U.S. plan at 8 a.m. on Jan. 3.",
		"The Rail Users' Association met the residents’ group. James' car; the boss's desk; it's 'quoted'.",
		"Ünal Şahin, İlhan Öz and ÉLODIE MÜLLER met at the café\u00a0— 1,200 km from Zürich…",
		"O'Brien-Smith's AT&T deal, Dr. J. R. R. Tolkien's book and T.S. Eliot's poems.\n\n- item one\n2) item two",
		"\x00\xff\xfe’s ’s 's' s' ’ s’ a'b a’b a-b a.b a&b a- -a .a a. 'a",
	}
	texts = append(texts, strings.Join(speedWords, " "))
	for _, text := range texts {
		got, want := Tokenize(text, 0, len(text)), tokenizeRef(text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Tokenize(%q):\n got %+v\nwant %+v", text, got, want)
		}
	}
}

// Every glued opener starts with an ASCII capital: splitGlued looks one up
// only after a capital.
func TestGluedOpenersCapital(t *testing.T) {
	for w := range gluedOpeners {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			t.Errorf("glued opener %q does not start with an ASCII capital", w)
		}
	}
}

// The words of all mentions share one array: growing one mention's Name or
// Titles must leave the others as they were.
func TestMentionSlicesApart(t *testing.T) {
	nm := IndexNames(NewDocument(namesArticle))
	before := make([]string, len(nm.Mentions))
	for i, m := range nm.Mentions {
		before[i] = strings.Join(m.Titles, "|") + "/" + strings.Join(m.Name, "|")
	}
	for i := range nm.Mentions {
		m := &nm.Mentions[i]
		m.Name = append(m.Name, "X")
		m.Titles = append(m.Titles, "Y")
	}
	for i, m := range nm.Mentions {
		got := strings.Join(m.Titles[:len(m.Titles)-1], "|") + "/" + strings.Join(m.Name[:len(m.Name)-1], "|")
		if got != before[i] {
			t.Errorf("mention %d changed from %q to %q", i, before[i], got)
		}
	}
}

// nextWordRef is nextWord as first written.
func nextWordRef(s string) string {
	s = strings.TrimLeft(s, `"'([“‘`)
	if k := strings.IndexAny(s, " \t\n\r"); k >= 0 {
		s = s[:k]
	}
	return strings.TrimRight(s, `.,;:!?"')]”’`)
}

func TestNextWordTrim(t *testing.T) {
	cases := append([]string{
		`"The`, `“It’s`, `‘Yes’,`, `(see`, `[1]`, `''quoted''.`, `U.S.”`, `end?!"`, `word)`, `“”`, `"`, `‘’`,
		"a\tb", "a\nb", "a\rb", "x\u00a0y", "\xe2", "\xe2\x80", "ab\xe2\x80\x9d", "ab\x9d", "ab\x99", "…", "“‘(x)’”",
	}, speedWords...)
	for _, c := range cases {
		for _, s := range []string{c, c + " next", " " + c} {
			if got, want := nextWord(s), nextWordRef(s); got != want {
				t.Errorf("nextWord(%q) = %q, want %q", s, got, want)
			}
			if got, want := trimOpeners(s), strings.TrimLeft(s, `"'([“‘`); got != want {
				t.Errorf("trimOpeners(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
