// Package quotes finds direct quotations in news text and attributes each to
// its speaker.
//
// It works on cheap patterns: quotation marks (straight and curly double
// quotes, single quotes in articles that quote with them, « » guillemets),
// cue verbs ("said", "told", "according to", "quoted him as saying"),
// capitalised names with titles, and a pronoun resolver that picks the
// person last named as a subject. It loads no model and runs in linear time.
package quotes

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is one direct quotation with its attribution. Offsets are byte
// offsets into the text passed to Extract.
//
// Text is the quoted words without the quote marks; the parts of a quotation
// split by its attribution ("A," he said, "B.") and the paragraphs of a
// quotation running over several paragraphs are joined by " ... ".
// Start and End span the whole quotation, from its first opening mark through
// its last closing mark (or the end of the quoted words when a paragraph ends
// without one); Parts gives each quotation-mark-delimited segment.
type Quote struct {
	Text           string  // the quoted words without the quote marks
	Speaker        string  // canonical: fullest name in the article, or the description for unnamed speakers; "" if unknown
	SpeakerMention string  // the mention as written next to the quote ("Mr Gates", "he", "him")
	Role           string  // title/role when known ("US Defence Secretary"), else ""
	Cue            string  // the cue verb/phrase ("said", "quoted him as saying", "according to")
	Via            string  // outlet relaying the quote ("Interfax"), else ""
	Partial        bool    // a fragment inside a paraphrase
	Key            bool    // chosen as a key quote
	Score          float64 // key-quote score
	Start, End     int     // byte offsets of the quote (first opening mark through last closing mark)
	Parts          []Span  // each quotation-mark-delimited segment, marks included
}

// Extract finds every direct quotation in text, in article order, and marks
// at most maxKey of them Key.
func Extract(text string, maxKey int) (out []Quote) {
	defer func() {
		if recover() != nil {
			out = nil // never fail the pipeline on odd input (FuzzExtract runs extract unguarded)
		}
	}()
	return extract(text, maxKey)
}

func extract(text string, maxKey int) (out []Quote) {
	d := &doc{text: text}
	d.paras = paragraphs(text)
	d.segs = findSegments(text, d.paras, usesSingleQuotes(text))
	d.segs = slices.DeleteFunc(d.segs, func(s segment) bool { return notSpeech(text[s.in.Start:s.in.End]) })
	if len(d.segs) == 0 {
		return nil
	}
	d.toks = tokenize(text, 0, len(text))
	d.sents = sentenceStarts(text, d.paras, d.toks)
	d.nm = buildNames(text, d.toks, d.segs, d.sents)
	d.nomSubj = nominalSubjects(d.toks, d.sents)
	groups := d.group()
	var prev *Quote
	prevPara := -10
	for _, g := range groups {
		q, keep := d.attribute(g, prev, prevPara)
		if !keep {
			continue
		}
		out = append(out, q)
		prev = &out[len(out)-1]
		prevPara = d.segs[g[len(g)-1]].para
	}
	chooseKeys(out, maxKey, d.nm)
	return out
}

// reFollowPrompt is a social-media promotion line ("Follow Pam Key on
// Twitter @pamkey"), page furniture that some sites put in quotation marks.
var reFollowPrompt = regexp.MustCompile(`^(?i:follow)\s[^.!?]{1,60}\s(?i:on)\s(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|TikTok)\b`)

// notSpeech reports quoted text that nobody said: a stage direction of a
// transcript ("(CROSSTALK.)", "[applause]") or a follow-us prompt.
func notSpeech(text string) bool {
	t := strings.Trim(text, " .,;:!?")
	if len(t) >= 2 && (t[0] == '(' && t[len(t)-1] == ')' || t[0] == '[' && t[len(t)-1] == ']') &&
		!strings.ContainsAny(t[1:len(t)-1], "()[]") {
		return true
	}
	return reFollowPrompt.MatchString(t)
}

// group joins segments into quotations: a quotation reopened at the start of
// the next paragraph, and one split by its attribution ("A," he said, "B.").
func (d *doc) group() [][]int {
	var gs [][]int
	for i, s := range d.segs {
		if len(gs) > 0 {
			last := gs[len(gs)-1]
			p := d.segs[last[len(last)-1]]
			if s.contPrev && !p.closed && p.para == s.para-1 {
				gs[len(gs)-1] = append(last, i)
				continue
			}
			if p.closed && p.para == s.para && d.splitAttribution(p, s) {
				gs[len(gs)-1] = append(last, i)
				continue
			}
		}
		gs = append(gs, []int{i})
	}
	return gs
}

// splitAttribution: the text between two segments is an attribution ending
// in a comma or colon, and the first part ends with a comma ("A," he said, "B").
func (d *doc) splitAttribution(a, b segment) bool {
	mid := strings.TrimSpace(d.text[a.End:b.Start])
	if mid == "" || len(mid) > 120 {
		return false
	}
	if !(strings.HasSuffix(mid, ",") || strings.HasSuffix(mid, ":") || strings.HasSuffix(mid, "—")) {
		return false
	}
	inner := strings.TrimSpace(d.text[a.in.Start:a.in.End])
	if !(strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, "—") || strings.HasSuffix(inner, "-") || strings.HasPrefix(mid, ",") || strings.HasSuffix(inner, "...") || strings.HasSuffix(inner, "…")) {
		return false
	}
	at := parseAfter(d.tokensIn(a.End, b.Start))
	return at.ok && !at.weak
}

// maxContext bounds the bytes read on either side of a quotation, so a
// megabyte paragraph with thousands of quotations stays linear.
const maxContext = 600

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// attribute builds the Quote of one group of segments; keep is false for
// scare quotes and titles.
func (d *doc) attribute(g []int, prev *Quote, prevPara int) (Quote, bool) {
	first, last := d.segs[g[0]], d.segs[g[len(g)-1]]
	q := Quote{Start: first.Start, End: last.End}
	var texts []string
	for _, i := range g {
		s := d.segs[i]
		q.Parts = append(q.Parts, s.Span)
		texts = append(texts, strings.TrimRight(d.text[s.in.Start:s.in.End], ",:;—–- \u00a0"))
	}
	q.Text = strings.Join(texts, " ... ")
	para := d.paras[first.para]
	lastPara := d.paras[last.para]

	// the words before the quotation in its sentence (or since the previous segment)
	bs := d.sentStart(first.Start)
	if bs < para.Start {
		bs = para.Start
	}
	for _, s := range d.segs {
		_ = s
		break
	}
	if k := g[0]; k > 0 && d.segs[k-1].para == first.para && d.segs[k-1].End > bs {
		bs = d.segs[k-1].End
	}
	if bs < first.Start-maxContext {
		bs = first.Start - maxContext // keep long paragraphs linear
	}
	before := d.text[bs:first.Start]
	beforeTrim := strings.TrimSpace(before)
	// the words after it, up to the next segment or the paragraph end
	ae := lastPara.End
	if k := g[len(g)-1]; k+1 < len(d.segs) && d.segs[k+1].para == last.para {
		ae = d.segs[k+1].Start
	}
	if ae > last.End+maxContext {
		ae = last.End + maxContext
	}
	after := d.text[last.End:ae]
	inner := strings.TrimSpace(d.text[last.in.Start:last.in.End])
	firstInner := strings.TrimSpace(d.text[first.in.Start:first.in.End])

	var at attribution
	atPos := q.Start
	// 1. the attribution between the parts of a split quotation
	if len(g) > 1 {
		for k := 0; k+1 < len(g); k++ {
			a, b := d.segs[g[k]], d.segs[g[k+1]]
			if a.para == b.para {
				if x := parseAfter(d.tokensIn(a.End, b.Start)); x.ok {
					at, atPos = x, a.End
					break
				}
			}
		}
	}
	// 2. an attribution after the quotation
	endsOpen := !endsSentence(inner) || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")
	at2 := attribution{}
	if !at.ok && last.closed {
		ta := strings.TrimLeft(after, " \u00a0")
		if endsOpen || strings.HasPrefix(ta, ",") || strings.HasPrefix(ta, "—") || strings.HasPrefix(ta, "―") || strings.HasPrefix(ta, "–") || strings.HasPrefix(ta, "- ") {
			at2 = parseAfter(d.tokensIn(last.End, ae))
			if at2.ok && !(at2.weak && !endsOpen) {
				at, atPos = at2, last.End
			}
		}
	}
	partial := false
	// 3. an attribution leading into it
	if !at.ok {
		if beforeTrim != "" {
			bt := d.tokensIn(bs, first.Start)
			x := parseBefore(bt)
			lastTok := ""
			if len(bt) > 0 {
				lastTok = bt[len(bt)-1].text
			}
			// (bt may be empty: a single word longer than maxContext straddles bs)
			leadIn := len(bt) > 0 && (lastTok == ":" || lastTok == "," || isDash(bt[len(bt)-1]) || isCue(bt[len(bt)-1]))
			if x.ok {
				at, atPos = x, bs
			}
			if !leadIn {
				partial = true
			}
			if leadIn && x.weak {
				partial = true
			}
			if lastTok == "that" || len(bt) > 0 && lower(bt[len(bt)-1]) == "that" {
				partial = true
			}
		} else if first.Start == para.Start && first.para > 0 {
			// 4. a colon lead-in paragraph
			pp := d.paras[first.para-1]
			if strings.HasSuffix(d.text[pp.Start:pp.End], ":") && !d.segEndsAt(pp.End) {
				ps := max(d.sentStart(pp.End-1), pp.Start, pp.End-maxContext)
				if x := parseBefore(d.tokensIn(ps, pp.End)); x.ok {
					at, atPos = x, ps
				} else if np, k := parseNP(d.tokensIn(ps, pp.End), 0); np != nil {
					at, atPos = attribution{np: np, kind: k, cue: ":", ok: true}, ps
				}
			}
		}
	}
	// a partial quote inside a paraphrase: the cue may be anywhere in the sentence
	if !at.ok && partial {
		ss := max(d.sentStart(first.Start), para.Start, first.Start-maxContext)
		toks := d.outsideQuotes(ss, ae)
		for i, t := range toks {
			if isCue(t) {
				x := subjectBefore(toks, i)
				if x.ok {
					x.cue = t.text
					at, atPos = x, ss
				}
				break
			}
		}
	}
	// a quotation continuing a sentence begun outside it is partial
	// (PolNeAR "mixed") even when an attribution follows it: 'The summit
	// accomplished "too little," he added', 'Trump tweeted that, "For ..."',
	// 'under Obama, "the generals have been reduced to rubble."'
	if !partial && beforeTrim != "" {
		if bt := d.tokensIn(bs, first.Start); len(bt) > 0 {
			lt := bt[len(bt)-1]
			colon := lt.text == ":"
			lead := colon || isCue(lt) || lt.text == "," || isDash(lt)
			if lt.text == "," && len(bt) >= 2 && lower(bt[len(bt)-2]) == "that" {
				lead = false
			}
			if !colon && !isCue(lt) && startsLower(firstInner) && at.cue != "according to" {
				lead = false
			}
			if !lead {
				partial = true
			}
		}
	}
	// titles of shows, books and slogans: a few capitalised words, no
	// sentence ("Fox News Sunday," "Barack Obama Election Day,")
	if len(g) == 1 && isTitleCase(firstInner) {
		return q, false
	}
	// scare quotes, titles and nicknames: short, no cue anywhere near
	wc := wordCount(q.Text)
	if len(g) == 1 && !at.ok && wc <= 4 && !endsSentence(firstInner) {
		return q, false
	}
	if len(g) == 1 && partial && wc <= 2 && at.weak {
		// "called them "deplorables"" is a partial quote; a one-word label
		// with a naming verb is still kept as partial
		_ = 0
	}
	if len(g) == 1 && beforeTrim != "" && wc <= 4 && strings.HasSuffix(strings.ToLower(beforeTrim), "so-called") {
		return q, false
	}
	q.Partial = partial
	// 5. a continuation with no cue keeps the previous speaker
	if !at.ok {
		if prev != nil && first.para-prevPara <= 1 && !partial && (beforeTrim == "" || first.para == prevPara) {
			q.Speaker, q.Role = prev.Speaker, prev.Role
			if prev.Speaker != "" {
				d.said = append(d.said, saidAt{pos: q.Start, canon: prev.Speaker, gender: d.genderOf(prev.Speaker), nominal: isDescription(prev.Speaker)})
			}
		}
		return q, true
	}
	q.Cue = at.cue
	q.Via = at.via
	q.SpeakerMention = joinToks(at.np)
	q.Speaker, q.Role = d.resolve(at, atPos)
	if q.Speaker != "" && (at.kind != 'd' || strings.ToLower(at.np[0].text) != "it") {
		// unnamed speakers ("an agency spokesman") are candidates for a later pronoun too
		d.said = append(d.said, saidAt{pos: atPos, canon: q.Speaker, gender: d.genderOf(q.Speaker), nominal: isDescription(q.Speaker)})
	}
	return q, true
}

func (d *doc) segEndsAt(pos int) bool {
	i := sort.Search(len(d.segs), func(k int) bool { return d.segs[k].End >= pos })
	return i < len(d.segs) && d.segs[i].End == pos
}

// outsideQuotes returns the tokens of [s, e) that lie outside quotation segments.
func (d *doc) outsideQuotes(s, e int) []token {
	toks := d.tokensIn(s, e)
	var out []token
	k := sort.Search(len(d.segs), func(i int) bool { return d.segs[i].End > s })
	for _, t := range toks {
		for k < len(d.segs) && d.segs[k].End <= t.s {
			k++
		}
		if k < len(d.segs) && d.segs[k].Start <= t.s {
			continue
		}
		out = append(out, t)
	}
	return out
}

// resolve turns an attribution's mention into the canonical speaker and role.
func (d *doc) resolve(at attribution, pos int) (speaker, role string) {
	if len(at.np) == 0 {
		return "", ""
	}
	words := make([]string, len(at.np))
	for i, t := range at.np {
		words[i] = t.text
	}
	switch at.kind {
	case 'p':
		g := pronouns[strings.ToLower(words[0])]
		if g == "1" {
			return "", ""
		}
		s := d.resolvePronoun(pos, g)
		return s, d.nm.roles[s]
	case 'd':
		desc := strings.Join(words, " ")
		if len(words) > 0 && (words[0] == "The" || words[0] == "A" || words[0] == "An") || d.sentenceCase(at.np) {
			desc = strings.ToLower(words[0]) + desc[len(words[0]):]
		}
		if strings.ToLower(words[0]) == "the" || strings.ToLower(words[0]) == "his" || strings.ToLower(words[0]) == "her" {
			if s := d.resolveRole(pos, descHead(words)); s != "" {
				return s, d.nm.roles[s]
			}
		}
		if strings.ToLower(words[0]) == "it" {
			return "", ""
		}
		return desc, ""
	}
	name, r, _ := d.nm.canonical(words)
	if at.appos != "" && r == "" {
		r = cleanRole(at.appos)
	}
	return name, r
}

// descHead is the head noun of a description: its last word before a
// preposition ("spokesman" in "a spokesman for the firm").
func descHead(words []string) string {
	for i := 1; i < len(words); i++ {
		if relOrPrep[words[i]] {
			return words[i-1]
		}
	}
	return words[len(words)-1]
}

// sentenceCase reports whether the first word of a description is a common
// word capitalised only because it starts the sentence ("Business owners
// on Riverside Parade", "Analysts at the Institute ..."), not a name or a
// proper adjective ("Russian officials", "Trump aides").
func (d *doc) sentenceCase(np []token) bool {
	if len(np) < 2 || !np[0].upper || np[0].poss {
		return false
	}
	if i := sort.SearchInts(d.sents, np[0].s); i >= len(d.sents) || d.sents[i] != np[0].s {
		return false
	}
	w := np[0].text
	if !personNoun(w) && !personNoun(np[1].text) {
		return false
	}
	if isTitle(w) || placeFirst[w] || maleNames[w] || femaleNames[w] || d.nm.bySur[w] != "" || d.nm.byFirst[w] != "" || strings.ToUpper(w) == w {
		return false
	}
	return !properAdjective(w)
}

// resolvePronoun finds the person a pronoun at pos refers to: the subject
// (first person named) of the nearest earlier sentence that names someone of
// the right gender, or the speaker of the nearest earlier attribution. An
// unnamed speaker or sentence subject ("an agency spokesman", "the
// education secretary") is a candidate too: spokesman is he, spokeswoman she.
func (d *doc) resolvePronoun(pos int, gender string) string {
	want := byte(0)
	if gender == "m" || gender == "f" {
		want = gender[0]
	}
	cur := d.sentenceOf(pos)
	const window = 3000
	// candidates, nearest first, from three sources: attributed speakers,
	// unnamed sentence subjects and person phrases outside quotes (at one
	// position the person phrase comes last, so that it, the mention
	// itself, is the one kept)
	si := sort.Search(len(d.said), func(i int) bool { return d.said[i].pos >= pos }) - 1
	ni := sort.Search(len(d.nomSubj), func(i int) bool { return d.nomSubj[i].pos >= pos }) - 1
	pi := d.nm.personAt(pos) - 1
	next := func() (saidAt, bool) {
		for {
			sp, np, pp := -1, -1, -1
			if si >= 0 {
				sp = d.said[si].pos
			}
			if ni >= 0 {
				np = d.nomSubj[ni].pos
			}
			if pi >= 0 {
				pp = d.nm.phrases[d.nm.persons[pi]].s
			}
			switch {
			case sp < 0 && np < 0 && pp < 0:
				return saidAt{}, false
			case sp >= 0 && sp >= np && sp >= pp:
				si--
				return d.said[si+1], true
			case np >= 0 && np >= pp:
				ni--
				c := d.nomSubj[ni+1]
				if s := d.resolveRole(c.pos, descHead(strings.Fields(c.canon))); s != "" && strings.HasPrefix(c.canon, "the ") {
					c.canon, c.gender, c.nominal = s, d.nm.genders[s], false
				}
				return c, true
			default:
				p := d.nm.phrases[d.nm.persons[pi]]
				pi--
				if p.inQuote {
					continue
				}
				return saidAt{pos: p.s, canon: p.canon, gender: d.nm.genders[p.canon], weak: !d.nm.isPersonal(p.canon) && d.afterLowerWord(p.s)}, true
			}
		}
	}
	bestSent := -1
	best := ""
	sure := "" // the first candidate of the sentence that is surely a person
	para := d.paraOf(pos)
	for steps := 0; steps < 90; steps++ {
		c, ok := next()
		if !ok || pos-c.pos > window {
			break
		}
		if c.nominal && d.paraOf(c.pos) != para {
			continue // an unnamed speaker is referred to only within its paragraph
		}
		if want != 0 && c.gender != 0 && c.gender != want {
			continue
		}
		if want != 0 && c.gender == 'p' {
			continue
		}
		cSent := d.sentenceOf(c.pos)
		if bestSent >= 0 && cSent != bestSent {
			break // the nearest sentence with a candidate is done
		}
		if cSent == cur && c.pos >= pos {
			continue
		}
		bestSent = cSent
		best = c.canon // keep going back within the sentence: the first mention is the subject
		if !c.weak || c.gender != 0 || d.saidBy(c.canon, pos) {
			sure = c.canon
		}
	}
	if sure != "" && want != 0 {
		// a phrase that is no subject and shows no sign of a person
		// ("known as Iceberg Passages") yields to one that does ("the
		// novelist Jo Walton") in the same sentence
		return sure
	}
	return best
}

// afterLowerWord reports whether a lower-case word comes just before pos, as
// before a name that is no subject ("known as Iceberg Passages").
func (d *doc) afterLowerWord(pos int) bool {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].s >= pos }) - 1
	return i >= 0 && d.toks[i].word && !d.toks[i].upper
}

// saidBy reports whether speaker was attributed a quotation before pos.
func (d *doc) saidBy(speaker string, pos int) bool {
	for _, s := range d.said {
		if s.pos >= pos {
			break
		}
		if s.canon == speaker {
			return true
		}
	}
	return false
}

// isDescription: a speaker given by a description ("an agency spokesman"), not a name.
func isDescription(speaker string) bool {
	r, _ := utf8.DecodeRuneInString(speaker)
	return unicode.IsLower(r)
}

// genderOf gives a speaker's gender: a named person's from the article, an
// unnamed one's from its head noun ('p' for a plural such as "officials").
func (d *doc) genderOf(speaker string) byte {
	if g := d.nm.genders[speaker]; g != 0 || !isDescription(speaker) {
		return g
	}
	return nominalGender(descHead(strings.Fields(speaker)))
}

var maleNouns = set("spokesman", "chairman", "congressman", "councilman", "businessman", "man", "father", "son",
	"husband", "brother", "king", "prince", "actor", "boy", "gentleman", "uncle", "grandfather", "policeman",
	"fireman", "nephew", "widower", "monk")
var femaleNouns = set("spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman", "woman",
	"mother", "daughter", "wife", "sister", "queen", "princess", "actress", "girl", "lady", "aunt", "grandmother",
	"policewoman", "niece", "widow", "nun")

func nominalGender(head string) byte {
	h := strings.ToLower(head)
	switch {
	case maleNouns[h]:
		return 'm'
	case femaleNouns[h]:
		return 'f'
	case strings.HasSuffix(h, "men") || strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && personNoun(h) && !isRoleNoun(h) || h == "officials" || h == "sources" || h == "aides" || h == "advisers":
		return 'p'
	}
	return 0
}

// nominalSubjects finds the sentences whose subject is an unnamed person:
// "The education secretary insisted ...", "A spokesman for the firm said
// ...". Each is returned with its description ("the education secretary").
func nominalSubjects(toks []token, sents []int) []saidAt {
	var out []saidAt
	ti := 0
	for _, st := range sents {
		for ti < len(toks) && toks[ti].s < st {
			ti++
		}
		if ti >= len(toks) || toks[ti].s != st || (toks[ti].text != "The" && toks[ti].text != "A" && toks[ti].text != "An") {
			continue
		}
		h := -1
		for k := ti + 1; k < len(toks) && k <= ti+4; k++ {
			t := toks[k]
			if !t.word || t.upper || t.poss || npEnd[t.text] || isCue(t) {
				break
			}
			if nominalHead(t.text) {
				h = k
			}
		}
		if h < 0 || h+1 >= len(toks) {
			continue
		}
		nx := toks[h+1]
		if !nx.word || nx.upper || npEnd[nx.text] && !(nx.text == "for" || nx.text == "of" || nx.text == "at") || pronounTok(nx) {
			continue
		}
		words := make([]string, 0, h-ti+1)
		for _, t := range toks[ti : h+1] {
			words = append(words, t.text)
		}
		words[0] = strings.ToLower(words[0])
		desc := strings.Join(words, " ")
		out = append(out, saidAt{pos: st, canon: desc, gender: nominalGender(toks[h].text), nominal: true})
	}
	return out
}

// resolveRole finds the person named earlier whose role contains noun ("the minister").
func (d *doc) resolveRole(pos int, noun string) string {
	noun = strings.ToLower(noun)
	for i := d.nm.personAt(pos) - 1; i >= 0; i-- {
		p := d.nm.phrases[d.nm.persons[i]]
		if pos-p.s > 20000 {
			break
		}
		r := strings.ToLower(d.nm.roles[p.canon])
		if r == "" {
			r = strings.ToLower(p.role)
		}
		if r != "" && strings.Contains(r, noun) {
			return p.canon
		}
	}
	return ""
}

// chooseKeys scores every quotation and marks the best maxKey as key quotes:
// full quotations from prominent named speakers score high; short fragments,
// partial quotes, unattributed ones and repeats score low.
func chooseKeys(qs []Quote, maxKey int, nm *names) {
	seen := map[string]bool{}
	for i := range qs {
		q := &qs[i]
		wc := wordCount(q.Text)
		s := 0.4 * float64(min(wc, 40)) / 40
		switch {
		case q.Speaker == "":
			s -= 0.2
		case nm.count[q.Speaker] > 0:
			s += 0.3 + 0.1*float64(min(nm.count[q.Speaker], 5))/5
		default:
			s += 0.15
		}
		if q.Partial {
			s -= 0.3
		}
		if wc < 4 {
			s -= 0.3
		}
		norm := strings.ToLower(strings.Join(strings.Fields(q.Text), " "))
		if seen[norm] {
			s -= 0.6
		}
		seen[norm] = true
		q.Score = s
	}
	idx := make([]int, len(qs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return qs[idx[a]].Score > qs[idx[b]].Score })
	for k, i := range idx {
		if k >= maxKey || qs[i].Score <= 0 {
			break
		}
		qs[i].Key = true
	}
}

var relOrPrep = set("who", "whom", "which", "that", "whose", "where", "of", "from", "at", "for", "in", "on", "with")

// cleanRole trims an appositive to its role: no article, no relative clause.
func cleanRole(s string) string {
	// a relative clause or a prepositional phrase is not a role, nor is an age
	if f := strings.Fields(s); len(f) == 0 || relOrPrep[strings.ToLower(f[0])] || !strings.ContainsFunc(s, unicode.IsLetter) {
		return ""
	}
	for _, a := range []string{"a ", "an ", "the ", "A ", "An ", "The "} {
		s = strings.TrimPrefix(s, a)
	}
	for _, cut := range []string{" who ", " which ", " that ", " whose "} {
		if i := strings.Index(s, cut); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

var titleSmall = set("of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "by", "or", "vs", "vs.")

// isTitleCase: two to six words, every one but small words capitalised,
// ending without a sentence terminator.
func isTitleCase(s string) bool {
	s = strings.TrimRight(s, ",;:—–- ")
	if s == "" || endsSentence(s) {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || i > 0 && titleSmall[w] {
			continue
		}
		return false
	}
	return true
}
