package nlp

import (
	"regexp"
	"strings"
	"unicode"
)

// Dateline is the line head that opens a wire story: "SANTA FE, N.M. (AP)
// —", "BERLIN --", "Hong Kong (CNN Business)".
type Dateline struct {
	Span   Span   // its bytes in the text, with the dash or bracket that closes it and the space after
	Place  string // the city, in title case: "Santa Fe"
	Region string // the state or country after it as written ("N.M."), or ""
	Agency string // the news agency in brackets ("AP", "CNN Business"), or ""
}

// DatelineWords are the word lists the dateline recogniser reads, from the
// stage that keeps them.
type DatelineWords struct {
	IsPlace func(string) bool // a known place: "Berlin", "Hong Kong"
	IsLabel func(string) bool // a word that opens a label in brackets, no agency: "Group" of "(Group D)"
}

var (
	datelineCaps  = regexp.MustCompile(`^([A-Z][A-Z.'’ -]*[A-Z.])(?:, ([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))? ?(?: \(([^)]{2,40})\))? (?:—|–|--|-) ?`)
	datelineAgent = regexp.MustCompile(`^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) ?\(([^)]{2,40})\) ?`)
)

// Dateline finds a dateline at the start of one of the document's first
// three lines (blank lines skipped) and reports whether there is one. A
// city in capitals needs a region or an agency after it, or must be a
// known place ("EXCLUSIVE —" and "OPINION -" are labels); a city in title
// case must be a known place and have an agency ("Hong Kong (CNN
// Business)"). An agency holds no digit and opens with no label word.
func (d *Document) Dateline(w DatelineWords) (Dateline, bool) {
	return FindDateline(d.Text, w)
}

// FindDateline is Document.Dateline of text.
func FindDateline(text string, w DatelineWords) (Dateline, bool) {
	agency := func(s string) bool {
		f := strings.Fields(s)
		return len(f) > 0 && !w.IsLabel(f[0]) && strings.IndexFunc(s, unicode.IsDigit) < 0
	}
	start := 0
	for n := 0; n < 3 && start < len(text); n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		line := text[start : start+end]
		if m := datelineCaps.FindStringSubmatch(line); m != nil && letterCount(m[1]) >= 3 && (m[3] == "" || agency(m[3])) {
			city := TitleCase(strings.TrimSpace(m[1]))
			if m[2] != "" || m[3] != "" || w.IsPlace(city) {
				return Dateline{Span: Span{start, start + len(m[0])}, Place: city, Region: m[2], Agency: m[3]}, true
			}
		}
		if m := datelineAgent.FindStringSubmatch(line); m != nil && w.IsPlace(m[1]) && agency(m[2]) {
			return Dateline{Span: Span{start, start + len(m[0])}, Place: m[1], Agency: m[2]}, true
		}
		start += end + 1
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	return Dateline{}, false
}

// TitleCase turns "ST. JOSEPH" into "St. Joseph": each letter after a
// space or hyphen in upper case, the others in lower case.
func TitleCase(s string) string {
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

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
