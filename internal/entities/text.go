package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/nlp"
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

// dateline reads the dateline of doc, when it lies before byte offset
// end: its city and region are places, its agency an organisation.
func dateline(doc *nlp.Document, end int) datelineEntities {
	var d datelineEntities
	dl, ok := doc.Dateline(datelineWords)
	if !ok || dl.Span.End > end {
		return d
	}
	d.places = append(d.places, canonicalPlace(dl.Place))
	if dl.Region != "" {
		d.places = append(d.places, canonicalPlace(dl.Region))
	}
	if dl.Agency != "" {
		d.orgs = append(d.orgs, dl.Agency)
	}
	d.start, d.end = dl.Span.Start, dl.Span.End
	return d
}

// datelineWords are the gazetteer and label words datelines are read with.
var datelineWords = nlp.DatelineWords{IsPlace: isPlace, IsLabel: func(w string) bool { return labelWords[w] }}

// datelineEntities are the places and agency of a dateline and its span
// [start, end) in the text (0, 0 without one).
type datelineEntities struct {
	places, orgs []string
	start, end   int
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
