package nlp

import (
	"strings"
	"testing"
)

// An invented transport story: a man and a woman named, a minister
// introduced by role and later called "the minister", an unnamed
// spokeswoman as a sentence subject, and pronouns of every gender.
const pronounArticle = `Transport minister Daniel Okafor opened the Eastgate line on Monday. He said the trains would run every ten minutes.

Council leader Dana Lowe welcomed the line. She said her residents had waited for years.

The minister said later that the fares would be frozen. A spokeswoman for the operator said they expected crowds. The engineers said their work was done.`

func TestIndexPronouns(t *testing.T) {
	nm := IndexNames(NewDocument(pronounArticle))
	var got []string
	for _, p := range nm.Pronouns() {
		got = append(got, pronounArticle[p.Start:p.End]+":"+string(p.Gender))
	}
	want := "He:m She:f her:f they:p their:p"
	if strings.Join(got, " ") != want {
		t.Errorf("pronouns %q, want %q", strings.Join(got, " "), want)
	}
	he := strings.Index(pronounArticle, "He said")
	if p, ok := nm.PronounAt(he); !ok || p.Gender != 'm' {
		t.Errorf("PronounAt(%d) = %v, %v; want he", he, p, ok)
	}
	if _, ok := nm.PronounAt(he + 3); ok {
		t.Errorf("PronounAt(%d) found a pronoun in %q", he+3, pronounArticle[he+3:he+8])
	}
}

func TestNominalSubjects(t *testing.T) {
	nm := IndexNames(NewDocument(pronounArticle))
	want := []struct {
		at, canon string
		gender    byte
		nominal   bool
	}{
		{"The minister said", "Daniel Okafor", 'm', false}, // the role of a man named before
		{"A spokeswoman", "a spokeswoman", 'f', true},
		{"The engineers", "the engineers", 'p', true},
	}
	if len(nm.Nominals) != len(want) {
		t.Fatalf("nominal subjects %+v, want %d", nm.Nominals, len(want))
	}
	for i, w := range want {
		n := nm.Nominals[i]
		if n.Pos != strings.Index(pronounArticle, w.at) || n.Canon != w.canon || n.Gender != w.gender || n.Nominal != w.nominal || n.Mention != -1 {
			t.Errorf("nominal %d = %+v, want %q at %q, gender %c, nominal %v", i, n, w.canon, w.at, w.gender, w.nominal)
		}
	}
}

func TestResolvePronoun(t *testing.T) {
	const quoted = `Maria Chen runs the bakery on Quay Street. "Nobody told us about Tom Briggs and his plans," she said.`
	const weak = `The novelist Jo Walton moved to a flat known as Harbour Steps. She said it was quiet.`
	const credited = `"We will rebuild," said Ian Ross, the mayor. Later he visited the school.`
	const spokesman = `Police closed the bridge.

A spokesman for the police said the road was unsafe. He said it would reopen on Friday.`
	for _, c := range []struct {
		name, text, at string // at: the words that start with the pronoun
		want           byte
		said           []string // speakers credited, each at its first mention
		skipQuoted     bool
		wantCanon      string
	}{
		{"he: the man named before", pronounArticle, "He said", 'm', nil, false, "Daniel Okafor"},
		{"she: the woman, not the nearer man", pronounArticle, "She said", 'f', nil, false, "Dana Lowe"},
		{"they: anyone, the nearest subject", pronounArticle, "they expected", 0, nil, false, "a spokeswoman"},
		{"a name inside a quotation is left out", quoted, "she said", 'f', nil, true, "Maria Chen"},
		{"a name in no subject place yields", weak, "She said", 'f', nil, false, "Jo Walton"},
		{"a credited speaker", credited, "he visited", 'm', []string{"Ian Ross"}, false, "Ian Ross"},
		{"an unnamed subject in its paragraph", spokesman, "He said", 'm', nil, false, "a spokesman"},
	} {
		t.Run(c.name, func(t *testing.T) {
			nm := IndexNames(NewDocument(c.text))
			var said []Antecedent
			for _, s := range c.said {
				said = append(said, Antecedent{Pos: strings.Index(c.text, s), Canon: s, Gender: nm.Gender(s), Mention: -1})
			}
			var skip func(int) bool
			if c.skipQuoted {
				open := strings.Index(c.text, `"`)
				shut := strings.LastIndex(c.text, `"`)
				skip = func(k int) bool { return nm.Mentions[k].Start > open && nm.Mentions[k].Start < shut }
			}
			pos := strings.Index(c.text, c.at)
			if got := nm.ResolvePronoun(pos, c.want, said, skip); got != c.wantCanon {
				t.Errorf("ResolvePronoun(%q) = %q, want %q", c.at, got, c.wantCanon)
			}
		})
	}
}

func TestAntecedentsOrder(t *testing.T) {
	nm := IndexNames(NewDocument(pronounArticle))
	pos := strings.Index(pronounArticle, "they expected")
	var got []string
	for a := nm.Antecedents(pos, nil, nil); ; {
		c, ok := a.Next()
		if !ok {
			break
		}
		got = append(got, c.Canon)
	}
	want := "a spokeswoman|Daniel Okafor|Dana Lowe|Daniel Okafor" // "The minister" is Okafor too
	if strings.Join(got, "|") != want {
		t.Errorf("antecedents nearest first %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestPronounGender(t *testing.T) {
	for w, want := range map[string]byte{
		"he": 'm', "His": 'm', "HIMSELF": 'm', "she": 'f', "Hers": 'f', "herself": 'f',
		"They": 'p', "THEM": 'p', "theirs": 'p', "Themselves": 'p',
		"the": 0, "There": 0, "hi": 0, "shed": 0, "heir": 0, "it": 0, "We": 0, "h": 0, "themselvess": 0, "hé": 0,
	} {
		if got := pronounGender(w); got != want {
			t.Errorf("pronounGender(%q) = %q, want %q", w, got, want)
		}
	}
}
