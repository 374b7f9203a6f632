package quotes

import (
	"sort"
	"strings"
	"unicode"
)

// doc is the per-article state of one Extract call.
type doc struct {
	text  string
	paras []Span
	toks  []token
	sents []int // sentence start offsets, increasing
	nm    *names
	segs  []segment
	// speakers already attributed, in text order, for pronoun resolution
	said []saidAt
}

type saidAt struct {
	pos    int
	canon  string
	gender byte
}

func isTerminator(t token) bool {
	return !t.word && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "…")
}

func isQuoteTok(t token) bool {
	switch t.text {
	case "\"", "“", "”", "'", "‘", "’", "«", "»":
		return true
	}
	return false
}

// sentenceStarts finds sentence starts: paragraph starts and, inside a
// paragraph, the token after a terminator (and any closing marks) that
// starts with a capital, digit or quotation mark.
func sentenceStarts(text string, paras []Span, toks []token) []int {
	var out []int
	pi := 0
	prevEnd := false
	for i, t := range toks {
		for pi < len(paras) && paras[pi].End <= t.s {
			pi++
		}
		newPara := pi < len(paras) && (len(out) == 0 || out[len(out)-1] < paras[pi].Start) && t.s >= paras[pi].Start
		if newPara {
			out = append(out, t.s)
			prevEnd = false
			continue
		}
		if prevEnd && (t.upper || isQuoteTok(t) && i+1 < len(toks) && toks[i+1].upper || t.word && unicode.IsDigit(rune(t.text[0]))) {
			out = append(out, t.s)
			prevEnd = false
			continue
		}
		if isTerminator(t) {
			prevEnd = true
		} else if !(isQuoteTok(t) || t.text == ")") {
			prevEnd = false
		}
	}
	return out
}

func (d *doc) sentenceOf(pos int) int {
	return sort.SearchInts(d.sents, pos+1) - 1
}

func (d *doc) sentStart(pos int) int {
	i := d.sentenceOf(pos)
	if i < 0 {
		return 0
	}
	return d.sents[i]
}

func (d *doc) tokensIn(s, e int) []token {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].s >= s })
	j := i
	for j < len(d.toks) && d.toks[j].e <= e {
		j++
	}
	return d.toks[i:j]
}

// attribution is what parsing the words around a quotation found.
type attribution struct {
	np      []token // the speaker mention
	kind    byte    // 'n' name, 'p' pronoun, 'd' description
	cue     string
	via     string
	appos   string // appositive role ("a doctor")
	ok      bool
	weak    bool // the cue only introduces partial quotes
	cueSeen bool
}

func lower(t token) string { return strings.ToLower(t.text) }

func isCue(t token) bool { return t.word && !t.upper && cueVerbs[t.text] }

func isDash(t token) bool {
	return t.text == "—" || t.text == "–" || t.text == "―" || t.text == "-" || t.text == "--"
}

var determiners = set("a", "an", "the", "one", "another", "some", "two", "three", "several", "many", "his", "her",
	"their", "its", "our", "my", "this", "that", "these", "those", "other", "both", "most", "few", "no")

var npStop = set("who", "whom", "which", "that", "whose", "in", "on", "at", "to", "for", "of", "from", "with", "by",
	"during", "after", "before", "when", "while", "as", "and", "but", "or", "about", "because", "where", "since",
	"said", "says", "told")

// parseNP reads a speaker mention starting at toks[i]: a pronoun, a
// capitalised name (titles included), or a description. It returns the
// mention's tokens and kind.
func parseNP(toks []token, i int) ([]token, byte) {
	if i >= len(toks) || !toks[i].word {
		return nil, 0
	}
	t := toks[i]
	if _, ok := pronouns[lower(t)]; ok && lower(t) != "it" || lower(t) == "it" {
		if lower(t) == "it" {
			return toks[i : i+1], 'd'
		}
		if lower(t) == "i" || lower(t) == "we" {
			return toks[i : i+1], 'p'
		}
		if lower(t) != "her" || i+1 >= len(toks) || !toks[i+1].word || isCue(toks[i+1]) || npStop[lower(toks[i+1])] {
			return toks[i : i+1], 'p'
		}
	}
	if t.upper && !determiners[lower(t)] {
		j := i
		for j < len(toks) && toks[j].word && (toks[j].upper || connectors[toks[j].text] && j+1 < len(toks) && toks[j+1].upper) {
			if j > i && !adjacentTok(toks[j-1], toks[j]) {
				break
			}
			j++
			if toks[j-1].poss {
				break
			}
		}
		// "The New York Times" keeps its article
		return toks[i:j], 'n'
	}
	if determiners[lower(t)] || t.word {
		j := i + 1
		if !determiners[lower(t)] {
			j = i // bare plural: "officials", "sources"
		}
		for j < len(toks) && j-i < 8 && toks[j].word && !npStop[lower(toks[j])] && !isCue(toks[j]) && !auxWords[lower(toks[j])] {
			lw := lower(toks[j])
			if !toks[j].upper && (strings.HasSuffix(lw, "ing") && len(lw) > 5 || strings.HasSuffix(lw, "ed") && j > i+1 && !isRoleNoun(lw)) {
				break
			}
			j++
			if isRoleNoun(lw) && (j >= len(toks) || !toks[j].word || !isRoleNoun(lower(toks[j])) && !toks[j].upper) {
				break
			}
		}
		if j > i && (determiners[lower(t)] && j > i+1 || !determiners[lower(t)]) {
			np := toks[i:j]
			if !determiners[lower(t)] && !isRoleNoun(lower(np[len(np)-1])) {
				return nil, 0
			}
			// a capitalised tail after a description is a name: "the senator, John Smith"
			return np, 'd'
		}
	}
	return nil, 0
}

func adjacentTok(a, b token) bool { return b.s-a.e <= 2 }

// parseAfter reads an attribution that follows a quotation: "said Mr Gates",
// "he said", "Hugh Hill, a doctor, said", "Interfax quoted him as saying",
// "according to X", "— X".
func parseAfter(toks []token) attribution {
	var a attribution
	i := 0
	dash := false
	for i < len(toks) && !toks[i].word {
		if isDash(toks[i]) {
			dash = true
		}
		if isTerminator(toks[i]) && !dash {
			return a
		}
		i++
	}
	if i >= len(toks) {
		return a
	}
	// clause ends at a terminator
	end := i
	for end < len(toks) && !isTerminator(toks[end]) && toks[end].text != ";" && !isQuoteTok(toks[end]) {
		end++
	}
	toks = toks[:end]
	if i+1 < len(toks) && lower(toks[i]) == "according" && lower(toks[i+1]) == "to" {
		np, k := parseNP(toks, i+2)
		if np != nil {
			return attribution{np: np, kind: k, cue: "according to", ok: true}
		}
		return a
	}
	if isCue(toks[i]) {
		cue := toks[i].text
		j := i + 1
		for j < len(toks) && auxWords[lower(toks[j])] && !pronounTok(toks[j]) {
			j++
		}
		np, k := parseNP(toks, j)
		if np == nil {
			return a
		}
		a = attribution{np: np, kind: k, cue: cue, ok: true, weak: weakCues[cue]}
		// "said Mr Gates, a former spy," -> appositive
		a.appos = appositive(toks, j+len(np))
		return a
	}
	np, k := parseNP(toks, i)
	if np == nil {
		return a
	}
	j := i + len(np)
	appos := ""
	if j < len(toks) && toks[j].text == "," {
		// appositive: "Hugh Hill, a doctor, said"
		c := j + 1
		for c < len(toks) && c-j < 14 && toks[c].text != "," {
			c++
		}
		if c < len(toks) && toks[c].text == "," {
			appos = joinToks(toks[j+1 : c])
			j = c + 1
		}
	}
	for j < len(toks) && auxWords[lower(toks[j])] && !isCue(toks[j]) {
		j++
	}
	if j >= len(toks) || !isCue(toks[j]) {
		if dash && k == 'n' {
			return attribution{np: np, kind: k, cue: "—", ok: true}
		}
		return a
	}
	cue := toks[j].text
	a = attribution{np: np, kind: k, cue: cue, ok: true, appos: appos, weak: weakCues[cue]}
	// "Interfax quoted him as saying"
	if cue == "quoted" || cue == "quotes" {
		np2, k2 := parseNP(toks, j+1)
		if np2 != nil {
			m := j + 1 + len(np2)
			if m+1 < len(toks) && lower(toks[m]) == "as" && (lower(toks[m+1]) == "saying" || lower(toks[m+1]) == "telling") {
				return attribution{np: np2, kind: k2, cue: joinToks(toks[j : m+2]), via: joinToks(np), ok: true}
			}
		}
	}
	if cue == "said" && j+3 < len(toks) && lower(toks[j+1]) == "in" && lower(toks[j+2]) == "a" && lower(toks[j+3]) == "statement" {
		a.cue = "said in a statement"
	}
	return a
}

func pronounTok(t token) bool {
	_, ok := pronouns[lower(t)]
	return ok
}

func appositive(toks []token, j int) string {
	if j < len(toks) && toks[j].text == "," {
		c := j + 1
		for c < len(toks) && toks[c].text != "," && toks[c].text != "." {
			c++
		}
		if c > j+1 && c-j < 14 {
			w := lower(toks[j+1])
			if determiners[w] || isRoleNoun(toks[c-1].text) {
				return joinToks(toks[j+1 : c])
			}
		}
	}
	return ""
}

func joinToks(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.word {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		if t.poss {
			b.WriteString("'s")
		}
	}
	return b.String()
}

var clauseBreak = set("and", "but", "while", "as", "when", "because", "after", "before", "that", "then", "so",
	"although", "though", "where", "if")

// parseBefore reads an attribution that leads into a quotation: "X said:",
// "X told reporters,", "According to X,", "X said that". toks end at the
// opening mark.
func parseBefore(toks []token) attribution {
	var a attribution
	n := len(toks)
	for n > 0 && (toks[n-1].text == ":" || toks[n-1].text == "," || isDash(toks[n-1]) || toks[n-1].text == "that") {
		n--
	}
	if n == 0 {
		return a
	}
	toks = toks[:n]
	// "According to X,"
	for i := 0; i+1 < len(toks); i++ {
		if lower(toks[i]) == "according" && lower(toks[i+1]) == "to" {
			np, k := parseNP(toks, i+2)
			if np != nil {
				return attribution{np: np, kind: k, cue: "according to", ok: true}
			}
		}
	}
	// the last cue verb among the final words
	c := -1
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-8; i-- {
		if isCue(toks[i]) {
			c = i
			break
		}
	}
	if c < 0 {
		return a
	}
	cue := toks[c].text
	a = subjectBefore(toks, c)
	a.cue = cue
	a.weak = weakCues[cue]
	a.cueSeen = true
	if c+3 < len(toks) && lower(toks[c+1]) == "in" && lower(toks[c+2]) == "a" && lower(toks[c+3]) == "statement" {
		a.cue = cue + " in a statement"
	}
	return a
}

// subjectBefore finds the speaker of the cue verb at toks[c].
func subjectBefore(toks []token, c int) attribution {
	var a attribution
	j := c
	for j > 0 && auxWords[lower(toks[j-1])] && !pronounTok(toks[j-1]) {
		j--
	}
	if j == 0 {
		return a
	}
	appos := ""
	if toks[j-1].text == "," {
		// "Hugh Hill, a doctor, said"
		k := j - 2
		for k >= 0 && j-k < 14 && toks[k].text != "," {
			k--
		}
		if k > 0 && toks[k].text == "," {
			appos = joinToks(toks[k+1 : j-1])
			j = k
		}
	}
	// a name or pronoun just before the verb
	k := j
	for k > 0 && toks[k-1].word && (toks[k-1].upper || connectors[toks[k-1].text]) && !determiners[lower(toks[k-1])] {
		k--
		if k > 0 && !adjacentTok(toks[k-1], toks[k]) {
			break
		}
	}
	for k < j && (sentenceStarters[toks[k].text] && !pronounTok(toks[k])) {
		k++
	}
	if k < j {
		if np, kind := parseNP(toks, k); np != nil {
			a = attribution{np: np, kind: kind, ok: true, appos: appos}
			if kind == 'n' && k > 0 && lower(toks[k-1]) == "the" {
				// "the New York Times" is fine as written
			}
			return a
		}
	}
	if pronounTok(toks[j-1]) {
		return attribution{np: toks[j-1 : j], kind: 'p', ok: true, appos: appos}
	}
	// otherwise the description or name that starts the clause
	s := j - 1
	for s > 0 && !(toks[s-1].text == "," || toks[s-1].text == ";" || toks[s-1].text == ":" || isTerminator(toks[s-1]) || isQuoteTok(toks[s-1]) || clauseBreak[lower(toks[s-1])]) {
		s--
	}
	for s < j && !toks[s].word {
		s++
	}
	np, kind := parseNP(toks, s)
	if np != nil {
		a = attribution{np: np, kind: kind, ok: true, appos: appos}
	}
	return a
}
