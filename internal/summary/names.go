package summary

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/lexicon"
	"github.com/newsgist/newsgist/internal/nlp"
)

// A headline names its people as the article does at its fullest: a reader
// meets it alone, so "Patrick is betting …" becomes "Deval Patrick is
// betting …" and "Mr Gates said …" "Robert Gates said …". The forms are
// the name index's (nlp.Names.FullerName), the same quote speakers get.

// named returns the headline words kept (from sentence i) with its
// described subject named from the title (namedSubject) or from the
// sentences before (namedPerson) and its people named fully (namedFully),
// unless that would take it over MaxHeadlineWords words. The headline
// stays the article's words: when naming everyone fully would leave less
// than fromBodyShare of its word trigrams in the article ("Donald Trump said
// Barack Obama was…" where the article wrote "Trump said Obama was…"), only
// the first person is named fully, or none.
func (d *document) named(kept []string, title string, i int) []string {
	subj := d.namedSubject(kept, title)
	if len(subj) == len(kept) && subj[0] == kept[0] {
		// The subject names no group of the title's: it may describe a
		// person the article named just before.
		subj = d.namedPerson(kept, title, i)
	}
	if len(subj) == len(kept) && subj[0] == kept[0] {
		// Or hold a pronoun that points back to one.
		subj = d.namedPronoun(kept, title, i)
	}
	for _, limit := range []int{len(subj), 1, 0} {
		out := d.namedFully(subj, limit)
		if len(out) > MaxHeadlineWords && len(out) > len(kept) {
			continue
		}
		if limit == 0 || len(out) == len(subj) {
			return out
		}
		if f := d.fromBody(out); f >= fromBodyShare || f >= d.fromBody(subj) {
			return out
		}
	}
	return kept
}

// fromBodyShare is the share of a headline's word trigrams that must occur in
// the article: the measure by which real-dev's headline check tells a
// headline from a caption or a promo.
const fromBodyShare = 0.8

// fromBody returns the share of the word trigrams of words (lower-case
// ASCII letters and digits, as real-dev's check reads them) that occur in
// the document's text.
func (d *document) fromBody(words []string) float64 {
	if d.body == "" {
		d.body = asciiText(d.text[:min(len(d.text), maxBodyBytes)])
	}
	w := strings.Fields(asciiText(strings.Join(words, " ")))
	if len(w) < 3 {
		return 1
	}
	hit := 0
	for i := 0; i+3 <= len(w); i++ {
		if strings.Contains(d.body, " "+w[i]+" "+w[i+1]+" "+w[i+2]+" ") {
			hit++
		}
	}
	return float64(hit) / float64(len(w)-2)
}

// maxBodyBytes is how much of the article fromBody reads: the headline's
// names are the lead's, and a page of a megabyte is not copied for them.
const maxBodyBytes = 64 << 10

// asciiText returns s's runs of ASCII letters and digits in lower case,
// each between single spaces: " a b c ".
func asciiText(s string) string {
	b := make([]byte, 0, len(s)+2)
	b = append(b, ' ')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		case b[len(b)-1] != ' ':
			b = append(b, ' ')
		}
	}
	if b[len(b)-1] != ' ' {
		b = append(b, ' ')
	}
	return string(b)
}

// namedFully returns the headline words kept with the first mention of
// each person written with part of their name replaced by the fullest name
// the article gives; a courtesy title before it goes ("Mr"), another
// title stays ("Sen.").
func (d *document) namedFully(kept []string, limit int) []string {
	var out []string
	done := map[string]bool{}
	for i := 0; i < len(kept); {
		j := i
		for j < len(kept) && isCapitalised(bareWord(kept[j])) && (j == i || !strings.HasSuffix(kept[j-1], ",")) {
			j++
		}
		if j == i {
			out = append(out, kept[i])
			i++
			continue
		}
		switch {
		case i > 0 && determiners[strings.ToLower(kept[i-1])]:
			// "the Trump administration": a name as a modifier stays short.
			out = append(out, kept[i:j]...)
		case modifierName(kept, j):
			// "a female Trump supporter": the name modifies a noun.
			out = append(out, kept[i:j]...)
		case j < len(kept) && lexicon.NameParticles()[kept[j]] || i > 0 && lexicon.NameParticles()[kept[i-1]]:
			// "Richard von Weizsäcker": the name goes on.
			out = append(out, kept[i:j]...)
		case len(done) >= limit:
			out = append(out, kept[i:j]...)
		default:
			out = append(out, d.fuller(kept[i:j], done)...)
		}
		i = j
	}
	return out
}

// fuller returns the capitalised run of words written fully, or as it is.
func (d *document) fuller(run []string, done map[string]bool) []string {
	last := run[len(run)-1]
	bare := strings.TrimRight(last, `,.;:!?"'”’)`)
	tail := last[len(bare):] // the marks after the name
	if s := strings.TrimSuffix(strings.TrimSuffix(bare, "'s"), "’s"); s != bare {
		tail = bare[len(s):] + tail
		bare = s
	}
	if bare == "" {
		return run
	}
	words := append(append([]string(nil), run[:len(run)-1]...), bare)
	nm := d.nd.Names()
	for k := 0; k < len(words) && k < 2; k++ {
		if k == 1 && (!nlp.IsTitle(strings.TrimSuffix(words[0], ".")) || nobleTitles()[words[0]]) {
			// "Tom Johnston" is a name already; "Mr Gates", "Sen. Graham"
			// are not, but "Lord Janner", "Prince Charles" are how such
			// people are named.
			break
		}
		name := strings.Join(words[k:], " ")
		full := nm.FullerName(name)
		if full == name || !strings.HasSuffix(full, " "+name) || done[full] || stopwords[strings.ToLower(name)] ||
			!plainName(full) || !nm.Evident(full) || !onePerson(nm, name) || !writtenShort(nm, name, full) {
			continue
		}
		done[full] = true
		lead := words[:k]
		if k == 1 && courtesyTitles[strings.TrimSuffix(words[0], ".")] {
			lead = nil // "Mr Gates" → "Robert Gates"
		}
		out := append(append([]string(nil), lead...), strings.Fields(full)...)
		out[len(out)-1] += tail
		return out
	}
	return run
}

// modifierName reports whether the name that ends before kept[j] modifies
// the lower-case noun at kept[j] ("Trump supporter"): not a verb, a
// function word or anything after a comma or possessive.
func modifierName(kept []string, j int) bool {
	if j >= len(kept) || j == 0 {
		return false
	}
	prev, w := kept[j-1], kept[j]
	if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || !startsLower(w) {
		return false
	}
	lw := strings.ToLower(bareWord(w))
	return !finiteAt(kept, j) && !danglers[lw] && !phraseStarters[lw] && !midAdverb(lw) && !strings.HasSuffix(lw, "ing")
}

// onePerson reports whether only one person of the article has a name
// ending in name: "Lord Janner" is not "Daniel Janner" when the article
// also names Greville Janner.
func onePerson(nm *nlp.Names, name string) bool {
	found := ""
	for _, i := range nm.Persons {
		c := nm.Mentions[i].Canon
		if c == name || !strings.HasSuffix(c, " "+name) || c == found {
			continue
		}
		if found != "" && !strings.HasSuffix(c, " "+found) && !strings.HasSuffix(found, " "+c) {
			return false
		}
		if len(c) > len(found) {
			found = c
		}
	}
	return true
}

// writtenShort reports whether the article writes the person full as name
// somewhere with a sign that a person is meant — a title, a gender or a
// cue verb beside it ("Mr Taylor", "Patrick said"): "Poundbury" the
// village is no short form of "George Poundbury", nor "Arsenal" the club
// of "Iconic Arsenal".
func writtenShort(nm *nlp.Names, name, full string) bool {
	for _, i := range nm.Persons {
		m := &nm.Mentions[i]
		if m.Canon == full && strings.Join(m.Name, " ") == name && (m.CueSubject || len(m.Titles) > 0 || m.Gender != 0) {
			return true
		}
	}
	return false
}

// plainName reports a name whose every word is capitalised, or a particle
// ("von", "de"), with no lower-case part after a hyphen: not
// "Australian-born Assange".
func plainName(full string) bool {
	places := lexicon.Places()
	for _, w := range strings.Fields(full) {
		if _, ok := places[w]; ok || startsLower(w) && !lexicon.NameParticles()[w] {
			return false // "Ukraine Marie Yovanovitch" (after "ambassador to")
		}
		if k := strings.IndexByte(w, '.'); k >= 0 && k < len(w)-1 {
			return false // "D.C"; an initial is "M."
		}
		for _, part := range strings.Split(w, "-")[1:] {
			if part == "" || startsLower(part) {
				return false
			}
		}
	}
	return true
}

// nobleTitles are part of how a person is named ("Lord Janner", "Prince
// Charles"): a headline does not replace them with a given name.
// They are built on first use, like the lexicon's lists.
var nobleTitles = sync.OnceValue(func() map[string]bool {
	return lexicon.Union(lexicon.RoyalTitles(), makeSet(`Lord Lady Sir Dame Earl Baron Baroness Count Countess`))
})

// courtesyTitles give way to a given name ("Mr Gates" → "Robert Gates").
var courtesyTitles = makeSet(`Mr Mrs Ms Miss Mx`)

// namedSubject returns the headline words kept with a subject that only
// describes what the page title names ("The Japanese luxury marque has
// pulled the covers off…" under "Lexus wants you to…") given that name, as
// a sub-editor would write it: "Lexus has pulled the covers off…". The
// description must be "the" and lower-case words (a nationality allowed)
// ending on a noun for a company or group, the name then being no place
// and no person, or on "government", the name then being a place; the
// article must write the name and the headline must not.
func (d *document) namedSubject(kept []string, title string) []string {
	if len(kept) < 4 || !strings.EqualFold(kept[0], "the") || title == "" {
		return kept
	}
	mv := mainVerb(kept, 0)
	if mv < 2 || mv > 5 {
		return kept
	}
	if !describesGroup(kept[:mv]) {
		return kept
	}
	head := strings.ToLower(kept[mv-1])
	name := titleName(title)
	if name == "" || !holdsPhrase(d.text, name) || strings.Contains(strings.Join(kept, " "), name) || saysName(kept[:mv], name) {
		// (A title's "Band sets tour" or "Harbour Band Sets Tour" names
		// nothing the subject "The harbour band" does not already say:
		// its capitals are the title's case, not a name's.)
		return kept
	}
	_, place := lexicon.Places()[name]
	if head == "government" && !place || head != "government" && (place || d.nd.Names().IsPersonal(name)) {
		return kept
	}
	return append(strings.Fields(name), kept[mv:]...)
}

// saysName reports a subject that holds every word of name in any case.
func saysName(subject []string, name string) bool {
	for _, w := range strings.Fields(name) {
		if !slices.ContainsFunc(subject, func(s string) bool { return strings.EqualFold(bareWord(s), w) }) {
			return false
		}
	}
	return true
}

// holdsPhrase reports whether text holds phrase as whole words: "Band"
// is not in "Bandit".
func holdsPhrase(text, phrase string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(phrase)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		off = i + 1
	}
}

// namedPerson returns the headline words kept, from sentence i, with a
// subject that only describes a person ("The two-time Tony-winning
// actor-singer returns to the New York stage…") given the name of the
// person the sentence before names ("Norbert Leo Butz returns to…"): the
// description points back to a name a reader of the headline alone never
// met. The person must be the only one the sentence before names (or the
// one whose role the description's noun is), of the description's gender,
// and the headline must stay the article's words (fromBodyShare).
func (d *document) namedPerson(kept []string, title string, i int) []string {
	if i < 0 || i >= len(d.sents) || len(kept) < 4 || !strings.EqualFold(kept[0], "the") {
		return kept
	}
	mv := mainVerb(kept, 0)
	if mv < 2 || mv > 6 || !d.describesPerson(kept[:mv]) {
		return kept
	}
	name := d.personBefore(i, kept[mv-1], title)
	if name == "" {
		return kept
	}
	out := append(strings.Fields(name), kept[mv:]...)
	if d.fromBody(out) < fromBodyShare {
		return kept
	}
	return out
}

// namedPronoun returns the headline words kept, from sentence i, with the
// pronoun in its subject that points back to a person given the person's
// name: "His team is stepping up its talks…" becomes "Bernie Sanders's team
// is stepping up…", "He blasted out a robocall…" "Alan Grayson blasted
// out…". The person is the only one the sentence before names (before the
// first sentence, the page title) or, in an abstract or lede before anyone
// is named, the person the article is about (mainPerson); of the
// pronoun's gender, with a first name and a surname nobody else in the
// article has. The headline names nobody before the pronoun, a possessive
// stands before what it possesses, and the headline stays the article's
// words (fromBodyShare).
func (d *document) namedPronoun(kept []string, title string, i int) []string {
	if i < 0 || i >= len(d.sents) || len(kept) < 4 {
		return kept
	}
	mv := mainVerb(kept, 0)
	k := -1
	for j := 0; j < mv; j++ {
		lw := strings.ToLower(kept[j])
		if lw == "his" || lw == "her" || j == 0 && (lw == "he" || lw == "she") {
			k = j
			break
		}
		if j > 0 && isCapitalised(kept[j]) || strings.ContainsAny(kept[j], `"“”`) {
			return kept // a name or a quotation before it may hold the one meant
		}
	}
	if k < 0 {
		return kept
	}
	nm := d.nd.Names()
	var found string
	if i == 0 {
		found = d.personInTitle(title)
	} else {
		found = d.personIn(d.sents[i-1].Start, d.sents[i].Start, "")
	}
	gender := byte('m')
	if lw := strings.ToLower(kept[k]); lw == "her" || lw == "she" {
		gender = 'f'
	}
	if found == "" && (i == 0 || nm.PersonAt(d.sents[i].Start) == 0) {
		// An abstract or a lede before anyone is named points ahead:
		// to the person the article is about.
		found = d.mainPerson(gender)
	}
	if found == "" || !plainName(found) || !nm.Evident(found) || nm.Gender(found) != gender {
		return kept
	}
	name := strings.Fields(nm.FullestName(found))
	if len(name) < 2 || !onePerson(nm, name[len(name)-1]) {
		// "May stressed…" for "She stressed…" reads as a month; "Bush"
		// may be Jeb or George W.
		return kept
	}
	if sur := name[len(name)-1]; strings.Contains(strings.Join(kept, " "), sur) {
		return kept // "His campaign said Trump…": named after the verb
	}
	if p := strings.ToLower(kept[k]); p == "his" || p == "her" {
		if k+1 >= len(kept) || !possessed(kept[k+1]) {
			return kept // "the protest against her among…": an object
		}
		name[len(name)-1] += "'s"
	}
	out := append(append(append([]string{}, kept[:k]...), name...), kept[k+1:]...)
	if d.fromBody(out) < fromBodyShare {
		return kept
	}
	return out
}

// possessed reports a word that can follow a possessive "his" or "her": a
// lower-case word that is no function word, no punctuation after it.
func possessed(w string) bool {
	lw := strings.ToLower(w)
	return startsLower(w) && !strings.ContainsAny(w, ",.;:!?") && !phraseStarters[lw] && !determiners[lw] && !stopwords[lw] || isCapitalised(w) && !strings.ContainsAny(w, ",.;:!?")
}

// mainPerson returns the canonical name of the person of the given gender
// the article names at least three times and at least twice as often as
// anyone else of that gender, or "".
func (d *document) mainPerson(gender byte) string {
	nm := d.nd.Names()
	best, second := "", 0
	seen := map[string]bool{}
	for _, k := range nm.Persons {
		c := nm.Mentions[k].Canon
		if c == "" || seen[c] || nm.Gender(c) != gender {
			continue
		}
		seen[c] = true
		switch n := nm.Count(c); {
		case best == "" || n > nm.Count(best):
			second = nm.Count(best)
			best = c
		case n > second:
			second = n
		}
	}
	if best == "" || nm.Count(best) < 2*second || nm.Count(best) < 3 {
		return ""
	}
	return best
}

// describesPerson reports a subject that only describes one person: "the",
// then up to four words that name nobody (lower-case, or a capitalised
// modifier such as "Democratic" or "Tony-winning" that is no person's name)
// ending on a singular noun for a person ("actor-singer", "front-runner",
// "senator"); no punctuation, no possessive.
func (d *document) describesPerson(subj []string) bool {
	if len(subj) < 2 || len(subj) > 5 || !strings.EqualFold(subj[0], "the") {
		return false
	}
	nm := d.nd.Names()
	for _, w := range subj[1:] {
		if strings.ContainsAny(w, ",;:\"“”()'’") {
			return false
		}
		if isCapitalised(w) && (nm.BySurname(w) != "" || nm.ByFirstName(w) != "" || nm.IsPersonal(w)) {
			return false
		}
	}
	head := strings.ToLower(subj[len(subj)-1])
	plural := strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
	return !plural && (nlp.NominalHead(head) || compoundPersonNoun(head))
}

// personBefore returns the fullest name of the one person the sentence
// before sentence i names (or, when it names several, the one whose role
// holds the noun head) or, before the first sentence, the page title
// names; "" when there is none or the gender of head says it is someone
// else.
func (d *document) personBefore(i int, head, title string) string {
	nm := d.nd.Names()
	var found string
	if i == 0 {
		found = d.personInTitle(title)
	} else {
		found = d.personIn(d.sents[i-1].Start, d.sents[i].Start, head)
	}
	if found == "" {
		// "The president revisited his promise…" under a standfirst
		// that names nobody: the one person the article gives that
		// role ("President Obama told his advisers…").
		found = d.personWithRole(head)
	}
	if found == "" || !plainName(found) || !nm.Evident(found) {
		return ""
	}
	if g := nlp.NominalGender(head); g != 0 && g != 'p' && nm.Gender(found) != 0 && nm.Gender(found) != g {
		return ""
	}
	return nm.FullestName(found)
}

// personIn returns the canonical name of the one person named between the
// byte offsets from and to, or, when several are, the one whose role holds
// the noun head (nlp.Names.ByRole); "" when none is.
func (d *document) personIn(from, to int, head string) string {
	nm := d.nd.Names()
	found := ""
	for k := nm.PersonAt(from); k < len(nm.Persons); k++ {
		m := &nm.Mentions[nm.Persons[k]]
		if m.Start >= to {
			break
		}
		if m.Canon == "" || m.Canon == found {
			continue
		}
		if found != "" {
			return nm.ByRole(to, head)
		}
		found = m.Canon
	}
	return found
}

// personWithRole returns the canonical name of the one person whose role,
// anywhere in the article, holds the noun head ("president" for "President
// Obama"), or "".
func (d *document) personWithRole(head string) string {
	nm := d.nd.Names()
	head = strings.ToLower(head)
	found := ""
	for _, k := range nm.Persons {
		m := &nm.Mentions[k]
		if m.Canon == "" || m.Canon == found {
			continue
		}
		r := nm.Role(m.Canon)
		if r == "" {
			r = m.Role
		}
		if !containsWord(strings.ToLower(r), head) {
			continue
		}
		if found != "" {
			return ""
		}
		found = m.Canon
	}
	return found
}

// containsWord reports whether the space-separated words s hold w.
func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// personInTitle returns the canonical name of the one person the page title
// names (a run of capitalised words the article shows is a person), or "".
func (d *document) personInTitle(title string) string {
	nm := d.nd.Names()
	words := strings.Fields(title)
	found := ""
	for k := 0; k < len(words); {
		j := k
		var run []string
		for j < len(words) && isCapitalised(bareWord(words[j])) {
			run = append(run, strings.TrimSuffix(strings.TrimSuffix(bareWord(words[j]), "'s"), "’s"))
			j++
			if strings.ContainsAny(words[j-1], ",;:") {
				break
			}
		}
		if j == k {
			k++
			continue
		}
		k = j
		for len(run) > 0 && stopwords[strings.ToLower(run[0])] {
			run = run[1:] // "Thanks", "The"
		}
		if len(run) == 0 {
			continue
		}
		name, _, ok := nm.Canonical(run)
		if !ok || !nm.Evident(name) || name == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = name
	}
	return found
}

// describesGroup reports a subject that only describes a company, a group
// or a government: "the" and lower-case words (a nationality allowed)
// ending on one of groupNouns or "government" ("The Japanese luxury
// marque", "The government").
func describesGroup(subj []string) bool {
	if len(subj) < 2 || !strings.EqualFold(subj[0], "the") {
		return false
	}
	for _, w := range subj[1:] {
		if !startsLower(w) && !lexicon.Demonyms()[w] || strings.ContainsAny(w, ",;:\"“”()") {
			return false
		}
	}
	head := strings.ToLower(subj[len(subj)-1])
	return groupNouns[head] || head == "government"
}

// titleName is the name that opens the page title: its first run of one to
// three capitalised words before the title's verb and any colon or dash,
// without a possessive ("South Korea" from "South Korea's roadmap to…");
// "" when the title does not open on one (a run of four is a title in
// title case, not a name).
func titleName(title string) string {
	title = titleHead(title)
	words := strings.Fields(title)
	if len(words) < 2 {
		return ""
	}
	end := len(words)
	if mv := mainVerb(strings.Fields(strings.ToLower(title)), 0); mv > 0 {
		end = mv
	}
	var run []string
	for _, w := range words[:end] {
		b := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if b == "" || !isCapitalised(b) {
			break
		}
		run = append(run, b)
		if b != w || len(run) == 4 {
			break // a possessive ends the name
		}
	}
	if len(run) == 0 || len(run) == 4 || stopwords[strings.ToLower(run[0])] {
		return ""
	}
	return strings.Join(run, " ")
}

// groupNouns name a company or group a page title names: "the Japanese
// luxury marque" under "Lexus …". Not lexicon.OrgNouns, whose courts,
// councils and regulators are most often a third party to the title's
// subject.
var groupNouns = makeSet(`company firm marque carmaker automaker brand maker giant group band team club
agency network studio retailer startup airline bank chain manufacturer publisher broadcaster developer
label outfit`)
