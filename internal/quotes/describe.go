package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A description as speaker ("the statement", "a 2018 survey", "the
// 56-year-old", "the agency") stands for someone the article names. A
// reader needs that name, or no speaker at all: "the statement" is not
// someone who speaks.

// docNouns are writings that carry words but do not speak: their author does.
var docNouns = set("statement", "statements", "letter", "study", "survey", "report", "poll", "analysis", "paper",
	"memo", "release", "email", "e-mail", "filing", "complaint", "petition", "post", "tweet", "document", "documents",
	"transcript", "notice", "note", "message", "op-ed", "column", "essay", "editorial", "indictment", "affidavit",
	"lawsuit", "motion", "brief", "review", "article", "blog", "book", "ad", "advert", "video", "website", "filings")

// authorVerbs make their subject a document's author ("Northgate Records
// issued a statement").
var authorVerbs = set("issued", "released", "sent", "wrote", "published", "posted", "signed", "emailed",
	"filed", "tweeted", "penned", "circulated", "shared", "put", "issues", "releases", "sends", "publishes")

// resolveDescription resolves the description np at pos. handled is false
// when np is no document, organisation or age description, and the caller
// keeps its own reading.
func (d *doc) resolveDescription(np []token, pos int) (speaker string, handled bool) {
	if len(np) == 0 {
		return "", false
	}
	head := ""
	for _, t := range np {
		if t.word {
			head = lower(t)
		}
	}
	for k := len(np) - 1; k > 0; k-- {
		// "the letter signed": a participle after the head
		if w := lower(np[k]); strings.HasSuffix(w, "ed") && !docNouns[w] {
			head = lower(np[k-1])
			continue
		}
		break
	}
	first := lower(np[0])
	definite := first == "the" || first == "this" || first == "that" || first == "its"
	switch {
	case docNouns[head]:
		if by := d.byPhrase(np[len(np)-1].e); by != "" {
			return by, true
		}
		if g := d.byMembers(np[len(np)-1].e, pos); g != "" {
			return g, true // "the letter signed by seven physicians"
		}
		if definite {
			if a := d.documentAuthor(head, pos); a != "" {
				return a, true
			}
		}
	case strings.HasSuffix(head, "-year-old") && definite:
		if p := d.recentPerson(pos); p != "" {
			return p, true
		}
	case definite && len(np) >= 2 && orgWords[head] && !np[1].upper:
		if o := d.namedOrg(np, pos); o != "" {
			return o, true
		}
		if o := d.acronymSubject(np[0].s); o != "" {
			return o, true
		}
	case first == "the" && len(np) == 2 && !np[1].upper && strings.HasSuffix(head, "s") && !orgWords[stem(head)]:
		if g := d.memberGroup(head, pos); g != "" {
			return g, true
		}
	case first == "it" && len(np) == 1:
		if o := d.orgSpeaker(pos); o != "" {
			return o, true
		}
	}
	// unresolved, the description stays: "the letter" is vague, not wrong
	return "", false
}

// recentPerson is the nearest person named before pos, outside quotations,
// whose mentions show a person ("the 56-year-old" after "Luis Ortega").
func (d *doc) recentPerson(pos int) string {
	for i := d.nm.personAt(pos) - 1; i >= 0; i-- {
		p := d.nm.phrases[d.nm.persons[i]]
		if pos-p.s > 2000 {
			break
		}
		if p.inQuote || p.canon == "" {
			continue
		}
		if d.nm.genders[p.canon] != 0 || d.saidBy(p.canon, pos) {
			return p.canon
		}
	}
	return ""
}

// byPhrase reads "by X" or "from X" just after pos, X a capitalised name
// ("a 2021 survey by Helen Brooke Tate of the University ...").
func (d *doc) byPhrase(pos int) string {
	ts := d.tokensIn(pos, min(len(d.text), pos+200))
	if len(ts) < 2 || (lower(ts[0]) != "by" && lower(ts[0]) != "from") {
		return ""
	}
	ts = ts[1:]
	if lower(ts[0]) == "the" {
		ts = ts[1:]
	}
	return d.nameRun(ts)
}

// nameRun reads the capitalised words at the start of ts ("Institute for
// Rural Affairs", "Helen Brooke Tate") and returns the
// fullest name the article gives a person, or the words themselves.
func (d *doc) nameRun(ts []token) string {
	j := 0
	for j < len(ts) && ts[j].word && (ts[j].upper || properInner[ts[j].text] && j+1 < len(ts) && ts[j+1].upper) {
		if j > 0 && !adjacentTok(ts[j-1], ts[j]) {
			break
		}
		j++
		if ts[j-1].poss {
			break
		}
	}
	for j > 0 && properInner[ts[j-1].text] {
		j--
	}
	if j == 0 {
		return ""
	}
	words := make([]string, j)
	for i, t := range ts[:j] {
		words[i] = t.text
	}
	if name, _, ok := d.nm.canonical(words); ok && name != "" {
		return name
	}
	return strings.Join(words, " ")
}

// documentAuthor finds who issued the document noun refers back to: the
// nearest earlier mention of it outside quotations, with "by X", "from X",
// "X's noun" or "X issued/released/wrote a noun". "" when none is found.
func (d *doc) documentAuthor(noun string, pos int) string {
	lo := max(0, pos-3000)
	toks := d.outsideQuotes(lo, pos)
	for i := len(toks) - 1; i >= 0; i-- {
		if lower(toks[i]) != noun {
			continue
		}
		if by := d.byPhrase(toks[i].e); by != "" {
			return by
		}
		// "X's statement"
		if i > 0 && toks[i-1].poss && toks[i-1].upper {
			k := i - 1
			for k > 0 && toks[k-1].upper && toks[k-1].word && !toks[k-1].poss {
				k--
			}
			if a := d.nameRun(toks[k:i]); a != "" {
				return a
			}
		}
		// "X issued a statement", "X issued a brief statement"
		for k := i - 1; k >= 1 && k >= i-5; k-- {
			if authorVerbs[lower(toks[k])] {
				e := k
				s := e
				for s > 0 && toks[s-1].word && (toks[s-1].upper || properInner[toks[s-1].text]) {
					s--
				}
				if s < e && toks[s].upper {
					if a := d.nameRun(toks[s:e]); a != "" {
						return a
					}
				}
				break
			}
			if !toks[k].word || isTerminator(toks[k]) {
				break
			}
		}
	}
	return ""
}

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
		if !isCue(t) || weakCues[t.text] {
			continue
		}
		x := subjectBefore(toks, i)
		if !x.ok || x.kind == 'p' && pronouns[lower(x.np[0])] == "1" {
			return attribution{}, 0, false
		}
		x.cue = t.text
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

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func startsWithDash(s string) bool {
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "―") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "- ")
}

func startsWithPronoun(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	_, ok := pronouns[strings.ToLower(w)]
	return ok
}

// officeBefore reads an office named before "for" or "of" just ahead of a
// name that is no person: "United Nations High Commissioner" in "The United
// Nations High Commissioner for Refugees said". It returns the office
// and its connector ("... High Commissioner for"), or "". An organisation's
// head works the same way: "The State Governor's Office of Emergency
// Management said" is the office, not "Emergency Management".
func (d *doc) officeBefore(pos int) string {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].s >= pos })
	if i < 2 || (d.toks[i-1].text != "for" && d.toks[i-1].text != "of") {
		return ""
	}
	k := i - 1
	if t := d.toks[k-1]; !t.upper || !(isTitle(t.text) || isRoleNoun(t.text) || nonPersonLast[t.text]) {
		return ""
	}
	for k > 0 && d.toks[k-1].word && (d.toks[k-1].upper || properInner[d.toks[k-1].text]) && !determiners[lower(d.toks[k-1])] && adjacentTok(d.toks[k-1], d.toks[k]) {
		k--
	}
	return strings.Join(strings.Fields(d.text[d.toks[k].s:d.toks[i-1].e]), " ") // possessives kept
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
		if !isCue(t) || weakCues[t.text] || toks[i-1].text != "," {
			continue
		}
		region := toks[i+1 : n]
		if reportCues[t.text] || len(region) == 0 || len(region) > 16 || !region[0].word || npStop[lower(region[0])] || clauseStart[lower(region[0])] {
			return attribution{}, false
		}
		x := speakerFromRegion(region, false)
		if !x.ok || x.kind == 'p' || x.np[0].s != region[0].s {
			return attribution{}, false
		}
		// nothing but the speaker, its prepositional phrases and appositives
		// ("told the Post the strike was" is a clause)
		for k := len(x.np); k < len(region); k++ {
			if region[k].text == "," {
				break
			}
			if k == len(x.np) && !prepositions[lower(region[k])] || finiteVerbs[lower(region[k])] {
				return attribution{}, false
			}
		}
		if x.kind == 'd' {
			// "another engineer on the project, former site manager Grace Obi"
			if y := tailNP(region); y.ok && y.kind == 'n' && len(y.np) < len(region) {
				if b := region[len(region)-len(y.np)-1]; b.word && !b.upper && isRoleNoun(lower(b)) {
					y.appos = joinToks(x.np)
					x = y
				}
			}
		}
		x.cue = t.text
		return x, true
	}
	return attribution{}, false
}

// reportCues relay what others said: "..., reports Wee" names the reporter,
// not the speaker.
var reportCues = set("reports", "reported", "reporting", "writes", "wrote")

var clauseStart = set("that", "how", "what", "whether", "if", "why", "when", "to", "it")

// fullName gives a named speaker the fullest form the article writes:
// "Kathleen Ann Marlow" for "Ann Marlow", "Prince Edward" for "Edward".
func (d *doc) fullName(name string) string {
	if name == "" || isDescription(name) {
		return name
	}
	if d.fuller == nil {
		d.fuller = d.fullerIndex()
	}
	if f, ok := d.fuller[name]; ok {
		return f
	}
	return name
}

// fullerIndex maps each trailing part of a person's name ("Ann Marlow",
// "Marlow") to the longest name it ends, and a one-word name written after
// a royal title to the title and name. It is built once per article.
func (d *doc) fullerIndex() map[string]string {
	idx := map[string]string{}
	seen := map[string]bool{}
	for _, i := range d.nm.persons {
		p := &d.nm.phrases[i]
		c := p.canon
		if c == "" {
			continue
		}
		if len(p.name) == 1 && len(p.titles) > 0 && royalTitles[p.titles[len(p.titles)-1]] && !strings.Contains(c, " ") {
			if _, ok := idx[c]; !ok {
				idx[c] = p.titles[len(p.titles)-1] + " " + c
			}
		}
		if seen[c] {
			continue
		}
		seen[c] = true
		for k := strings.IndexByte(c, ' '); k >= 0; {
			suf := c[k+1:]
			if cur, ok := idx[suf]; !ok || len(c) > len(cur) {
				idx[suf] = c
			}
			n := strings.IndexByte(suf, ' ')
			if n < 0 {
				break
			}
			k += n + 1
		}
	}
	return idx
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
