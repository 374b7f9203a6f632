package entities

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	if knownOrgWords(words) {
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
	return placeSuffixes[words[len(words)-1]] || directions[words[0]] && isPlaceWords(words[1:])
}

// namePrefixes start given names and surnames with an inner capital
// ("McClatchy", "LeBron", "DeShawn", "O'Rourke").
var namePrefixes = []string{"Mc", "Mac", "Le", "La", "De", "Di", "Da", "Du", "Van", "O'", "O’", "D'", "Fitz"}

// brandCapital is innerCapital outside a name prefix: "StreamCo",
// "iPhone", not "LeBron" or "McClatchy".
func brandCapital(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if brandWord(w) {
			return true
		}
	}
	return false
}

// brandCapitalWords is brandCapital of the words joined by spaces.
func brandCapitalWords(words []string) bool {
	for _, w := range words {
		if brandWord(w) {
			return true
		}
	}
	return false
}

func brandWord(w string) bool {
	if !innerCapital(w) {
		return false // most words; a prefix only takes capitals away
	}
	rest := w
	for _, p := range namePrefixes {
		if strings.HasPrefix(w, p) && len(w) > len(p) && unicode.IsUpper(rune(w[len(p)])) {
			rest = w[len(p):]
			break
		}
	}
	return innerCapital(rest)
}

// innerCapital reports a capital after a lower-case letter ("StreamCo",
// "iPhone"): brand names, not places.
func innerCapital(name string) bool {
	prev := ' '
	for _, r := range name {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
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

// datelineEntities are the places and agency of a dateline and its span
// [start, end) in the text (0, 0 without one).
type datelineEntities struct {
	places, orgs []string
	start, end   int
}

// agency: the bracket of a dateline names a news agency ("AP", "CNN
// Business"), not a label ("Group D") or a figure.
func agency(s string) bool {
	w := strings.Fields(s)
	return len(w) > 0 && !labelWords[w[0]] && !hasDigit(s)
}

// dateline finds a dateline at the start of one of the first three
// paragraphs and returns its entities and span.
func dateline(text string) datelineEntities {
	var d datelineEntities
	start := 0
	for n := 0; n < 3 && start < len(text); n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		para := text[start : start+end]
		if m := datelineCaps.FindStringSubmatch(para); m != nil && letters(m[1]) >= 3 && (m[3] == "" || agency(m[3])) &&
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
			d.start, d.end = start, start+len(m[0])
			return d
		}
		if m := datelineAgent.FindStringSubmatch(para); m != nil && isPlace(m[1]) && agency(m[2]) {
			d.places = append(d.places, canonicalPlace(m[1]))
			d.orgs = append(d.orgs, m[2])
			d.start, d.end = start, start+len(m[0])
			return d
		}
		start += end + 1
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	return d
}

// partyState is the state of a party-and-state tag as written ("D-Minn."
// gives "Minn.", "R-TX" gives "TX"), or "".
func partyState(core, trail string) string {
	if len(core) < 4 || core[1] != '-' || !strings.ContainsRune("DRI", rune(core[0])) {
		return ""
	}
	st := core[2:]
	if strings.HasPrefix(trail, ".") && isPlace(st+".") {
		return st + "."
	}
	if isPlace(st) && len(st) > 2 {
		return st // "D-Texas"
	}
	if stateCodes[st] != "" {
		return st // "R-TX": "TX", grouped with "Texas"
	}
	return ""
}
