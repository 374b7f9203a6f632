package clean

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates as pages print them: "Nov. 19, 2019 5:53 PM", "Monday, November
// 18th, 2019", "19 November 2019 • 1:16pm", "30. Juli 2018", "22 de janeiro
// de 2018", "05/10/2018", "2016.12.01", "2018年8月16日". Month names are
// read in English and the main Western European languages; a numeric
// d/m/y date is read month first only on English pages and when written
// with slashes (or when the day could not be a month).

// monthNames maps lower-case month names and abbreviations to months.
var monthNames = map[string]time.Month{}

func init() {
	names := [12][]string{
		{"january", "jan", "januar", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januari", "jänner"},
		{"february", "feb", "febr", "februar", "février", "févr", "fevrier", "febrero", "fevereiro", "fev", "febbraio", "februari"},
		{"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrz"},
		{"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
		{"may", "mai", "mayo", "maio", "maggio", "mei", "mag"},
		{"june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu"},
		{"july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug"},
		{"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
		{"september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre"},
		{"october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott"},
		{"november", "nov", "novembre", "noviembre", "novembro"},
		{"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dicembre"},
	}
	for i, ns := range names {
		for _, n := range ns {
			monthNames[n] = time.Month(i + 1)
		}
	}
}

const monthPat = `(\p{L}{3,10})\.?`

var (
	// 18 November 2019, 30. Juli 2018, 22 de janeiro de 2018, 18th Nov, 2019
	dayMonthYearRe = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|º)?\.?\s+(?:de\s+|of\s+)?` + monthPat + `,?\s+(?:de\s+)?((?:19|20)\d{2})\b`)
	// November 18, 2019; Nov. 18th 2019; Nov 19, 2019
	monthDayYearRe = regexp.MustCompile(`(?i)\b` + monthPat + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`)
	// 2019-11-18, 2016.12.01, 2019/11/18, 2019-11-18T10:32 (the date of a
	// date-time)
	isoishRe = regexp.MustCompile(`\b((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?:\b|T)`)
	// 05/10/2018, 18.11.2019
	numericDMYRe = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b`)
	// 2018年8月16日, 2018년 9월 28일
	cjkDateRe = regexp.MustCompile(`((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)
)

// findDate returns the first calendar date printed in s as "2006-01-02",
// and where it starts, or ("", -1). monthFirst reads an ambiguous numeric
// date as m/d/y.
func findDate(s string, monthFirst bool) (string, int) {
	d, at, _ := findDateSpan(s, monthFirst)
	return d, at
}

// findDateSpan is findDate with the end of the date's text.
func findDateSpan(s string, monthFirst bool) (string, int, int) {
	best, at, end := "", -1, -1
	if !hasYear(s) {
		return best, at, end // every form below has one
	}
	try := func(g []int, y, m, d int) {
		if at >= 0 && g[0] >= at {
			return
		}
		if ds, ok := validDate(y, m, d); ok {
			best, at, end = ds, g[0], g[1]
		}
	}
	for _, g := range dayMonthYearRe.FindAllStringSubmatchIndex(s, 3) {
		if mo, ok := monthNames[strings.ToLower(s[g[4]:g[5]])]; ok {
			try(g, atoi(s[g[6]:g[7]]), int(mo), atoi(s[g[2]:g[3]]))
		}
	}
	for _, g := range monthDayYearRe.FindAllStringSubmatchIndex(s, 3) {
		if mo, ok := monthNames[strings.ToLower(s[g[2]:g[3]])]; ok {
			try(g, atoi(s[g[6]:g[7]]), int(mo), atoi(s[g[4]:g[5]]))
		}
	}
	if g := isoishRe.FindStringSubmatchIndex(s); g != nil {
		g[1] = g[7] // the date ends before a "T"
		try(g, atoi(s[g[2]:g[3]]), atoi(s[g[4]:g[5]]), atoi(s[g[6]:g[7]]))
	}
	if g := cjkDateRe.FindStringSubmatchIndex(s); g != nil {
		try(g, atoi(s[g[2]:g[3]]), atoi(s[g[4]:g[5]]), atoi(s[g[6]:g[7]]))
	}
	if g := numericDMYRe.FindStringSubmatchIndex(s); g != nil {
		a, b := atoi(s[g[2]:g[3]]), atoi(s[g[4]:g[5]])
		d, m := a, b
		// dotted dates are day first wherever they are printed
		if (monthFirst && a <= 12 && s[g[3]] != '.') || b > 12 {
			d, m = b, a
		}
		try(g, atoi(s[g[6]:g[7]]), m, d)
	}
	return best, at, end
}

// hasYear reports four digits starting "19" or "20" in s, the year every
// form of findDateSpan holds: a cheap test that turns down most texts
// before the expressions run.
func hasYear(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if c := s[i]; (c == '1' && s[i+1] == '9' || c == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// printedDate is a date in a text and the label before it (the text
// since the previous date or the start).
type printedDate struct{ val, label string }

// datesIn returns up to four dates printed in s, each with its label
// ("Updated October 22, 2020 at 9:12 a.m. | Published October 21, 2020"
// gives 2020-10-22 labelled "Updated " and 2020-10-21 labelled " at 9:12
// a.m. | Published ").
func datesIn(s string, monthFirst bool) []printedDate {
	var out []printedDate
	for off := 0; off < len(s) && len(out) < 4; {
		d, at, end := findDateSpan(s[off:], monthFirst)
		if d == "" {
			break
		}
		out = append(out, printedDate{d, s[off : off+at]})
		off += end
	}
	return out
}

// labelSaysUpdate: the label before a date marks it as an update — the
// last of "updated" and "published" words in it is an update word.
func labelSaysUpdate(label string) bool {
	u := updateRe.FindAllStringIndex(label, -1)
	if u == nil {
		return false
	}
	p := publishedWordRe.FindAllStringIndex(label, -1)
	return p == nil || u[len(u)-1][0] > p[len(p)-1][0]
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// validDate formats a plausible news date: years 1990-2099, a real day.
func validDate(y, m, d int) (string, bool) {
	if y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// plausible rejects the zero time and other absurd declared dates
// ("0001-01-01T00:00:00Z", "1970-01-01").
func plausible(rfc string) bool {
	if len(rfc) < 10 {
		return false
	}
	y := atoi(rfc[:4])
	return y >= 1990 && y <= 2099 && !strings.HasPrefix(rfc, "1970-01-01")
}

// declaredDate is cleaning's one reader of the date a value or a line
// states: a machine-readable value (meta, JSON-LD, <time datetime>, a JSON
// field, front matter) to RFC 3339, keeping the offset as written; else
// the first date printed in it ("Published: June 3, 2024 10:32",
// "01:38:07 PM IST Nov 20, 2019"), with its time when it is an ISO
// date-time ("Updated 2024-06-03T10:32:00Z"); "" when there is none or it
// is absurd.
func declaredDate(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	if d, ok := parseDate(v); ok && plausible(d) {
		return d
	}
	d, at, end := findDateSpan(v, true)
	if d == "" {
		return ""
	}
	if end-at == len("2006-01-02") && v[at+4] == '-' {
		if t := isoTimeRe.FindString(v[end:]); t != "" {
			if dt, ok := parseDate(v[at:end] + t); ok {
				return dt
			}
		}
	}
	return d
}

// isoTimeRe is the time of an ISO date-time after its date.
var isoTimeRe = regexp.MustCompile(`^[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?`)

// machineLayouts are the forms of a machine-readable date-time.
var machineLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02 15:04",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04:05.999999999",
}

// machineDateLayouts are the forms of a machine-readable date.
var machineDateLayouts = []string{"2006-01-02", "2006/01/02", "20060102"}

// parseDate parses s, all of it, as a machine-readable date or date-time
// to RFC 3339 (a date only when s has no time). Printed dates ("June 3,
// 2024") are findDate's.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 {
		return "", false
	}
	for _, l := range machineLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.RFC3339), true
		}
	}
	for _, l := range machineDateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// wholeDate reports a line that is one date and nothing else, a weekday
// at most before it ("Monday, June 3, 2024", "3 June 2024",
// "2024-06-03T10:32:00Z").
func wholeDate(p string) bool {
	p = strings.TrimSpace(p)
	if _, ok := parseDate(p); ok {
		return true
	}
	d, at, end := findDateSpan(p, true)
	if d == "" || end != len(p) {
		return false
	}
	pre := strings.TrimRight(p[:at], " ,")
	if pre == "" {
		return true
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if name := wd.String(); strings.EqualFold(pre, name) || strings.EqualFold(pre, name[:3]) {
			return true
		}
	}
	return false
}

// updateRe marks a printed date as a revision, not first publication.
var updateRe = regexp.MustCompile(`(?i)\b(?:updated?|modified|edited|revised|aktualisiert|actualizado|atualizado|aggiornato|mis à jour)\b`)

// timeRe finds a printed time of day ("10:32", "9.15 p.m.", "10:32 GMT")
// or a time relative to now ("3 hours ago", "moments ago").
var timeRe = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[a-z]{2,4})?\b|\b(?:\d+\s+(?:minutes?|hours?|days?|weeks?)\s+)?ago\b`)

// dayMonthRe finds a month's name next to a day, in either order, with no
// year ("June 3", "3 Juni"); monthNames tells whether the word is a month.
var dayMonthRe = regexp.MustCompile(`(?i)\b(\p{L}{3,10})\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(\p{L}{3,10})\b`)

// tellsTime reports a text that gives a date or a time: a date findDate
// reads, a time of day or a relative time (timeRe), or a day and a month
// ("Updated June 3").
func tellsTime(s string) bool {
	if timeRe.MatchString(s) {
		return true
	}
	if d, _ := findDate(s, true); d != "" {
		return true
	}
	for _, g := range dayMonthRe.FindAllStringSubmatchIndex(s, 4) {
		for k := 2; k < 6; k += 2 {
			if g[k] >= 0 && monthNames[strings.ToLower(s[g[k]:g[k+1]])] != 0 {
				return true
			}
		}
	}
	return false
}
