package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/nlp"
)

// word is what the article writes between two spaces, read from the
// document's tokens: its core text ("Smith" of "(Smith's),"), the whole as
// written (raw), and flags for the punctuation around it.
type word struct {
	text, raw    string
	start        int32 // the byte offset of raw in the text
	endsSentence bool  // the word ends one of the document's sentences, or a paragraph (set by sentenceEnds)
	endsClause   bool  // the word ended with punctuation that splits names
	possessive   bool  // the word ended with 's
	paren        bool  // the word stood in parentheses: "(HD)"
	based        bool  // the word ended with -based: "Round Rock-based"
	party        bool  // a party-and-state tag reduced to its state: "D-Minn." is "Minn."
}

// abbreviations keep their full stop and end no sentence ("St. Louis",
// "Pacific Gas & Electric Co.").
var abbreviations = set("St", "Mt", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "Ft")

// appendWords appends the words of one paragraph's tokens of text. The
// tokens written with no space between them make one word ("(HD)",
// "Smith's,", "Gannett/GateHouse"): the quotation marks and brackets that
// open it and the punctuation that closes it become its flags. A sentence
// run into the next with no space ("(CNN)President", "Wednesday.The") is
// two words.
func appendWords(out []word, text string, toks []nlp.Token) []word {
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Start == toks[j-1].End && !runOn(toks, i, j) {
			j++
		}
		if t := toks[i]; j == i+1 && plainWord(t) {
			out = append(out, word{text: t.Text, raw: t.Text, start: int32(t.Start)}) // most words: no punctuation to read
		} else {
			out = appendWord(out, text, toks[i:j])
		}
		i = j
	}
	return out
}

// runOn reports a sentence run into the next at toks[j], inside the word
// that starts at toks[i]: a capitalised word right after a closing bracket
// ("(CNN)President") or after a full stop that follows two lower-case
// letters ("Wednesday.The", split so by splitRunOn).
func runOn(toks []nlp.Token, i, j int) bool {
	t := toks[j]
	if !t.Word || t.Text[0] < 'A' || t.Text[0] > 'Z' || t.Start-toks[i].Start < 4 {
		return false
	}
	switch toks[j-1].Text {
	case ")":
		return true
	case ".":
		p := toks[j-2].Text
		return toks[j-2].Word && len(p) >= 2 && isLowerASCII(p[len(p)-1]) && isLowerASCII(p[len(p)-2])
	}
	return false
}

// plainWord: a word token with no possessive, no full stop and nothing
// appendWord reads in its text (a party tag "D-Minn", "-based").
func plainWord(t nlp.Token) bool {
	w := t.Text
	return t.Word && !t.Poss && w[len(w)-1] != '.' && !(len(w) >= 4 && w[1] == '-') && !strings.HasSuffix(w, "-based")
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// runOnDot is where a word token holds a sentence run into the next
// ("Wednesday.The": the full stop's offset in the token's text), or -1.
func runOnDot(t string) int {
	for k := 3; k+1 < len(t); k++ {
		if t[k] == '.' && isLowerASCII(t[k-1]) && isLowerASCII(t[k-2]) && 'A' <= t[k+1] && t[k+1] <= 'Z' {
			return k
		}
	}
	return -1
}

// splitRunOn returns toks with each word token that runs two sentences
// together ("Wednesday.The") split into the two words and the full stop;
// toks itself when none does. buf is reused for the copy.
func splitRunOn(toks []nlp.Token, buf *[]nlp.Token) []nlp.Token {
	first := -1
	for k, t := range toks {
		if t.Word && len(t.Text) > 4 && strings.IndexByte(t.Text[3:], '.') >= 0 && runOnDot(t.Text) >= 0 {
			first = k
			break
		}
	}
	if first < 0 {
		return toks
	}
	out := append((*buf)[:0], toks[:first]...)
	for _, t := range toks[first:] {
		for k := runOnDot(t.Text); t.Word && k >= 0; k = runOnDot(t.Text) {
			out = append(out,
				nlp.Token{Start: t.Start, End: t.Start + k, Text: t.Text[:k], Word: true, Upper: t.Upper},
				nlp.Token{Start: t.Start + k, End: t.Start + k + 1, Text: "."})
			t.Start += k + 1
			t.Text = t.Text[k+1:]
			t.Upper = true
		}
		out = append(out, t)
	}
	*buf = out
	return out
}

// opener: a quotation mark or bracket that opens a word ("(HD)", "“We").
func opener(s string) bool {
	switch s {
	case `"`, "'", "(", "[", "“", "‘":
		return true
	}
	return false
}

// closer: a quotation mark, bracket or punctuation mark that closes a word.
func closer(s string) bool {
	switch s {
	case `"`, "'", ")", "]", ".", ",", ";", ":", "!", "?", "”", "’":
		return true
	}
	return false
}

// appendWord appends the word written as the tokens toks (no space
// between them) of text, and marks the word before it as ending a clause
// when this one opens with a quotation mark or bracket.
func appendWord(out []word, text string, toks []nlp.Token) []word {
	a, b := 0, len(toks)
	for a < b && !toks[a].Word && opener(toks[a].Text) {
		a++
	}
	if a > 0 && len(out) > 0 {
		out[len(out)-1].endsClause = true
	}
	for b > a && !toks[b-1].Word && closer(toks[b-1].Text) {
		b--
	}
	end := toks[len(toks)-1].End
	w := word{raw: text[toks[0].Start:end], start: int32(toks[0].Start)}
	w.paren = toks[0].Text == "(" && strings.IndexByte(w.raw, ')') >= 0
	if a == b { // nothing but punctuation: "(", "”,"
		if len(out) > 0 && a < len(toks) {
			out[len(out)-1].endsClause = true
		}
		return out
	}
	cs, ce := toks[a].Start, toks[b-1].End
	if last := toks[b-1]; last.Word {
		switch tail := text[last.Start+len(last.Text) : last.End]; {
		case tail == "'" || tail == "’":
			ce -= len(tail) // "Users' Association": the plural's apostrophe closes the word
		case tail == "" && strings.HasSuffix(last.Text, "."):
			ce-- // "Mr.", "U.S.": the full stop is read below
		}
	}
	core, trail := text[cs:ce], text[ce:end]
	if strings.HasSuffix(core, "s") && (strings.HasPrefix(trail, "'") || strings.HasPrefix(trail, "’")) {
		// A plural possessive goes on only before an organisation
		// word ("Users' Association"), as a singular one does.
		_, size := utf8.DecodeRuneInString(trail)
		trail, w.possessive = trail[size:], true
	}
	if c := strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s"); c != core {
		core, w.possessive = c, true
	}
	if c := strings.TrimSuffix(core, "-based"); c != core && c != "" {
		core, w.based, trail = c, true, "," // "a London-based firm"
	}
	w.text = core
	keep := false // the full stop belongs to the word
	switch {
	case partyState(core, trail) != "":
		// "Rep. Ilhan Omar, D-Minn., said": the state of a member of
		// Congress, a place.
		w.text, w.party = partyState(core, trail), true
		keep = strings.HasPrefix(trail, ".")
	case len(core) == 1 && core[0] >= 'A' && core[0] <= 'Z' && trail == ".":
		// An initial ("George W. Bush") continues the name.
		w.text, trail = text[cs:cs+2], ""
	case strings.HasPrefix(trail, ".") && (dotted(core) || abbreviations[core] || len(core) >= 2 && len(core) <= 5 && isPlace(withDot(text, cs, core))):
		w.text, keep = withDot(text, cs, core), true // "U.S.", "N.M.", "Co.", "La."
	case strings.HasPrefix(trail, ".") && titles[core]:
		keep = true // "Mr.", "Lt. Col."
	}
	if core == "" { // "’s" standing alone
		if len(out) > 0 && trail != "" {
			out[len(out)-1].endsClause = true
		}
		return out
	}
	w.endsClause = trail != "" && !(keep && trail == ".")
	return append(out, w)
}

// withDot is core, which text holds at offset cs, with a full stop: the
// text itself when the full stop follows there.
func withDot(text string, cs int, core string) string {
	if e := cs + len(core); e < len(text) && text[e] == '.' {
		return text[cs : e+1]
	}
	return core + "."
}

// dotted: an abbreviation with inner full stops ("U.S", "N.M", "W.Va").
func dotted(s string) bool {
	if !strings.Contains(s, ".") || !unicode.IsUpper(rune(s[0])) {
		return false
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" || len(part) > 3 {
			return false
		}
	}
	return true
}

// lowerSet holds the words a text uses starting with a lower-case letter,
// by a 64-bit FNV-1a hash of their bytes, in an open-addressing table:
// adding one and asking for one hash its bytes once, build no key and keep
// no string of the text. A nil set holds nothing.
type lowerSet struct {
	slots []uint64 // 0 is an empty slot; a hash of 0 is stored as 1
	n     int
}

// has reports whether the set holds strings.ToLower(w): for the text's
// lower-case words, whether the text uses w in lower case.
func (s *lowerSet) has(w string) bool {
	if s == nil || s.n == 0 {
		return false
	}
	return s.holds(fnvLower(w))
}

// contains reports whether the set holds w as written.
func (s *lowerSet) contains(w string) bool {
	return s.n > 0 && s.holds(fnv(w))
}

// fnvLower is fnv(strings.ToLower(w)), without building the lower-case
// string for ASCII.
func fnvLower(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return fnv(strings.ToLower(w)) // Unicode case rules
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

func (s *lowerSet) holds(h uint64) bool {
	h = max(h, 1)
	mask := uint64(len(s.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		switch s.slots[k] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

func (s *lowerSet) add(h uint64) {
	if 2*(s.n+1) > len(s.slots) { // at most half full
		old := s.slots
		s.slots, s.n = make([]uint64, max(2*len(old), 1024)), 0
		for _, o := range old {
			if o != 0 {
				s.add(o)
			}
		}
	}
	h = max(h, 1)
	mask := uint64(len(s.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		switch s.slots[k] {
		case h:
			return
		case 0:
			s.slots[k] = h
			s.n++
			return
		}
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// lowerWords adds to m the words the text uses starting with a lower-case
// letter, and returns it.
func lowerWords(m *lowerSet, words []word) *lowerSet {
	for _, w := range words {
		if c := w.text[0]; 'a' <= c && c <= 'z' {
			m.add(fnv(w.text))
		} else if c >= 0x80 {
			if r, _ := utf8.DecodeRuneInString(w.text); unicode.IsLower(r) {
				m.add(fnv(w.text))
			}
		}
	}
	return m
}

// maxPooledLower bounds the sets kept for reuse, by their number of slots.
const maxPooledLower = 16 << 10
