package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark.
type token struct {
	s, e  int
	text  string
	word  bool // letters or digits
	upper bool // a word starting with an upper-case letter
	poss  bool // ends with a possessive 's (text excludes it)
}

// tokenize splits text[lo:hi] into words and punctuation marks. A word may
// hold inner apostrophes, hyphens and dots ("O'Brien", "U.S."); a final dot
// belongs to the word only for initials and known abbreviations.
func tokenize(text string, lo, hi int) []token {
	var out []token
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, token{s: i, e: i + n, text: text[i : i+n]})
			i += n
			continue
		}
		j := i + n
		for j < hi {
			r2, n2 := utf8.DecodeRuneInString(text[j:hi])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&' {
				r3 := nextRune(text, j+n2, hi)
				if isWordRune(r3) {
					j += n2
					continue
				}
			}
			break
		}
		// a final dot after an initial or abbreviation
		if j < hi && text[j] == '.' {
			w := text[i:j]
			if isAbbrev(w) {
				j++
			}
		}
		t := token{s: i, e: j, text: text[i:j], word: true, upper: unicode.IsUpper(r)}
		for _, suf := range []string{"’s", "'s"} {
			if strings.HasSuffix(t.text, suf) && len(t.text) > len(suf) {
				t.text = t.text[:len(t.text)-len(suf)]
				t.poss = true
				break
			}
		}
		// a plural possessive: "residents' group", "the Rail Users' Association"
		if j+1 < hi && (text[j] == '\'' || strings.HasPrefix(text[j:], "’")) && strings.HasSuffix(t.text, "s") {
			n := 1
			if text[j] != '\'' {
				n = len("’")
			}
			if nr := nextRune(text, j+n+1, hi); j+n < hi && text[j+n] == ' ' && j+n+1 < hi && (unicode.IsLower(nr) || t.upper && unicode.IsUpper(nr)) {
				t.poss = true
				t.e = j + n
				j += n
			}
		}
		out = append(out, t)
		i = j
	}
	return out
}

func isAbbrev(w string) bool {
	if abbrevs[w] {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	// party and state after a name: "R-Ky.", "D-Md."
	if len(w) > 2 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && (abbrevs[w[2:]] || len(w) <= 4) {
		return true
	}
	return strings.Contains(w, ".") // U.S, a.m
}

func stripDot(w string) string { return strings.TrimSuffix(w, ".") }

func isTitle(w string) bool { return titles[w] || titles[stripDot(w)] }

func isRoleNoun(w string) bool { return roleNouns[strings.ToLower(stripDot(w))] }

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
		if !toks[i].word || !toks[i].upper {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j-1].poss && adjacent(text, toks[j-1], toks[j]) {
			t := toks[j]
			if t.word && (t.upper || connectors[t.text] && j+1 < len(toks) && toks[j+1].upper && adjacent(text, t, toks[j+1])) {
				j++
				continue
			}
			break
		}
		afterPrep := i > 0 && toks[i-1].word && (properPreps[toks[i-1].text] || toks[i-1].text == "to")
		ts := toks[i:j]
		if j-i == 1 && i > 0 && toks[i-1].text == "(" && j+1 < len(toks) && toks[j].text == ")" && toks[j+1].word && toks[j+1].upper &&
			(maleNames[toks[i].text] || femaleNames[toks[i].text]) {
			// "Coach (Frank) Mercer": a first name in brackets
			ts = []token{toks[i], toks[j+1]}
			j += 2
		}
		// "said Will Garner": a first name that is also a common word
		keepFirst := i > 0 && isCue(toks[i-1]) && (maleNames[toks[i].text] || femaleNames[toks[i].text]) && len(ts) > 1
		if p, ok := makePhrase(ts, afterPrep, keepFirst); ok {
			k := j
			for k < len(toks) && k < j+3 && auxWords[lower(toks[k])] && !pronounTok(toks[k]) {
				k++
			}
			p.cueSubj = k < len(toks) && isCue(toks[k]) && !weakCues[toks[k].text]
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
	if b.s-a.e > 3 {
		return false
	}
	for _, r := range text[a.e:b.s] {
		if !unicode.IsSpace(r) || r == '\n' || r == '\r' {
			return false
		}
	}
	return b.s > a.e
}

// makePhrase reads a run of capitalised words; afterPrep says a lower-case
// preposition comes just before it ("envoy to Ukraine Carl Brenner"); keepFirst
// keeps a first word that may start sentences ("Will" in "said Will Garner").
func makePhrase(ts []token, afterPrep, keepFirst bool) (phrase, bool) {
	// drop ordinary sentence-initial words
	for len(ts) > 0 && sentenceStarters[ts[0].text] && !keepFirst {
		ts = ts[1:]
	}
	if len(ts) == 0 {
		return phrase{}, false
	}
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.text
	}
	k := roleEnd(ws)
	if f := firstNameAfter(ws); k < 0 && afterPrep && f > 0 {
		// the words before the name end the preposition's phrase
		ts = ts[f:]
	}
	p := phrase{s: ts[0].s, e: ts[len(ts)-1].e}
	// a title after a name word is part of a name only in "Mr" position
	var role []string
	for i := 0; i <= k; i++ {
		role = append(role, ts[i].text)
		if isTitle(ts[i].text) {
			p.titles = append(p.titles, stripDot(ts[i].text))
		}
	}
	p.role = roleText(role)
	for _, t := range ts[k+1:] {
		p.name = append(p.name, t.text)
	}
	if len(p.name) > 0 {
		p.ns = ts[k+1].s
	} else {
		p.ns = p.e
	}
	// suffixes are not surnames
	if n := len(p.name); n > 1 && (p.name[n-1] == "Jr." || p.name[n-1] == "Sr." || p.name[n-1] == "Jr" || p.name[n-1] == "III" || p.name[n-1] == "II") {
		p.name = p.name[:n-1]
	}
	return p, true
}

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

func surname(name []string) string { return name[len(name)-1] }

func buildNames(text string, toks []token, segs []segment, sents []int) *names {
	nm := &names{bySur: map[string]string{}, bySurG: map[string]string{}, byFirst: map[string]string{}, roles: map[string]string{},
		genders: map[string]byte{}, count: map[string]int{}, personal: map[string]bool{}}
	ph := capitalisedPhrases(text, toks)
	si := 0
	qi := 0
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
	// pass 1: full names of people
	full := map[string]int{}
	for i := range ph {
		p := &ph[i]
		if len(p.name) == 0 || len(p.name) > 4 || nonPersonLast[surname(p.name)] || nonPersonLast[p.name[0]] {
			continue
		}
		first := p.name[0]
		switch {
		case len(p.titles) > 0 && !allTitlesGeneric(p.titles):
			p.person = true
		case len(p.name) >= 2 && (maleNames[first] || femaleNames[first]):
			p.person = true
		case len(p.name) >= 2 && p.role != "":
			p.person = true
		case len(p.name) >= 2 && len(p.name) <= 3 && plainName(p.name):
			p.person = true
		case len(p.name) == 2 && titleSurnames[p.name[1]] && (p.cueSubj || personBefore(toks, p.s)):
			p.person = true // "said Charlie King"
		case len(p.name) == 1 && p.cueSubj && p.role == "" && plainName(p.name):
			p.person = true // "Wimes said"
		case len(p.name) == 1 && p.role == "" && len(first) >= 5 && (femaleNames[first] != maleNames[first]) && !commonWordNames[first]:
			p.person = true // "Melanie", known by her first name
		}
		for _, t := range p.titles {
			if femaleTitles[t] {
				p.gender = 'f'
			} else if maleTitles[t] {
				p.gender = 'm'
			}
		}
		if p.gender == 0 && (len(p.name) >= 2 || p.person) {
			if femaleNames[first] && !maleNames[first] {
				p.gender = 'f'
			} else if maleNames[first] && !femaleNames[first] {
				p.gender = 'm'
			}
		}
		if p.person && len(p.name) >= 2 {
			full[p.nameString()]++
		}
	}
	// the fullest name for each surname; ties go to the more frequent
	type cand struct {
		name string
		n, c int
	}
	best := map[string]cand{}
	bestG := map[string]cand{}
	firsts := map[string]map[string]bool{}
	order := make([]string, 0, len(full))
	for i := range ph {
		p := &ph[i]
		if !p.person || len(p.name) < 2 {
			continue
		}
		n := p.nameString()
		order = append(order, n)
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
				// the canonical the full name itself takes (pass 2): "Dale"
				// is "Dale Ford", not his brother "John M. Ford"
				nm.byFirst[f] = n
				if c := nm.bySur[surname(strings.Fields(n))]; strings.HasPrefix(c, f+" ") {
					nm.byFirst[f] = c
				}
			}
		}
	}
	// lower-case roles next to a name: "press secretary Dana Lowe",
	// "the transport minister, Daniel Okafor", "Hugh Hill, a doctor,"
	ctxRole := map[int]string{}
	for i := range ph {
		p := &ph[i]
		if !p.person || len(p.name) == 0 {
			continue
		}
		if r := roleAround(toks, sents, p.s, p.e); r != "" {
			ctxRole[i] = r
		}
	}
	// some mention shows a person is meant: a gender, a title or role, a
	// cue verb or a noun for a person beside it
	evident := func(i int) bool {
		p := &ph[i]
		return p.gender != 0 || len(p.titles) > 0 || p.role != "" || ctxRole[i] != "" || p.cueSubj || personBefore(toks, p.s)
	}
	personal := map[string]bool{}
	for i := range ph {
		if p := &ph[i]; p.person && len(p.name) >= 2 && evident(i) {
			personal[nm.bySur[surname(p.name)]] = true
		}
	}
	// pass 2: canonical names, roles and genders of every person mention
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
		canon := ""
		if c, ok := nm.bySurG[surname(p.name)+"/"+string(p.gender)]; ok && p.gender != 0 && len(p.name) == 1 {
			canon = c // "Mrs. Clinton"
		} else if c, ok := nm.bySur[surname(p.name)]; ok && (len(p.name) == 1 || strings.HasPrefix(c, p.name[0]+" ")) {
			canon = c
		} else if c, ok := nm.byFirst[p.name[0]]; ok && len(p.name) == 1 && (maleNames[p.name[0]] || femaleNames[p.name[0]] || personal[c]) {
			canon = c // "Melanie"; not "Nimbus" for "Nimbus Pro"
		} else if p.person {
			canon = p.nameString()
		}
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
	_ = order
	nm.phrases = ph
	for i := range ph {
		if ph[i].person {
			nm.persons = append(nm.persons, i)
		}
	}
	return nm
}

// isPersonal reports whether some mention of canon, or of a fuller name
// with its surname ("Aung San Suu Kyi" for "Suu Kyi"), shows a person.
func (nm *names) isPersonal(canon string) bool {
	if nm.personal[canon] {
		return true
	}
	f := strings.Fields(canon)
	return len(f) > 0 && nm.personal[nm.bySur[f[len(f)-1]]]
}

// personBefore reports whether the word just before a name at pos is a cue
// verb ("says Buser") or a lower-case noun for a person ("the novelist Jo
// Walton").
func personBefore(toks []token, pos int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].s >= pos }) - 1
	if i < 0 || !toks[i].word || toks[i].upper {
		return false
	}
	return isCue(toks[i]) || personNoun(toks[i].text)
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

var placeFirst = set("New", "North", "South", "East", "West", "United", "Los", "San", "Santa", "Saint", "St.", "Fort",
	"Mount", "Lake", "Las", "Le", "La", "El", "Great", "Upper", "Lower", "Central", "Northern", "Southern", "Eastern",
	"Western", "Middle", "Black", "White", "Red", "Green", "Blue", "Gold", "Silver", "Wall", "Main", "Islamic",
	"Supreme", "Federal", "National", "American", "Democratic", "Republican", "Air", "Homeland", "Human", "Civil",
	"Social", "Affordable", "Iron", "Cold", "World", "Prime", "Air", "Oval", "Capitol", "Election", "Labor", "Labour",
	"Planned", "Big", "Little", "Old", "Grand", "Palm", "Twin", "Sierra", "Rio", "Hong", "Sri", "Costa", "Puerto")

// plainName: two or three capitalised alphabetic words that look like a
// person's name rather than a place or institution.
func plainName(ws []string) bool {
	if placeFirst[ws[0]] {
		return false
	}
	for _, w := range ws {
		if nonPersonLast[w] || isTitle(w) || sentenceStarters[w] || isDayOrMonth(w) {
			return false
		}
		upper := 0
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' {
				return false
			}
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if upper == len(w) && len(w) > 1 {
			return false // acronyms
		}
	}
	return true
}

// roleAround finds a lower-case role phrase just before the name at [s, e)
// ("press secretary", "the transport minister,") or an appositive just after
// it (", a doctor who ..."). It returns "" when there is none.
func roleAround(toks []token, sents []int, s, e int) string {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].s >= s })
	j := sort.Search(len(toks), func(k int) bool { return toks[k].s >= e })
	// before
	k := i
	if k > 0 && toks[k-1].text == "," {
		k--
	}
	r := k
	for r > 0 && k-r < 4 && toks[r-1].word && !toks[r-1].upper && !determiners[lower(toks[r-1])] && !npEnd[lower(toks[r-1])] && !cueVerbs[toks[r-1].text] {
		r--
	}
	if r < k && isRoleNoun(lower(toks[k-1])) {
		// a capitalised word starting the sentence belongs to the role:
		// "Opposition leader Mark Jessop", "Local resident Joan Whitfield"
		if r > 0 && toks[r-1].word && toks[r-1].upper && !toks[r-1].poss && !sentenceStarters[toks[r-1].text] && k == i {
			if j := sort.SearchInts(sents, toks[r-1].s); j < len(sents) && sents[j] == toks[r-1].s {
				r--
				if w := toks[r].text; strings.ToUpper(w) != w && !properAdjective(w) {
					return strings.ToLower(w[:1]) + joinToks(toks[r:k])[1:]
				}
			}
		}
		return joinToks(toks[r:k])
	}
	// after: ", a doctor who ..." / ", executive director of ..."
	if j < len(toks) && toks[j].text == "," {
		c := j + 1
		if c < len(toks) && (lower(toks[c]) == "a" || lower(toks[c]) == "an" || lower(toks[c]) == "the") {
			c++
		}
		st := c
		for c < len(toks) && c-st < 5 && toks[c].word && !npEnd[lower(toks[c])] && !cueVerbs[toks[c].text] {
			c++
		}
		if c > st && isRoleNoun(lower(toks[c-1])) {
			// "director of highways", "head of Glenmuir Primary": a short
			// of-phrase that ends the appositive belongs to the role
			if c+1 < len(toks) && (toks[c].text == "of" || toks[c].text == "for") {
				m := c + 1
				for m < len(toks) && m-c <= 5 && toks[m].word && !npEnd[lower(toks[m])] || m < len(toks) && m > c+1 && (toks[m].text == "the" || toks[m].text == "of") {
					m++
				}
				if m > c+1 && m-c <= 5 && (m == len(toks) || toks[m].text == "," || isTerminator(toks[m])) {
					c = m
				}
			}
			return joinToks(toks[st:c])
		}
	}
	return ""
}

// properAdjective: a capitalised word that keeps its capital mid-sentence
// ("Russian", "Republican", "Democratic", "Israeli").
func properAdjective(w string) bool {
	for _, suf := range []string{"an", "ish", "ese", "ic", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return isTitle(w) || placeFirst[w]
}

// roleEnd returns the index of the last title or role word of a capitalised
// phrase, -1 if none. A title word that ends the phrase after a name word is
// a surname ("Charlie King").
func roleEnd(ws []string) int {
	k := -1
	for i, w := range ws {
		if isTitle(w) || isRoleNoun(w) {
			if i == len(ws)-1 && i > 0 && !isTitle(ws[i-1]) && !isRoleNoun(ws[i-1]) && !connectors[ws[i-1]] && (maleNames[ws[i-1]] || femaleNames[ws[i-1]] || titleSurnames[w]) {
				break // "Alan Doctor", "Charlie King", "Howard Dean"
			}
			if i == len(ws)-1 && i > 0 && titleSurnames[w] && courtesyTitles[stripDot(ws[i-1])] {
				break // "Mr. King"
			}
			k = i
		}
	}
	// capitalised common nouns or an acronym before a first name and
	// surname are a role: "Visitor Jean Morris", "Shopper Ann Lee", "NASA
	// Administrator Joan Keller", "Singer-guitarists Tom Haines"
	if f := firstNameAfter(ws); k < 0 && f > 0 && !connectors[ws[f+1]] {
		role := true
		for _, w := range ws[:f] {
			role = role && (agentNoun(w) || pluralAgent(w) || acronym(w))
		}
		if role && !acronym(ws[f-1]) {
			k = f - 1
		}
	}
	return k
}

// hyphenatedFirst: a double first name, both halves capitalised and one a
// known first name ("Eva-Marie", "Jean-Pierre").
func hyphenatedFirst(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && unicode.IsUpper(rune(a[0])) && unicode.IsUpper(rune(b[0])) &&
		(maleNames[a] || femaleNames[a] || maleNames[b] || femaleNames[b])
}

// firstNameAfter returns the index of a known first name that follows
// other words, none of them a first name, and comes before a surname of one
// or two words ("Joan Keller" in "NASA Administrator Joan
// Keller"); 0 if there is none.
func firstNameAfter(ws []string) int {
	for i := 1; i < len(ws); i++ {
		if maleNames[ws[i-1]] || femaleNames[ws[i-1]] || connectors[ws[i-1]] {
			return 0
		}
		if maleNames[ws[i]] || femaleNames[ws[i]] || hyphenatedFirst(ws[i]) {
			if n := len(ws) - i; n == 2 || n == 3 {
				return i
			}
			return 0
		}
	}
	return 0
}

// pluralAgent: a plural or hyphenated noun for people ("Singer-guitarists",
// "Pensioners").
func pluralAgent(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if part == "" {
			continue
		}
		if len(part) > 4 && strings.HasSuffix(part, "s") {
			part = part[:len(part)-1]
		}
		if agentNoun(strings.ToUpper(part[:1])+part[1:]) || isRoleNoun(part) {
			return true
		}
	}
	return false
}

// acronym: two or more capital letters ("NASA", "ESA").
func acronym(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 &&
		strings.IndexFunc(w, func(r rune) bool { return !unicode.IsUpper(r) }) < 0
}

// agentNoun: a capitalised word that looks like a common noun for a person
// ("Visitor", "Shopper", "Pensioner", "Resident"), not a first name.
func agentNoun(w string) bool {
	if maleNames[w] || femaleNames[w] || isTitle(w) || len(w) < 5 || strings.ToUpper(w) == w {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"or", "er", "ist", "ant", "ent", "ian", "eer"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return isRoleNoun(lw)
}

// roleText joins the role words of a capitalised phrase; a lone common noun
// capitalised only because it starts the sentence is written in lower case
// ("Visitor Jean Morris": "visitor").
func roleText(ws []string) string {
	if len(ws) == 1 && !isTitle(ws[0]) && (isRoleNoun(ws[0]) || agentNoun(ws[0])) {
		return strings.ToLower(ws[0])
	}
	return strings.Join(ws, " ")
}

// nickname reports whether name (longer than short, ending with it) adds a
// leading word that is not a first name to a name starting with one:
// "Crooked Hillary Clinton" is not a fuller "Hillary Clinton".
func nickname(name []string, short string) bool {
	f := strings.Fields(short)[0]
	return (maleNames[f] || femaleNames[f]) && !maleNames[name[0]] && !femaleNames[name[0]]
}

// commonWordNames are first names that are also ordinary words.
var commonWordNames = set("Grace", "Faith", "Hope", "Joy", "Rose", "Will", "Mark", "Bill", "Jack", "Marine", "Amber",
	"Taylor", "Madison", "Virginia", "Austin", "Jordan", "Christian", "Carol", "Victoria", "Georgia", "Justice",
	"Sandy", "Brandy", "Chase", "Dean", "Frank", "Gary", "Lane", "Miles", "Ray", "Guy", "Rich")

// titleSurnames are title words that are also common surnames: after a
// capitalised word that is no title ("Charlie King", "Howard Dean") or a
// courtesy title ("Mr. King") they are the surname.
var titleSurnames = set("King", "Dean", "Bishop", "Judge", "Major", "Marshal", "Marshall", "Knight", "Chancellor", "Prince", "Pope", "Doctor")

var courtesyTitles = set("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame")
