package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgist/newsgist/internal/nlp"
)

// doc is the per-article state of one Extract call.
type doc struct {
	text  string
	nd    *nlp.Document
	paras []Span
	toks  []token
	sents []int // sentence start offsets, increasing
	nm    *names
	segs  []segment
	// speakers already attributed, in text order, for pronoun resolution
	said []saidAt
	// sentences whose subject is an unnamed person, for pronoun resolution
	nomSubj []saidAt
	// a name's fullest form in the article, built when first needed
	fuller map[string]string
	// spelled-out names by their initials, built when first needed
	acronyms map[string][]string
}

// paraOf returns the index of the paragraph holding pos.
func (d *doc) paraOf(pos int) int {
	return sort.Search(len(d.paras), func(i int) bool { return d.paras[i].End > pos })
}

type saidAt struct {
	pos     int
	canon   string
	gender  byte
	nominal bool // an unnamed speaker ("an agency spokesman")
	weak    bool // a name in no subject position with no sign that it names a person
}

func isTerminator(t token) bool {
	return !t.Word && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…")
}

func isQuoteTok(t token) bool {
	switch t.Text {
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
		for pi < len(paras) && paras[pi].End <= t.Start {
			pi++
		}
		newPara := pi < len(paras) && (len(out) == 0 || out[len(out)-1] < paras[pi].Start) && t.Start >= paras[pi].Start
		if newPara {
			out = append(out, t.Start)
			prevEnd = false
			continue
		}
		if prevEnd && (t.Upper || isQuoteTok(t) && i+1 < len(toks) && toks[i+1].Upper || t.Word && unicode.IsDigit(rune(t.Text[0]))) {
			out = append(out, t.Start)
			prevEnd = false
			continue
		}
		if isTerminator(t) {
			prevEnd = true
		} else if !(isQuoteTok(t) || t.Text == ")") {
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

// tokensIn returns the tokens wholly inside [s, e); callers must not change them.
func (d *doc) tokensIn(s, e int) []token { return d.nd.TokensIn(s, e) }

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

func lower(t token) string { return strings.ToLower(t.Text) }

func isCue(t token) bool { return t.Word && !t.Upper && cueVerbs[t.Text] }

func isDash(t token) bool {
	return t.Text == "—" || t.Text == "–" || t.Text == "―" || t.Text == "-" || t.Text == "--"
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
	if i >= len(toks) || !toks[i].Word {
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
		if lower(t) != "her" || i+1 >= len(toks) || !toks[i+1].Word || isCue(toks[i+1]) || npStop[lower(toks[i+1])] {
			return toks[i : i+1], 'p'
		}
	}
	if t.Upper && !determiners[lower(t)] {
		j := i
		for j < len(toks) && toks[j].Word && (toks[j].Upper || connectors[toks[j].Text] && j+1 < len(toks) && toks[j+1].Upper) {
			if j > i && !adjacentTok(toks[j-1], toks[j]) {
				break
			}
			j++
			if toks[j-1].Poss {
				break
			}
		}
		// "The New York Times" keeps its article
		return toks[i:j], 'n'
	}
	if determiners[lower(t)] || t.Word {
		j := i + 1
		if !determiners[lower(t)] {
			j = i // bare plural: "officials", "sources"
		}
		for j < len(toks) && j-i < 8 && toks[j].Word && !npStop[lower(toks[j])] && !isCue(toks[j]) && !auxWords[lower(toks[j])] {
			lw := lower(toks[j])
			if !toks[j].Upper && (strings.HasSuffix(lw, "ing") && len(lw) > 5 || strings.HasSuffix(lw, "ed") && j > i+1 && !isRoleNoun(lw)) {
				break
			}
			j++
			if isRoleNoun(lw) && (j >= len(toks) || !toks[j].Word || !isRoleNoun(lower(toks[j])) && !toks[j].Upper) {
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

func adjacentTok(a, b token) bool { return b.Start-a.End <= 2 }

// parseAfter reads an attribution that follows a quotation: "said Mr Gates",
// "he said", "Hugh Hill, a doctor, said", "Interfax quoted him as saying",
// "according to X", "— X".
func parseAfter(toks []token) attribution {
	var a attribution
	i := 0
	dash := false
	for i < len(toks) && !toks[i].Word {
		if isDash(toks[i]) {
			dash = true
		}
		if isTerminator(toks[i]) && !dash || isQuoteTok(toks[i]) {
			return a
		}
		i++
	}
	if i >= len(toks) {
		return a
	}
	// the clause ends at a terminator or the next quotation
	end := i
	depth := 0 // a parenthetical such as "(D-Wis.)" does not end the clause
	for end < len(toks) && (depth > 0 || !isTerminator(toks[end]) && toks[end].Text != ";" && !isQuoteTok(toks[end])) {
		switch toks[end].Text {
		case "(":
			depth++
		case ")":
			depth = max(depth-1, 0)
		}
		end++
	}
	toks = toks[:end]
	if i+1 < len(toks) && lower(toks[i]) == "according" && lower(toks[i+1]) == "to" {
		if x := speakerFromRegion(toks[i+2:], false); x.ok {
			x.cue = "according to"
			return x
		}
		return a
	}
	if isCue(toks[i]) || toks[i].Text == "comments" {
		// "comments" is a cue only in this inverted order: '"...," comments Jo Reed'
		cue := toks[i].Text
		j := i + 1
		for j < len(toks) && auxWords[lower(toks[j])] && !pronounTok(toks[j]) {
			j++
		}
		if j < len(toks) && clauseStart[lower(toks[j])] {
			return a // '"...," adding that its value quadrupled': a clause, no speaker
		}
		x := speakerFromRegion(toks[j:], false)
		if !x.ok {
			return a
		}
		x.cue, x.weak = cue, weakCues[cue]
		return x
	}
	// the first cue verb of the clause
	c := -1
	for k := i; k < len(toks) && k < i+30; k++ {
		if isCue(toks[k]) || perfectWritten(toks, k) {
			c = k
			break
		}
	}
	if c < 0 {
		if dash {
			if x := speakerFromRegion(toks[i:], false); x.ok && x.kind == 'n' {
				x.cue = "—"
				return x
			}
		}
		return a
	}
	cue := toks[c].Text
	// "Interfax quoted him as saying"
	if cue == "quoted" || cue == "quotes" {
		np2, k2 := parseNP(toks, c+1)
		if np2 != nil {
			m := c + 1 + len(np2)
			if m+1 < len(toks) && lower(toks[m]) == "as" && (lower(toks[m+1]) == "saying" || lower(toks[m+1]) == "telling") {
				return attribution{np: np2, kind: k2, cue: joinToks(toks[c : m+2]), via: joinToks(toks[i:c]), ok: true}
			}
		}
	}
	x := speakerFromRegion(toks[i:c], false)
	if !x.ok {
		return a
	}
	x.cue, x.weak = cue, weakCues[cue]
	if cue == "said" && c+3 < len(toks) && lower(toks[c+1]) == "in" && lower(toks[c+2]) == "a" && lower(toks[c+3]) == "statement" {
		x.cue = "said in a statement"
	}
	return x
}

var prepositions = set("in", "on", "at", "to", "for", "of", "from", "with", "by", "during", "after", "before",
	"when", "while", "as", "about", "because", "since", "speaking", "asked", "earlier", "later", "last", "in", "but",
	"and", "yet", "so", "still", "however", "meanwhile", "then", "now", "today", "yesterday", "instead", "also",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "if", "until", "despite", "over",
	"under", "without", "through", "into", "against", "among", "amid", "following", "unlike", "like", "where", "once")

var npEnd = set("who", "whom", "which", "that", "whose", "in", "on", "at", "to", "for", "of", "from", "with", "by",
	"during", "after", "before", "when", "while", "as", "and", "but", "or", "about", "because", "where", "since",
	"via", "through", "during", "under", "over", "last", "this", "told", "speaking", "writing", "during")

// parseBefore reads an attribution that leads into a quotation: "X said:",
// "X told reporters,", "According to X,", "X said that". toks end at the
// opening mark.
func parseBefore(toks []token) attribution {
	var a attribution
	n := len(toks)
	for n > 0 && (toks[n-1].Text == ":" || toks[n-1].Text == "," || isDash(toks[n-1]) || toks[n-1].Text == "that") {
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
	// "Said Ellis:"
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].Text == "Said" || toks[i].Text == "Says" || toks[i].Text == "Added") && (i == 0 || isTerminator(toks[i-1]) || isQuoteTok(toks[i-1])) {
			if x := speakerFromRegion(toks[i+1:], false); x.ok {
				x.cue = strings.ToLower(toks[i].Text)
				return x
			}
		}
	}
	// "Local radio quoted her as saying:"
	for i := 1; i+2 < len(toks); i++ {
		if lower(toks[i]) == "quoted" || lower(toks[i]) == "quotes" {
			np, k := parseNP(toks, i+1)
			m := i + 1 + len(np)
			if np != nil && m+1 < len(toks) && lower(toks[m]) == "as" && (lower(toks[m+1]) == "saying" || lower(toks[m+1]) == "telling") {
				s := i - 1
				for s > 0 && toks[s-1].Word {
					s--
				}
				return attribution{np: np, kind: k, cue: joinToks(toks[i : m+2]), via: joinToks(toks[s:i]), ok: true}
			}
		}
	}
	if x := asPutIt(toks); x.ok {
		return x
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
	cue := toks[c].Text
	if reportCues[cue] && c+1 < len(toks) && lower(toks[c+1]) == "that" {
		return a // "X reports that censors told ... to": the reporter relays
	}
	a = subjectBefore(toks, c)
	a.cue = cue
	a.weak = weakCues[cue]
	a.cueSeen = true
	if c+3 < len(toks) && lower(toks[c+1]) == "in" && lower(toks[c+2]) == "a" && lower(toks[c+3]) == "statement" {
		a.cue = cue + " in a statement"
	}
	return a
}

// perfectWritten reports "written" in a perfect tense ("X, a senior
// fellow at Y, has written"); alone, "written" is mostly an adjective ("a
// written statement").
func perfectWritten(toks []token, k int) bool {
	if toks[k].Text != "written" || k == 0 {
		return false
	}
	switch lower(toks[k-1]) {
	case "has", "have", "had":
		return true
	}
	return false
}

// asPutIt reads "As X put it," before a quotation; toks end before the comma.
func asPutIt(toks []token) attribution {
	n := len(toks)
	if n < 4 || lower(toks[n-1]) != "it" || lower(toks[n-2]) != "put" && lower(toks[n-2]) != "puts" {
		return attribution{}
	}
	for j := n - 4; j >= 0 && j >= n-10; j-- {
		if lower(toks[j]) == "as" {
			x := speakerFromRegion(toks[j+1:n-2], true)
			if x.ok {
				x.cue = "put it"
			}
			return x
		}
	}
	return attribution{}
}

// subjectBefore finds the speaker of the cue verb at toks[c]: the words of
// its clause before it.
func subjectBefore(toks []token, c int) attribution {
	s := c
	for s > 0 && !(toks[s-1].Text == ";" || isTerminator(toks[s-1]) || isQuoteTok(toks[s-1])) {
		s--
	}
	x := speakerFromRegion(toks[s:c], true)
	if !x.ok && strings.HasSuffix(lower(toks[c]), "ing") {
		// "Ann Marlow issued a statement about the charges, saying":
		// the participle's subject is the name that opens a clause
		x = clauseSubject(toks[s:c])
	}
	return x
}

// clauseSubject finds a name or pronoun that opens one of the comma chunks
// of ts and is followed by a lower-case word, the clause's verb.
func clauseSubject(ts []token) attribution {
	st := 0
	for k := 0; k <= len(ts); k++ {
		if k < len(ts) && ts[k].Text != "," {
			continue
		}
		ch := ts[st:k]
		st = k + 1
		if len(ch) > 1 && pronounTok(ch[0]) && lower(ch[0]) != "it" && ch[1].Word && !ch[1].Upper {
			return attribution{np: ch[:1], kind: 'p', ok: true}
		}
		// the first capitalised run followed by a lower-case word that can
		// be a verb ("Last week council official Dev Malik revealed")
		for i := 0; i < len(ch); {
			if !ch[i].Word || !ch[i].Upper || sentenceStarters[ch[i].Text] {
				i++
				continue
			}
			j := i + 1
			for j < len(ch) && ch[j].Word && ch[j].Upper && adjacentTok(ch[j-1], ch[j]) {
				j++
			}
			if j < len(ch) && ch[j].Word && !ch[j].Upper && !npStop[lower(ch[j])] && !determiners[lower(ch[j])] && !ch[j-1].Poss {
				return attribution{np: ch[i:j], kind: 'n', ok: true}
			}
			break
		}
	}
	return attribution{}
}

// nominalHead: a role noun or its plural ("spokesman", "analysts", "owners").
func nominalHead(w string) bool {
	lw := strings.ToLower(w)
	return isRoleNoun(lw) || len(lw) > 3 && strings.HasSuffix(lw, "s") && isRoleNoun(lw[:len(lw)-1])
}

// personNoun: a nominal head, or a word that looks like a noun for a person
// ("shopkeeper", "traders"); only where the context says a person speaks.
func personNoun(w string) bool {
	lw := strings.ToLower(w)
	if nominalHead(lw) {
		return true
	}
	if len(lw) > 3 && strings.HasSuffix(lw, "s") {
		lw = lw[:len(lw)-1]
	}
	return agentNoun(lw)
}

var properPreps = set("of", "at", "for", "on", "in", "from")

var properInner = set("the", "of", "for", "and", "&", "on", "de", "du", "la", "le", "von", "van")

// nominalWithProper reads a description whose role noun is followed by a
// preposition and a proper name: "Business owners on Riverside Parade",
// "analysts at the Institute for Fiscal Studies", "a spokesperson for
// Western Lines". The proper name says who the speakers are; it is not the
// speaker itself. With atEnd the name must end ch (the subject just before
// a cue verb); otherwise the description must start ch. It returns the
// description's tokens, or nil.
func nominalWithProper(ch []token, atEnd bool) []token {
	for h := 0; h+2 < len(ch) && h < 8; h++ {
		if !ch[h].Word || !personNoun(ch[h].Text) || ch[h].Poss || !properPreps[ch[h+1].Text] {
			continue
		}
		// the words of the description before its head: lower case, or a
		// determiner, or the first word of the chunk
		s := h
		for s > 0 && h-s < 3 && ch[s-1].Word && !ch[s-1].Poss && !prepositions[lower(ch[s-1])] && !npEnd[lower(ch[s-1])] {
			if determiners[lower(ch[s-1])] {
				s--
				break
			}
			if ch[s-1].Upper && s-1 > 0 {
				break
			}
			s--
		}
		if ch[s].Upper && (isTitle(ch[s].Text) || maleNames[ch[s].Text] || femaleNames[ch[s].Text]) || !atEnd && s > 0 {
			return nil
		}
		// the proper name after the preposition
		e := h + 2
		lastCap := -1
		for e < len(ch) && e-h < 12 && ch[e].Word && (ch[e].Upper || properInner[ch[e].Text] || connectors[ch[e].Text]) {
			if ch[e].Upper {
				lastCap = e
			}
			if ch[e].Poss && e+1 < len(ch) && !ch[e+1].Upper {
				break
			}
			e++
		}
		if lastCap < 0 || atEnd && (e != len(ch) || lastCap != len(ch)-1) {
			return nil
		}
		return ch[s : lastCap+1]
	}
	return nil
}
