// Package entities lists the people, places and organisations an article
// names. It is deliberately cheap — capitalised-phrase patterns, honorifics,
// organisation words, given names and a small gazetteer — instead of a
// statistical NER model, which costs ~110 ms to load and ~33 ms an article.
package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Entities are the names found, each once under the fullest form the text
// gives, in order of first mention. Mentions counts the mentions grouped
// under each name (a surname, an acronym, "the Lakers" for "Los Angeles
// Lakers").
type Entities struct {
	People, Places, Organisations []string
	Mentions                      map[string]int
}

// Entity types.
const (
	untyped = iota
	person
	place
	org
)

// candidate is one phrase read as a name of one type.
type candidate struct {
	typ  int
	name string
	ph   *phrase
}

// Find lists the entities of the analysed article doc. knownPeople are
// names other stages have already resolved (quote speakers); they count as
// people.
func Find(doc *nlp.Document, knownPeople []string) Entities {
	return FindBefore(doc, len(doc.Text), knownPeople)
}

// FindBefore is Find reading only the tokens of doc that end by byte offset
// end, so that the cost of a very long text stays bounded.
func FindBefore(doc *nlp.Document, end int, knownPeople []string) Entities {
	end = min(end, len(doc.Text))
	dl := dateline(doc, end)
	b := getBuffers()
	defer b.release() // nothing returned holds them
	phrases, lower, terms := findPhrases(doc, end, dl.start, dl.end, b)
	orgNames, orgPrefix := organisationEvidence(phrases)
	refuseGlued(phrases, lower, &b.alone)
	people := findPeople(phrases, knownPeople, orgNames, lower)
	ownS := map[string]bool{} // "Lowe" where the text shows the 's is the name's ("Lowe's said")
	for _, ph := range phrases {
		if t, ok := strings.CutSuffix(ph.text, "'s"); ok && len(ph.words) == 1 {
			ownS[t] = true
		}
	}
	idx := &nameIndex{people: people, orgs: orgNames}
	cands := b.cands[:0]
	defer func() { b.cands = cands }()
	for _, p := range dl.places {
		cands = append(cands, candidate{place, p, &phrase{}})
	}
	for _, o := range dl.orgs {
		cands = append(cands, candidate{org, o, &phrase{}})
	}
	for i := range phrases {
		ph := &phrases[i]
		if ph.glued {
			continue
		}
		typ, name := classify(ph, idx, lower)
		if terms[name] {
			continue // "binge eating disorder (BED)": a term, no organisation
		}
		if typ == untyped && orgPrefix[name] {
			typ = org
		}
		if ownS[name] {
			name += "'s"
		}
		if typ == untyped && strings.Contains(name, "-") {
			if parts := strings.Split(name, "-"); isPlace(parts[0]) && isPlace(parts[len(parts)-1]) {
				for _, p := range parts { // "U.S.-Canada trade"
					cands = append(cands, candidate{place, p, ph})
				}
				continue
			}
		}
		if name != "" {
			cands = append(cands, candidate{typ, name, ph})
		}
	}
	b.tallies = typeLists(cands, lower, b.tallies[:0])
	return group(cands, people, doc, b)
}

// organisationEvidence returns the names with organisation evidence in some
// mention (a cue, an organisation word, "the Chargers") and the short forms
// of those names before a corporate suffix ("Big Machine" of "Big Machine
// Label Group"), which count too.
func organisationEvidence(phrases []phrase) (orgNames, orgPrefix map[string]bool) {
	orgNames, orgPrefix = map[string]bool{}, map[string]bool{}
	for _, ph := range phrases {
		if ph.orgCue || ph.team || isOrganisation(ph.words) {
			orgNames[ph.text] = true
		}
	}
	for name := range orgNames {
		w := strings.Fields(name)
		for k := len(w) - 1; k >= 1; k-- {
			if orgTail(w[k:]) && allNameWords(w[:k]) {
				orgPrefix[strings.Join(w[:k], " ")] = true
			}
		}
	}
	for name := range orgPrefix {
		orgNames[name] = true
	}
	return orgNames, orgPrefix
}

// findPeople is the first pass: the quote speakers that read as people's
// names, and people introduced with an honorific or title, with a given
// name, a middle initial or an age, or as speakers. A name with
// organisation evidence elsewhere needs more than a speech verb ("Home
// Depot said"); evidence read in headings and credit lines does not count.
func findPeople(phrases []phrase, knownPeople []string, orgNames map[string]bool, lower *lowerSet) map[string]bool {
	people := map[string]bool{} // names of people, to resolve "Mr Gates"
	for _, p := range knownPeople {
		if w := strings.Fields(p); speakerName(w) && !isOrganisation(w) && !demonyms[w[0]] && !isAcronym(w[len(w)-1]) && !orgNames[p] {
			people[p] = true
		}
	}
	alone := make(map[string]bool, len(phrases)/2) // names also used as a single word ("Brennan")
	for _, ph := range phrases {
		if len(ph.words) == 1 && !ph.afterThe { // a lone surname, not "the Moon"
			alone[ph.words[0]] = true
		}
	}
	for _, ph := range phrases {
		name := ph.text
		switch {
		case ph.product || ph.event || ph.glued || ph.heading || ph.credit:
		case orgNames[name] && !ph.afterTitle && !firstNames[ph.words[0]]:
		case ph.afterTitle && (len(ph.words) >= 2 || !lower.has(name)):
			people[name] = true
		case looksLikePerson(ph):
			people[name] = true
		case len(ph.words) <= 3 && alone[ph.words[len(ph.words)-1]] && !lower.has(ph.words[0]) && !ph.afterThe &&
			looksLikePerson(phrase{words: ph.words, beforeSaid: true}):
			people[name] = true // "Nadia Brennan" beside a lone "Brennan".
		}
	}
	return people
}

// classify types one phrase by its evidence: its context (a title, an
// organisation cue, a place noun), the people found in the first pass, the
// gazetteer and the shape of the name. It returns untyped with the name
// when nothing says what the name is, and "" for no name at all.
func classify(ph *phrase, idx *nameIndex, lower *lowerSet) (int, string) {
	name, people := ph.text, idx.people
	single := len(ph.words) == 1
	last := ph.words[len(ph.words)-1]
	switch {
	case (ph.product || ph.event) && !knownOrgs[name] && !people[name]:
		return untyped, ""
	case strings.Contains(name, "/"):
		return untyped, "" // "Gannett/GateHouse": two names run together
	case ph.place:
		return place, name
	case ph.orgCue && !ph.afterTitle && !isPlace(name) && !(single && idx.surname(name) != ""):
		return org, name
	case people[name]:
		return person, idx.full(name)
	case ph.afterTitle:
		if !single || !lower.has(name) {
			return person, idx.full(name)
		}
		return untyped, ""
	case isPlace(name):
		return place, name
	case single && idx.surname(name) != "":
		return person, idx.surname(name)
	case single && idx.given(name) != "":
		return person, idx.given(name) // "Jamal" for Jamal Pryor
	case len(ph.words) >= 2 && venueWords[last] && !ph.afterThe && !hasConnector(ph.words):
		return place, name // "at Staples Center"
	case len(ph.words) >= 2 && placePrefixed(ph.words):
		return org, name // "the Kansas City Star", "the Oklahoma City Thunder"
	case len(ph.words) >= 3 && ph.words[1] == "for" && strings.HasSuffix(ph.words[0], "s") && !firstNames[ph.words[0]] && !ph.sentStart:
		return org, name // "Parents for Camp Relief", "Physicians for Human Rights"
	case len(ph.words) == 2 && isAcronym(ph.words[0]) && idx.orgs[last]:
		return org, name // "HMP Belmarsh" beside "Belmarsh prison"
	case ph.orgCue || isOrganisation(ph.words) || ph.team:
		return org, name
	case len(ph.words) >= 2 && len(ph.words) <= 3 && !lower.has(ph.words[0]) && !ph.afterThe &&
		looksLikePerson(phrase{words: ph.words, beforeSaid: true}) && idx.surname(last) != "":
		return person, name // a relative: "Hunter Hale" beside "Marcus Hale".
	case placeLike(ph.words):
		return place, name
	case single && brandCapital(name):
		return org, name
	case ph.afterPreposition && len(ph.words) <= 2 && allNameWords(ph.words) && !isAcronym(ph.words[0]) && !innerCapital(name) &&
		!firstNames[ph.words[0]] && !(single && (lower.has(name) || strings.HasSuffix(name, "."))):
		return place, name
	}
	return untyped, name
}

// placePrefixed: a known place followed by one or two words that make no
// place ("Kansas City Star", "Baltimore Sun", "Oklahoma City Thunder"): a
// newspaper or a team.
func placePrefixed(words []string) bool {
	for k := len(words) - 1; k >= 1; k-- {
		if !isPlaceWords(words[:k]) {
			continue
		}
		rest := words[k:]
		if len(rest) > 2 || firstNames[words[0]] || placeSuffixes[rest[len(rest)-1]] || streetWords[rest[len(rest)-1]] || firstNames[rest[0]] ||
			directions[rest[0]] || isPlace(rest[0]) || !allNameWords(rest) {
			return false
		}
		return true
	}
	return false
}

func hasConnector(words []string) bool {
	for _, w := range words {
		if connectors[w] {
			return true
		}
	}
	return false
}

// typeLists types the untyped members of a list by the others: a list with
// an organisation and no person (or named by "companies", "newspapers") is
// one of organisations, and the same for people ("media figures such as").
// It returns the tallies, buf appended to, for reuse.
func typeLists(cands []candidate, lower *lowerSet, buf []listTally) []listTally {
	lists := listTallies{t: buf}
	for _, c := range cands {
		if c.ph.list == 0 {
			continue
		}
		t := lists.find(c.ph.list)
		if t == nil {
			lists.t = append(lists.t, listTally{id: c.ph.list})
			t = &lists.t[len(lists.t)-1]
		}
		switch c.typ {
		case org:
			t.org++
		case person:
			t.person++
		}
		t.n++
		t.orgCue = t.orgCue || c.ph.listOrg
		t.personCue = t.personCue || c.ph.listPerson
	}
	for k := range cands {
		c := &cands[k]
		var t *listTally
		if c.ph.list != 0 {
			t = lists.find(c.ph.list)
		}
		if c.typ != untyped || t == nil || c.ph.heading || !allNameWords(c.ph.words) && !innerCapital(c.name) ||
			len(c.ph.words) == 1 && (c.ph.sentStart || strings.HasSuffix(c.name, "s")) || c.ph.afterPreposition {
			continue // "Moreover, …", "Palestinians", "in Oklahoma City"
		}
		if lower.has(c.ph.words[0]) || strings.ContainsAny(c.name, "'’") {
			continue // "Number", "I'm"
		}
		switch {
		case (t.org >= 2 || t.orgCue) && t.person == 0 && t.n >= 2:
			c.typ = org
		case (t.person >= 2 || t.personCue) && t.org == 0 && t.n >= 2 && len(c.ph.words) >= 2 && len(c.ph.words) <= 3:
			c.typ = person
		}
	}
	return lists.t
}

// listTally counts the types of a list's members.
type listTally struct {
	id, org, person, n int
	orgCue, personCue  bool
}

// listTallies are the tallies of a text's lists in order of first member;
// the list numbers of candidates in text order never decrease, so find
// looks first where the last look-up ended.
type listTallies struct {
	t    []listTally
	last int
}

func (l *listTallies) find(id int) *listTally {
	if l.last < len(l.t) && l.t[l.last].id == id {
		return &l.t[l.last]
	}
	if l.last+1 < len(l.t) && l.t[l.last+1].id == id {
		l.last++
		return &l.t[l.last]
	}
	if n := len(l.t); n == 0 || id > l.t[n-1].id {
		return nil // a new list, after every one seen
	}
	for k := range l.t {
		if l.t[k].id == id {
			l.last = k
			return &l.t[k]
		}
	}
	return nil
}

// looksLikePerson: two to four name words, no place or organisation, with a
// given name first, a middle initial ("Elizabeth A. Burton"), an age after
// it ("Burton, 32,") or a speech verb after it.
func looksLikePerson(ph phrase) bool {
	w := ph.words
	if len(w) < 2 || len(w) > 4 || ph.orgCue || !allNameWords(w) || isOrganisation(w) || placeLike(w) ||
		isAcronym(w[len(w)-1]) && len(w[len(w)-1]) >= 3 || // "Roth IRA"
		isPlaceWords(w) || isPlace(w[len(w)-1]) || isPlaceWords(w[:len(w)-1]) ||
		demonyms[w[0]] || directions[w[0]] || knownOrgs[w[0]] || isAcronym(w[0]) && len(w[0]) >= 3 || brandCapitalWords(w) {
		return false
	}
	if firstNames[w[0]] || ph.age {
		return true
	}
	for _, x := range w[1 : len(w)-1] {
		if len(x) == 2 && x[1] == '.' {
			return true
		}
	}
	return (ph.beforeSaid || ph.personCue) && len(w) <= 3 && !mentionsPlace(w)
}

// refuseGlued marks names that run two names together, as text extracted
// from adjacent page elements does ("Ilhan OmarIlhan Omar", "Kristi
// NoemSouth Dakota"): a word joined at a lower-to-upper case change whose
// halves are both names used on their own elsewhere, or two such names
// hyphenated ("Corvel-Nadia Brennan"). "GateHouse", "Orbitvale" and
// "Eva-Marie" have no such halves.
func refuseGlued(phrases []phrase, lower, alone *lowerSet) {
	suspect := false // most articles have no word to check
	for _, ph := range phrases {
		for _, w := range ph.words {
			suspect = suspect || strings.Contains(w, "-") || innerCapital(w)
		}
	}
	if !suspect {
		return
	}
	// alone: each word, and its lower-case form ("Gatehouse", "GateHouse")
	for _, ph := range phrases {
		for _, w := range ph.words {
			if !strings.Contains(w, "-") {
				alone.add(fnv(w))
				if innerCapital(w) {
					alone.add(fnvLower(w)) // only such words have another case form to meet
				}
			}
		}
	}
	for i := range phrases {
		for _, w := range phrases[i].words {
			if gluedWord(w, alone, lower) {
				phrases[i].glued = true
				break
			}
		}
	}
}

func gluedWord(w string, alone, lower *lowerSet) bool {
	if l, r, ok := strings.Cut(w, "-"); ok && !strings.Contains(r, "-") && !(isPlace(l) && isPlace(r)) &&
		letters(l) >= 3 && letters(r) >= 3 && alone.contains(l) && (alone.contains(r) || alone.has(r)) {
		return true // "the Gannett-Gatehouse merger", "Corvel-Nadia Brennan": two names hyphenated
	}
	prev := ' '
	for k, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			left, right := w[:k], w[k:]
			if j := strings.IndexFunc(right[1:], func(r rune) bool { return unicode.IsUpper(r) }); j >= 0 && unicode.IsLower(rune(right[j])) {
				right = right[:j+1] // "OmarIlhanOmar": the first half after the join
			}
			if letters(left) >= 2 && letters(right) >= 2 && alone.contains(left) && alone.contains(right) &&
				!lower.has(left) && !lower.has(right) {
				return true
			}
		}
		prev = r
	}
	return false
}

// nameIndex answers surname and given-name look-ups in the people found.
// Its maps, built once on the first look-up, hold every tail and head of a
// known person's name that follows or precedes a space.
type nameIndex struct {
	people     map[string]bool
	orgs       map[string]bool // names with organisation evidence
	sur, first map[string]string
}

// build fills sur with the fullest name (the longest, then the first in
// order) ending in each tail, and first with the one name starting with
// each head, or "" when two do.
func (x *nameIndex) build() {
	x.sur = make(map[string]string, 2*len(x.people))
	x.first = make(map[string]string, 2*len(x.people))
	for p := range x.people {
		for k := 0; k < len(p); k++ {
			if p[k] != ' ' {
				continue
			}
			if best, ok := x.sur[p[k+1:]]; !ok || len(p) > len(best) || len(p) == len(best) && p < best {
				x.sur[p[k+1:]] = p
			}
			if _, ok := x.first[p[:k]]; ok {
				x.first[p[:k]] = "" // two people: no one
			} else {
				x.first[p[:k]] = p
			}
		}
	}
}

// given is the one known person whose name starts with the word name
// ("Jamal" for "Jamal Pryor"), or "".
func (x *nameIndex) given(name string) string {
	if x.first == nil {
		x.build()
	}
	return x.first[name]
}

// surname is the fullest known person's name ending in name, or "".
func (x *nameIndex) surname(name string) string {
	if x.sur == nil {
		x.build()
	}
	return x.sur[name]
}

func (x *nameIndex) full(name string) string {
	if s := x.surname(name); s != "" {
		return s
	}
	return name
}

// speakerName reports whether the words of a resolved quote speaker are a
// person's name: two to four capitalised name words, none a connector,
// sentence starter or organisation word (a masthead may open it), except
// that a given name that is also a sentence starter ("Will", "April") may
// open it, since the quotes stage has already read it as the speaker's
// name.
func speakerName(words []string) bool {
	if len(words) >= 2 && len(words) <= 4 && firstNames[words[0]] && wordClasses[words[0]]&clSentenceStarter != 0 {
		return allNameWords(words[1:])
	}
	return len(words) >= 2 && len(words) <= 4 && allNameWords(words)
}

func allNameWords(words []string) bool {
	for k, w := range words {
		c := wordClasses[w]
		if k > 0 && k < len(words)-1 && c&clNameParticle != 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || c&(clConnector|clSentenceStarter) != 0 || c&clOrgWord != 0 && !(k == 0 && c&clMasthead != 0) {
			return false
		}
	}
	return true
}
