// Package entities lists the people, places and organisations an article
// names. It is deliberately cheap — capitalised-phrase patterns, honorifics,
// organisation words, given names and a small gazetteer — instead of a
// statistical NER model, which costs ~110 ms to load and ~33 ms an article.
package entities

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entities are the names found, each once, in order of first mention.
type Entities struct {
	People, Places, Organisations []string
}

// Find lists the entities of text. knownPeople are names other stages have
// already resolved (quote speakers); they are listed as people first.
func Find(text string, knownPeople []string) Entities {
	var e Entities
	seen := map[string]bool{}
	add := func(list *[]string, name string) {
		if name == "" || seen[name] {
			return
		}
		seen[name] = true
		*list = append(*list, name)
	}
	people := map[string]bool{} // names of people, to resolve "Mr Gates"
	for _, p := range knownPeople {
		if isPersonName(p) {
			people[p] = true
		}
	}

	dl, text := dateline(text)
	words := tokenize(text)
	lower := lowerWords(words)
	phrases := capitalisedPhrases(words, lower)
	alone := map[string]bool{} // names also used as a single word ("Jenner")
	for _, ph := range phrases {
		if len(ph.words) == 1 {
			alone[ph.words[0]] = true
		}
	}
	// First pass: people introduced with an honorific or title, with a
	// given name, a middle initial or an age, or as speakers.
	for _, ph := range phrases {
		name := strings.Join(ph.words, " ")
		switch {
		case ph.afterTitle && (len(ph.words) >= 2 || !lower[strings.ToLower(name)]):
			people[name] = true
		case looksLikePerson(ph):
			people[name] = true
		case len(ph.words) <= 3 && alone[ph.words[len(ph.words)-1]] && !lower[strings.ToLower(ph.words[0])] && !ph.afterThe &&
			looksLikePerson(phrase{words: ph.words, beforeSaid: true}):
			people[name] = true // "Kylie Jenner" beside a lone "Jenner".
		}
	}
	for _, p := range dl.places {
		add(&e.Places, p)
	}
	for _, o := range dl.orgs {
		add(&e.Organisations, o)
	}
	for _, ph := range phrases {
		name := strings.Join(ph.words, " ")
		single := len(ph.words) == 1
		switch {
		case ph.place:
			add(&e.Places, name)
		case people[name]:
			add(&e.People, fullName(name, people))
		case ph.afterTitle:
			if !single || !lower[strings.ToLower(name)] {
				add(&e.People, fullName(name, people))
			}
		case isPlace(name):
			add(&e.Places, canonicalPlace(name))
		case single && surnameOf(name, people) != "":
			add(&e.People, surnameOf(name, people))
		case ph.orgCue || isOrganisation(ph.words) || ph.team || len(ph.words) >= 2 && strings.HasSuffix(name, "s") &&
			isPlace(strings.Join(ph.words[:len(ph.words)-1], " ")): // "New York Islanders"
			add(&e.Organisations, name)
		case len(ph.words) >= 2 && len(ph.words) <= 3 && !lower[strings.ToLower(ph.words[0])] && !ph.afterThe &&
			looksLikePerson(phrase{words: ph.words, beforeSaid: true}) && surnameOf(ph.words[len(ph.words)-1], people) != "":
			add(&e.People, name) // a relative: "Hunter Biden" beside "Joe Biden".
		case placeLike(ph.words):
			add(&e.Places, name)
		case single && innerCapital(name) && !strings.HasPrefix(name, "Mc") && !strings.HasPrefix(name, "Mac"):
			add(&e.Organisations, name)
		case ph.afterPreposition && len(ph.words) <= 2 && allNameWords(ph.words) && !isAcronym(ph.words[0]) && !innerCapital(name) &&
			!firstNames[ph.words[0]] && !(single && (lower[strings.ToLower(name)] || strings.HasSuffix(name, "."))):
			add(&e.Places, name)
		}
	}
	if e.People == nil {
		e.People = []string{}
	}
	if e.Places == nil {
		e.Places = []string{}
	}
	if e.Organisations == nil {
		e.Organisations = []string{}
	}
	return e
}

// looksLikePerson: two to four name words, no place or organisation, with a
// given name first, a middle initial ("Elizabeth A. Burton"), an age after
// it ("Burton, 32,") or a speech verb after it.
func looksLikePerson(ph phrase) bool {
	w := ph.words
	if len(w) < 2 || len(w) > 4 || ph.orgCue || !allNameWords(w) || isOrganisation(w) || placeLike(w) ||
		isPlace(strings.Join(w, " ")) || isPlace(w[len(w)-1]) || isPlace(strings.Join(w[:len(w)-1], " ")) ||
		demonyms[w[0]] || directions[w[0]] || knownOrgs[w[0]] || innerCapital(strings.Join(w, " ")) {
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
	return ph.beforeSaid && len(w) <= 3 && !mentionsPlace(w)
}

// fullName expands a surname ("Gates") to the fullest known name ending in it.
func fullName(name string, people map[string]bool) string {
	if s := surnameOf(name, people); s != "" {
		return s
	}
	return name
}

// surnameOf is the fullest known person's name ending in name, or "".
func surnameOf(name string, people map[string]bool) string {
	best := ""
	for p := range people {
		if strings.HasSuffix(p, " "+name) && (len(p) > len(best) || len(p) == len(best) && p < best) {
			best = p
		}
	}
	return best
}

func isPersonName(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 2 && len(words) <= 4 && allNameWords(words)
}

// nameParticles may stand lower-case inside a person's name.
var nameParticles = set("von", "van", "de", "der", "da", "di", "al", "bin", "la", "du", "le")

func allNameWords(words []string) bool {
	for k, w := range words {
		if k > 0 && k < len(words)-1 && nameParticles[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || connectors[w] || orgWords[w] || sentenceStarters[w] {
			return false
		}
	}
	return true
}

type phrase struct {
	words      []string
	afterTitle bool // preceded by Mr, Dr, President, …
	beforeSaid bool // followed by a speech verb
	// afterPreposition: preceded by in, near, outside…, as places are
	afterPreposition bool
	orgCue           bool // "research firm X", "analyst at X", "X, a … company"
	age              bool // followed by ", 32,"
	place            bool // a place by its context: "Hartford, CT", "town of X", "X-based"
	team             bool // "the Chargers"
	afterThe         bool // "the Crêperie Dubois" is no relative of Renée Dubois
}

// context is what surrounds a capitalised run; the first piece of a split
// run gets the flags about what precedes it, the last those about what
// follows it.
type context struct {
	afterPreposition, orgBefore, placeBefore, afterThe bool // first piece
	beforeSaid, age, orgAfter, placeAfter              bool // last piece
}

func (c context) first() context {
	return context{afterPreposition: c.afterPreposition, orgBefore: c.orgBefore, placeBefore: c.placeBefore, afterThe: c.afterThe}
}

func (c context) last() context {
	return context{beforeSaid: c.beforeSaid, age: c.age, orgAfter: c.orgAfter, placeAfter: c.placeAfter}
}

// capitalisedPhrases finds runs of capitalised words ("Czech Republic",
// "Bank of England"), dropping a sentence's first word when it is an
// ordinary word capitalised only by position, and splits them into names.
func capitalisedPhrases(words []word, lower map[string]bool) []phrase {
	// Which words can be part of a name, and as what text: shouted words
	// ("LONDON", "HUNTER") are read as a place or dropped, tickers and
	// generic acronyms ("(HD)", "CEO") dropped.
	name := make([]string, len(words))
	for k, w := range words {
		t := w.text
		if !capitalised(t) || hasDigit(t) {
			continue
		}
		if allCaps(t) {
			switch {
			case romanNumerals[t]:
				if k == 0 || name[k-1] == "" {
					continue // "Elizabeth II", not a lone "II"
				}
			case w.paren && !knownOrgs[t]:
				continue
			case knownOrgs[t] || isPlace(t):
			case stateCodes[t] != "":
				if stateAfterPlace(words, k, lower) {
					name[k] = "\x00" + stateCodes[t]
				}
				continue
			case genericAcronyms[t]:
				continue
			case letters(t) >= 5 && !consonantRun(t, 3):
				if tc := titleCase(t); isPlace(tc) {
					t = tc
				} else {
					continue // "LONDON", "HUNTER"; "MSNBC" stays
				}
			case lower[strings.ToLower(t)] || k > 0 && shouting(words[k-1].text) || k+1 < len(words) && shouting(words[k+1].text):
				continue // a word of a shouted line ("HOW TO WATCH")
			}
		}
		name[k] = t
	}
	var out []phrase
	for i := 0; i < len(words); {
		if name[i] == "" {
			i++
			continue
		}
		if name[i][0] == 0 { // a state code after "City,"
			out = append(out, phrase{words: []string{name[i][1:]}, place: true})
			i++
			continue
		}
		j := i
		var run []string
		shouted, caps := 0, 0
	scan:
		for j < len(words) {
			switch {
			case name[j] != "" && name[j][0] != 0:
				run = append(run, name[j])
				if allCaps(words[j].text) {
					caps++
					if !knownOrgs[name[j]] && !isPlace(name[j]) {
						shouted++
					}
				}
			case (connectors[words[j].text] || words[j].text == "and") && len(run) > 0 && j+1 < len(words) &&
				name[j+1] != "" && name[j+1][0] != 0 && !words[j].endsClause:
				run = append(run, words[j].text)
				j++
				continue
			default:
				break scan
			}
			j++
			if words[j-1].endsClause {
				break
			}
			// A possessive ends the name ("Britain's Conservative Party")
			// unless an organisation word follows ("Sheriff's Department").
			if words[j-1].possessive && !possessiveKeep[words[j-1].text] && !(j < len(words) && orgWords[words[j].text]) {
				break
			}
		}
		if shouted >= 1 && caps >= 2 && caps == len(run) {
			i = j
			continue // a shouted heading ("BOYS SOCCER")
		}
		startsSentence := i == 0 || words[i-1].endsSentence
		prev, prev2 := "", ""
		if i > 0 {
			prev = words[i-1].text
		}
		if i > 1 {
			prev2 = words[i-2].text
		}
		next := ""
		if j < len(words) {
			next = words[j].text
		}
		titled := titles[prev] && !(i > 0 && words[i-1].endsClause)
		if titles[prev] && strings.HasSuffix(words[i-1].raw, ",") && len(run) >= 2 && len(run) <= 3 && allNameWords(run) && !hasOrgWord(run) {
			titled = true // "the Home Secretary, Sajid Javid,"
		}
		ctx := context{
			afterPreposition: placePrepositions[prev],
			afterThe:         prev == "the",
			orgBefore:        orgCues[prev] || prev == "at" && roleNouns[prev2],
			beforeSaid:       speechVerbs[next] || speechVerbs[trimComma(words[j-1].raw)],
			age:              strings.HasSuffix(words[j-1].raw, ",") && j < len(words) && isNumber(trimComma(words[j].raw)),
			orgAfter:         appositiveOrg(words, j) || roleNouns[next] && !words[j-1].endsClause && !(startsSentence && len(run) == 1),
			placeBefore:      prev == "of" && (placeNouns[prev2] || i > 1 && strings.HasSuffix(words[i-2].raw, ",") && isNumber(trimComma(words[i-2].raw))),
			placeAfter:       words[j-1].based || placeNouns[next] && !words[j-1].endsClause,
		}
		theFirst := len(run) > 1 && run[0] == "The"
		run = trimRun(run, startsSentence, lower)
		if len(run) == 1 && (prev == "the" && !startsSentence || theFirst) && strings.HasSuffix(run[0], "s") && !demonyms[strings.TrimSuffix(run[0], "s")] &&
			!isPlace(run[0]) && !allCaps(run[0]) && !words[i].possessive && words[i].raw[0] != '"' && !strings.HasPrefix(words[i].raw, "“") {
			out = append(out, phrase{words: run, team: true}) // "the Chargers", "the Islanders"
		} else {
			out = splitRun(out, run, titled, ctx)
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

// splitRun cuts a run into names and appends them: at "and" outside an
// organisation, at of/for/on after a person ("Xi Jinping of China"), after a
// title ("US Defence Secretary Robert Gates"), a nationality ("Australian
// Timothy Weeks"), a leading place ("Ukraine Kurt Volker") or a known body
// ("White House Russia").
func splitRun(out []phrase, run []string, titled bool, ctx context) []phrase {
	if len(run) == 0 {
		return out
	}
	// "and" stays inside an organisation's name after its organisation word
	// ("Department of Health and Human Services"), not after a whole name
	// ("Manchester United and Real Madrid").
	// A lone common word before "and" belongs to the name that follows
	// ("Rail and Transport Union").
	for k, w := range run {
		if w == "and" && k > 0 && !(hasOrgWord(run[:k]) && !orgWords[run[k-1]]) &&
			!(k == 1 && hasOrgWord(run[k+1:]) && !isPlace(run[0]) && !firstNames[run[0]] && !knownOrgs[run[0]]) {
			out = splitRun(out, trimRun(run[:k], false, nil), titled, ctx.first())
			return splitRun(out, trimRun(run[k+1:], false, nil), false, ctx.last())
		}
	}
	if len(run) > 8 {
		return out
	}
	for k := 1; k < len(run)-1; k++ {
		if w := run[k]; w == "of" || w == "for" || w == "on" {
			left := run[:k]
			if hasOrgWord(left) || placeLike(left) || isPlace(strings.Join(left, " ")) || titles[left[len(left)-1]] {
				break
			}
			out = splitRun(out, left, titled, ctx.first())
			return splitRun(out, trimRun(run[k+1:], false, nil), false, ctx.last())
		}
	}
	for k := len(run) - 1; k >= 0; k-- {
		if !titles[run[k]] || titleModifiers[run[k]] || portfolios[run[k]] || k > 0 && firstNames[run[k-1]] {
			continue
		}
		rest := run[k+1:]
		if len(rest) > 0 && rest[0] == "of" {
			for len(rest) > 0 && (rest[0] == "of" || titleObjects[rest[0]]) {
				rest = rest[1:]
			}
		}
		if hasOrgWord(rest) || len(rest) > 0 && isPlace(strings.Join(rest, " ")) {
			break // "Justice Department", "World Health Organization"
		}
		pre := run[:k]
		for len(pre) > 0 && (titles[pre[len(pre)-1]] || titleModifiers[pre[len(pre)-1]] || connectors[pre[len(pre)-1]]) {
			pre = pre[:len(pre)-1]
		}
		if pre = trimRun(pre, false, nil); len(pre) > 0 {
			out = splitRun(out, pre, titled, ctx.first())
		}
		if len(rest) > 0 {
			c := ctx.last()
			out = append(out, phrase{words: rest, afterTitle: true, beforeSaid: c.beforeSaid, age: c.age})
		}
		return out
	}
	if demonyms[run[0]] && (len(run) == 1 || len(run) >= 3 && !(directions[run[0]] && isPlace(run[1]))) &&
		!isOrganisation(run) && !placeLike(run) && !isPlace(strings.Join(run, " ")) {
		return splitRun(out, run[1:], titled, ctx)
	}
	if len(run) >= 3 && isPlace(run[0]) && firstNames[run[1]] {
		out = append(out, phrase{words: run[:1]})
		return splitRun(out, run[1:], false, ctx.last())
	}
	if len(run) > 2 && knownOrgs[run[0]+" "+run[1]] && !hasOrgWord(run[2:]) {
		out = append(out, phrase{words: run[:2], orgCue: true})
		return splitRun(out, run[2:], false, ctx.last())
	}
	hasLetters := false
	for _, w := range run {
		hasLetters = hasLetters || letters(w) >= 2
	}
	if !hasLetters {
		return out
	}
	if streetWords[run[len(run)-1]] && len(run) > 1 {
		return out // "Seventh Street": an address, not a place
	}
	return append(out, phrase{words: run, afterTitle: titled, beforeSaid: ctx.beforeSaid,
		afterPreposition: ctx.afterPreposition, orgCue: ctx.orgBefore || ctx.orgAfter, age: ctx.age,
		afterThe: ctx.afterThe,
		place:    (ctx.placeBefore || ctx.placeAfter) && !hasOrgWord(run) && !isAcronym(run[0]) && !innerCapital(strings.Join(run, " "))})
}

// appositiveStops end the head of an apposition: in "an analyst with the
// research firm Oanda" the firm is not the person's.
var appositiveStops = set("with", "at", "of", "for", "in", "from", "by", "who", "which", "that")

// appositiveOrg reports ", a/an/the … firm" after the name ending at j.
func appositiveOrg(words []word, j int) bool {
	if j == 0 || j >= len(words) || !strings.HasSuffix(words[j-1].raw, ",") {
		return false
	}
	if t := words[j].text; t != "a" && t != "an" && t != "the" {
		return false
	}
	for k := j + 1; k < len(words) && k <= j+8; k++ {
		if orgCues[words[k].text] {
			return true
		}
		if words[k].endsClause || appositiveStops[words[k].text] {
			break
		}
	}
	return false
}

// ambiguousStates are postal codes that are also degrees, titles or words
// ("Dr. Jane Doe, MD", "John Smith, PA", "Yes, OK"): places only after a
// known place.
var ambiguousStates = set("MD", "MA", "PA", "OK", "IN", "OR", "ME", "HI", "ID", "DE")

// stateAfterPlace reports whether the state code at k follows "City,"
// ("Hartford, CT", "Sylmar, CA"): the capitalised run before the comma is a
// known place, or, for an unambiguous code, a run that reads like no
// person and no ordinary word.
func stateAfterPlace(words []word, k int, lower map[string]bool) bool {
	if k == 0 || !strings.HasSuffix(words[k-1].raw, ",") || !capitalised(words[k-1].text) {
		return false
	}
	i := k - 1
	for i > 0 && capitalised(words[i-1].text) && !words[i-1].endsClause && !words[i-1].endsSentence && k-i < 4 {
		i--
	}
	for j := i; j < k; j++ { // "Santa Fe, NM", "Spokane, WA"
		var run []string
		for _, w := range words[j:k] {
			run = append(run, w.text)
		}
		if isPlace(strings.Join(run, " ")) {
			return true
		}
	}
	if ambiguousStates[words[k].text] {
		return false
	}
	prev := words[k-1].text
	if lower[strings.ToLower(prev)] || sentenceStarters[prev] || commonWord(prev) {
		return false
	}
	for _, w := range words[i:k] {
		if firstNames[w.text] || titles[w.text] {
			return false
		}
	}
	return true
}

func hasOrgWord(words []string) bool {
	for _, w := range words {
		if orgWords[w] {
			return true
		}
	}
	return false
}

// trimRun drops position-capitalised words from the front of a run, title
// words from its end and connectors from both ends. lower (may be nil)
// holds the words the text also uses in lower case: a lone one at the start
// of a sentence is an ordinary word ("Hunter", "Science").
func trimRun(run []string, startsSentence bool, lower map[string]bool) []string {
	for len(run) > 0 && (sentenceStarters[run[0]] || connectors[run[0]] || run[0] == "and" || descriptor(run[0]) ||
		len(run) > 1 && roleNouns[strings.ToLower(run[0])] ||
		(startsSentence && len(run) == 1 && (commonWord(run[0]) || lower[strings.ToLower(run[0])]))) {
		run = run[1:]
		startsSentence = false
	}
	for len(run) > 0 {
		last := run[len(run)-1]
		if !(connectors[last] || last == "and" || sentenceStarters[last] ||
			titles[last] && !(len(run) > 1 && firstNames[run[len(run)-2]])) {
			break
		}
		run = run[:len(run)-1]
	}
	return run
}

func trimComma(s string) string { return strings.TrimRight(s, ",") }

// consonantRun reports n consonants in a row ("MSNBC"), which no shouted
// English word of five letters or more has in most cases.
func consonantRun(w string, n int) bool {
	run := 0
	for _, r := range w {
		if strings.ContainsRune("AEIOUY", r) || !unicode.IsLetter(r) {
			run = 0
		} else if run++; run >= n {
			return true
		}
	}
	return false
}

// descriptor: a hyphenated word that describes a name ("Australian-born",
// "NBA-leading"), not part of it ("Eva-Marie").
func descriptor(w string) bool {
	k := strings.IndexByte(w, '-')
	return k > 0 && k+1 < len(w) && w[k+1] >= 'a' && w[k+1] <= 'z'
}

// shouting: an all-capital word of three letters or more that names nothing
// known ("WATCH").
func shouting(w string) bool {
	return letters(w) >= 3 && allCaps(w) && !knownOrgs[w] && !isPlace(w)
}

type word struct {
	text, raw    string
	endsSentence bool // the word ended with . ! ? or a paragraph break
	endsClause   bool // the word ended with punctuation that splits names
	possessive   bool // the word ended with 's
	paren        bool // the word stood in parentheses: "(HD)"
	based        bool // the word ended with -based: "Sugar Land-based"
}

// missingSpace is the length of "Wednesday." in "Wednesday.The", else 0.
func missingSpace(p string) int {
	for k := 3; k+1 < len(p); k++ {
		if p[k] == ')' && p[k+1] >= 'A' && p[k+1] <= 'Z' {
			return k + 1 // "(CNN)President"
		}
		if p[k] == '.' && p[k-1] >= 'a' && p[k-1] <= 'z' && p[k-2] >= 'a' && p[k-2] <= 'z' && p[k+1] >= 'A' && p[k+1] <= 'Z' {
			return k + 1
		}
	}
	return 0
}

// abbreviations keep their full stop and end no sentence ("St. Louis",
// "Pacific Gas & Electric Co.").
var abbreviations = set("St", "Mt", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "Ft")

func tokenize(text string) []word {
	out := make([]word, 0, len(text)/6+1)
	i := 0
	for i < len(text) {
		// White space between words; a line break ends the sentence.
		newline := false
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
			newline = newline || text[i] == '\n'
			i++
		}
		if newline && len(out) > 0 {
			out[len(out)-1].endsSentence = true
			out[len(out)-1].endsClause = true
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != '\r' {
			j++
		}
		if j == i {
			break
		}
		p := text[i:j]
		if k := missingSpace(p); k > 0 {
			j = i + k // "Wednesday.The": a sentence ran into the next
			p = text[i:j]
		}
		i = j
		w := word{raw: p}
		t := strings.TrimLeft(p, openers)
		if t != p && len(out) > 0 {
			out[len(out)-1].endsClause = true
		}
		w.paren = strings.HasPrefix(p, "(") && strings.Contains(p, ")")
		core := strings.TrimRight(t, closers)
		trail := t[len(core):]
		if strings.HasSuffix(core, "s") && (trail == "'" || trail == "’") {
			trail = "" // a plural possessive ("Users' Association") goes on
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
		case len(core) == 1 && core[0] >= 'A' && core[0] <= 'Z' && trail == ".":
			// An initial ("George W. Bush") continues the name.
			w.text, trail = t[:2], ""
		case strings.HasPrefix(trail, ".") && (dotted(core) || abbreviations[core]):
			w.text, keep = core+".", true // "U.S.", "N.M.", "Co."
		case strings.HasPrefix(trail, ".") && titles[core]:
			keep = true // "Mr.", "Lt. Col."
		}
		w.endsClause = trail != "" && !(keep && trail == ".")
		w.endsSentence = strings.ContainsAny(trail, ".!?") && !keep
		if core != "" {
			out = append(out, w)
		} else if len(out) > 0 && trail != "" {
			out[len(out)-1].endsClause = true
		}
	}
	return out
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

const (
	openers = `"'([“‘`
	closers = `"')]”’.,;:!?`
)

// lowerWords are the words the text uses starting with a lower-case letter.
func lowerWords(words []word) map[string]bool {
	m := make(map[string]bool, len(words)/2)
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w.text); unicode.IsLower(r) {
			m[w.text] = true
		}
	}
	return m
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

// allCaps: at least two letters, none lower-case ("NASA", "U.S.").
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

func letters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func hasDigit(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

func isNumber(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// titleCase turns "ST. JOSEPH" into "St. Joseph".
func titleCase(s string) string {
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if up && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
	}
	return string(b)
}

func commonWord(w string) bool {
	return sentenceStarters[w] || len(w) <= 2 && !isAcronym(w)
}

func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '.' && r != '&' {
			return false
		}
	}
	return true
}

// isOrganisation: a name with an organisation word that is not the whole
// name ("Transport Union", not a lone "Union"), a known organisation or an
// acronym ("CIA").
func isOrganisation(words []string) bool {
	if len(words) == 1 {
		return isAcronym(words[0]) && !genericAcronyms[words[0]] || knownOrgs[words[0]]
	}
	if knownOrgs[strings.Join(words, " ")] {
		return true
	}
	return hasOrgWord(words)
}

// placeLike: a name ending in a place word ("Napa County", "Tibetan
// Plateau"), a direction before a known place ("Southern California") or
// "Mount …", "Lake …".
func placeLike(words []string) bool {
	if len(words) < 2 || hasOrgWord(words) {
		return false
	}
	switch words[0] {
	case "Mount", "Lake", "Cape", "Isle", "Gulf", "Port":
		return true
	}
	return placeSuffixes[words[len(words)-1]] || directions[words[0]] && isPlace(strings.Join(words[1:], " "))
}

// innerCapital reports a capital after a lower-case letter ("StreamCo",
// "iPhone"): brand names, not places.
func innerCapital(name string) bool {
	for _, w := range strings.Fields(name) {
		prev := ' '
		for _, r := range w {
			if unicode.IsUpper(r) && unicode.IsLower(prev) {
				return true
			}
			prev = r
		}
	}
	return false
}

// mentionsPlace reports whether a word of the name is a place ("Southern
// California Edison" is no person).
func mentionsPlace(words []string) bool {
	for _, w := range words {
		if isPlace(w) {
			return true
		}
	}
	return false
}

func isPlace(name string) bool {
	_, ok := places[name]
	return ok
}

func canonicalPlace(name string) string {
	if c := places[name]; c != "" {
		return c
	}
	return name
}

// A dateline opens a wire story: "SANTA FE, N.M. (AP) —", "BERLIN --",
// "Hong Kong (CNN Business)". Its city and region are places, its agency an
// organisation.
var (
	datelineCaps  = regexp.MustCompile(`^([A-Z][A-Z.'’ -]*[A-Z.])(?:, ([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))? ?(?: \(([^)]{2,40})\))? (?:—|–|--|-) ?`)
	datelineAgent = regexp.MustCompile(`^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) ?\(([^)]{2,40})\) ?`)
)

type datelineEntities struct{ places, orgs []string }

// dateline finds a dateline at the start of one of the first three
// paragraphs and returns its entities and the text without it.
func dateline(text string) (datelineEntities, string) {
	var d datelineEntities
	start := 0
	for n := 0; n < 3 && start < len(text); n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		para := text[start : start+end]
		if m := datelineCaps.FindStringSubmatch(para); m != nil && letters(m[1]) >= 3 &&
			(m[2] != "" || m[3] != "" || isPlace(titleCase(strings.TrimSpace(m[1])))) {
			// With neither region nor agency the city must be a known place:
			// "EXCLUSIVE —" and "OPINION -" are labels.
			city := titleCase(strings.TrimSpace(m[1]))
			d.places = append(d.places, canonicalPlace(city))
			if m[2] != "" {
				d.places = append(d.places, canonicalPlace(m[2]))
			}
			if m[3] != "" {
				d.orgs = append(d.orgs, m[3])
			}
			return d, text[:start] + text[start+len(m[0]):]
		}
		if m := datelineAgent.FindStringSubmatch(para); m != nil && isPlace(m[1]) {
			d.places = append(d.places, canonicalPlace(m[1]))
			d.orgs = append(d.orgs, m[2])
			return d, text[:start] + text[start+len(m[0]):]
		}
		start += end + 1
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	return d, text
}
