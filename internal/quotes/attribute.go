package quotes

import (
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Pass 2: around each quotation, find its cue and source.

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
