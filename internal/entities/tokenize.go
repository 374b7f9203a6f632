package entities

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type word struct {
	text, raw    string
	endsSentence bool // the word ended with . ! ? or a paragraph break
	endsClause   bool // the word ended with punctuation that splits names
	possessive   bool // the word ended with 's
	paren        bool // the word stood in parentheses: "(HD)"
	based        bool // the word ended with -based: "Round Rock-based"
	party        bool // a party-and-state tag reduced to its state: "D-Minn." is "Minn."
}

// missingSpace is the length of "Wednesday." in "Wednesday.The", else 0.
func missingSpace(p string) int {
	for k := 3; k+1 < len(p); k++ {
		if p[k] == ')' && p[k+1] >= 'A' && p[k+1] <= 'Z' {
			return k + 1 // "(CNN)President"
		}
		if p[k] == '.' && p[k-1] >= 'a' && p[k-1] <= 'z' && p[k-2] >= 'a' && p[k-2] <= 'z' && p[k+1] >= 'A' && p[k+1] <= 'Z' {
			return k + 1
		}
	}
	return 0
}

// abbreviations keep their full stop and end no sentence ("St. Louis",
// "Pacific Gas & Electric Co.").
var abbreviations = set("St", "Mt", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "Ft")

// appendWords tokenizes text onto out.
func appendWords(out []word, text string) []word {
	i := 0
	for i < len(text) {
		// White space between words; a line break ends the sentence.
		newline := false
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
			newline = newline || text[i] == '\n'
			i++
		}
		if newline && len(out) > 0 {
			out[len(out)-1].endsSentence = true
			out[len(out)-1].endsClause = true
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != '\r' {
			j++
		}
		if j == i {
			break
		}
		p := text[i:j]
		if k := missingSpace(p); k > 0 {
			j = i + k // "Wednesday.The": a sentence ran into the next
			p = text[i:j]
		}
		i = j
		w := word{raw: p}
		t := trimOpeners(p)
		if t != p && len(out) > 0 {
			out[len(out)-1].endsClause = true
		}
		w.paren = strings.HasPrefix(p, "(") && strings.Contains(p, ")")
		core := trimClosers(t)
		trail := t[len(core):]
		if strings.HasSuffix(core, "s") && (strings.HasPrefix(trail, "'") || strings.HasPrefix(trail, "’")) {
			// A plural possessive goes on only before an organisation
			// word ("Users' Association"), as a singular one does.
			_, size := utf8.DecodeRuneInString(trail)
			trail, w.possessive = trail[size:], true
		}
		if c := strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s"); c != core {
			core, w.possessive = c, true
		}
		if c := strings.TrimSuffix(core, "-based"); c != core && c != "" {
			core, w.based, trail = c, true, "," // "a London-based firm"
		}
		w.text = core
		keep := false // the full stop belongs to the word
		switch {
		case partyState(core, trail) != "":
			// "Rep. Ilhan Omar, D-Minn., said": the state of a member of
			// Congress, a place.
			w.text, w.party = partyState(core, trail), true
			keep = strings.HasPrefix(trail, ".")
		case len(core) == 1 && core[0] >= 'A' && core[0] <= 'Z' && trail == ".":

			// An initial ("George W. Bush") continues the name.
			w.text, trail = t[:2], ""
		case strings.HasPrefix(trail, ".") && (dotted(core) || abbreviations[core] || len(core) >= 2 && len(core) <= 5 && isPlace(core+".")):
			w.text, keep = core+".", true // "U.S.", "N.M.", "Co.", "La."
		case strings.HasPrefix(trail, ".") && titles[core]:
			keep = true // "Mr.", "Lt. Col."
		}
		w.endsClause = trail != "" && !(keep && trail == ".")
		w.endsSentence = strings.ContainsAny(trail, ".!?") && !keep
		if core != "" {
			out = append(out, w)
		} else if len(out) > 0 && trail != "" {
			out[len(out)-1].endsClause = true
		}
	}
	return out
}

// dotted: an abbreviation with inner full stops ("U.S", "N.M", "W.Va").
func dotted(s string) bool {
	if !strings.Contains(s, ".") || !unicode.IsUpper(rune(s[0])) {
		return false
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" || len(part) > 3 {
			return false
		}
	}
	return true
}

// trimOpeners drops the quotation marks and brackets that open a word
// ("(HD)", "“We"), as strings.TrimLeft(s, `"'([“‘`) does without building
// its cut set on each call.
func trimOpeners(s string) string {
	for len(s) > 0 {
		switch {
		case s[0] == '"' || s[0] == '\'' || s[0] == '(' || s[0] == '[':
			s = s[1:]
		case strings.HasPrefix(s, "“") || strings.HasPrefix(s, "‘"):
			s = s[len("“"):]
		default:
			return s
		}
	}
	return s
}

// trimClosers drops the quotation marks, brackets and punctuation that
// close a word, as strings.TrimRight(s, `"')]”’.,;:!?`) does.
func trimClosers(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case strings.IndexByte(`"')].,;:!?`, c) >= 0:
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’"):
			s = s[:len(s)-len("”")]
		default:
			return s
		}
	}
	return s
}

// lowerWords are the words the text uses starting with a lower-case letter.
func lowerWords(words []word) map[string]bool {
	m, _ := lowerMaps.Get().(map[string]bool)
	if m == nil {
		m = make(map[string]bool, len(words)/2)
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w.text); unicode.IsLower(r) {
			m[w.text] = true
		}
	}
	return m
}

// lowerMaps holds the emptied lower-case word maps of finished calls, for
// the next: a map keeps its room when cleared.
var lowerMaps sync.Pool

// maxPooledLower bounds the maps kept for reuse, by their number of words.
const maxPooledLower = 8 << 10

// releaseLower empties m, so that it holds no strings of its text, and
// keeps it for the next call unless it grew too large.
func releaseLower(m map[string]bool) {
	if len(m) > maxPooledLower {
		return
	}
	clear(m)
	lowerMaps.Put(m)
}

// lowerWordsOf is lowerWords of the whole text without holding its words:
// the map grows with the vocabulary, not with the length of the text.
func lowerWordsOf(text string) map[string]bool {
	m := map[string]bool{}
	var buf []word
	eachChunk(text, func(chunk string) {
		buf = appendWords(buf[:0], chunk)
		for _, w := range buf {
			if r, _ := utf8.DecodeRuneInString(w.text); unicode.IsLower(r) && !m[w.text] {
				m[w.text] = true
			}
		}
	})
	return m
}

// maxChunk bounds the text tokenized at once, so that the words of a very
// long paragraph (a 5 MB upload with no line breaks) are never all held.
const maxChunk = 32 << 10

// eachChunk calls f with each paragraph (line) of text, cutting a line
// longer than maxChunk at a space.
func eachChunk(text string, f func(string)) {
	for len(text) > 0 {
		end := strings.IndexByte(text, '\n')
		if end < 0 {
			end = len(text)
		}
		line := text[:end]
		for len(line) > maxChunk {
			cut := strings.LastIndexByte(line[:maxChunk], ' ')
			if cut <= 0 {
				cut = maxChunk
			}
			f(line[:cut])
			line = line[cut:]
		}
		if strings.TrimSpace(line) != "" {
			f(line)
		}
		if end == len(text) {
			break
		}
		text = text[end+1:]
	}
}

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
		rest := w
		for _, p := range namePrefixes {
			if strings.HasPrefix(w, p) && len(w) > len(p) && unicode.IsUpper(rune(w[len(p)])) {
				rest = w[len(p):]
				break
			}
		}
		if innerCapital(rest) {
			return true
		}
	}
	return false
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

type datelineEntities struct{ places, orgs []string }

// agency: the bracket of a dateline names a news agency ("AP", "CNN
// Business"), not a label ("Group D") or a figure.
func agency(s string) bool {
	w := strings.Fields(s)
	return len(w) > 0 && !labelWords[w[0]] && !hasDigit(s)
}

// dateline finds a dateline at the start of one of the first three
// paragraphs and returns its entities and the text without it.
func dateline(text string) (datelineEntities, string) {
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
			return d, text[:start] + text[start+len(m[0]):]
		}
		if m := datelineAgent.FindStringSubmatch(para); m != nil && isPlace(m[1]) && agency(m[2]) {
			d.places = append(d.places, canonicalPlace(m[1]))
			d.orgs = append(d.orgs, m[2])
			return d, text[:start] + text[start+len(m[0]):]
		}
		start += end + 1
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	return d, text
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
