package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Pass 3: the speaker mention becomes the speaker the article means, with
// the fullest name it gives and a role.

// resolve turns an attribution's mention into the canonical speaker and role.
func (d *doc) resolve(at attribution, pos int) (speaker, role string) {
	if len(at.np) == 0 {
		return "", ""
	}
	words := make([]string, len(at.np))
	for i, t := range at.np {
		words[i] = t.Text
	}
	switch at.kind {
	case 'p':
		if pronouns[strings.ToLower(words[0])] == "1" {
			return "", ""
		}
		// the pronoun's own place: a subject earlier in its sentence is a
		// candidate ("Tom Haines revealed ..., saying he recalled it")
		s := d.resolvePronoun(pos, at.np[0])
		return s, d.nm.Role(s)
	case 'd':
		if len(at.np) == 1 && at.np[0].Upper {
			if office := d.officeBefore(at.np[0].Start); office != "" {
				return office + " " + words[0], "" // "High Commissioner for Refugees"
			}
		}
		if s, ok := d.resolveDescription(at.np, pos); ok {
			return s, d.nm.Role(s)
		}
		desc := strings.Join(strings.Fields(d.text[at.np[0].Start:at.np[len(at.np)-1].End]), " ") // possessives kept
		if len(words) > 0 && (words[0] == "The" || words[0] == "A" || words[0] == "An") || d.sentenceCase(at.np) {
			desc = strings.ToLower(words[0]) + desc[len(words[0]):]
		}
		if strings.ToLower(words[0]) == "the" || strings.ToLower(words[0]) == "his" || strings.ToLower(words[0]) == "her" {
			if s := d.nm.ByRole(pos, nlp.DescriptionHead(words)); s != "" {
				return s, d.nm.Role(s)
			}
		}
		if strings.ToLower(words[0]) == "it" {
			return "", ""
		}
		return desc, ""
	}
	words = d.trimClauseWords(words)
	if len(words) == 0 {
		return "", "" // "Likewise", "Appearing", "Sunday": no name at all
	}
	name, r, _ := d.nm.Canonical(words)
	if name == words[0] && d.pluralAtStart(at.np[len(at.np)-1]) {
		return strings.ToLower(name), "" // "Prosecutors alleged": a description
	}
	if d.nm.Gender(name) == 0 && !slices.ContainsFunc(words, func(w string) bool { return givenNames[w] }) {
		if office := d.officeBefore(at.np[0].Start); office != "" {
			return office + " " + strings.Join(words, " "), ""
		}
	}
	if at.appos != "" && r == "" {
		r = cleanRole(at.appos)
	}
	return name, r
}

// trimClauseWords drops the words opening a named mention that cannot be
// part of a name: clause openers, a participle ("Appearing", "Citing"), an
// adverb in -ly, a day or month. What is left is the name, or nothing. A
// word the article uses as someone's name stays ("Kelly", "Fielding").
func (d *doc) trimClauseWords(words []string) []string {
	for len(words) > 0 {
		w := words[0]
		if d.nm.BySurname(w) != "" || d.nm.ByFirstName(w) != "" || givenNames[w] {
			break
		}
		if clauseOpeners[w] || nlp.IsDayOrMonth(w) || len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly")) {
			words = words[1:]
			continue
		}
		break
	}
	return words
}

// clauseOpeners are capitalised words that open a clause or an adverbial,
// never a name: "As the Ledger's Tom Reyes noted", "When Delgado ...",
// "Citing ...", "Wait".
var clauseOpeners = set("As", "When", "While", "After", "Before", "Since", "If", "Although", "Though", "Because",
	"Like", "Unlike", "Alongside", "Including", "Wait", "Likewise", "Meanwhile", "However", "Also", "Even", "Only",
	"Just", "Then", "Now", "Yet", "Still", "So", "And", "But", "Or", "In", "On", "At", "From", "With", "By",
	"Instead", "Indeed", "Moreover", "Besides", "Partial", "Once", "Until", "Whether", "Where")

// pluralAtStart reports a plural noun for people capitalised only because
// it opens the sentence ("Prosecutors alleged ..."), not a name.
func (d *doc) pluralAtStart(t token) bool {
	if !t.Upper || !strings.HasSuffix(t.Text, "s") || !nlp.NominalHead(t.Text) || d.nm.BySurname(t.Text) != "" || d.nm.ByFirstName(t.Text) != "" {
		return false
	}
	i := sort.SearchInts(d.sents, t.Start)
	return i < len(d.sents) && d.sents[i] == t.Start
}

// officeBefore reads an office named before "for" or "of" just ahead of a
// name that is no person: "United Nations High Commissioner" in "The United
// Nations High Commissioner for Refugees said". It returns the office
// and its connector ("... High Commissioner for"), or "". An organisation's
// head works the same way: "The State Governor's Office of Emergency
// Management said" is the office, not "Emergency Management".
func (d *doc) officeBefore(pos int) string {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= pos })
	if i < 2 || (d.toks[i-1].Text != "for" && d.toks[i-1].Text != "of") {
		return ""
	}
	k := i - 1
	if t := d.toks[k-1]; !t.Upper || !(nlp.IsTitle(t.Text) || nlp.IsRoleNoun(t.Text) || nonPersonLast[t.Text]) {
		return ""
	}
	for k > 0 && d.toks[k-1].Word && (d.toks[k-1].Upper || properInner[d.toks[k-1].Text]) && !determiners[lower(d.toks[k-1])] && adjacentTok(d.toks[k-1], d.toks[k]) {
		k--
	}
	return strings.Join(strings.Fields(d.text[d.toks[k].Start:d.toks[i-1].End]), " ") // possessives kept
}

// cleanRole trims an appositive to its role: no article, no relative clause.
func cleanRole(s string) string {
	// a relative clause or a prepositional phrase is not a role, nor is an age
	if f := strings.Fields(s); len(f) == 0 || relOrPrep[strings.ToLower(f[0])] || !strings.ContainsFunc(s, unicode.IsLetter) {
		return ""
	}
	for _, a := range []string{"a ", "an ", "the ", "A ", "An ", "The "} {
		s = strings.TrimPrefix(s, a)
	}
	for _, cut := range []string{" who ", " which ", " that ", " whose "} {
		if i := strings.Index(s, cut); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// relOrPrep open a relative clause or a prepositional phrase, no role.
var relOrPrep = nlp.RoleStops()

// sentenceCase reports whether the first word of a description is a common
// word capitalised only because it starts the sentence ("Business owners
// on Riverside Parade", "Analysts at the Institute ..."), not a name or a
// proper adjective ("Russian officials", "Trump aides").
func (d *doc) sentenceCase(np []token) bool {
	if len(np) < 2 || !np[0].Upper || np[0].Poss {
		return false
	}
	if i := sort.SearchInts(d.sents, np[0].Start); i >= len(d.sents) || d.sents[i] != np[0].Start {
		return false
	}
	w := np[0].Text
	if !nlp.PersonNoun(w) && !nlp.PersonNoun(np[1].Text) {
		return false
	}
	if nlp.IsTitle(w) || placeFirst[w] || givenNames[w] || d.nm.BySurname(w) != "" || d.nm.ByFirstName(w) != "" || strings.ToUpper(w) == w {
		return false
	}
	return !nlp.ProperAdjective(w)
}

// isDescription: a speaker given by a description ("an agency spokesman"), not a name.
var isDescription = nlp.IsDescription

// genderOf gives a speaker's gender: a named person's from the article, an
// unnamed one's from its head noun ('p' for a plural such as "officials").
func (d *doc) genderOf(speaker string) byte {
	if g := d.nm.Gender(speaker); g != 0 || !isDescription(speaker) {
		return g
	}
	return nlp.NominalGender(nlp.DescriptionHead(strings.Fields(speaker)))
}
