package nlp

import (
	"sort"
	"strings"
	"sync"
)

// Names is the index of the people an article names, built from its
// Document by IndexNames: every run of capitalised words that may name
// someone (a Mention), which of them name a person, and for each person the
// canonical name (the fullest form the article writes: "Dana Lowe" for
// "Lowe", "Ms Lowe" and "Dana"), the role written with it ("press
// secretary") and the gender its titles or given name show; and the
// candidates for the people pronouns refer to: every third-person pronoun
// (Pronouns), the sentences whose subject is an unnamed person ("The
// spokeswoman said"), and the walk back from a pronoun through them
// (Antecedents, ResolvePronoun). The quotes stage reads it to name speakers
// and resolve their pronouns, entities to list a person or an organisation
// written in two forms under one (FullestName, Canonical); it is never
// changed once built.
type Names struct {
	Mentions []Mention // every capitalised Mention, in text order
	Persons  []int     // indexes into Mentions of the mentions of people, in text order
	// the sentences whose subject is an unnamed person ("The spokeswoman
	// said"), in text order, each as the description or, for "the
	// minister" after a named minister, that person
	Nominals []Antecedent

	doc *Document

	pronounsOnce sync.Once
	pronouns     []Pronoun // every third-person pronoun, in text order (Pronouns)
	fullerOnce   sync.Once
	fuller       map[string]string // a trailing part of a person's name -> the longest name (FullerName)
	acronymsOnce sync.Once
	acronyms     []acronymRun // the capitalised runs an acronym may stand for (ExpandAcronym)
	initials     string       // the initials of the acronyms' runs

	bySur   map[string]string    // surname -> canonical full name
	bySurG  map[surGender]string // surname and gender -> the most frequent full name of that gender
	byFirst map[string]string    // first name -> canonical, when unique
	roles   map[string]string    // canonical -> role
	genders map[string]byte      // canonical -> 'm'/'f'
	count   map[string]int       // canonical -> mentions
	// canonical -> some mention shows a person is meant: a gender, a title
	// or role, a cue verb beside it ("said Sowers", "Sowers said")
	personal map[string]bool
}

// surGender keys a surname with a gender ('m' or 'f').
type surGender struct {
	sur string
	g   byte
}

// Mention is a run of capitalised words: an optional title or role, then a
// name ("US Defence Secretary Robert Gates", "Mrs. Clinton", "Lowe").
type Mention struct {
	Start, End int      // byte offsets of the whole Mention
	NameStart  int      // where the name part starts (End when there is none)
	Role       string   // title or role words before the name ("US Defence Secretary")
	Titles     []string // the title words of the role, without a final full stop
	Name       []string // the name words
	Person     bool     // the mention names a person
	Gender     byte     // 'm', 'f' or 0 when unknown
	Canon      string   // the person's canonical name; "" for no person
	CueSubject bool     // a cue verb follows ("Wimes said")
}

// IndexNames indexes the people of the article d: the runs of capitalised
// words (capitalisedPhrases), which of them name a person (markPeople), the
// fullest name for each surname and first name (indexFullNames), the roles
// written around the names (roleAround), and the canonical name, role and
// gender of every person mention (canonicalise); then the unnamed
// sentence subjects, candidates for the pronouns (nominalSubjects). The
// pronouns themselves and the fullest forms of names are indexed on first
// use (Pronouns, FullestName).
func IndexNames(d *Document) *Names {
	nm := &Names{doc: d, bySur: map[string]string{}, bySurG: map[surGender]string{}, byFirst: map[string]string{}, roles: map[string]string{},
		genders: map[string]byte{}, count: map[string]int{}, personal: map[string]bool{}}
	toks := d.Tokens
	sents := make([]int, len(d.Sentences))
	for i, s := range d.Sentences {
		sents[i] = s.Start
	}
	ph := capitalisedPhrases(d.Text, toks)
	full, names := markPeople(ph, toks)
	nm.indexFullNames(ph, full, names)
	// lower-case roles next to a name: "press secretary Dana Lowe",
	// "the transport minister, Daniel Okafor", "Hugh Hill, a doctor,"
	ctxRole := make([]string, len(ph))
	for i := range ph {
		if p := &ph[i]; p.Person && len(p.Name) > 0 {
			ctxRole[i] = roleAround(toks, sents, p.Start, p.End)
		}
	}
	// some mention shows a person is meant: a gender, a title or role, a
	// cue verb or a noun for a person beside it
	evident := func(i int) bool {
		p := &ph[i]
		return p.Gender != 0 || len(p.Titles) > 0 || p.Role != "" || ctxRole[i] != "" || p.CueSubject || personBefore(toks, p.Start)
	}
	nm.canonicalise(ph, names, ctxRole, evident)
	nm.Mentions = ph
	for i := range ph {
		if ph[i].Person {
			nm.Persons = append(nm.Persons, i)
		}
	}
	nm.Nominals = nm.nominalSubjects(toks, d.Sentences)
	return nm
}

// markPeople decides which phrases name a person by their shape alone
// (personShape) and gives each the gender its titles or first name show.
// It returns how often each full name (two words or more) of a person is
// written, and the full name of each such phrase (nameString; "" for the
// others), so that the later passes need not join the words again.
func markPeople(ph []Mention, toks []Token) (map[string]int, []string) {
	full := map[string]int{}
	names := make([]string, len(ph))
	for i := range ph {
		p := &ph[i]
		if len(p.Name) == 0 || len(p.Name) > 4 || nonPersonLast[surname(p.Name)] || nonPersonLast[p.Name[0]] {
			continue
		}
		p.Person = personShape(p, toks)
		p.Gender = phraseGender(p)
		if p.Person && len(p.Name) >= 2 {
			names[i] = p.nameString()
			full[names[i]]++
		}
	}
	return full, names
}

// personShape reports a Mention that names a person: a title, a known first
// name or a role before a surname, a plain two- or three-word name, or a
// single name beside a cue verb or known as a first name.
func personShape(p *Mention, toks []Token) bool {
	first := p.Name[0]
	switch {
	case len(p.Titles) > 0 && !allTitlesGeneric(p.Titles):
		return true
	case len(p.Name) >= 2 && (maleNames[first] || femaleNames[first]):
		return true
	case len(p.Name) >= 2 && p.Role != "":
		return true
	case len(p.Name) >= 2 && len(p.Name) <= 3 && plainName(p.Name):
		return true
	case len(p.Name) == 2 && titleSurnames[p.Name[1]] && (p.CueSubject || personBefore(toks, p.Start)):
		return true // "said Charlie King"
	case len(p.Name) == 1 && p.CueSubject && p.Role == "" && plainName(p.Name):
		return true // "Wimes said"
	case len(p.Name) == 1 && p.Role == "" && len(first) >= 5 && (femaleNames[first] != maleNames[first]) && !commonWordNames[first]:
		return true // "Melanie", known by her first name
	}
	return false
}

// phraseGender is the gender a Mention's titles show ("Mrs"), else its
// first name's when that is a name of one gender only; 0 if unknown.
func phraseGender(p *Mention) byte {
	var g byte
	for _, t := range p.Titles {
		if femaleTitles[t] {
			g = 'f'
		} else if maleTitles[t] {
			g = 'm'
		}
	}
	if g == 0 && (len(p.Name) >= 2 || p.Person) {
		first := p.Name[0]
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
// name that only one full name has. names holds the full name of each
// person phrase of two words or more (markPeople).
func (nm *Names) indexFullNames(ph []Mention, full map[string]int, names []string) {
	type cand struct {
		name string
		n, c int
	}
	// the full name of a first name, and whether it has more than one
	type first struct {
		name  string
		multi bool
	}
	best := map[string]cand{}
	bestG := map[surGender]cand{}
	firsts := map[string]first{}
	for i := range ph {
		p := &ph[i]
		if !p.Person || len(p.Name) < 2 {
			continue
		}
		n := names[i]
		sur := surname(p.Name)
		c := cand{n, len(p.Name), full[n]}
		if b, ok := best[sur]; !ok || c.n > b.n && strings.HasSuffix(c.name, b.name) && !nickname(p.Name, b.name) || c.n == b.n && c.c > b.c {
			best[sur] = c
		}
		if g := p.Gender; g != 0 {
			k := surGender{sur, g}
			if b, ok := bestG[k]; !ok || c.c > b.c {
				bestG[k] = c
			}
		}
		if f, ok := firsts[p.Name[0]]; !ok {
			firsts[p.Name[0]] = first{name: n}
		} else if !f.multi && f.name != n {
			firsts[p.Name[0]] = first{name: f.name, multi: true}
		}
	}
	for s, c := range best {
		nm.bySur[s] = c.name
	}
	for s, c := range bestG {
		nm.bySurG[s] = c.name
	}
	for f, m := range firsts {
		if !m.multi {
			// the canonical the full name itself takes (canonicalise):
			// "Dale" is "Dale Ford", not his brother "John M. Ford"
			nm.byFirst[f] = m.name
			if c := nm.bySur[lastWord(m.name)]; len(c) > len(f) && c[len(f)] == ' ' && strings.HasPrefix(c, f) {
				nm.byFirst[f] = c
			}
		}
	}
}

// canonicalise gives every mention of a person its canonical name
// (canonOf) and records the person's mentions, role, gender and whether
// some mention shows a person (evident).
func (nm *Names) canonicalise(ph []Mention, names []string, ctxRole []string, evident func(int) bool) {
	// full names with some evident mention: a first name alone may stand for them
	personal := map[string]bool{}
	for i := range ph {
		if p := &ph[i]; p.Person && len(p.Name) >= 2 && evident(i) {
			personal[nm.bySur[surname(p.Name)]] = true
		}
	}
	for i := range ph {
		p := &ph[i]
		if len(p.Name) == 0 && p.Role != "" && !strings.Contains(p.Role, " ") {
			if _, ok := nm.bySur[p.Role]; ok {
				p.Name, p.Role, p.Titles = []string{p.Role}, "", nil // "Dean, a medical doctor,"
			}
		}
		if len(p.Name) == 0 {
			continue
		}
		canon := nm.canonOf(p, names[i], personal)
		if canon == "" {
			continue
		}
		p.Person = true
		p.Canon = canon
		nm.count[canon]++
		if p.Role != "" && nm.roles[canon] == "" && roleWorthy(p.Role) {
			nm.roles[canon] = p.Role
		}
		if r := ctxRole[i]; r != "" && nm.roles[canon] == "" {
			nm.roles[canon] = r
		}
		if p.Gender != 0 && nm.genders[canon] == 0 {
			nm.genders[canon] = p.Gender
		}
		if evident(i) {
			nm.personal[canon] = true
		}
	}
}

// canonOf is the canonical name of the mention p: the full name of its
// surname and gender ("Mrs. Clinton"), of its surname, of its first name
// ("Melanie"; not "Nimbus" for "Nimbus Pro"), or the words themselves for
// a person; "" for no person. name is the mention's full name when
// markPeople recorded it, else "".
func (nm *Names) canonOf(p *Mention, name string, personal map[string]bool) string {
	if p.Gender != 0 && len(p.Name) == 1 {
		if c, ok := nm.bySurG[surGender{p.Name[0], p.Gender}]; ok {
			return c
		}
	}
	if c, ok := nm.bySur[surname(p.Name)]; ok && (len(p.Name) == 1 || hasWordPrefix(c, p.Name[0])) {
		return c
	}
	if c, ok := nm.byFirst[p.Name[0]]; ok && len(p.Name) == 1 && (maleNames[p.Name[0]] || femaleNames[p.Name[0]] || personal[c]) {
		return c
	}
	if p.Person {
		if name != "" {
			return name
		}
		return p.nameString()
	}
	return ""
}

// IsPersonal reports whether some mention of canon, or of a fuller name
// with its surname ("Aung San Suu Kyi" for "Suu Kyi"), shows a person.
func (nm *Names) IsPersonal(canon string) bool {
	if nm.personal[canon] {
		return true
	}
	f := strings.Fields(canon)
	return len(f) > 0 && nm.personal[nm.bySur[f[len(f)-1]]]
}

// Canonical maps a written name (titles allowed) to the fullest name the
// article gives, with its role. ok is false for names of non-people.
func (nm *Names) Canonical(words []string) (name, role string, ok bool) {
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
	if c, found := nm.bySurG[surGender{surname(ws), g}]; found && g != 0 && len(ws) == 1 {
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

// PersonAt returns the index (into Persons) of the first person Mention at or
// after pos, for binary searching.
func (nm *Names) PersonAt(pos int) int {
	return sort.Search(len(nm.Persons), func(i int) bool { return nm.Mentions[nm.Persons[i]].Start >= pos })
}

func surname(name []string) string { return name[len(name)-1] }

// lastWord is the last word of a name written with single spaces.
func lastWord(name string) string { return name[strings.LastIndexByte(name, ' ')+1:] }

// hasWordPrefix reports whether name starts with the word w and a space.
func hasWordPrefix(name, w string) bool {
	return len(name) > len(w) && name[len(w)] == ' ' && strings.HasPrefix(name, w)
}

func (p *Mention) nameString() string { return strings.Join(p.Name, " ") }

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

// nickname reports whether name (longer than short, ending with it) adds a
// leading word that is not a first name to a name starting with one:
// "Crooked Hillary Clinton" is not a fuller "Hillary Clinton".
func nickname(name []string, short string) bool {
	f := short
	if k := strings.IndexByte(short, ' '); k >= 0 {
		f = short[:k]
	}
	return (maleNames[f] || femaleNames[f]) && !maleNames[name[0]] && !femaleNames[name[0]]
}

// BySurname is the canonical name of the person the article calls by the
// surname s, or "".
func (nm *Names) BySurname(s string) string { return nm.bySur[s] }

// ByFirstName is the canonical name of the only person the article names
// with the first name f, or "".
func (nm *Names) ByFirstName(f string) string { return nm.byFirst[f] }

// Role is the role the article gives the person canon ("press
// secretary"), or "".
func (nm *Names) Role(canon string) string { return nm.roles[canon] }

// Gender is the gender of the person canon: 'm', 'f' or 0 when unknown.
func (nm *Names) Gender(canon string) byte { return nm.genders[canon] }

// Count is the number of mentions of the person canon.
func (nm *Names) Count(canon string) int { return nm.count[canon] }

// Evident reports whether some mention of canon itself shows a person: a
// gender, a title or role, a cue verb or a noun for a person beside it.
func (nm *Names) Evident(canon string) bool { return nm.personal[canon] }
