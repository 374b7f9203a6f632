package entities

import (
	"strings"
	"unicode"

	"github.com/newsgist/newsgist/internal/nlp"
)

type phrase struct {
	words      []string
	text       string // the words joined by spaces
	afterTitle bool   // preceded by Mr, Dr, President, …
	beforeSaid bool   // followed by a speech verb
	// afterPreposition: preceded by in, near, outside…, as places are
	afterPreposition bool
	orgCue           bool // "research firm X", "analyst at X", "X, a … company"
	age              bool // followed by ", 32,"
	place            bool // a place by its context: "Hartford, CT", "town of X", "X-based"
	team             bool // "the Chargers"
	afterThe         bool // "the Crêperie Dubois" is no relative of Renée Dubois
	personCue        bool // "analyst Neil Fairbank", "said Ross Pemberton,", "Darnell Okafor had 15"
	product          bool // "its Nimbus Pro subscription", "a Launch Edition": a product, no entity
	event            bool // "the Champions League", "the World Cup": a competition or event
	// list numbers the runs coordinated in one list ("Kestrelon, Marlowe
	// and Selene Express"); 0 outside a list. listOrg and listPerson: a
	// plural noun names the members ("companies", "figures such as").
	list                int
	listOrg, listPerson bool
	para                int  // the paragraph's number
	sentStart           bool // the first word of a sentence
	heading, credit     bool // in a heading, or a byline or credit line
	glued               bool // runs two names together: "Ilhan OmarIlhan Omar"
}

// context is what surrounds a capitalised run; the first piece of a split
// run gets the flags about what precedes it, the last those about what
// follows it.
type context struct {
	afterPreposition, orgBefore, placeBefore, afterThe, personBefore bool // first piece
	sentStart                                                        bool // first piece: starts a sentence
	beforeSaid, age, orgAfter, placeAfter, personAfter, product      bool // last piece
	placeComma                                                       bool // last piece: "X, Scotland,"
	possessive                                                       bool // last piece: "Nadia Brennan's company"
}

func (c context) first() context {
	return context{afterPreposition: c.afterPreposition, orgBefore: c.orgBefore, placeBefore: c.placeBefore, afterThe: c.afterThe,
		personBefore: c.personBefore, sentStart: c.sentStart}
}

func (c context) last() context {
	return context{beforeSaid: c.beforeSaid, age: c.age, orgAfter: c.orgAfter, placeAfter: c.placeAfter, personAfter: c.personAfter,
		product: c.product, placeComma: c.placeComma, possessive: c.possessive}
}

// phraseScratch is memory appendPhrases reuses from one paragraph to the
// next: the per-word name texts, and a slab the runs' words are cut from
// (each run keeps its piece, capped so that no append reaches the next).
type phraseScratch struct {
	names, runs []string
}

// runBuf is an empty slice with room for n words at the end of the slab.
func (s *phraseScratch) runBuf(n int) []string {
	if cap(s.runs)-len(s.runs) < n {
		s.runs = make([]string, 0, max(256, n))
	}
	return s.runs[len(s.runs):len(s.runs)]
}

// appendPhrases is capitalisedPhrases appending to out, with scratch (may
// be nil) reused.
func appendPhrases(out []phrase, words []word, lower *lowerSet, scratch *phraseScratch) []phrase {
	if scratch == nil {
		scratch = &phraseScratch{}
	}
	name := wordNames(words, lower, &scratch.names)
	lastEnd, list := -1, 0 // where the previous run ended, its list number
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
		run, j, shouted := scanRun(words, name, i, scratch.runBuf(len(words)-i))
		if shouted {
			i = j
			continue // a shouted heading ("BOYS SOCCER")
		}
		run = run[:len(run):len(run)]
		scratch.runs = scratch.runs[:len(scratch.runs)+len(run)]
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
			titled = true // "the Home Secretary, Amir Qureshi,"
		}
		ctx := runContext(words, i, j, run, lower)
		theFirst := len(run) > 1 && run[0] == "The"
		run = trimRun(run, startsSentence, lower)
		before := len(out)
		sentStart := startsSentence && len(run) > 0 && run[0] == name[i]
		if len(run) == 1 && (prev == "the" && !startsSentence || theFirst) && strings.HasSuffix(run[0], "s") && !productNouns[next] && !demonyms[strings.TrimSuffix(run[0], "s")] &&
			!isPlace(run[0]) && !allCaps(run[0]) && !words[i].possessive && words[i].raw[0] != '"' && !strings.HasPrefix(words[i].raw, "“") {
			out = append(out, phrase{words: run, team: true}) // "the Chargers", "the Islanders"
		} else {
			out = splitRun(out, run, titled, ctx)
		}
		// Coordinated runs form a list: "A, B and C", "A, B, and the C".
		linked := lastEnd >= 0 && (i == lastEnd && strings.HasSuffix(words[i-1].raw, ",") ||
			i == lastEnd+1 && (prev == "and" || prev == "or") ||
			i == lastEnd+2 && prev == "the" && (prev2 == "and" || prev2 == "or"))
		if !linked {
			list++
		}
		if len(out) > before {
			inList := linked || len(out)-before == 1 || hasAnd(run)
			orgCue, personCue := false, false
			if linked || hasAnd(run) || strings.HasSuffix(words[j-1].raw, ",") || next == "and" || next == "or" {
				orgCue, personCue = listCues(words, i, j) // only a list's cues are ever read
			}
			for k := range out[before:] {
				p := &out[before+k]
				if inList {
					p.list = list
				}
				p.sentStart = sentStart && k == 0
				p.listOrg, p.listPerson = orgCue, personCue
			}
			lastEnd = j
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

// wordNames says which words can be part of a name, and as what text:
// shouted words ("LONDON", "HUNTER") are read as a place or dropped, tickers
// and generic acronyms ("(HD)", "CEO") dropped; a state code after a city
// or a party tag is marked with a leading zero byte. scratch (may be nil)
// is reused for the result.
func wordNames(words []word, lower *lowerSet, scratch *[]string) []string {
	var name []string
	if scratch != nil && cap(*scratch) >= len(words) {
		name = (*scratch)[:len(words)]
		clear(name)
	} else {
		name = make([]string, len(words))
		if scratch != nil {
			*scratch = name
		}
	}
	for k, w := range words {
		t := w.text
		if !nameShaped(t) {
			continue
		}
		if w.party {
			name[k] = "\x00" + t
			continue
		}
		if allCaps(t) {
			switch {
			case romanNumerals[t]:
				if k == 0 || name[k-1] == "" {
					continue // "Margaret III", not a lone "III"
				}
			case w.paren && !knownOrgs[t]:
				continue
			case knownOrgs[t] || isPlace(t):
			case stateCodes[t] != "":
				if stateAfterPlace(words, k, lower) {
					name[k] = "\x00" + t // as written: "CT", grouped with "Connecticut"
				}
				continue
			case genericAcronyms[t]:
				continue
			case letters(t) >= 5 && !consonantRun(t, 3):
				if tc := nlp.TitleCase(t); isPlace(tc) {
					t = tc
				} else {
					continue // "LONDON", "HUNTER"; "MSNBC" stays
				}
			case lower.has(t) || k > 0 && shouting(words[k-1].text) || k+1 < len(words) && shouting(words[k+1].text):
				continue // a word of a shouted line ("HOW TO WATCH")
			}
		}
		if w.possessive && !allCaps(t) && (w.endsClause || k+1 < len(words) && nameVerbs[words[k+1].text]) {
			t += "'s" // "Lowe's said", "at Lowe's.": the 's is the name's, nothing is possessed
		}
		name[k] = t
	}
	return name
}

// innerCapitalWords is innerCapital of the words joined by spaces.
func innerCapitalWords(words []string) bool {
	for _, w := range words {
		if innerCapital(w) {
			return true
		}
	}
	return false
}

// nameShaped: capitalised and without a digit, as a name's word is.
func nameShaped(t string) bool {
	if c := t[0]; c < 0x80 {
		if c < 'A' || c > 'Z' {
			return false // most words: lower case, digits, punctuation
		}
		for i := 1; i < len(t); i++ {
			if c := t[i]; c >= 0x80 {
				return !hasDigit(t[i:])
			} else if '0' <= c && c <= '9' {
				return false
			}
		}
		return true
	}
	return capitalised(t) && !hasDigit(t)
}

// scanRun reads the run of name words starting at i ("Bank of England",
// "Westminster Magistrate's Court"), returning it, the index after it and
// whether it is a shouted heading ("BOYS SOCCER"). The run is appended to
// buf, which has room for the words from i on.
func scanRun(words []word, name []string, i int, buf []string) (run []string, j int, shouted bool) {
	run = buf
	j = i
	nShouted, caps := 0, 0
scan:
	for j < len(words) {
		switch {
		case name[j] != "" && name[j][0] != 0:
			run = append(run, name[j])
			if allCaps(words[j].text) {
				caps++
				if !knownOrgs[name[j]] && !isPlace(name[j]) {
					nShouted++
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
		if words[j-1].possessive && len(run) > 0 && name[j-1] != "" {
			if strings.HasSuffix(run[len(run)-1], "s") && strings.HasSuffix(words[j-1].raw, "s'") {
				run[len(run)-1] += "'" // "Users' Association"
			} else {
				run[len(run)-1] += "'s" // "Westminster Magistrate's Court"
			}
		}
	}
	return run, j, nShouted >= 1 && caps >= 2 && caps == len(run)
}

// splitRun cuts a run into names and appends them: at "and" outside an
// organisation, at of/for/on after a person ("Xi Jinping of China"), after a
// title ("US Defence Secretary Robert Gates"), a nationality ("Australian
// Thomas Calloway"), a leading place ("Ukraine Kurt Vollmer") or a known body
// ("White House Russia").
func splitRun(out []phrase, run []string, titled bool, ctx context) []phrase {
	if len(run) == 0 {
		return out
	}
	// "and" stays inside an organisation's name after "of" or "for"
	// ("Department of Health and Human Services", "Centers for Disease
	// Control and Prevention") or between two fields before an organisation
	// word ("Rail and Transport Union"), not between two whole names
	// ("Manchester United and Real Madrid", "United Nations and European
	// Union") nor before a person ("… Security and Alex Azar").
	for k, w := range run {
		if w == "and" && k > 0 && k+1 < len(run) && !firstNames[run[k+1]] &&
			(ofOrg(run[:k]) && !orgWords[run[k-1]] || // "Department of Health and Human Services"
				domainWords[run[k-1]] && hasOrgWord(run[k+1:])) { // "Securities and Exchange Commission"
			continue
		}
		if w == "and" && k > 0 {
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
			if w == "for" && k == 1 && strings.HasSuffix(left[0], "s") && !firstNames[left[0]] && !ctx.sentStart {
				break // "Parents for Camp Relief": a group named for its cause
			}
			if hasOrgWord(left) || placeLike(left) || isPlaceWords(left) || titles[left[len(left)-1]] {
				break
			}
			out = splitRun(out, left, titled, ctx.first())
			return splitRun(out, trimRun(run[k+1:], false, nil), false, ctx.last())
		}
	}
	if out, ok := splitAtTitle(out, run, titled, ctx); ok {
		return out
	}
	if demonyms[run[0]] && (len(run) == 1 || len(run) >= 3 && !(directions[run[0]] && isPlace(run[1]))) &&
		!isOrganisation(run) && !placeLike(run) && !isPlaceWords(run) {
		return splitRun(out, run[1:], titled, ctx)
	}
	if len(run) >= 3 && isPlace(run[0]) && firstNames[run[1]] {
		out = append(out, phrase{words: run[:1]})
		return splitRun(out, run[1:], false, ctx.last())
	}
	if len(run) == 2 && labelWords[run[0]] && letters(run[1]) == 1 {
		return out // "Group D", "Path C": a pool or a route, no name
	}
	if len(run) >= 2 && isAcronym(run[0]) && isAcronym(run[1]) && (knownOrgs[run[0]] || knownOrgs[run[1]]) {
		out = append(out, phrase{words: run[:1], orgCue: true}) // "AP NBA": two agencies side by side
		return splitRun(out, run[1:], false, ctx.last())
	}
	if len(run) > 2 && knownOrgWords(run[:2]) && !hasOrgWord(run[2:]) {
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
	if streetWords[run[len(run)-1]] && len(run) > 1 && !isPlaceWords(run) {
		return out // "Seventh Street": an address, not a place
	}
	last := run[len(run)-1]
	return append(out, phrase{words: run, afterTitle: titled, beforeSaid: ctx.beforeSaid,
		afterPreposition: ctx.afterPreposition && !ctx.possessive, orgCue: ctx.orgBefore || ctx.orgAfter, age: ctx.age,
		afterThe: ctx.afterThe, personCue: (ctx.personBefore || ctx.personAfter) && len(run) >= 2 && len(run) <= 3,
		product: ctx.product && !knownOrgWords(run) || len(run) > 1 && productWords[last],
		event:   eventWords[last] || len(run) > 1 && last == "League" && competitionLeagues[run[len(run)-2]],
		place:   (ctx.placeBefore || ctx.placeAfter || ctx.placeComma && !firstNames[run[0]] && len(run) <= 3 && !ctx.personBefore) && !hasOrgWord(run) && !isAcronym(run[0]) && !innerCapitalWords(run)})
}

// splitAtTitle cuts a run at its last title ("US Defence Secretary Robert
// Gates", "Deputy Director of Public Prosecution Anna-Lena Berglund"): the
// words before it are split on, the name after it is a person. It reports
// false when the run has no title that introduces a name ("Justice
// Department", "DHS Office of Inspector General").
func splitAtTitle(out []phrase, run []string, titled bool, ctx context) ([]phrase, bool) {
	for k := len(run) - 1; k >= 0; k-- {
		if !titles[run[k]] || titleModifiers[run[k]] || portfolios[run[k]] || k > 0 && firstNames[run[k-1]] {
			continue
		}
		if officeOfPost(run[:k+1]) {
			break // "DHS Office of Inspector General": an office named for a post
		}
		rest := run[k+1:]
		if len(rest) > 0 && rest[0] == "of" {
			for len(rest) > 0 && (rest[0] == "of" || titleObjects[rest[0]]) {
				rest = rest[1:]
			}
			// "Director of Public Prosecution Anna-Lena Berglund": the
			// office runs on until the last two or three words.
			for len(rest) > 2 && !firstNames[rest[0]] && !hasOrgWord(rest) && !isPlaceWords(rest) {
				rest = rest[1:]
			}
		}
		if hasOrgWord(rest) || len(rest) > 0 && isPlaceWords(rest) {
			break // "Justice Department", "World Health Organization"
		}
		if len(rest) > 0 && connectors[rest[0]] {
			rest = nil // "High Commissioner for Human Rights": a post, no name
		}
		if royalTitles[run[k]] && (len(rest) == 1 || len(rest) == 2 && romanNumerals[rest[1]]) {
			rest = run[k:] // "Queen Margaret III", "Prince Harold": the title is part of the name
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
		return out, true
	}
	return out, false
}

// ambiguousStates are postal codes that are also degrees, titles or words
// ("Dr. Jane Doe, MD", "John Smith, PA", "Yes, OK"): places only after a
// known place.
var ambiguousStates = set("MD", "MA", "PA", "OK", "IN", "OR", "ME", "HI", "ID", "DE")

// stateAfterPlace reports whether the state code at k follows "City,"
// ("Hartford, CT", "Sylmar, CA"): the capitalised run before the comma is a
// known place, or, for an unambiguous code, a run that reads like no
// person and no ordinary word.
func stateAfterPlace(words []word, k int, lower *lowerSet) bool {
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
		if isPlaceWords(run) {
			return true
		}
	}
	if ambiguousStates[words[k].text] {
		return false
	}
	prev := words[k-1].text
	if lower.has(prev) || sentenceStarters[prev] || commonWord(prev) {
		return false
	}
	for _, w := range words[i:k] {
		if firstNames[w.text] || titles[w.text] {
			return false
		}
	}
	return true
}

// ofOrg: an organisation word followed by "of" or "for" ("Department of
// Health", "Centers for Disease Control").
func ofOrg(words []string) bool {
	for k := 0; k+1 < len(words); k++ {
		if orgWords[words[k]] && (words[k+1] == "of" || words[k+1] == "for") {
			return true
		}
	}
	return false
}

func hasOrgWord(words []string) bool {
	for k, w := range words {
		if c := wordClasses[w]; c&clOrgWord != 0 && !(k == 0 && len(words) > 1 && c&clMasthead != 0) { // "Denver Post", not "Post Malone"
			return true
		}
	}
	return false
}

// trimRun drops position-capitalised words from the front of a run, title
// words from its end and connectors from both ends. lower (may be nil)
// holds the words the text also uses in lower case: a lone one at the start
// of a sentence is an ordinary word ("Hunter", "Science").
func trimRun(run []string, startsSentence bool, lower *lowerSet) []string {
	for len(run) > 0 {
		w := run[0]
		c := wordClasses[w]
		if !(c&(clSentenceStarter|clConnector) != 0 || w == "and" || descriptor(w) ||
			len(run) > 1 && c&clTitle == 0 && lowerIn(roleNouns, w) ||
			len(run) > 1 && len(w) == 1 || // a position letter: "F Mamadou Keita"
			(startsSentence && len(run) == 1 && (commonWord(w) || lower.has(w)))) {
			break
		}
		run = run[1:]
		startsSentence = false
	}
	for len(run) > 0 {
		last := run[len(run)-1]
		c := wordClasses[last]
		if !(c&(clConnector|clSentenceStarter) != 0 || last == "and" ||
			c&clTitle != 0 && !(len(run) > 1 && firstNames[run[len(run)-2]])) || officeOfPost(run) {
			break
		}
		run = run[:len(run)-1]
	}
	return run
}

// officeOfPost: a run ending "<organisation word> … of <post>" ("DHS
// Office of Inspector General"), whose post is part of the name.
func officeOfPost(run []string) bool {
	ts := len(run)
	for ts > 0 && (titles[run[ts-1]] || titleModifiers[run[ts-1]]) {
		ts--
	}
	return ts < len(run) && ts > 1 && run[ts-1] == "of" && hasOrgWord(run[:ts-1])
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
