package nlp

import (
	"strings"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// The pronoun part of the name index: the third-person pronouns of the
// article, the sentences whose subject is an unnamed person, and the walk
// back from a pronoun through the people it may refer to.

// Pronoun is a third-person personal pronoun of the text ("he", "her",
// "their"), one that may stand for a person.
type Pronoun struct {
	Start, End int
	Gender     byte // 'm', 'f' or 'p' (several people)
}

// Antecedent is someone a pronoun may refer to: a person the article names,
// an unnamed person who is a sentence's subject ("the education
// secretary"), or a speaker a later stage has credited with words.
type Antecedent struct {
	Pos     int    // byte offset of the mention
	Canon   string // the canonical name, or the description of an unnamed person
	Gender  byte   // 'm', 'f', 'p' (several people) or 0 when unknown
	Nominal bool   // an unnamed person ("an agency spokesman")
	Weak    bool   // a name in no subject position with no sign that it names a person
	Mention int    // the index into Mentions of a named mention; -1 for the others
}

// pronounGender is the gender of a third-person pronoun that may stand for
// a person, in any case: 'm' ("he", "his"), 'f' ("she", "her"), 'p'
// ("they", "their"); 0 for other words. It runs on every word of the
// article, so it compares bytes by length, with no map and no copy.
func pronounGender(w string) byte {
	switch len(w) {
	case 2:
		if lowerIs(w, "he") {
			return 'm'
		}
	case 3:
		switch {
		case lowerIs(w, "him"), lowerIs(w, "his"):
			return 'm'
		case lowerIs(w, "she"), lowerIs(w, "her"):
			return 'f'
		}
	case 4:
		switch {
		case lowerIs(w, "hers"):
			return 'f'
		case lowerIs(w, "they"), lowerIs(w, "them"):
			return 'p'
		}
	case 5:
		if lowerIs(w, "their") {
			return 'p'
		}
	case 6:
		if lowerIs(w, "theirs") {
			return 'p'
		}
	case 7:
		switch {
		case lowerIs(w, "himself"):
			return 'm'
		case lowerIs(w, "herself"):
			return 'f'
		}
	case 10:
		if lowerIs(w, "themselves") {
			return 'p'
		}
	}
	return 0
}

// lowerIs reports whether w, as long as the lower-case ASCII word p, is p
// in any case. Setting bit 0x20 lowers an ASCII letter and turns no other
// byte into one.
func lowerIs(w, p string) bool {
	for i := 0; i < len(p); i++ {
		if w[i]|0x20 != p[i] {
			return false
		}
	}
	return true
}

// pronounStart reports whether a word starting with the bytes a, b may be a
// third-person pronoun: "he", "hi(m)", "sh(e)", "th(ey)" in any case.
func pronounStart(a, b byte) bool {
	a, b = a|0x20, b|0x20 // ASCII letters to lower case
	return a == 'h' && (b == 'e' || b == 'i') || (a == 's' || a == 't') && b == 'h'
}

// indexPronouns lists the third-person pronouns of toks, in text order.
func indexPronouns(toks []Token) []Pronoun {
	var out []Pronoun
	for i := range toks {
		t := &toks[i] // not a copy: this runs on every token
		if n := len(t.Text); n < 2 || n > 10 || !pronounStart(t.Text[0], t.Text[1]) {
			continue
		}
		if g := pronounGender(t.Text); g != 0 {
			out = append(out, Pronoun{Start: t.Start, End: t.End, Gender: g})
		}
	}
	return out
}

// Pronouns returns every third-person pronoun of the article, in text
// order. The list is built on first use: a stage that resolves a pronoun
// asks for it where it stands (PronounAt).
func (nm *Names) Pronouns() []Pronoun {
	nm.pronounsOnce.Do(func() { nm.pronouns = indexPronouns(nm.doc.Tokens) })
	return nm.pronouns
}

// PronounAt is the third-person pronoun written at byte offset pos, if any.
func (nm *Names) PronounAt(pos int) (Pronoun, bool) {
	toks := nm.doc.Tokens
	i := nm.doc.TokenAt(pos)
	if i == len(toks) || toks[i].Start != pos || !toks[i].Word {
		return Pronoun{}, false
	}
	if g := pronounGender(toks[i].Text); g != 0 {
		return Pronoun{Start: toks[i].Start, End: toks[i].End, Gender: g}, true
	}
	return Pronoun{}, false
}

// nominalSubjects finds the sentences whose subject is an unnamed person:
// "The education secretary insisted ...", "A spokesman for the firm said
// ...". Each is returned with its description ("the education secretary");
// "the minister" that names the role of someone named before is that
// person (ByRole).
func (nm *Names) nominalSubjects(toks []Token, sents []Span) []Antecedent {
	var out []Antecedent
	ti := 0
	for _, s := range sents {
		st := s.Start
		for ti < len(toks) && toks[ti].Start < st {
			ti++
		}
		if ti >= len(toks) || toks[ti].Start != st || (toks[ti].Text != "The" && toks[ti].Text != "A" && toks[ti].Text != "An") {
			continue
		}
		h := nominalHeadAfter(toks, ti)
		if h < 0 {
			continue
		}
		words := make([]string, 0, h-ti+1)
		for _, t := range toks[ti : h+1] {
			words = append(words, t.Text)
		}
		words[0] = strings.ToLower(words[0])
		a := Antecedent{Pos: st, Canon: strings.Join(words, " "), Gender: NominalGender(toks[h].Text), Nominal: true, Mention: -1}
		if words[0] == "the" {
			if p := nm.ByRole(st, DescriptionHead(words)); p != "" {
				a.Canon, a.Gender, a.Nominal = p, nm.Gender(p), false
			}
		}
		out = append(out, a)
	}
	return out
}

// nominalHeadAfter finds the head noun for a person within four words after
// the article at toks[ti] ("The education secretary insisted"), followed by
// a word that may go on the sentence; -1 when there is none.
func nominalHeadAfter(toks []Token, ti int) int {
	h := -1
	for k := ti + 1; k < len(toks) && k <= ti+4; k++ {
		t := toks[k]
		if !t.Word || t.Upper || t.Poss || npEnd[t.Text] || isCue(t) {
			break
		}
		if nominalHead(t.Text) {
			h = k
		}
	}
	if h < 0 || h+1 >= len(toks) {
		return -1
	}
	nx := toks[h+1]
	if !nx.Word || nx.Upper || npEnd[nx.Text] && !(nx.Text == "for" || nx.Text == "of" || nx.Text == "at") || pronounTok(nx) {
		return -1
	}
	return h
}

// ByRole finds the person named before pos (within 20,000 bytes) whose role
// contains noun: "the minister" is the person introduced as "transport
// minister Daniel Okafor". It returns the canonical name, or "".
func (nm *Names) ByRole(pos int, noun string) string {
	noun = strings.ToLower(noun)
	for i := nm.PersonAt(pos) - 1; i >= 0; i-- {
		p := nm.Mentions[nm.Persons[i]]
		if pos-p.Start > 20000 {
			break
		}
		r := strings.ToLower(nm.Role(p.Canon))
		if r == "" {
			r = strings.ToLower(p.Role)
		}
		if r != "" && strings.Contains(r, noun) {
			return p.Canon
		}
	}
	return ""
}

// roleStops end the head of a description: a relative pronoun or a
// preposition ("a spokesman for the firm").
var roleStops = set("who", "whom", "which", "that", "whose", "where", "of", "from", "at", "for", "in", "on", "with")

// RoleStops returns the lower-case words that end the head of a
// description or a role: relative pronouns and prepositions ("who", "for").
func RoleStops() map[string]bool { return roleStops }

// DescriptionHead is the head noun of a description: its last word before a
// preposition or relative pronoun ("spokesman" in "a spokesman for the
// firm").
func DescriptionHead(words []string) string {
	for i := 1; i < len(words); i++ {
		if roleStops[words[i]] {
			return words[i-1]
		}
	}
	return words[len(words)-1]
}

// maleNouns and femaleNouns tell the gender of a person described by a
// noun ("the spokeswoman").
var maleNouns, femaleNouns = nounsOf("m"), nounsOf("f")

// nounsOf returns the gendered nouns of the gender g.
func nounsOf(g string) map[string]bool {
	m := make(map[string]bool)
	for n, x := range lexicon.GenderedNouns() {
		if x == g {
			m[n] = true
		}
	}
	return m
}

// NominalGender is the gender the head noun of a description shows: 'm'
// ("spokesman"), 'f' ("spokeswoman"), 'p' for people in the plural
// ("officials", "firemen"), else 0.
func NominalGender(head string) byte {
	h := strings.ToLower(head)
	switch {
	case maleNouns[h]:
		return 'm'
	case femaleNouns[h]:
		return 'f'
	case strings.HasSuffix(h, "men") || strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && personNoun(h) && !isRoleNoun(h) || h == "officials" || h == "sources" || h == "aides" || h == "advisers":
		return 'p'
	}
	return 0
}
