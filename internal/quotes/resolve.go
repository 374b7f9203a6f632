package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// resolve turns an attribution's mention into the canonical speaker and role.
func (d *doc) resolve(at attribution, pos int) (speaker, role string) {
	if len(at.np) == 0 {
		return "", ""
	}
	words := make([]string, len(at.np))
	for i, t := range at.np {
		words[i] = t.text
	}
	switch at.kind {
	case 'p':
		g := pronouns[strings.ToLower(words[0])]
		if g == "1" {
			return "", ""
		}
		// the pronoun's own place: a subject earlier in its sentence is a
		// candidate ("Tom Haines revealed ..., saying he recalled it")
		s := d.resolvePronoun(max(pos, at.np[0].s), g)
		return s, d.nm.roles[s]
	case 'd':
		if len(at.np) == 1 && at.np[0].upper {
			if office := d.officeBefore(at.np[0].s); office != "" {
				return office + " " + words[0], "" // "High Commissioner for Refugees"
			}
		}
		if s, ok := d.resolveDescription(at.np, pos); ok {
			return s, d.nm.roles[s]
		}
		desc := strings.Join(strings.Fields(d.text[at.np[0].s:at.np[len(at.np)-1].e]), " ") // possessives kept
		if len(words) > 0 && (words[0] == "The" || words[0] == "A" || words[0] == "An") || d.sentenceCase(at.np) {
			desc = strings.ToLower(words[0]) + desc[len(words[0]):]
		}
		if strings.ToLower(words[0]) == "the" || strings.ToLower(words[0]) == "his" || strings.ToLower(words[0]) == "her" {
			if s := d.resolveRole(pos, descHead(words)); s != "" {
				return s, d.nm.roles[s]
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
	name, r, _ := d.nm.canonical(words)
	if name == words[0] && d.pluralAtStart(at.np[len(at.np)-1]) {
		return strings.ToLower(name), "" // "Prosecutors alleged": a description
	}
	if d.nm.genders[name] == 0 && !slices.ContainsFunc(words, func(w string) bool { return maleNames[w] || femaleNames[w] }) {
		if office := d.officeBefore(at.np[0].s); office != "" {
			return office + " " + strings.Join(words, " "), ""
		}
	}
	if at.appos != "" && r == "" {
		r = cleanRole(at.appos)
	}
	return name, r
}

// descHead is the head noun of a description: its last word before a
// preposition ("spokesman" in "a spokesman for the firm").
func descHead(words []string) string {
	for i := 1; i < len(words); i++ {
		if relOrPrep[words[i]] {
			return words[i-1]
		}
	}
	return words[len(words)-1]
}

// sentenceCase reports whether the first word of a description is a common
// word capitalised only because it starts the sentence ("Business owners
// on Riverside Parade", "Analysts at the Institute ..."), not a name or a
// proper adjective ("Russian officials", "Trump aides").
func (d *doc) sentenceCase(np []token) bool {
	if len(np) < 2 || !np[0].upper || np[0].poss {
		return false
	}
	if i := sort.SearchInts(d.sents, np[0].s); i >= len(d.sents) || d.sents[i] != np[0].s {
		return false
	}
	w := np[0].text
	if !personNoun(w) && !personNoun(np[1].text) {
		return false
	}
	if isTitle(w) || placeFirst[w] || maleNames[w] || femaleNames[w] || d.nm.bySur[w] != "" || d.nm.byFirst[w] != "" || strings.ToUpper(w) == w {
		return false
	}
	return !properAdjective(w)
}

// resolvePronoun finds the person a pronoun at pos refers to: the subject
// (first person named) of the nearest earlier sentence that names someone of
// the right gender, or the speaker of the nearest earlier attribution. An
// unnamed speaker or sentence subject ("an agency spokesman", "the
// education secretary") is a candidate too: spokesman is he, spokeswoman she.
func (d *doc) resolvePronoun(pos int, gender string) string {
	want := byte(0)
	if gender == "m" || gender == "f" {
		want = gender[0]
	}
	cur := d.sentenceOf(pos)
	const window = 3000
	// candidates, nearest first, from three sources: attributed speakers,
	// unnamed sentence subjects and person phrases outside quotes (at one
	// position the person phrase comes last, so that it, the mention
	// itself, is the one kept)
	si := sort.Search(len(d.said), func(i int) bool { return d.said[i].pos >= pos }) - 1
	ni := sort.Search(len(d.nomSubj), func(i int) bool { return d.nomSubj[i].pos >= pos }) - 1
	pi := d.nm.personAt(pos) - 1
	next := func() (saidAt, bool) {
		for {
			sp, np, pp := -1, -1, -1
			if si >= 0 {
				sp = d.said[si].pos
			}
			if ni >= 0 {
				np = d.nomSubj[ni].pos
			}
			if pi >= 0 {
				pp = d.nm.phrases[d.nm.persons[pi]].s
			}
			switch {
			case sp < 0 && np < 0 && pp < 0:
				return saidAt{}, false
			case sp >= 0 && sp >= np && sp >= pp:
				si--
				return d.said[si+1], true
			case np >= 0 && np >= pp:
				ni--
				c := d.nomSubj[ni+1]
				if s := d.resolveRole(c.pos, descHead(strings.Fields(c.canon))); s != "" && strings.HasPrefix(c.canon, "the ") {
					c.canon, c.gender, c.nominal = s, d.nm.genders[s], false
				}
				return c, true
			default:
				p := d.nm.phrases[d.nm.persons[pi]]
				pi--
				if p.inQuote {
					continue
				}
				return saidAt{pos: p.s, canon: p.canon, gender: d.nm.genders[p.canon], weak: !d.nm.isPersonal(p.canon) && d.afterLowerWord(p.s)}, true
			}
		}
	}
	bestSent := -1
	best := ""
	bestWeak := false
	sure := "" // the first candidate of the sentence that is surely a person
	para := d.paraOf(pos)
	for steps := 0; steps < 90; steps++ {
		c, ok := next()
		if !ok || pos-c.pos > window {
			break
		}
		if c.nominal && d.paraOf(c.pos) != para {
			continue // an unnamed speaker is referred to only within its paragraph
		}
		if want != 0 && c.gender != 0 && c.gender != want {
			continue
		}
		if want != 0 && c.gender == 'p' {
			continue
		}
		cSent := d.sentenceOf(c.pos)
		if bestSent >= 0 && cSent != bestSent {
			break // the nearest sentence with a candidate is done
		}
		if cSent == cur && c.pos >= pos {
			continue
		}
		bestSent = cSent
		best = c.canon // keep going back within the sentence: the first mention is the subject
		bestWeak = c.weak && c.gender == 0 && !d.saidBy(c.canon, pos)
		if !c.weak || c.gender != 0 || d.saidBy(c.canon, pos) {
			sure = c.canon
		}
	}
	if want != 0 && (sure != "" || bestWeak) {
		// a phrase that is no subject and shows no sign of a person
		// ("known as Harbour Steps") yields to one that does ("the
		// novelist Jo Walton") in the same sentence; with none, "she" is
		// nobody rather than "a Bowling Alley"
		return sure
	}
	return best
}

// afterLowerWord reports whether a lower-case word comes just before pos, as
// before a name that is no subject ("known as Harbour Steps").
func (d *doc) afterLowerWord(pos int) bool {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].s >= pos }) - 1
	return i >= 0 && d.toks[i].word && !d.toks[i].upper
}

// saidBy reports whether speaker was attributed a quotation before pos.
func (d *doc) saidBy(speaker string, pos int) bool {
	for _, s := range d.said {
		if s.pos >= pos {
			break
		}
		if s.canon == speaker {
			return true
		}
	}
	return false
}

// isDescription: a speaker given by a description ("an agency spokesman"), not a name.
func isDescription(speaker string) bool {
	r, _ := utf8.DecodeRuneInString(speaker)
	return unicode.IsLower(r)
}

// genderOf gives a speaker's gender: a named person's from the article, an
// unnamed one's from its head noun ('p' for a plural such as "officials").
func (d *doc) genderOf(speaker string) byte {
	if g := d.nm.genders[speaker]; g != 0 || !isDescription(speaker) {
		return g
	}
	return nominalGender(descHead(strings.Fields(speaker)))
}

func nominalGender(head string) byte {
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

// nominalSubjects finds the sentences whose subject is an unnamed person:
// "The education secretary insisted ...", "A spokesman for the firm said
// ...". Each is returned with its description ("the education secretary").
func nominalSubjects(toks []token, sents []int) []saidAt {
	var out []saidAt
	ti := 0
	for _, st := range sents {
		for ti < len(toks) && toks[ti].s < st {
			ti++
		}
		if ti >= len(toks) || toks[ti].s != st || (toks[ti].text != "The" && toks[ti].text != "A" && toks[ti].text != "An") {
			continue
		}
		h := -1
		for k := ti + 1; k < len(toks) && k <= ti+4; k++ {
			t := toks[k]
			if !t.word || t.upper || t.poss || npEnd[t.text] || isCue(t) {
				break
			}
			if nominalHead(t.text) {
				h = k
			}
		}
		if h < 0 || h+1 >= len(toks) {
			continue
		}
		nx := toks[h+1]
		if !nx.word || nx.upper || npEnd[nx.text] && !(nx.text == "for" || nx.text == "of" || nx.text == "at") || pronounTok(nx) {
			continue
		}
		words := make([]string, 0, h-ti+1)
		for _, t := range toks[ti : h+1] {
			words = append(words, t.text)
		}
		words[0] = strings.ToLower(words[0])
		desc := strings.Join(words, " ")
		out = append(out, saidAt{pos: st, canon: desc, gender: nominalGender(toks[h].text), nominal: true})
	}
	return out
}

// resolveRole finds the person named earlier whose role contains noun ("the minister").
func (d *doc) resolveRole(pos int, noun string) string {
	noun = strings.ToLower(noun)
	for i := d.nm.personAt(pos) - 1; i >= 0; i-- {
		p := d.nm.phrases[d.nm.persons[i]]
		if pos-p.s > 20000 {
			break
		}
		r := strings.ToLower(d.nm.roles[p.canon])
		if r == "" {
			r = strings.ToLower(p.role)
		}
		if r != "" && strings.Contains(r, noun) {
			return p.canon
		}
	}
	return ""
}

// clauseOpeners are capitalised words that open a clause or an adverbial,
// never a name: "As the Ledger's Tom Reyes noted", "When Delgado ...",
// "Citing ...", "Wait".
var clauseOpeners = set("As", "When", "While", "After", "Before", "Since", "If", "Although", "Though", "Because",
	"Like", "Unlike", "Alongside", "Including", "Wait", "Likewise", "Meanwhile", "However", "Also", "Even", "Only",
	"Just", "Then", "Now", "Yet", "Still", "So", "And", "But", "Or", "In", "On", "At", "From", "With", "By",
	"Instead", "Indeed", "Moreover", "Besides", "Partial", "Once", "Until", "Whether", "Where")

// trimClauseWords drops the words opening a named mention that cannot be
// part of a name: clause openers, a participle ("Appearing", "Citing"), an
// adverb in -ly, a day or month. What is left is the name, or nothing. A
// word the article uses as someone's name stays ("Kelly", "Fielding").
func (d *doc) trimClauseWords(words []string) []string {
	for len(words) > 0 {
		w := words[0]
		if d.nm.bySur[w] != "" || d.nm.byFirst[w] != "" || maleNames[w] || femaleNames[w] {
			break
		}
		if clauseOpeners[w] || isDayOrMonth(w) || len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly")) {
			words = words[1:]
			continue
		}
		break
	}
	return words
}

// pluralAtStart reports a plural noun for people capitalised only because
// it opens the sentence ("Prosecutors alleged ..."), not a name.
func (d *doc) pluralAtStart(t token) bool {
	if !t.upper || !strings.HasSuffix(t.text, "s") || !nominalHead(t.text) || d.nm.bySur[t.text] != "" || d.nm.byFirst[t.text] != "" {
		return false
	}
	i := sort.SearchInts(d.sents, t.s)
	return i < len(d.sents) && d.sents[i] == t.s
}
