package quotes

import (
	"sort"
	"strings"
	"unicode"
)

// Pass 3, continued: the article's index of people, built once: every run
// of capitalised words, which of them name a person, and the canonical
// (fullest) name, role and gender of each person.

// names is the article's index of people.
type names struct {
	phrases []phrase          // in text order
	bySur   map[string]string // surname -> canonical full name
	bySurG  map[string]string // surname/gender -> the most frequent full name of that gender
	byFirst map[string]string // first name -> canonical, when unique
	roles   map[string]string // canonical -> role
	genders map[string]byte   // canonical -> 'm'/'f'
	count   map[string]int    // canonical -> mentions
	persons []int             // indexes of person phrases, in order
	// canonical -> some mention shows a person is meant: a gender, a title
	// or role, a cue verb beside it ("said Sowers", "Sowers said")
	personal map[string]bool
}

// buildNames indexes the people of an article: the runs of capitalised
// words (capitalisedPhrases), which of them name a person (markPeople), the
// fullest name for each surname and first name (indexFullNames), the roles
// written around the names (roleAround), and the canonical name, role and
// gender of every person mention (canonicalise).
func buildNames(text string, toks []token, segs []segment, sents []int) *names {
	nm := &names{bySur: map[string]string{}, bySurG: map[string]string{}, byFirst: map[string]string{}, roles: map[string]string{},
		genders: map[string]byte{}, count: map[string]int{}, personal: map[string]bool{}}
	ph := capitalisedPhrases(text, toks)
	placePhrases(ph, segs, sents)
	full := markPeople(ph, toks)
	nm.indexFullNames(ph, full)
	// lower-case roles next to a name: "press secretary Dana Lowe",
	// "the transport minister, Daniel Okafor", "Hugh Hill, a doctor,"
	ctxRole := make([]string, len(ph))
	for i := range ph {
		if p := &ph[i]; p.person && len(p.name) > 0 {
			ctxRole[i] = roleAround(toks, sents, p.s, p.e)
		}
	}
	// some mention shows a person is meant: a gender, a title or role, a
	// cue verb or a noun for a person beside it
	evident := func(i int) bool {
		p := &ph[i]
		return p.gender != 0 || len(p.titles) > 0 || p.role != "" || ctxRole[i] != "" || p.cueSubj || personBefore(toks, p.s)
	}
	nm.canonicalise(ph, ctxRole, evident)
	nm.phrases = ph
	for i := range ph {
		if ph[i].person {
			nm.persons = append(nm.persons, i)
		}
	}
	return nm
}

// placePhrases marks the phrases inside quotations and gives each its
// sentence.
func placePhrases(ph []phrase, segs []segment, sents []int) {
	si, qi := 0, 0
	for i := range ph {
		p := &ph[i]
		for qi < len(segs) && segs[qi].End <= p.s {
			qi++
		}
		p.inQuote = qi < len(segs) && segs[qi].Start <= p.s
		for si+1 < len(sents) && sents[si+1] <= p.s {
			si++
		}
		p.sent = si
	}
}

// markPeople decides which phrases name a person by their shape alone
// (personShape) and gives each the gender its titles or first name show.
// It returns how often each full name (two words or more) of a person is
// written.
func markPeople(ph []phrase, toks []token) map[string]int {
	full := map[string]int{}
	for i := range ph {
		p := &ph[i]
		if len(p.name) == 0 || len(p.name) > 4 || nonPersonLast[surname(p.name)] || nonPersonLast[p.name[0]] {
			continue
		}
		p.person = personShape(p, toks)
		p.gender = phraseGender(p)
		if p.person && len(p.name) >= 2 {
			full[p.nameString()]++
		}
	}
	return full
}

// personShape reports a phrase that names a person: a title, a known first
// name or a role before a surname, a plain two- or three-word name, or a
// single name beside a cue verb or known as a first name.
func personShape(p *phrase, toks []token) bool {
	first := p.name[0]
	switch {
	case len(p.titles) > 0 && !allTitlesGeneric(p.titles):
		return true
	case len(p.name) >= 2 && (maleNames[first] || femaleNames[first]):
		return true
	case len(p.name) >= 2 && p.role != "":
		return true
	case len(p.name) >= 2 && len(p.name) <= 3 && plainName(p.name):
		return true
	case len(p.name) == 2 && titleSurnames[p.name[1]] && (p.cueSubj || personBefore(toks, p.s)):
		return true // "said Charlie King"
	case len(p.name) == 1 && p.cueSubj && p.role == "" && plainName(p.name):
		return true // "Wimes said"
	case len(p.name) == 1 && p.role == "" && len(first) >= 5 && (femaleNames[first] != maleNames[first]) && !commonWordNames[first]:
		return true // "Melanie", known by her first name
	}
	return false
}

// phraseGender is the gender a phrase's titles show ("Mrs"), else its
// first name's when that is a name of one gender only; 0 if unknown.
func phraseGender(p *phrase) byte {
	var g byte
	for _, t := range p.titles {
		if femaleTitles[t] {
			g = 'f'
		} else if maleTitles[t] {
			g = 'm'
		}
	}
	if g == 0 && (len(p.name) >= 2 || p.person) {
		first := p.name[0]
		if femaleNames[first] && !maleNames[first] {
			g = 'f'
		} else if maleNames[first] && !femaleNames[first] {
			g = 'm'
		}
	}
	return g
}

// indexFullNames picks the fullest name of a person for each surname (ties
// go to the more frequent), for each surname and gender, and for each first
// name that only one full name has.
func (nm *names) indexFullNames(ph []phrase, full map[string]int) {
	type cand struct {
		name string
		n, c int
	}
	best := map[string]cand{}
	bestG := map[string]cand{}
	firsts := map[string]map[string]bool{}
	for i := range ph {
		p := &ph[i]
		if !p.person || len(p.name) < 2 {
			continue
		}
		n := p.nameString()
		sur := surname(p.name)
		c := cand{n, len(p.name), full[n]}
		if b, ok := best[sur]; !ok || c.n > b.n && strings.HasSuffix(c.name, b.name) && !nickname(p.name, b.name) || c.n == b.n && c.c > b.c {
			best[sur] = c
		}
		if g := p.gender; g != 0 {
			k := sur + "/" + string(g)
			if b, ok := bestG[k]; !ok || c.c > b.c {
				bestG[k] = c
			}
		}
		if firsts[p.name[0]] == nil {
			firsts[p.name[0]] = map[string]bool{}
		}
		firsts[p.name[0]][n] = true
	}
	for s, c := range best {
		nm.bySur[s] = c.name
	}
	for s, c := range bestG {
		nm.bySurG[s] = c.name
	}
	for f, m := range firsts {
		if len(m) == 1 {
			for n := range m {
				// the canonical the full name itself takes (canonicalise):
				// "Dale" is "Dale Ford", not his brother "John M. Ford"
				nm.byFirst[f] = n
				if c := nm.bySur[surname(strings.Fields(n))]; strings.HasPrefix(c, f+" ") {
					nm.byFirst[f] = c
				}
			}
		}
	}
}

// canonicalise gives every mention of a person its canonical name
// (canonOf) and records the person's mentions, role, gender and whether
// some mention shows a person (evident).
func (nm *names) canonicalise(ph []phrase, ctxRole []string, evident func(int) bool) {
	// full names with some evident mention: a first name alone may stand for them
	personal := map[string]bool{}
	for i := range ph {
		if p := &ph[i]; p.person && len(p.name) >= 2 && evident(i) {
			personal[nm.bySur[surname(p.name)]] = true
		}
	}
	for i := range ph {
		p := &ph[i]
		if len(p.name) == 0 && p.role != "" && !strings.Contains(p.role, " ") {
			if _, ok := nm.bySur[p.role]; ok {
				p.name, p.role, p.titles = []string{p.role}, "", nil // "Dean, a medical doctor,"
			}
		}
		if len(p.name) == 0 {
			continue
		}
		canon := nm.canonOf(p, personal)
		if canon == "" {
			continue
		}
		p.person = true
		p.canon = canon
		nm.count[canon]++
		if p.role != "" && nm.roles[canon] == "" && roleWorthy(p.role) {
			nm.roles[canon] = p.role
		}
		if r := ctxRole[i]; r != "" && nm.roles[canon] == "" {
			nm.roles[canon] = r
		}
		if p.gender != 0 && nm.genders[canon] == 0 {
			nm.genders[canon] = p.gender
		}
		if evident(i) {
			nm.personal[canon] = true
		}
	}
}

// canonOf is the canonical name of the mention p: the full name of its
// surname and gender ("Mrs. Clinton"), of its surname, of its first name
// ("Melanie"; not "Nimbus" for "Nimbus Pro"), or the words themselves for
// a person; "" for no person.
func (nm *names) canonOf(p *phrase, personal map[string]bool) string {
	if c, ok := nm.bySurG[surname(p.name)+"/"+string(p.gender)]; ok && p.gender != 0 && len(p.name) == 1 {
		return c
	}
	if c, ok := nm.bySur[surname(p.name)]; ok && (len(p.name) == 1 || strings.HasPrefix(c, p.name[0]+" ")) {
		return c
	}
	if c, ok := nm.byFirst[p.name[0]]; ok && len(p.name) == 1 && (maleNames[p.name[0]] || femaleNames[p.name[0]] || personal[c]) {
		return c
	}
	if p.person {
		return p.nameString()
	}
	return ""
}

func surname(name []string) string { return name[len(name)-1] }

// phrase is a run of capitalised words: an optional title or role, then a name.
type phrase struct {
	s, e    int      // whole phrase
	ns      int      // start of the name part
	role    string   // title/role words before the name ("US Defence Secretary")
	titles  []string // title words in the role part
	name    []string // name words
	person  bool
	gender  byte // 'm', 'f' or 0
	canon   string
	inQuote bool
	sent    int  // sentence index
	cueSubj bool // followed by a cue verb ("Wimes said")
}

func (p *phrase) nameString() string { return strings.Join(p.name, " ") }

// capitalisedPhrases finds the runs of capitalised words in toks.
func capitalisedPhrases(text string, toks []token) []phrase {
	var out []phrase
	for i := 0; i < len(toks); {
		if !toks[i].Word || !toks[i].Upper {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j-1].Poss && adjacent(text, toks[j-1], toks[j]) {
			t := toks[j]
			if t.Word && (t.Upper || connectors[t.Text] && j+1 < len(toks) && toks[j+1].Upper && adjacent(text, t, toks[j+1])) {
				j++
				continue
			}
			break
		}
		afterPrep := i > 0 && toks[i-1].Word && (properPreps[toks[i-1].Text] || toks[i-1].Text == "to")
		ts := toks[i:j]
		if j-i == 1 && i > 0 && toks[i-1].Text == "(" && j+1 < len(toks) && toks[j].Text == ")" && toks[j+1].Word && toks[j+1].Upper &&
			(maleNames[toks[i].Text] || femaleNames[toks[i].Text]) {
			// "Coach (Frank) Mercer": a first name in brackets
			ts = []token{toks[i], toks[j+1]}
			j += 2
		}
		// "said Will Garner": a first name that is also a common word
		keepFirst := i > 0 && isCue(toks[i-1]) && (maleNames[toks[i].Text] || femaleNames[toks[i].Text]) && len(ts) > 1
		if p, ok := makePhrase(ts, afterPrep, keepFirst); ok {
			k := j
			for k < len(toks) && k < j+3 && auxWords[lower(toks[k])] && !pronounTok(toks[k]) {
				k++
			}
			p.cueSubj = k < len(toks) && isCue(toks[k]) && !weakCues[toks[k].Text]
			out = append(out, p)
		}
		i = j
	}
	return out
}

// adjacent reports whether b follows a with only white space between, on
// the same line: a heading ("Time for Dr. Quill") is no part of a name
// starting the next paragraph.
func adjacent(text string, a, b token) bool {
	if b.Start-a.End > 3 {
		return false
	}
	for _, r := range text[a.End:b.Start] {
		if !unicode.IsSpace(r) || r == '\n' || r == '\r' {
			return false
		}
	}
	return b.Start > a.End
}

// makePhrase reads a run of capitalised words; afterPrep says a lower-case
// preposition comes just before it ("envoy to Ukraine Carl Brenner"); keepFirst
// keeps a first word that may start sentences ("Will" in "said Will Garner").
func makePhrase(ts []token, afterPrep, keepFirst bool) (phrase, bool) {
	// drop ordinary sentence-initial words
	for len(ts) > 0 && sentenceStarters[ts[0].Text] && !keepFirst {
		ts = ts[1:]
	}
	if len(ts) == 0 {
		return phrase{}, false
	}
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.Text
	}
	k := roleEnd(ws)
	if f := firstNameAfter(ws); k < 0 && afterPrep && f > 0 {
		// the words before the name end the preposition's phrase
		ts = ts[f:]
	}
	p := phrase{s: ts[0].Start, e: ts[len(ts)-1].End}
	// a title after a name word is part of a name only in "Mr" position
	var role []string
	for i := 0; i <= k; i++ {
		role = append(role, ts[i].Text)
		if isTitle(ts[i].Text) {
			p.titles = append(p.titles, stripDot(ts[i].Text))
		}
	}
	p.role = roleText(role)
	for _, t := range ts[k+1:] {
		p.name = append(p.name, t.Text)
	}
	if len(p.name) > 0 {
		p.ns = ts[k+1].Start
	} else {
		p.ns = p.e
	}
	// suffixes are not surnames
	if n := len(p.name); n > 1 && (p.name[n-1] == "Jr." || p.name[n-1] == "Sr." || p.name[n-1] == "Jr" || p.name[n-1] == "III" || p.name[n-1] == "II") {
		p.name = p.name[:n-1]
	}
	return p, true
}

// connectors may stand inside a name ("Charles de Gaulle").
var connectors = set("de", "da", "del", "van", "von", "der", "bin", "al", "el", "la", "le", "di", "du", "ibn", "al-")

// isPersonal reports whether some mention of canon, or of a fuller name
// with its surname ("Aung San Suu Kyi" for "Suu Kyi"), shows a person.
func (nm *names) isPersonal(canon string) bool {
	if nm.personal[canon] {
		return true
	}
	f := strings.Fields(canon)
	return len(f) > 0 && nm.personal[nm.bySur[f[len(f)-1]]]
}

// canonical maps a written name (titles allowed) to the fullest name the
// article gives, with its role. ok is false for names of non-people.
func (nm *names) canonical(words []string) (name, role string, ok bool) {
	var ws []string
	var tl []string
	k := roleEnd(words)
	if k == 0 && len(words) == 1 && nm.bySur[words[0]] != "" {
		k = -1 // a surname that is also a title: "Doctor" for Alan Doctor
	}
	tl = words[:k+1]
	ws = words[k+1:]
	if len(ws) == 0 {
		return "", strings.Join(tl, " "), false
	}
	if n := len(ws); n > 1 && (ws[n-1] == "Jr." || ws[n-1] == "Sr.") {
		ws = ws[:n-1]
	}
	var g byte
	for _, t := range tl {
		if femaleTitles[t] {
			g = 'f'
		} else if maleTitles[t] {
			g = 'm'
		}
	}
	if c, found := nm.bySurG[surname(ws)+"/"+string(g)]; found && g != 0 && len(ws) == 1 {
		name = c // "Mrs. Clinton"
	} else if c, found := nm.bySur[surname(ws)]; found && (len(ws) == 1 || strings.HasPrefix(c, ws[0]+" ") || strings.HasSuffix(c, " "+strings.Join(ws, " "))) {
		name = c
	} else if c, found := nm.byFirst[ws[0]]; found && len(ws) == 1 {
		name = c
	} else {
		name = strings.Join(ws, " ")
	}
	role = nm.roles[name]
	if role == "" && len(tl) > 0 && roleWorthy(strings.Join(tl, " ")) {
		role = roleText(tl)
	}
	person := len(tl) > 0 || nm.count[name] > 0 || len(ws) >= 2 && !nonPersonLast[surname(ws)]
	return name, role, person
}

// personAt returns the index (into phrases) of the first person phrase at or
// after pos, for binary searching.
func (nm *names) personAt(pos int) int {
	return sort.Search(len(nm.persons), func(i int) bool { return nm.phrases[nm.persons[i]].s >= pos })
}

// personBefore reports whether the word just before a name at pos is a cue
// verb ("says Buser") or a lower-case noun for a person ("the novelist Jo
// Walton").
func personBefore(toks []token, pos int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= pos }) - 1
	if i < 0 || !toks[i].Word || toks[i].Upper {
		return false
	}
	return isCue(toks[i]) || personNoun(toks[i].Text)
}

// allTitlesGeneric: words such as "House" or "State" alone do not make a person.
func allTitlesGeneric(ts []string) bool {
	for _, t := range ts {
		switch t {
		case "House", "Senate", "State", "Democratic", "Republican", "GOP", "Former", "First", "Home", "Foreign",
			"Interior", "Finance", "Health", "Labor", "Labour", "Justice", "Treasury", "Energy", "Education",
			"Transport", "Trade", "Commerce", "Majority", "Minority", "Presidential", "Gubernatorial", "Executive":
		default:
			return false
		}
	}
	return true
}

// roleWorthy: a role is worth reporting when it is more than a courtesy title.
func roleWorthy(r string) bool {
	for _, w := range strings.Fields(r) {
		switch stripDot(w) {
		case "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady":
		default:
			return true
		}
	}
	return false
}
