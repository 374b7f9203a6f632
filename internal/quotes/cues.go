package quotes

import (
	"sort"
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Pass 2, continued: reading an attribution, a cue verb and the words of
// its source, from the tokens next to a quotation.

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
	toks = toks[:clauseEnd(toks, i)]
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
				return attribution{np: np2, kind: k2, cue: nlp.JoinTokens(toks[c : m+2]), via: nlp.JoinTokens(toks[i:c]), ok: true}
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

// clauseEnd is where the clause starting at toks[i] ends: at a terminator,
// a semicolon or the next quotation mark. A parenthetical such as
// "(D-Wis.)" does not end it.
func clauseEnd(toks []token, i int) int {
	end := i
	depth := 0
	for end < len(toks) && (depth > 0 || !isTerminator(toks[end]) && toks[end].Text != ";" && !isQuoteTok(toks[end])) {
		switch toks[end].Text {
		case "(":
			depth++
		case ")":
			depth = max(depth-1, 0)
		}
		end++
	}
	return end
}

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
				return attribution{np: np, kind: k, cue: nlp.JoinTokens(toks[i : m+2]), via: nlp.JoinTokens(toks[s:i]), ok: true}
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

// invertedTail reads an attribution that closes a sentence after a comma,
// "..., said another engineer, former site manager Grace Obi.": it attributes
// every quoted word of the sentence, before any cue inside it ("Hale
// was known for telling colleagues "he ran the whole programme"").
func invertedTail(toks []token) (attribution, bool) {
	n := len(toks)
	for n > 0 && isTerminator(toks[n-1]) {
		n--
	}
	for i := n - 2; i >= 1 && i >= n-25; i-- {
		t := toks[i]
		if !isCue(t) || weakCues[t.Text] || toks[i-1].Text != "," {
			continue
		}
		region := toks[i+1 : n]
		if reportCues[t.Text] || len(region) == 0 || len(region) > 16 || !region[0].Word || npStop[lower(region[0])] || clauseStart[lower(region[0])] {
			return attribution{}, false
		}
		x := speakerFromRegion(region, false)
		if !x.ok || x.kind == 'p' || x.np[0].Start != region[0].Start {
			return attribution{}, false
		}
		// nothing but the speaker, its prepositional phrases and appositives
		// ("told the Post the strike was" is a clause)
		for k := len(x.np); k < len(region); k++ {
			if region[k].Text == "," {
				break
			}
			if k == len(x.np) && !prepositions[lower(region[k])] || finiteVerbs[lower(region[k])] {
				return attribution{}, false
			}
		}
		if x.kind == 'd' {
			// "another engineer on the project, former site manager Grace Obi"
			if y := tailNP(region); y.ok && y.kind == 'n' && len(y.np) < len(region) {
				if b := region[len(region)-len(y.np)-1]; b.Word && !b.Upper && nlp.IsRoleNoun(lower(b)) {
					y.appos = nlp.JoinTokens(x.np)
					x = y
				}
			}
		}
		x.cue = t.Text
		return x, true
	}
	return attribution{}, false
}

// reportCues relay what others said: "..., reports Wee" names the reporter,
// not the speaker.
var reportCues = set("reports", "reported", "reporting", "writes", "wrote")

var clauseStart = set("that", "how", "what", "whether", "if", "why", "when", "to", "it")

// reportingSentence reads the sentence just before a quotation at pos that
// opens its own sentence: in the same paragraph, or the last sentence of the
// previous paragraph when the quotation opens its paragraph. The sentence
// must hold no quotation and report speech with a cue verb and its subject
// ("Okafor said it was only the latest move ..."); the subject speaks.
func (d *doc) reportingSentence(pos int, para Span, seg int) (attribution, int, bool) {
	end := pos
	if pos == para.Start {
		pi := d.segs[seg].para
		if pi == 0 {
			return attribution{}, 0, false
		}
		pp := d.paras[pi-1]
		if seg > 0 && d.segs[seg-1].para == pi-1 && d.segs[seg-1].End >= pp.End-2 {
			return attribution{}, 0, false // the previous paragraph ends in a quotation
		}
		end = pp.End
	}
	ss := max(d.sentStart(end-1), end-maxContext)
	if seg > 0 && d.segs[seg-1].End > ss {
		return attribution{}, 0, false // the sentence holds a quotation
	}
	toks := d.tokensIn(ss, end)
	for i, t := range toks {
		if i > 6 {
			break // the cue of a reporting sentence comes early
		}
		if !isCue(t) || weakCues[t.Text] {
			continue
		}
		x := subjectBefore(toks, i)
		if !x.ok || x.kind == 'p' && pronouns[lower(x.np[0])] == "1" {
			return attribution{}, 0, false
		}
		x.cue = t.Text
		return x, ss, true
	}
	if end == pos {
		// "Brandt returned to the issue later in the hearing. "What ...?"":
		// in its own paragraph, a sentence about a named person introduces
		// the quotation that follows it
		if x, ok := d.personSubject(end - 1); ok {
			return x, ss, true
		}
	}
	return attribution{}, 0, false
}

// personSubject returns the person named at the start of the sentence
// holding pos, before pos, as an attribution: the subject of the sentence a
// partial quote sits in.
func (d *doc) personSubject(pos int) (attribution, bool) {
	ss := d.sentStart(pos)
	i := d.nm.PersonAt(ss)
	if i >= len(d.nm.Persons) {
		return attribution{}, false
	}
	p := d.nm.Mentions[d.nm.Persons[i]]
	if p.Start != ss || p.End > pos || d.inQuote[d.nm.Persons[i]] || d.possessiveAt(p.End) || p.Canon == "" || !(d.nm.IsPersonal(p.Canon) || p.Gender != 0) {
		return attribution{}, false
	}
	np := d.tokensIn(p.NameStart, p.End)
	if len(np) == 0 {
		return attribution{}, false
	}
	return attribution{np: np, kind: 'n', ok: true}, true
}

// possessiveAt reports a name ending at e in a possessive ("Quinn's rep"):
// the name is no subject then.
func (d *doc) possessiveAt(e int) bool {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].End >= e })
	return i < len(d.toks) && d.toks[i].Poss
}

// sourcedElsewhere reports a sentence that names its source apart from its
// subject: "according to court records" ('the two guards signed "false
// logs" ..., according to court records') or a report of what
// others did ("Lin of the Herald reports that censors had told ... to "remove
// every post" ..."). The sentence's subject does not speak its quotes.
func (d *doc) sourcedElsewhere(start, end, hi int) bool {
	ss := max(d.sentStart(start), start-maxContext)
	toks := d.outsideQuotes(ss, d.sentenceEnd(end, min(hi, end+maxContext)))
	for i := 0; i+1 < len(toks); i++ {
		w := lower(toks[i])
		if w == "according" && lower(toks[i+1]) == "to" || reportCues[w] && lower(toks[i+1]) == "that" {
			return true
		}
	}
	return false
}

var npStop = set("who", "whom", "which", "that", "whose", "in", "on", "at", "to", "for", "of", "from", "with", "by",
	"during", "after", "before", "when", "while", "as", "and", "but", "or", "about", "because", "where", "since",
	"said", "says", "told")

var prepositions = set("in", "on", "at", "to", "for", "of", "from", "with", "by", "during", "after", "before",
	"when", "while", "as", "about", "because", "since", "speaking", "asked", "earlier", "later", "last", "but",
	"and", "yet", "so", "still", "however", "meanwhile", "then", "now", "today", "yesterday", "instead", "also",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "if", "until", "despite", "over",
	"under", "without", "through", "into", "against", "among", "amid", "following", "unlike", "like", "where", "once")
