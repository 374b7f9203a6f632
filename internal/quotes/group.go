package quotes

import (
	"sort"
	"strings"
)

// Pass 1, continued: segments join into quotations.

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
			if p.closed && p.para == s.para && (d.splitAttribution(p, s) || d.sentenceAttribution(last, i)) {
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

// sentenceAttribution: the text between the group g's last segment and
// segment b is one short sentence of attribution and nothing else, the first
// part ending with a comma, "?" or "!" ('"A," he said. "B."'), and b carries
// no attribution of its own ('"A," he said. "B," she added.' is two quotes).
// Newsrooms write a quotation broken by its attribution this way; it is one
// quotation.
func (d *doc) sentenceAttribution(g []int, b int) bool {
	a, s := d.segs[g[len(g)-1]], d.segs[b]
	for k := 0; k+1 < len(g); k++ {
		if d.segs[g[k]].para == d.segs[g[k+1]].para {
			return false // one attribution per quotation
		}
	}
	mid := strings.TrimSpace(d.text[a.End:s.Start])
	if mid == "" || len(mid) > 200 || !endsSentence(mid) || strings.HasSuffix(mid, "?") || strings.HasSuffix(mid, "!") {
		return false
	}
	inner := strings.TrimSpace(d.text[a.in.Start:a.in.End])
	if !(strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "—")) {
		return false
	}
	// one sentence: no sentence starts inside the attribution
	mt := d.tokensIn(a.End, s.Start)
	if len(mt) == 0 {
		return false
	}
	if k := sort.SearchInts(d.sents, mt[0].Start+1); k < len(d.sents) && d.sents[k] < s.Start {
		return false
	}
	at := parseAfter(mt)
	if !at.ok || at.weak || writerClause(mt) {
		return false
	}
	// the second part must not be attributed again
	ae := d.paras[s.para].End
	if b+1 < len(d.segs) && d.segs[b+1].para == s.para {
		ae = d.segs[b+1].Start
	}
	ta := strings.TrimLeft(d.text[s.End:ae], " \u00a0")
	if ta != "" && !strings.HasPrefix(ta, ".") {
		if x := parseAfter(d.tokensIn(s.End, min(ae, s.End+maxContext))); x.ok {
			return false
		}
	}
	return true
}

// writerClause reports an attribution that carries a clause of the
// writer's own, an infinitive of purpose ('said Mr Gates, on a European tour
// to ease concerns over ...'): the two quotations either side stay apart
// (a relative clause about the speaker, "said Hill, who will testify
// Thursday", does not part them).
func writerClause(ts []token) bool {
	for k, t := range ts {
		if lower(t) == "to" && k+1 < len(ts) && ts[k+1].Word && !ts[k+1].Upper && !determiners[lower(ts[k+1])] && !(k > 0 && isCue(ts[k-1])) {
			return true
		}
	}
	return false
}
