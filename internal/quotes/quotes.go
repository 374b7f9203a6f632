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

	"github.com/newsgist/newsgist/internal/nlp"
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

// Extract finds every direct quotation in the analysed article doc, in
// article order, and marks at most maxKey of them Key.
func Extract(doc *nlp.Document, maxKey int) (out []Quote) {
	defer func() {
		if recover() != nil {
			out = nil // never fail the pipeline on odd input (FuzzExtract runs extract unguarded)
		}
	}()
	return extract(doc, maxKey)
}

func extract(nd *nlp.Document, maxKey int) (out []Quote) {
	text := nd.Text
	d := &doc{text: text, paras: nd.Paragraphs}
	d.segs = findSegments(text, d.paras, usesSingleQuotes(text))
	d.segs = slices.DeleteFunc(d.segs, func(s segment) bool { return notSpeech(text[s.in.Start:s.in.End]) })
	if len(d.segs) == 0 {
		return nil
	}
	d.nd = nd
	d.toks = nd.Tokens
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

	bs, ae := d.around(g)
	beforeTrim := strings.TrimSpace(d.text[bs:first.Start])
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
		// a quotation ending in no punctuation, followed by a word, sits in
		// the writer's sentence ('as "one more step undermining" the
		// legal footing ... and said'): what follows is no attribution
		bare := inner != "" && nlp.IsWordRune(lastRune(inner)) && !strings.HasPrefix(ta, ",") && !startsWithDash(ta)
		if bare && ta != "" && nlp.IsWordRune(firstRune(ta)) && !startsWithPronoun(ta) {
			endsOpen = false
		} else if endsOpen || strings.HasPrefix(ta, ",") || strings.HasPrefix(ta, "—") || strings.HasPrefix(ta, "―") || strings.HasPrefix(ta, "–") || strings.HasPrefix(ta, "- ") {
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
				lastTok = bt[len(bt)-1].Text
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
	relayed := false
	// a partial quote inside a paraphrase: an attribution closing the
	// sentence speaks it all, else the cue may be anywhere in the sentence
	if partial && (!at.ok || len(g) == 1) {
		ss := max(d.sentStart(first.Start), para.Start, first.Start-maxContext)
		x, rel, unreal := partialAttribution(d.outsideQuotes(ss, d.sentenceEnd(last.End, ae)), wordCount(q.Text), !at.ok)
		if unreal {
			return q, false
		}
		if x.ok {
			at, atPos = x, ss
		}
		relayed = rel
	}
	// a partial quote in a sentence whose subject is a named person with no
	// speech verb ("Lena Marsh ... sees the budget as its "weak spot."")
	if !at.ok && partial && !d.sourcedElsewhere(first.Start, last.End, ae) {
		if x, ok := d.personSubject(first.Start); ok {
			at, atPos = x, d.sentStart(first.Start)
		}
	}
	// a quotation continuing a sentence begun outside it is partial
	// (PolNeAR "mixed") even when an attribution follows it: 'The summit
	// accomplished "too little," he added', 'Trump tweeted that, "For ..."',
	// 'under Obama, "the generals have been reduced to rubble."'
	if !partial && beforeTrim != "" {
		if bt := d.tokensIn(bs, first.Start); len(bt) > 0 {
			lt := bt[len(bt)-1]
			colon := lt.Text == ":"
			lead := colon || isCue(lt) || lt.Text == "," || isDash(lt)
			if lt.Text == "," && len(bt) >= 2 && lower(bt[len(bt)-2]) == "that" {
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
	if len(g) == 1 && notQuotation(d.tokensIn(bs, first.Start), d.tokensIn(last.End, d.sentenceEnd(last.End, ae)), firstInner) {
		return q, false
	}
	// titles of shows, books and slogans: a few capitalised words, no
	// sentence ("Fox News Sunday," "Barack Obama Election Day,")
	if len(g) == 1 && isTitleCase(firstInner) {
		return q, false
	}
	// scare quotes, titles and nicknames: short, no cue anywhere near
	wc := wordCount(q.Text)
	if len(g) == 1 && !at.ok && !relayed && wc <= 4 && (!endsSentence(firstInner) || partial) {
		return q, false
	}
	if len(g) == 1 && beforeTrim != "" && wc <= 4 && strings.HasSuffix(strings.ToLower(beforeTrim), "so-called") {
		return q, false
	}
	q.Partial = partial
	// 5. the sentence just before, outside any quotation, reports someone's
	// speech: "Quinn's rep told the Herald that this was not the whole truth.
	// "Northgate is trying ..."", "Okafor said it was the latest move.¶
	// "They wanted us to back down ...""
	if !at.ok && !partial && beforeTrim == "" {
		if x, p, ok := d.reportingSentence(first.Start, para, g[0]); ok {
			at, atPos = x, p
		}
	}
	// 6. a continuation with no cue keeps the previous speaker; a partial
	// quote too when it shares the paragraph and its sentence names no one
	// ("... ," says analyst Alan Doctor. That's produced a strategy of
	// "relentless belt-tightening ...")
	if !at.ok && partial && prev != nil && first.para == prevPara && prev.Speaker != "" && !isDescription(prev.Speaker) &&
		d.nm.personAt(d.sentStart(first.Start)) == d.nm.personAt(first.Start) {
		q.Speaker, q.Role = prev.Speaker, prev.Role
		return q, true
	}
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
	q.Speaker = d.fullOrg(d.expandAcronym(d.fullName(q.Speaker)))
	if q.Speaker != "" && (at.kind != 'd' || strings.ToLower(at.np[0].Text) != "it") {
		// unnamed speakers ("an agency spokesman") are candidates for a later pronoun too
		d.said = append(d.said, saidAt{pos: atPos, canon: q.Speaker, gender: d.genderOf(q.Speaker), nominal: isDescription(q.Speaker)})
	}
	return q, true
}

// around returns where the words before the quotation group g start (its
// sentence, its paragraph or the previous segment, whichever is latest) and
// where the words after it end (the next segment or the paragraph end),
// each at most maxContext bytes away so long paragraphs stay linear.
func (d *doc) around(g []int) (bs, ae int) {
	first, last := d.segs[g[0]], d.segs[g[len(g)-1]]
	bs = max(d.sentStart(first.Start), d.paras[first.para].Start)
	if k := g[0]; k > 0 && d.segs[k-1].para == first.para && d.segs[k-1].End > bs {
		bs = d.segs[k-1].End
	}
	bs = max(bs, first.Start-maxContext)
	ae = d.paras[last.para].End
	if k := g[len(g)-1]; k+1 < len(d.segs) && d.segs[k+1].para == last.para {
		ae = d.segs[k+1].Start
	}
	return bs, min(ae, last.End+maxContext)
}

// partialAttribution reads the speaker of a partial quote of wc words from
// the tokens of its sentence outside quotations: an inverted attribution
// closing the sentence, else (when cues is true) the first cue with a
// subject. relayed is true
// when a report relays someone unnamed ("Lin of the Herald reports that
// censors told ... to "block and control""); unreal when the cue is
// hypothetical or counterfactual ("would then have claimed that ... give
// "space"": speech nobody made).
func partialAttribution(toks []token, wc int, cues bool) (at attribution, relayed, unreal bool) {
	if x, ok := invertedTail(toks); ok {
		return x, false, false
	}
	if !cues {
		return attribution{}, false, false
	}
	for i, t := range toks {
		if !isCue(t) {
			continue
		}
		if reportCues[t.Text] && i+1 < len(toks) && lower(toks[i+1]) == "that" {
			return attribution{}, true, false
		}
		if wc <= 8 && imaginedBefore(toks[:i+1]) {
			return attribution{}, false, true
		}
		if x := subjectBefore(toks, i); x.ok {
			x.cue = t.Text
			return x, false, false
		}
	}
	return attribution{}, false, false
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
		for k < len(d.segs) && d.segs[k].End <= t.Start {
			k++
		}
		if k < len(d.segs) && d.segs[k].Start <= t.Start {
			continue
		}
		out = append(out, t)
	}
	return out
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
