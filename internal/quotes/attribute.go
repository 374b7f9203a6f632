package quotes

import (
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Pass 2: around each quotation, find its cue and source.

// site is one quotation being attributed: its segments, the words around
// it, and what the steps of attribute have found so far.
type site struct {
	g           []int   // its segments
	first, last segment // the first and last of them
	para        Span    // the paragraph it opens in
	bs, ae      int     // where the words before it start and those after it end (around)
	before      string  // the words before it (from bs), trimmed
	firstInner  string  // the words of its first segment, trimmed
	inner       string  // the words of its last segment, trimmed
	wc          int     // its words

	at      attribution // the attribution found, if at.ok
	atPos   int         // where the attribution's words start
	partial bool        // a fragment inside the writer's sentence
	relayed bool        // a report relays someone unnamed
}

// attribute builds the Quote of one group of segments; keep is false for
// scare quotes, titles and other quoted words that quote no one. It tries
// the places an attribution can stand, in order: between the parts of a
// split quotation, after it, before it (or a colon lead-in paragraph), in
// the sentence of a partial quote, the sentence just before it; a quotation
// with none keeps the previous speaker when it continues that quotation.
func (d *doc) attribute(g []int, prev *Quote, prevPara int) (Quote, bool) {
	q := d.quoteOf(g)
	s := d.newSite(g)
	s.wc = wordCount(q.Text)
	s.atPos = q.Start
	d.cueBetween(&s)
	d.cueAfter(&s)
	d.cueBefore(&s)
	if unreal := d.cueInSentence(&s); unreal {
		return q, false
	}
	d.markMixed(&s)
	if d.quotesNoOne(&s) {
		return q, false
	}
	q.Partial = s.partial
	d.cueReportingSentence(&s)
	if !s.at.ok {
		d.continueSpeaker(&q, &s, prev, prevPara)
		return q, true
	}
	d.speak(&q, &s)
	return q, true
}

// quoteOf builds the Quote of the segments g: its span, parts and words.
func (d *doc) quoteOf(g []int) Quote {
	first, last := d.segs[g[0]], d.segs[g[len(g)-1]]
	q := Quote{Start: first.Start, End: last.End}
	texts := make([]string, 0, len(g))
	for _, i := range g {
		s := d.segs[i]
		q.Parts = append(q.Parts, s.Span)
		texts = append(texts, strings.TrimRight(d.text[s.in.Start:s.in.End], ",:;—–- \u00a0"))
	}
	q.Text = strings.Join(texts, " ... ")
	return q
}

// newSite reads the words around the quotation of segments g.
func (d *doc) newSite(g []int) site {
	s := site{g: g, first: d.segs[g[0]], last: d.segs[g[len(g)-1]]}
	s.para = d.paras[s.first.para]
	s.bs, s.ae = d.around(g)
	s.before = strings.TrimSpace(d.text[s.bs:s.first.Start])
	s.inner = strings.TrimSpace(d.text[s.last.in.Start:s.last.in.End])
	s.firstInner = strings.TrimSpace(d.text[s.first.in.Start:s.first.in.End])
	return s
}

// found records the attribution x, whose words start at pos.
func (s *site) found(x attribution, pos int) { s.at, s.atPos = x, pos }

// cueBetween reads the attribution between the parts of a split quotation
// ('"A," he said, "B."').
func (d *doc) cueBetween(s *site) {
	for k := 0; k+1 < len(s.g); k++ {
		a, b := d.segs[s.g[k]], d.segs[s.g[k+1]]
		if a.para == b.para {
			if x := parseAfter(d.tokensIn(a.End, b.Start)); x.ok {
				s.found(x, a.End)
				return
			}
		}
	}
}

// cueAfter reads an attribution after the quotation ('"...," he said').
func (d *doc) cueAfter(s *site) {
	if s.at.ok || !s.last.closed {
		return
	}
	endsOpen := !endsSentence(s.inner) || strings.HasSuffix(s.inner, "?") || strings.HasSuffix(s.inner, "!")
	ta := strings.TrimLeft(d.text[s.last.End:s.ae], " \u00a0")
	// a quotation ending in no punctuation, followed by a word, sits in
	// the writer's sentence ('as "one more step undermining" the
	// legal footing ... and said'): what follows is no attribution
	bare := s.inner != "" && nlp.IsWordRune(lastRune(s.inner)) && !strings.HasPrefix(ta, ",") && !startsWithDash(ta)
	if bare && ta != "" && nlp.IsWordRune(firstRune(ta)) && !startsWithPronoun(ta) {
		return
	}
	if endsOpen || strings.HasPrefix(ta, ",") || strings.HasPrefix(ta, "—") || strings.HasPrefix(ta, "―") || strings.HasPrefix(ta, "–") || strings.HasPrefix(ta, "- ") {
		if x := parseAfter(d.tokensIn(s.last.End, s.ae)); x.ok && !(x.weak && !endsOpen) {
			s.found(x, s.last.End)
		}
	}
}

// cueBefore reads an attribution leading into the quotation ("X said:",
// "According to X,") and decides whether the quotation is partial: words
// before it that lead into no quotation make it a fragment of the writer's
// sentence. A quotation opening its paragraph after a paragraph that ends
// in a colon takes that paragraph's attribution.
func (d *doc) cueBefore(s *site) {
	if s.at.ok {
		return
	}
	if s.before == "" {
		if s.first.Start == s.para.Start && s.first.para > 0 {
			d.colonLeadIn(s)
		}
		return
	}
	bt := d.tokensIn(s.bs, s.first.Start)
	x := parseBefore(bt)
	lastTok := ""
	if len(bt) > 0 {
		lastTok = bt[len(bt)-1].Text
	}
	// (bt may be empty: a single word longer than maxContext straddles bs)
	leadIn := len(bt) > 0 && (lastTok == ":" || lastTok == "," || isDash(bt[len(bt)-1]) || isCue(bt[len(bt)-1]))
	if x.ok {
		s.found(x, s.bs)
	}
	if !leadIn || x.weak {
		s.partial = true
	}
	if len(bt) > 0 && lower(bt[len(bt)-1]) == "that" {
		s.partial = true
	}
}

// colonLeadIn reads the attribution of a paragraph ending in a colon just
// before the quotation's paragraph ("Robert Gates said:¶"...").
func (d *doc) colonLeadIn(s *site) {
	pp := d.paras[s.first.para-1]
	if !strings.HasSuffix(d.text[pp.Start:pp.End], ":") || d.segEndsAt(pp.End) {
		return
	}
	ps := max(d.sentStart(pp.End-1), pp.Start, pp.End-maxContext)
	if x := parseBefore(d.tokensIn(ps, pp.End)); x.ok {
		s.found(x, ps)
	} else if np, k := parseNP(d.tokensIn(ps, pp.End), 0); np != nil {
		s.found(attribution{np: np, kind: k, cue: ":", ok: true}, ps)
	}
}

// cueInSentence reads the speaker of a partial quote from its sentence: an
// attribution closing the sentence speaks it all, else a cue anywhere in
// the sentence, else a named person who is the sentence's subject with no
// speech verb ("Lena Marsh ... sees the budget as its "weak spot.""). unreal
// is true for speech nobody made ("would then have claimed that ...").
func (d *doc) cueInSentence(s *site) (unreal bool) {
	if !s.partial {
		return false
	}
	if !s.at.ok || len(s.g) == 1 {
		ss := max(d.sentStart(s.first.Start), s.para.Start, s.first.Start-maxContext)
		x, rel, unreal := partialAttribution(d.outsideQuotes(ss, d.sentenceEnd(s.last.End, s.ae)), s.wc, !s.at.ok)
		if unreal {
			return true
		}
		if x.ok {
			s.found(x, ss)
		}
		s.relayed = rel
	}
	if !s.at.ok && !d.sourcedElsewhere(s.first.Start, s.last.End, s.ae) {
		if x, ok := d.personSubject(s.first.Start); ok {
			s.found(x, d.sentStart(s.first.Start))
		}
	}
	return false
}

// markMixed marks partial a quotation continuing a sentence begun outside
// it (PolNeAR "mixed") even when an attribution follows it: 'The summit
// accomplished "too little," he added', 'Trump tweeted that, "For ..."',
// 'under Obama, "the generals have been reduced to rubble."'
func (d *doc) markMixed(s *site) {
	if s.partial || s.before == "" {
		return
	}
	bt := d.tokensIn(s.bs, s.first.Start)
	if len(bt) == 0 {
		return
	}
	lt := bt[len(bt)-1]
	colon := lt.Text == ":"
	lead := colon || isCue(lt) || lt.Text == "," || isDash(lt)
	if lt.Text == "," && len(bt) >= 2 && lower(bt[len(bt)-2]) == "that" {
		lead = false
	}
	if !colon && !isCue(lt) && startsLower(s.firstInner) && s.at.cue != "according to" {
		lead = false
	}
	if !lead {
		s.partial = true
	}
}

// quotesNoOne reports quoted words of a single segment that are no
// quotation: a name or imagined speech (notQuotation), the title of a show
// or book (a few capitalised words, no sentence: "Fox News Sunday,"), or
// a scare quote or nickname (short, with no cue anywhere near).
func (d *doc) quotesNoOne(s *site) bool {
	if len(s.g) != 1 {
		return false
	}
	if notQuotation(d.tokensIn(s.bs, s.first.Start), d.tokensIn(s.last.End, d.sentenceEnd(s.last.End, s.ae)), s.firstInner) {
		return true
	}
	if isTitleCase(s.firstInner) {
		return true
	}
	if !s.at.ok && !s.relayed && s.wc <= 4 && (!endsSentence(s.firstInner) || s.partial) {
		return true
	}
	return s.before != "" && s.wc <= 4 && strings.HasSuffix(strings.ToLower(s.before), "so-called")
}

// cueReportingSentence reads the sentence just before a quotation with no
// attribution that opens its own sentence, when, outside any quotation, it
// reports someone's speech: "Quinn's rep told the Herald that this was not
// the whole truth. "Northgate is trying ..."", "Okafor said it was the
// latest move.¶"They wanted us to back down ...""
func (d *doc) cueReportingSentence(s *site) {
	if s.at.ok || s.partial || s.before != "" {
		return
	}
	if x, p, ok := d.reportingSentence(s.first.Start, s.para, s.g[0]); ok {
		s.found(x, p)
	}
}

// continueSpeaker gives a quotation with no attribution the previous
// quotation's speaker when it continues it: the next paragraph or the same
// one, opening its sentence; or a partial quote in the same paragraph whose
// sentence names no one ("... ," says analyst Alan Doctor. That's produced
// a strategy of "relentless belt-tightening ...").
func (d *doc) continueSpeaker(q *Quote, s *site, prev *Quote, prevPara int) {
	if prev == nil {
		return
	}
	if s.partial && s.first.para == prevPara && prev.Speaker != "" && !isDescription(prev.Speaker) &&
		d.nm.PersonAt(d.sentStart(s.first.Start)) == d.nm.PersonAt(s.first.Start) {
		q.Speaker, q.Role = prev.Speaker, prev.Role
		return
	}
	if s.first.para-prevPara <= 1 && !s.partial && (s.before == "" || s.first.para == prevPara) {
		q.Speaker, q.Role = prev.Speaker, prev.Role
		if prev.Speaker != "" {
			d.said = append(d.said, nlp.Antecedent{Pos: q.Start, Canon: prev.Speaker, Gender: d.genderOf(prev.Speaker), Nominal: isDescription(prev.Speaker), Mention: -1})
		}
	}
}

// speak resolves the attribution found to the quotation's speaker (pass 3)
// and records the speaker as a candidate for later pronouns.
func (d *doc) speak(q *Quote, s *site) {
	at := s.at
	q.Cue = at.cue
	q.Via = at.via
	q.SpeakerMention = nlp.JoinTokens(at.np)
	q.Speaker, q.Role = d.resolve(at, s.atPos)
	q.Speaker = d.nm.FullestName(q.Speaker)
	if q.Speaker != "" && (at.kind != 'd' || strings.ToLower(at.np[0].Text) != "it") {
		// unnamed speakers ("an agency spokesman") are candidates for a later pronoun too
		d.said = append(d.said, nlp.Antecedent{Pos: s.atPos, Canon: q.Speaker, Gender: d.genderOf(q.Speaker), Nominal: isDescription(q.Speaker), Mention: -1})
	}
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
