package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// One recogniser reads the source marks that open a wire story's line or
// sentence: parseLead finds the parts (a place, its region, a date, an
// agency in brackets, a closing dash); Document.Dateline keeps the ones
// that name a place (for entities), SourceMark the ones a headline or
// summary line drops, and LineDateline the ones cleaning reads at the head
// of a paragraph (a wire agency's credit, a hard-wrapped paragraph's
// start). The agencies table is the one list of news agencies they read.

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

// lead is what parseLead reads at the head of a line or sentence.
type lead struct {
	End    int    // the mark's length in bytes, with the bracket or dash that closes it and the spaces after
	Place  string // the capitalised words before the comma, bracket or dash as written ("SANTA FE", "Hong Kong"), or ""
	Region string // the capitalised words after the place's comma ("N.M.", "D.C., USA"), or ""
	Agency string // the text in brackets ("AP", "CNN Business"), or ""
	Caps   bool   // the place is written in capitals
	Dash   bool   // a dash ("—", "–", "--", "-") closes the mark
	Hyphen bool   // that dash is a lone hyphen
	Spaced bool   // the dash has white space on both sides
	Before bool   // the dash has white space before it
	After  bool   // the dash has white space after it
}

// parseLead reads the head of s as a source mark: up to eight capitalised
// place words ("SÃO PAULO" too), a region after a comma ("WASHINGTON,
// D.C.", "KINSHASA, Democratic Republic of Congo"), a date ("Jan 5",
// "September 12"), a bracket of up to 40 bytes ("(Reuters)") and a dash.
// It reports whether there is a bracket, or a place closed by a dash;
// which of those are datelines or source marks is for Document.Dateline,
// SourceMark and LineDateline to judge.
func parseLead(s string) (lead, bool) {
	var l lead
	if s == "" || !(upperLen(s, 0) > 0 || s[0] == '(') {
		return l, false
	}
	i := 0
	if k := dateEnd(s, 0); k > 0 {
		i = k // "Dec 29 (Reuters) -"
	} else {
		i = capitalWords(s, 0, 8)
		l.Place = s[:i]
	}
	l.Caps = l.Place != "" && strings.IndexFunc(l.Place, unicode.IsLower) < 0
	if l.Place != "" && strings.HasPrefix(s[i:], ", ") && dateEnd(s, i+2) < 0 {
		i = regions(s, i, &l)
	}
	j := i
	if j < len(s) && s[j] == ',' && l.Place != "" {
		j++
	}
	if k := dateEnd(s, skipBlanks(s, j)); k > 0 && l.Place != "" && j > 0 {
		i = k
	}
	if k := skipBlanks(s, i); k < len(s) && s[k] == '(' {
		if c := strings.IndexAny(s[k+1:min(len(s), k+42)], "()"); c > 0 && s[k+1+c] == ')' {
			l.Agency, i = s[k+1:k+1+c], k+2+c
		}
	}
	if k := skipBlanks(s, i); k < len(s) {
		if n := dashLen(s[k:]); n > 0 {
			after := skipBlanks(s, k+n)
			l.Dash, l.Hyphen = true, s[k:k+n] == "-"
			l.Before, l.After = k > i, after > k+n
			l.Spaced = l.Before && l.After
			i = after
		}
	}
	if !(l.Agency != "" || l.Place != "" && l.Dash) {
		return lead{}, false
	}
	l.End = skipBlanks(s, i)
	return l, true
}

// regions reads the regions after the place's comma: up to two groups of
// regionWords ("N.M.", "D.C., USA"). It returns where they end.
func regions(s string, i int, l *lead) int {
	from := i + 2
	end := i
	for n := 0; n < 2 && strings.HasPrefix(s[end:], ", ") && dateEnd(s, end+2) < 0; n++ {
		k := regionWords(s, end+2)
		if k == end+2 {
			break
		}
		end = k
	}
	if end > i {
		l.Region = s[from:end]
	}
	return end
}

// regionWords is the end of the region at s[i:]: up to three capitalised
// words, and up to two more such runs joined by a small word ("Trinidad
// and Tobago", "Democratic Republic of the Congo"), or i.
func regionWords(s string, i int) int {
	end := capitalWords(s, i, 3)
	for n := 0; n < 2 && end > i; n++ {
		j := end
		for _, w := range regionJoins {
			if strings.HasPrefix(s[j:], w) {
				j += len(w)
				break
			}
		}
		if j == end {
			break
		}
		if strings.HasPrefix(s[j:], "the ") {
			j += len("the ")
		}
		k := capitalWords(s, j, 3)
		if k == j {
			break
		}
		end = k
	}
	return end
}

// regionJoins are the small words inside a region's name.
var regionJoins = []string{" of ", " and ", " de ", " do ", " da ", " del "}

// capitalWords is the end of the run of up to max capitalised words at
// s[i:], single spaces apart (i itself without one). A word opens with a
// capital letter and goes on with letters, digits and dots, and with inner
// hyphens and apostrophes.
func capitalWords(s string, i, max int) int {
	end := i
	for n := 0; n < max; n++ {
		j := end
		if n > 0 {
			if j+1 >= len(s) || s[j] != ' ' {
				break
			}
			j++
		}
		k := upperLen(s, j)
		if k == 0 {
			break
		}
		end = wordRun(s, j+k)
	}
	return end
}

// upperLen is the length in bytes of the capital letter at s[j:] ("S",
// "É"), or 0.
func upperLen(s string, j int) int {
	switch {
	case j >= len(s):
		return 0
	case s[j] < utf8.RuneSelf:
		if isUpperASCII(s[j]) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[j:])
	if unicode.IsUpper(r) {
		return n
	}
	return 0
}

// wordRun is the end of the place word that goes on at s[j:].
func wordRun(s string, j int) int {
	for j < len(s) {
		c := s[j]
		switch {
		case isAlnumASCII(c) || c == '.':
			j++
		case (c == '-' || c == '\'') && j+1 < len(s) && isAlnumASCII(s[j+1]):
			j += 2
		case strings.HasPrefix(s[j:], "’") && j+3 < len(s) && isAlnumASCII(s[j+3]):
			j += 4
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				return j
			}
			j += n
		default:
			return j
		}
	}
	return j
}

// dateEnd is the end of a date at s[i:] ("Jan 5", "Sept. 12", "September
// 12"), or -1.
func dateEnd(s string, i int) int {
	j := i
	if j >= len(s) || !isUpperASCII(s[j]) {
		return -1
	}
	j++
	for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if n := j - i; (n < 3 || n > 5) && !longMonths[s[i:j]] {
		return -1
	}
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j >= len(s) || s[j] != ' ' {
		return -1
	}
	j++
	k := j
	for k < len(s) && k < j+2 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == j || k < len(s) && s[k] >= '0' && s[k] <= '9' {
		return -1
	}
	return k
}

// dashLen is the length of the run of dashes at the start of s ("—",
// "--", "–", "―", "-"), or 0.
func dashLen(s string) int {
	n := 0
	for n < len(s) {
		switch {
		case s[n] == '-':
			n++
		case strings.HasPrefix(s[n:], "—"), strings.HasPrefix(s[n:], "–"), strings.HasPrefix(s[n:], "―"):
			n += len("—")
		default:
			return n
		}
	}
	return n
}

// longMonths are the month names of more than five letters.
var longMonths = set("January", "February", "August", "September", "October", "November", "December")

func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// Dateline finds a dateline at the start of one of the document's first
// three lines (blank lines skipped) and reports whether there is one. A
// city in capitals closed by a spaced dash needs a region or an agency
// after it, or must be a known place ("EXCLUSIVE —" and "OPINION -" are
// labels); a city in title case must be a known place and have an agency
// ("Hong Kong (CNN Business)"). An agency holds no digit and opens with no
// label word.
func (d *Document) Dateline(w DatelineWords) (Dateline, bool) {
	return FindDateline(d.Text, w)
}

// FindDateline is Document.Dateline of text.
func FindDateline(text string, w DatelineWords) (Dateline, bool) {
	start := 0
	for n := 0; n < 3 && start < len(text); n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		if l, ok := parseLead(text[start : start+end]); ok {
			if dl, ok := l.dateline(w); ok {
				dl.Span = Span{start, start + l.End}
				return dl, true
			}
		}
		start += end + 1
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	return Dateline{}, false
}

// dateline judges a lead as a dateline (see Document.Dateline).
func (l lead) dateline(w DatelineWords) (Dateline, bool) {
	if l.Place == "" || l.Agency != "" && !isAgency(l.Agency, w) || strings.Contains(l.Region, ",") {
		return Dateline{}, false
	}
	if l.Caps {
		city := TitleCase(l.Place)
		if l.Dash && l.Before && letterCount(l.Place) >= 3 && (l.Region != "" || l.Agency != "" || w.IsPlace(city)) {
			return Dateline{Place: city, Region: l.Region, Agency: l.Agency}, true
		}
		return Dateline{}, false
	}
	if l.Agency != "" && l.Region == "" && titleWords(l.Place, 3, false) && w.IsPlace(l.Place) {
		return Dateline{Place: l.Place, Agency: l.Agency}, true
	}
	return Dateline{}, false
}

// isAgency reports bracket text that can be a news agency: agencyText,
// and no label word first ("Group" of "(Group D)").
func isAgency(s string, w DatelineWords) bool {
	f := strings.Fields(s)
	return agencyText(s) && len(f) > 0 && !w.IsLabel(f[0])
}

// agencyText reports bracket text that can name an agency: at least two
// bytes and no digit ("(2019)" is a year).
func agencyText(s string) bool {
	return len(s) >= 2 && strings.IndexFunc(s, unicode.IsDigit) < 0
}

// LineDateline reads the dateline that opens line or paragraph s, with no
// word lists, as cleaning reads it: a place in capitals of three letters
// or more and no digit, perhaps its region and a date, perhaps an agency
// in brackets, then a dash and white space ("LONDON (Reuters) - ",
// "WASHINGTON, June 3 (AP) — ", "HALIFAX, Nova Scotia (AP) — ", "PARIS —
// "). Its Span is the mark with the white space after it. Labels in
// capitals ("EXCLUSIVE — ") pass too: telling them from places needs
// Document.Dateline's word lists.
func LineDateline(s string) (Dateline, bool) {
	l, ok := parseLead(s)
	if !ok || !l.Caps || !l.Dash || !l.After || letterCount(l.Place) < 3 ||
		strings.IndexFunc(l.Place, unicode.IsDigit) >= 0 || l.Agency != "" && !agencyText(l.Agency) {
		return Dateline{}, false
	}
	return Dateline{Span: Span{0, l.End}, Place: TitleCase(l.Place), Region: l.Region, Agency: l.Agency}, true
}

// SourceMark is the length in bytes of the source marks that open
// sentence s, which a headline or summary line drops: a bracket with no
// place before it ("(CNN) --", "(Reuters)"), a dateline with a known
// agency ("LONDON, England (CNN) --", "Hong Kong (CNN Business)"), a place
// in capitals with any bracket and a dash ("SANTA FE, N.M. (AP) —"), a line
// head in capitals closed by a spaced dash ("WASHINGTON —", "EXCLUSIVE
// —"), and a place of up to three title-case words closed by a spaced long
// dash before a sentence of five words or more ("Indianapolis – "), and a
// site's name as a web address before a spaced dash ("PanHarbour.net - ").
func SourceMark(s string) int {
	i := siteMark(s)
	for n := 0; n < 3; n++ {
		l, ok := parseLead(s[i:])
		if !ok || !l.sourceMark(s[i+l.End:]) {
			break
		}
		i += l.End
	}
	return i
}

// siteMark is the length of a site's name written as a web address that
// opens s before a spaced dash ("Harbourtimes.net - ", "Example.co.uk —
// "), or 0.
func siteMark(s string) int {
	sp := strings.IndexByte(s, ' ')
	if sp < 4 {
		return 0
	}
	name := s[:sp]
	dot := strings.LastIndexByte(name, '.')
	if dot < 1 || !siteDomains[strings.ToLower(name[dot+1:])] || strings.IndexFunc(name, func(r rune) bool {
		return !(r == '.' || r == '-' || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)))
	}) >= 0 || !unicode.IsLetter(rune(name[0])) {
		return 0
	}
	for _, dash := range []string{"- ", "– ", "— ", "-- "} {
		if strings.HasPrefix(s[sp+1:], dash) {
			return sp + 1 + len(dash)
		}
	}
	return 0
}

// siteDomains are the top-level domains a site's name ends with.
var siteDomains = map[string]bool{"com": true, "net": true, "org": true, "uk": true, "info": true, "news": true, "io": true, "tv": true, "am": true, "in": true, "au": true, "ca": true, "ie": true, "nz": true, "us": true}

// sourceMark judges a lead, followed by rest, as a source mark (see
// SourceMark).
func (l lead) sourceMark(rest string) bool {
	switch {
	case l.Agency != "":
		return l.Place == "" || knownAgencies[l.Agency] || l.Caps && l.Dash
	case l.Caps:
		return l.Spaced && letterCount(l.Place) >= 3
	}
	return l.Spaced && !l.Hyphen && titleWords(l.Place, 3, false) && (l.Region == "" || titleWords(l.Region, 2, true) || stateCode(l.Region)) &&
		len(strings.Fields(rest)) >= 5
}

// agencies are the news agencies and networks a dateline names in
// brackets, as they write themselves, each with the byline a wire service
// is credited as ("" for a network or paper, which signs its own
// stories).
var agencies = []struct{ name, credit string }{
	{"AP", "Associated Press"}, {"Reuters", "Reuters"}, {"AFP", "AFP"}, {"UPI", "UPI"}, {"PTI", "PTI"},
	{"IANS", "IANS"}, {"ANI", "ANI"}, {"dpa", "dpa"}, {"EFE", "EFE"}, {"ANSA", "ANSA"}, {"Xinhua", "Xinhua"},
	{"Kyodo", "Kyodo"}, {"Yonhap", "Yonhap"},
	{"CNN", ""}, {"CNN Business", ""}, {"CNN Politics", ""}, {"CNN Travel", ""}, {"CNN Sport", ""}, {"CNN Health", ""},
	{"PA", ""}, {"Bloomberg", ""}, {"BBC", ""}, {"NBC", ""}, {"CBS", ""}, {"ABC", ""}, {"AAP", ""}, {"The Hill", ""},
	{"Fox News", ""},
}

// knownAgencies are the agencies a sentence-head dateline in title case is
// recognised by, as written; wireCredits the wire services' credits by
// their names in upper case.
var knownAgencies, wireCredits = func() (known map[string]bool, credits map[string]string) {
	known, credits = map[string]bool{}, map[string]string{}
	for _, a := range agencies {
		known[a.name] = true
		if a.credit != "" {
			credits[strings.ToUpper(a.name)] = a.credit
		}
	}
	return known, credits
}()

// WireCredit is the byline a wire service named in a dateline's brackets
// is credited as, whatever its case ("AP" and "Ap" give "Associated
// Press", "REUTERS" "Reuters"), or "" when agency is no wire service ("CNN"
// signs its own stories).
func WireCredit(agency string) string {
	return wireCredits[strings.ToUpper(agency)]
}

// titleWords reports whether s is one to max words of a capital and lower
// case letters ("Hong Kong"), and dots if dots is set ("Ind.").
func titleWords(s string, max int, dots bool) bool {
	f := strings.Split(s, " ")
	if len(f) > max {
		return false
	}
	for _, w := range f {
		if len(w) < 2 || !isUpperASCII(w[0]) {
			return false
		}
		for k := 1; k < len(w); k++ {
			if !(w[k] >= 'a' && w[k] <= 'z' || dots && w[k] == '.') {
				return false
			}
		}
	}
	return true
}

// stateCode reports a region written as a postal or dotted abbreviation:
// "NY", "N.Y.", "D.C.".
func stateCode(s string) bool {
	letters := 0
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case isUpperASCII(c):
			letters++
		case c == '.' && k > 0:
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 3
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
