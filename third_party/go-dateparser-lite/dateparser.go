// Package dateparser is a small, English-only stand-in for
// github.com/markusmobius/go-dateparser v1.2.3. It keeps the exported API
// that go-htmldate v1.9.1 uses (Parser, ParserType, Configuration and its
// option types, Parse) and parses the common English and numeric date forms
// with the standard library, so a binary that links go-htmldate no longer
// carries (nor initialises at start-up) the multi-language locale data of the
// original. See README.md.
package dateparser

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/markusmobius/go-dateparser/date"
)

// DateOrder returns the order of the day, month and year fields (a
// permutation of "DMY") for a locale.
type DateOrder func(locale string) string

// The fixed date orders, and the default (English: month first).
var (
	YMD = func(_ string) string { return "YMD" }
	YDM = func(_ string) string { return "YDM" }
	MYD = func(_ string) string { return "MYD" }
	MDY = func(_ string) string { return "MDY" }
	DYM = func(_ string) string { return "DYM" }
	DMY = func(_ string) string { return "DMY" }

	DefaultDateOrder = func(locale string) string { return "MDY" }
)

// PreferredDateSource is where missing date parts come from.
type PreferredDateSource uint8

// The date sources.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// PreferredDayOfMonth is the day used when a date has no day.
type PreferredDayOfMonth uint8

// The days of month.
const (
	Current PreferredDayOfMonth = iota
	First
	Last
)

// PreferredMonthOfYear is the month used when a date has no month.
type PreferredMonthOfYear uint8

// The months of year.
const (
	CurrentMonth PreferredMonthOfYear = iota
	FirstMonth
	LastMonth
)

// Configuration has the fields of the original; the locale-related ones
// (Locales, Languages, Region, TryPreviousLocales, UseGivenOrder,
// DefaultLanguages, SkipTokens) are accepted and ignored: this parser reads
// English only.
type Configuration struct {
	Locales              []string
	Languages            []string
	Region               string
	TryPreviousLocales   bool
	UseGivenOrder        bool
	DefaultLanguages     []string
	DateOrder            DateOrder
	CurrentTime          time.Time
	DefaultTimezone      *time.Location
	PreferredDayOfMonth  PreferredDayOfMonth
	PreferredMonthOfYear PreferredMonthOfYear
	PreferredDateSource  PreferredDateSource
	StrictParsing        bool
	RequiredParts        []string
	SkipTokens           []string
	ReturnTimeAsPeriod   bool
}

// Clone returns a copy of the configuration.
func (c Configuration) Clone() *Configuration {
	c.Locales = append([]string(nil), c.Locales...)
	c.Languages = append([]string(nil), c.Languages...)
	c.DefaultLanguages = append([]string(nil), c.DefaultLanguages...)
	c.RequiredParts = append([]string(nil), c.RequiredParts...)
	c.SkipTokens = append([]string(nil), c.SkipTokens...)
	return &c
}

// ParserType selects one way of reading a date.
type ParserType uint8

// The parser types, in the original's order.
const (
	Timestamp ParserType = iota
	NegativeTimestamp
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// Parser parses date strings with the parser types it lists (all of them,
// in order, when empty).
type Parser struct {
	sync.Mutex

	// DetectLanguagesFunction is accepted for compatibility and unused.
	DetectLanguagesFunction func(string) []string

	ParserTypes []ParserType
}

var defaultParser = &Parser{}

// Parse parses str with the default parser.
func Parse(cfg *Configuration, str string, formats ...string) (date.Date, error) {
	return defaultParser.Parse(cfg, str, formats...)
}

// ErrUnknownFormat wraps every "could not parse" error.
var ErrUnknownFormat = errors.New("unknown format")

// Parse reads str as a date. formats are Go layouts or strftime-style
// formats (%Y, %m, %d, %H, %M, %S, %b, %B, %y, %z) tried first.
func (p *Parser) Parse(cfg *Configuration, str string, formats ...string) (date.Date, error) {
	types := p.ParserTypes
	for _, t := range types {
		if t > NoSpacesTime {
			return date.Date{}, fmt.Errorf("invalid parser type: %d", t)
		}
	}
	if len(types) == 0 {
		types = []ParserType{Timestamp, NegativeTimestamp, RelativeTime, CustomFormat, AbsoluteTime, NoSpacesTime}
	}
	if cfg == nil {
		cfg = &Configuration{}
	}
	for _, part := range cfg.RequiredParts {
		switch strings.ToLower(part) {
		case "day", "month", "year":
		default:
			return date.Date{}, fmt.Errorf("config error: invalid component in required parts: %s", part)
		}
	}
	s := strings.TrimSpace(str)
	for _, t := range types {
		var dt date.Date
		switch t {
		case Timestamp:
			dt = parseTimestamp(cfg, s, false)
		case NegativeTimestamp:
			dt = parseTimestamp(cfg, s, true)
		case RelativeTime:
			dt = parseRelative(cfg, s)
		case CustomFormat:
			dt = parseFormats(cfg, s, formats)
		case AbsoluteTime:
			dt = parseAbsolute(cfg, s)
		case NoSpacesTime:
			dt = parseNoSpaces(cfg, s)
		}
		if !dt.IsZero() {
			dt.Locale = "en"
			return dt, nil
		}
	}
	return date.Date{}, fmt.Errorf("failed to parse %q: %w", str, ErrUnknownFormat)
}

func now(cfg *Configuration) time.Time {
	if !cfg.CurrentTime.IsZero() {
		return cfg.CurrentTime
	}
	return time.Now().UTC()
}

func location(cfg *Configuration) *time.Location {
	if cfg.DefaultTimezone != nil {
		return cfg.DefaultTimezone
	}
	return time.UTC
}

func parseTimestamp(cfg *Configuration, s string, negative bool) date.Date {
	digits := s
	if negative {
		if !strings.HasPrefix(s, "-") {
			return date.Date{}
		}
		digits = s[1:]
	}
	if len(digits) < 10 || len(digits) > 19 || !allDigits(digits) {
		return date.Date{}
	}
	secs, _ := strconv.ParseInt(digits[:10], 10, 64)
	var nsec int64
	if rest := digits[10:]; rest != "" {
		frac := (rest + "000000000")[:9]
		nsec, _ = strconv.ParseInt(frac, 10, 64)
	}
	if negative {
		secs, nsec = -secs, -nsec
	}
	return date.Date{Period: date.Day, Time: time.Unix(secs, nsec).In(location(cfg))}
}

func parseRelative(cfg *Configuration, s string) date.Date {
	if cfg.StrictParsing {
		return date.Date{} // relative dates never name day, month and year
	}
	n := now(cfg)
	switch strings.ToLower(s) {
	case "now", "just now":
		return date.Date{Period: date.Day, Time: n}
	case "today":
		return date.Date{Period: date.Day, Time: n}
	case "yesterday":
		return date.Date{Period: date.Day, Time: n.AddDate(0, 0, -1)}
	case "tomorrow":
		return date.Date{Period: date.Day, Time: n.AddDate(0, 0, 1)}
	}
	f := strings.Fields(strings.ToLower(s))
	if len(f) != 3 || (f[2] != "ago" && f[0] != "in") {
		return date.Date{}
	}
	numStr, unit, sign := f[0], f[1], -1
	if f[0] == "in" {
		numStr, unit, sign = f[1], f[2], 1
	}
	k, err := strconv.Atoi(numStr)
	if err != nil {
		if numStr != "a" && numStr != "an" {
			return date.Date{}
		}
		k = 1
	}
	k *= sign
	unit = strings.TrimSuffix(unit, "s")
	switch unit {
	case "second", "sec":
		return date.Date{Period: date.Day, Time: n.Add(time.Duration(k) * time.Second)}
	case "minute", "min":
		return date.Date{Period: date.Day, Time: n.Add(time.Duration(k) * time.Minute)}
	case "hour":
		return date.Date{Period: date.Day, Time: n.Add(time.Duration(k) * time.Hour)}
	case "day":
		return date.Date{Period: date.Day, Time: n.AddDate(0, 0, k)}
	case "week":
		return date.Date{Period: date.Day, Time: n.AddDate(0, 0, 7*k)}
	case "month":
		return date.Date{Period: date.Month, Time: n.AddDate(0, k, 0)}
	case "year":
		return date.Date{Period: date.Year, Time: n.AddDate(k, 0, 0)}
	}
	return date.Date{}
}

// strftime maps the strftime directives the original accepts to Go layout
// elements.
var strftime = strings.NewReplacer(
	"%Y", "2006", "%y", "06", "%m", "01", "%d", "02", "%H", "15", "%I", "03",
	"%M", "04", "%S", "05", "%p", "PM", "%b", "Jan", "%B", "January",
	"%a", "Mon", "%A", "Monday", "%z", "-0700", "%Z", "MST", "%f", "000000", "%%", "%",
)

func parseFormats(cfg *Configuration, s string, formats []string) date.Date {
	for _, f := range formats {
		layout := f
		if strings.Contains(f, "%") {
			layout = strftime.Replace(f)
		}
		t, err := time.ParseInLocation(layout, s, location(cfg))
		if err != nil {
			continue
		}
		p := date.Day
		if !strings.Contains(layout, "02") && !strings.Contains(layout, "_2") && !strings.Contains(layout, "2,") {
			p = date.Month
		}
		if cfg.StrictParsing && p != date.Day {
			continue
		}
		return date.Date{Period: p, Time: t}
	}
	return date.Date{}
}

func parseNoSpaces(cfg *Configuration, s string) date.Date {
	if !allDigits(s) {
		return date.Date{}
	}
	layouts := []string{"20060102150405", "200601021504", "2006010215", "20060102", "02012006"}
	for _, l := range layouts {
		if len(l) != len(s) {
			continue
		}
		if t, err := time.ParseInLocation(l, s, location(cfg)); err == nil {
			return date.Date{Period: date.Day, Time: t}
		}
	}
	return date.Date{}
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// filler words that may appear in an English date and carry nothing.
var filler = map[string]bool{
	"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true,
	"wednesday": true, "wed": true, "thursday": true, "thu": true, "thur": true,
	"thurs": true, "friday": true, "fri": true, "saturday": true, "sat": true,
	"sunday": true, "sun": true, "of": true, "the": true, "at": true, "on": true,
	"t": true, "z": true, "utc": true, "gmt": true,
}

var zones = map[string]int{ // offsets in hours of common English-language zone names
	"utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "est": -5, "edt": -4,
	"cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "ist": 5, "aest": 10,
}

// parseAbsolute reads dates such as "12 August 2021", "August 12th, 2021,
// 3:04 pm", "Tue, 10 Aug 2021 15:04:05 GMT", "2021-08-12T15:04:05+02:00",
// "08/12/2021" (month first unless cfg.DateOrder says otherwise) and
// "2021.08.12". Any word it does not know makes it fail.
func parseAbsolute(cfg *Configuration, s string) date.Date {
	for _, l := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04"} {
		if t, err := time.ParseInLocation(l, s, location(cfg)); err == nil {
			return date.Date{Period: date.Day, Time: t}
		}
	}
	var (
		year, day, hour, minute, sec = -1, -1, 0, 0, 0
		month                        time.Month
		nums                         []string // numbers not yet assigned
		hasTime                      bool
		zone                         *time.Location
		pm, am                       bool
	)
	toks := tokenize(s)
	if len(toks) == 0 {
		return date.Date{}
	}
	for i, tok := range toks {
		low := strings.ToLower(tok)
		switch {
		case strings.Contains(tok, ":"):
			if hasTime {
				return date.Date{}
			}
			parts := strings.Split(tok, ":")
			if len(parts) > 3 {
				return date.Date{}
			}
			vals := [3]int{}
			for j, p := range parts {
				if p == "" || len(p) > 2 || !allDigits(p) {
					return date.Date{}
				}
				vals[j], _ = strconv.Atoi(p)
			}
			hour, minute, sec, hasTime = vals[0], vals[1], vals[2], true
		case (tok[0] == '+' || tok[0] == '-') && len(tok) >= 3:
			off := strings.ReplaceAll(tok[1:], ":", "")
			if !allDigits(off) || (len(off) != 2 && len(off) != 4) {
				return date.Date{}
			}
			h, _ := strconv.Atoi(off[:2])
			m := 0
			if len(off) == 4 {
				m, _ = strconv.Atoi(off[2:])
			}
			secs := h*3600 + m*60
			if tok[0] == '-' {
				secs = -secs
			}
			zone = time.FixedZone("", secs)
		case allDigits(tok):
			nums = append(nums, tok)
		case ordinal(low) != "":
			if day >= 0 {
				return date.Date{}
			}
			day, _ = strconv.Atoi(ordinal(low))
		case months[low] != 0:
			if month != 0 {
				return date.Date{}
			}
			month = months[low]
		case low == "am" || low == "a.m.":
			am = true
		case low == "pm" || low == "p.m.":
			pm = true
		case filler[low]:
			if off, ok := zones[low]; ok && i > 0 {
				zone = time.FixedZone(strings.ToUpper(low), off*3600)
			}
		default:
			if off, ok := zones[low]; ok && hasTime {
				zone = time.FixedZone(strings.ToUpper(low), off*3600)
				continue
			}
			return date.Date{}
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}
	if (am || pm) && !hasTime {
		// "3 pm": the last number is the hour.
		if len(nums) == 0 {
			return date.Date{}
		}
		h, _ := strconv.Atoi(nums[len(nums)-1])
		if h < 1 || h > 12 {
			return date.Date{}
		}
		if pm && h < 12 {
			h += 12
		} else if am && h == 12 {
			h = 0
		}
		hour, hasTime = h, true
		nums = nums[:len(nums)-1]
	}

	order := DefaultDateOrder("en")
	if cfg.DateOrder != nil {
		if o := strings.ToUpper(cfg.DateOrder("en")); validOrder(o) {
			order = o
		}
	}
	if month != 0 {
		// Month by name: the numbers are a day and a year.
		for _, n := range nums {
			v, _ := strconv.Atoi(n)
			switch {
			case len(n) == 4 && year < 0:
				year = v
			case len(n) <= 2 && day < 0 && v >= 1 && v <= 31:
				day = v
			case len(n) <= 2 && year < 0 && day >= 0:
				year = twoDigitYear(v)
			default:
				return date.Date{}
			}
		}
	} else {
		switch len(nums) {
		case 0:
			return date.Date{}
		case 1:
			if len(nums[0]) != 4 || hasTime {
				return date.Date{}
			}
			year, _ = strconv.Atoi(nums[0])
		case 2, 3:
			if len(nums[0]) == 4 {
				order = "YMD"
			}
			if len(nums) == 2 {
				// a month and a year
				order = strings.Replace(order, "D", "", 1)
			}
			y, m, d, ok := assign(nums, order)
			if !ok && len(nums) == 3 && order != "YMD" {
				// 25/12/2021 in a month-first locale: day first.
				y, m, d, ok = assign(nums, "DMY")
			}
			if !ok {
				return date.Date{}
			}
			year, month, day = y, time.Month(m), d
		default:
			return date.Date{}
		}
	}

	if cfg.StrictParsing && (year < 0 || month == 0 || day < 0) {
		return date.Date{}
	}
	for _, part := range cfg.RequiredParts {
		switch strings.ToLower(part) {
		case "day":
			if day < 0 {
				return date.Date{}
			}
		case "month":
			if month == 0 {
				return date.Date{}
			}
		case "year":
			if year < 0 {
				return date.Date{}
			}
		}
	}
	period := date.Day
	switch {
	case month == 0:
		period = date.Year
	case day < 0:
		period = date.Month
	}
	if hasTime && cfg.ReturnTimeAsPeriod {
		period = date.Second
	}

	n := now(cfg).In(location(cfg))
	yearMissing := year < 0
	if yearMissing {
		year = n.Year()
	}
	if month == 0 {
		switch cfg.PreferredMonthOfYear {
		case FirstMonth:
			month = time.January
		case LastMonth:
			month = time.December
		default:
			month = n.Month()
		}
	}
	if day < 0 {
		switch cfg.PreferredDayOfMonth {
		case First:
			day = 1
		case Last:
			day = daysIn(year, month)
		default:
			day = min(n.Day(), daysIn(year, month))
		}
	}
	if day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || sec > 60 {
		return date.Date{}
	}
	loc := location(cfg)
	if zone != nil {
		loc = zone
	}
	t := time.Date(year, month, day, hour, minute, sec, 0, loc)
	if yearMissing {
		switch cfg.PreferredDateSource {
		case Past:
			if t.After(n) {
				t = t.AddDate(-1, 0, 0)
			}
		case Future:
			if t.Before(n) {
				t = t.AddDate(1, 0, 0)
			}
		}
	}
	return date.Date{Period: period, Time: t}
}

func validOrder(o string) bool {
	return len(o) == 3 && strings.Count(o, "D") == 1 && strings.Count(o, "M") == 1 && strings.Count(o, "Y") == 1
}

// assign gives nums (2 or 3 numbers) the roles of order ("DMY"-style, the
// same length) and checks their ranges.
func assign(nums []string, order string) (y, m, d int, ok bool) {
	if len(order) != len(nums) {
		return 0, 0, 0, false
	}
	y, m, d = -1, -1, -1
	for i, r := range order {
		v, _ := strconv.Atoi(nums[i])
		switch r {
		case 'Y':
			if len(nums[i]) == 4 {
				y = v
			} else if len(nums[i]) == 2 {
				y = twoDigitYear(v)
			} else {
				return 0, 0, 0, false
			}
		case 'M':
			if len(nums[i]) > 2 || v < 1 || v > 12 {
				return 0, 0, 0, false
			}
			m = v
		case 'D':
			if len(nums[i]) > 2 || v < 1 || v > 31 {
				return 0, 0, 0, false
			}
			d = v
		}
	}
	return y, m, d, y >= 0 && m >= 1
}

func twoDigitYear(v int) int {
	if v < 70 {
		return 2000 + v
	}
	return 1900 + v
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ordinal returns the digits of "1st", "22nd", "3rd", "4th", or "".
func ordinal(s string) string {
	if len(s) < 3 {
		return ""
	}
	suf, digits := s[len(s)-2:], s[:len(s)-2]
	if !allDigits(digits) || len(digits) > 2 {
		return ""
	}
	switch suf {
	case "st", "nd", "rd", "th":
		return digits
	}
	return ""
}

// tokenize splits s at spaces, commas, slashes, dots between digits,
// hyphens between digits and letters/digits, and the ISO "T" separator.
func tokenize(s string) []string {
	var toks []string
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			toks = append(toks, s[start:end])
		}
		start = -1
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == ',' || c == '/' || c == '\t' || c == '\n' || c == '(' || c == ')':
			flush(i)
		case c == '.':
			// "a.m." stays one token; "2021.08.12" and "Aug." split.
			if start >= 0 && (s[start] == 'a' || s[start] == 'p' || s[start] == 'A' || s[start] == 'P') && i-start <= 3 && !isDigit(s[start]) {
				low := strings.ToLower(s[start:i])
				if low == "a" || low == "p" || low == "a.m" || low == "p.m" {
					continue
				}
			}
			flush(i)
		case c == '-' || c == '+':
			// a sign starts an offset after a time ("15:04:05-07:00"); a
			// hyphen between date parts separates them.
			if start >= 0 && strings.Contains(s[start:i], ":") {
				flush(i)
				start = i
				continue
			}
			if start < 0 && c == '+' {
				start = i
				continue
			}
			flush(i)
		case (c == 'T' || c == 't') && start >= 0 && i+1 < len(s) && isDigit(s[i+1]) && isDigit(s[i-1]):
			flush(i)
		default:
			if start < 0 {
				start = i
			} else if isDigit(c) != isDigit(s[i-1]) && s[i-1] != ':' && c != ':' && !isDigit(s[i-1]) {
				// "Aug2021": letters then digits
				flush(i)
				start = i
			}
		}
	}
	flush(len(s))
	return toks
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
