package nlp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// Sentences splits news text into sentences and returns their spans (byte
// offsets, white space trimmed), in order.
//
// It is built for cleaned article text: paragraphs separated by blank lines
// are never merged, a line break inside a paragraph ends a sentence unless
// the next line continues it (starts in lower case, or the line ends with a
// comma, semicolon, dash or bracket), so headings and list items without
// final punctuation stand alone. Inside a line, every [.!?…] run (with any
// closing quotes or brackets) followed by a space is a candidate boundary,
// decided by rules that fix what the Punkt model gets wrong in news:
//   - a next word in lower case continues the sentence (`"Why?" he asked`,
//     `U.S. military`, `etc. at`), unless it is a word like eBay;
//   - a next word that typically opens a sentence (The, He, It, But, ...)
//     starts one, even after an abbreviation (`in the U.S. It has`);
//   - after titles (Mr., Sen., Gov., Dr., St.), initials (George W. Bush,
//     T.S. Eliot), country abbreviations (U.S., U.N., D.C.), Punkt's learned
//     abbreviations, and months or No. before a number, the sentence goes on;
//   - after company suffixes (Inc., Ltd.) and a.m./p.m., a capitalised word
//     starts a new sentence unless it is a time zone (8 p.m. Eastern time);
//   - anything else splits, including ellipses before a capital.
//
// It runs in time linear in the text, with no model inference.
func Sentences(text string) []Span {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	var out []Span
	// Walk lines; decide at each newline whether the sentence block ends.
	blockStart := 0
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		if nl < 0 {
			out = splitBlock(text, blockStart, len(text), out)
			break
		}
		// Find the next non-blank line.
		next := lineEnd + 1
		blank := false
		for {
			j := next
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				blank = true
				next = j + 1
				continue
			}
			break
		}
		if blank || !continues(text[lineStart:lineEnd], text[next:]) {
			out = splitBlock(text, blockStart, lineEnd, out)
			blockStart = next
		}
		lineStart = next
	}
	return out
}

// continues reports whether the next line carries on the sentence of line.
func continues(line, rest string) bool {
	line = strings.TrimRight(line, " \t\r")
	rest = strings.TrimLeft(rest, " \t\r")
	if line == "" || rest == "" {
		return false
	}
	if isListItem(rest) {
		return false
	}
	switch line[len(line)-1] {
	case ',', ';', '-', '(', '&':
		return true
	}
	if strings.HasSuffix(line, "–") || strings.HasSuffix(line, "—") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// isListItem reports whether a line starts with a bullet or "1." / "2)".
func isListItem(s string) bool {
	if s == "" {
		return false
	}
	switch {
	case strings.HasPrefix(s, "- "), strings.HasPrefix(s, "* "), strings.HasPrefix(s, "• "), strings.HasPrefix(s, "– "):
		return true
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// gapWidth is the width of the white space at text[k] (a no-break space
// counts: pages put one after a full stop), 0 if there is none before end.
func gapWidth(text string, k, end int) int {
	if k < end && isSpace(text[k]) {
		return 1
	}
	if strings.HasPrefix(text[k:end], "\u00a0") {
		return len("\u00a0")
	}
	return 0
}

// splitBlock splits text[start:end] (a block that no line break divides)
// into sentences and appends their trimmed spans to out.
func splitBlock(text string, start, end int, out []Span) []Span {
	from := start
	i := start
	// A list item's own "1." is no boundary.
	if s := strings.TrimLeft(text[start:end], " \t"); isListItem(s) {
		i = end - len(s) + strings.IndexByte(s, ' ')
	}
	for i < end {
		c := text[i]
		if !stopBytes[c] {
			i++
			continue
		}
		isEllipsis := c == 0xE2 && strings.HasPrefix(text[i:end], "…")
		if c != '.' && c != '!' && c != '?' && !isEllipsis {
			i++
			continue
		}
		punctStart := i
		// The run of terminal punctuation.
		for i < end {
			if text[i] == '.' || text[i] == '!' || text[i] == '?' {
				i++
			} else if strings.HasPrefix(text[i:end], "…") {
				i += len("…")
			} else {
				break
			}
		}
		run := text[punctStart:i]
		// Closing quotes and brackets belong to the sentence.
		for i < end {
			if b := text[i]; b == '"' || b == '\'' || b == ')' || b == ']' {
				i++
			} else if strings.HasPrefix(text[i:end], "”") || strings.HasPrefix(text[i:end], "’") {
				i += 3
			} else {
				break
			}
		}
		if i < end && gluedBoundary(text, start, punctStart, i, end) {
			out = splitGlued(text, from, i, out)
			from = i
			continue
		}
		if i >= end || gapWidth(text, i, end) == 0 {
			continue
		}
		boundary := i
		j := i
		for j < end && gapWidth(text, j, end) > 0 {
			j += gapWidth(text, j, end)
		}
		if j >= end {
			break
		}
		if isBoundary(prevWord(text, start, punctStart), run, nextWord(text[j:end])) && !embeddedQuote(text, from, punctStart, end) {
			out = splitGlued(text, from, boundary, out)
			from = j
		}
		i = j
	}
	return splitGlued(text, from, end, out)
}

// embeddedQuote reports a full stop at p inside a short quotation that
// the sentence carries on after: a slogan or title quoted mid-sentence, as
// in `the viral "Drugs. Not here." campaign drew mockery`. The quotation
// opens after a word (not after a comma, colon or strong cue verb, where
// speech starts), holds at most six words before p, closes on the same line
// and is followed by a word in lower case.
func embeddedQuote(text string, from, p, end int) bool {
	q, curly := openQuoteBefore(text, from, p)
	if q < 0 || q < from+2 || text[q-1] != ' ' {
		return false
	}
	before := strings.ToLower(prevWord(text, from, q-1))
	if before == "" || !unicode.IsLetter(lastRune(before)) || lexicon.CueVerbs()[before] && !lexicon.WeakCueVerbs()[before] {
		return false
	}
	if strings.Count(text[q:p], " ") > 5 {
		return false
	}
	closing := `"`
	if curly {
		closing = "”"
	}
	rest := text[p:min(end, p+120)]
	c := strings.Index(rest, closing)
	if c < 0 || strings.IndexByte(rest[:c], '\n') >= 0 {
		return false
	}
	after := rest[c+len(closing):]
	if len(after) < 2 || after[0] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after[1:])
	return unicode.IsLower(r)
}

// openQuoteBefore returns the position of the quotation mark open at p
// within text[from:p], looking back at most 80 bytes, and whether it is a
// curly one; -1 when no quotation is open there.
func openQuoteBefore(text string, from, p int) (int, bool) {
	lo := max(from, p-80)
	for k := p - 1; k >= lo; k-- {
		switch {
		case text[k] == '"':
			if strings.Count(text[from:k], `"`)%2 == 0 {
				return k, false
			}
			return -1, false
		case strings.HasPrefix(text[k:], "“"):
			return k, true
		case strings.HasPrefix(text[k:], "”"):
			return -1, false
		}
	}
	return -1, false
}

// lastRune is the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// stopBytes are the bytes that may start a run of terminal punctuation:
// '.', '!', '?' and the first byte of '…'.
var stopBytes = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// gluedBoundary reports a sentence boundary with no space after the full
// stop at p, where the next sentence starts at i ("on Wednesday.The attack"),
// as pages that drop the space between paragraphs print it. It needs a
// plain lower-case word of three or more letters before the stop and a
// capitalised word of lower-case letters after it, so domains (Amazon.com),
// initials (J.K.Simmons) and abbreviations (ASP.NET) stay whole.
func gluedBoundary(text string, start, p, i, end int) bool {
	if i != p+1 || text[p] != '.' {
		return false
	}
	prev := prevWord(text, start, p)
	if len(prev) < 3 {
		return false
	}
	for k := len(prev) - 3; k < len(prev); k++ {
		if c := prev[k]; c < 'a' || c > 'z' {
			return false
		}
	}
	next := text[i:end]
	if len(next) < 3 || next[0] < 'A' || next[0] > 'Z' {
		return false
	}
	for k := 1; k < len(next); k++ {
		c := next[k]
		if c == ' ' || c == ',' || c == '\'' {
			return k >= 2
		}
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// splitGlued appends text[s:e], split where a photo caption without a full
// stop runs into the next sentence ("... on her face An 86-year-old nun
// was", "(stock photo) He has covered"): a lower-case word or closing
// bracket, a space, a sentence opener and a lower-case word.
func splitGlued(text string, s, e int, out []Span) []Span {
	from := s
	for i := s + 1; i < e-4; i++ {
		// a space before a capital (every opener starts with one)
		if text[i] != ' ' || text[i+1]-'A' > 'Z'-'A' {
			continue
		}
		p := text[i-1]
		if !(p >= 'a' && p <= 'z' || p == ')') {
			continue
		}
		rest := text[i+1 : e]
		sp := strings.IndexByte(rest, ' ')
		if sp <= 0 || sp+1 >= len(rest) || !gluedOpeners[rest[:sp]] {
			continue
		}
		if c := rest[sp+1]; c < 'a' || c > 'z' {
			continue
		}
		// The caption must be a phrase of its own, not a short tail.
		if strings.Count(text[from:i], " ") < 4 {
			continue
		}
		out = appendTrimmed(text, from, i, out)
		from = i + 1
	}
	return appendTrimmed(text, from, e, out)
}

var gluedOpeners = set("The", "It", "He", "She", "They", "An", "This", "His", "Her", "We", "But", "Police")

func appendTrimmed(text string, s, e int, out []Span) []Span {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	if e > s {
		out = append(out, Span{s, e})
	}
	return out
}

// prevWord returns the word that ends at the punctuation at p (without
// opening quotes or brackets), e.g. "U.S" for "the U.S.".
func prevWord(text string, start, p int) string {
	k := p
	for k > start && !isSpace(text[k-1]) {
		k--
	}
	return trimOpeners(text[k:p])
}

// openers are the opening quotes and brackets trimmed from a word.
const openers = `"'([“‘`

// trimOpeners trims openers from the start of s. Most words start with
// none: a first byte that starts no opener saves the trim.
func trimOpeners(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '"', '\'', '(', '[', "“"[0]:
		return strings.TrimLeft(s, openers)
	}
	return s
}

// nextWord returns the word that starts s, without opening quotes or
// brackets and without trailing punctuation.
func nextWord(s string) string {
	s = trimOpeners(s)
	for k := 0; k < len(s); k++ {
		if c := s[k]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			s = s[:k]
			break
		}
	}
	if s == "" {
		return s
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':', '!', '?', '"', '\'', ')', ']', "”"[2], "’"[2]:
		return strings.TrimRight(s, `.,;:!?"')]”’`)
	}
	return s
}

func isBoundary(prev, run, next string) bool {
	if next == "" {
		// Only punctuation follows (a dash, a lone quote mark): no new
		// sentence starts here.
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) && !hasUpper(next) {
		return false
	}
	if run == "." && (next == "-" || next == "--" || next == "–" || next == "—") && len(prev) <= 5 && prev != "" && unicode.IsUpper(rune(prev[0])) {
		// A spaced dash after an abbreviation's full stop goes on: the
		// dateline "STATE COLLEGE, Pa. - Hillary Clinton's victory…"
		// (not a list: "…in 2016. - Elizabeth Warren is…").
		return false
	}
	if run == "!" && len(prev) == 1 && 'A' <= prev[0] && prev[0] <= 'Z' && !starters[next] {
		// A capital letter's "!" is a name's: "a new report by E! News".
		return false
	}
	if run != "." {
		// ?, !, ellipsis, or a mixture: a new sentence unless lower case.
		return true
	}
	if starters[next] {
		return true
	}
	// prev in lower case; a short ASCII word is lowered on the stack
	var buf [32]byte
	key := prev
	if len(prev) <= len(buf) && isASCII(prev) {
		for i := 0; i < len(prev); i++ {
			c := prev[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		key = string(buf[:len(prev)])
	} else {
		key = strings.ToLower(prev)
	}
	digit := r >= '0' && r <= '9'
	switch {
	case titles[key]:
		return false
	case months[key] || key == "no" || key == "nos" || key == "art" || key == "fig" || key == "vol" || key == "p" || key == "pp":
		return !digit
	case companies[key]:
		return true
	case key == "a.m" || key == "p.m":
		return !timeZones[next]
	case isInitials(prev):
		return false
	case abbreviations()[key]:
		return false
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isInitials reports whether w is one capital letter or letters joined by
// periods: "W", "T.S", "U.S", "J.R.R".
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for {
		part, rest, more := strings.Cut(w, ".")
		r, n := utf8.DecodeRuneInString(part)
		if n == 0 || n != len(part) || !unicode.IsUpper(r) {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// starters are capitalised words that usually open a sentence and almost
// never follow an abbreviation inside one.
var starters = set("The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
	"His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet",
	"This", "That", "These", "Those", "There", "Here", "In", "On", "At", "As", "When",
	"While", "After", "Before", "If", "However", "Meanwhile", "Also", "Some", "Many",
	"Most", "Both", "Neither", "Nobody", "None", "Still", "Then", "Now", "Today",
	"Yesterday", "Last", "Earlier", "Later", "What", "Who", "Why", "How", "Where",
	"Officials", "Police", "Critics", "Analysts")

// titles precede a name or a number and never end a sentence in news text.
var titles = set("mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "sen", "sens",
	"rep", "reps", "gov", "govs", "gen", "gens", "lt", "col", "sgt", "capt", "cmdr",
	"adm", "maj", "cpl", "pvt", "rev", "revs", "fr", "hon", "pres", "supt", "det",
	"insp", "st", "ste", "mt", "ft", "sr", "jr", "v", "vs", "atty",
	"amb", "sec", "del", "lieut", "brig", "cdr", "mme", "mlle", "u.s", "u.k", "u.n", "e.u",
	"d.c", "u.s.a", "ph.d", "etc", "e.g", "i.e", "approx", "est", "dept", "univ")

var months = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

var companies = set("inc", "corp", "co", "ltd", "llc", "plc", "bros", "cos", "l.p", "n.v", "s.a", "ag")

var timeZones = set("Eastern", "Pacific", "Central", "Mountain", "GMT", "BST", "UTC",
	"ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "CET")

var (
	abbrevOnce sync.Once
	abbrevSet  map[string]bool
)

// abbreviations returns the abbreviations the Punkt English model learned,
// minus those that are also everyday words ("ill", "ore").
func abbreviations() map[string]bool {
	abbrevOnce.Do(func() {
		abbrevSet = map[string]bool{}
		tok, err := segmenter()
		if err != nil || tok == nil || tok.Storage == nil {
			return
		}
		for w := range tok.Storage.AbbrevTypes {
			switch w {
			case "ill", "ok", "ore", "wash", "ala", "mg", "cos", "ct", "pa", "yr", "wed", "sw", "c", "d", "e", "k", "l", "m", "n", "p", "r", "s", "t", "w", "g", "f", "h":
				continue
			}
			abbrevSet[w] = true
		}
	})
	return abbrevSet
}
