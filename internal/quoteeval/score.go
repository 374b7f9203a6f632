package quoteeval

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"
)

// Counts are the tallies of one evaluation.
type Counts struct {
	Gold, Pred, Ignored int // units; Ignored: predicted units matching mixed quotations only
	ExactTP, OverlapTP  int
	SpeakerN, SpeakerOK int               // matched (overlap) pairs with a gold speaker, and right ones
	ByType              map[string][2]int // source_type -> {matched, right}
	EndToEnd            int               // overlap match and right speaker (or none/none)
	// ErrByKind counts the wrong speakers of matched pairs by kind
	// (SpeakerErrorKind): wrong person, description, junk, missing, partial name
	ErrByKind map[string]int
}

// Report holds the figures derived from Counts.
type Report struct {
	Counts
	ExactP, ExactR, ExactF       float64
	OverlapP, OverlapR, OverlapF float64
	SpeakerAcc                   float64
	NamedAcc, PronNomAcc         float64
	NamedN, PronNomN             int
	E2EP, E2ER, E2EF             float64
}

// Miss describes one matched pair with a wrong speaker, for error analysis.
type Miss struct {
	Article, Attribution, SourceType string
	Gold                             []string
	Pred                             string
	Quote                            string
	Before, After                    string // text around the gold unit
}

// Options tune an evaluation.
type Options struct {
	// Adjudicated maps "articleID/attributionID" to a hand-checked speaker
	// name for pronoun and nominal sources.
	Adjudicated map[string]string
	// Misses, if not nil, receives every matched pair with a wrong speaker.
	Misses *[]Miss
	// Lenient scores every predicted quotation, partial ones included, and
	// does not count those matching a quoted segment of a mixed attribution
	// as false positives. By default partial predictions are left out (they
	// answer PolNeAR's "mixed" quotations) and every other prediction counts.
	Lenient bool
	// AllPredictions scores every predicted quotation, partial ones
	// included, each unmatched one a false positive: the README's
	// definition read literally, with no notion of partial quotations.
	AllPredictions bool
	// AllPairs makes Misses receive every matched pair, right or wrong.
	AllPairs bool
	// Spans, if not nil, receives every unmatched gold and predicted unit.
	Spans *[]SpanMiss
}

// SpanMiss is a gold unit no prediction matched (Gold set) or a prediction
// that matched no gold unit.
type SpanMiss struct {
	Article string
	Gold    bool
	Kind    string // gold: quote_kind; prediction: "partial" or "full"
	Quote   string
	Before  string
	After   string
}

// Evaluate scores extract on articles.
func Evaluate(articles []Article, extract Extractor, opt Options) Report {
	c := Counts{ByType: map[string][2]int{}, ErrByKind: map[string]int{}}
	for _, a := range articles {
		evalArticle(a, extract, opt, &c)
	}
	return c.Report()
}

func evalArticle(a Article, extract Extractor, opt Options, c *Counts) {
	text := a.Text
	gold, mixed := goldUnits(a)
	preds := extract(text)
	pred := predUnits(text, preds, opt)
	c.Gold += len(gold)
	c.ExactTP += len(match(gold, pred, 1))
	ov := match(gold, pred, 0.5)
	c.OverlapTP += len(ov)
	matchedP := map[int]bool{}
	for _, pr := range ov {
		matchedP[pr.p] = true
		scoreSpeaker(a, gold[pr.g], pred[pr.p].speaker, opt, c)
	}
	if opt.Spans != nil {
		spanMisses(a, gold, pred, preds, ov, opt.Spans)
	}
	// unmatched predictions that are mixed-quote segments are not errors
	var rest []unit
	for pi, p := range pred {
		if !matchedP[pi] {
			rest = append(rest, p)
		}
	}
	ign := 0
	if opt.Lenient {
		ign = len(match(mixed, rest, 0.5))
	}
	c.Ignored += ign
	c.Pred += len(pred) - ign
}

// goldUnits are the gold quotation segments of a: those of direct
// attributions, and (mixed) the marked segments inside mixed content.
func goldUnits(a Article) (gold, mixed []unit) {
	text := a.Text
	m := runeToByte(text)
	for ai, at := range a.Attributions {
		if at.QuoteKind != "direct" && at.QuoteKind != "mixed" {
			continue
		}
		for _, cs := range mergedContent(text, m, at.Content) {
			for _, seg := range Segments(text, cs) {
				if at.QuoteKind == "mixed" {
					// inside mixed content only the marked segments are quotations
					if !hasMark(text, cs) {
						continue
					}
					mixed = append(mixed, unit{span: seg, set: charSet(text, seg), att: ai})
					continue
				}
				gold = append(gold, unit{span: seg, set: charSet(text, seg), att: ai})
			}
		}
	}
	return gold, mixed
}

// predUnits are the predicted segments scored under opt (partial quotes
// only when lenient or asked for).
func predUnits(text string, preds []Pred, opt Options) []unit {
	var pred []unit
	for pi, p := range preds {
		if p.Partial && !opt.Lenient && !opt.AllPredictions {
			continue
		}
		for _, s := range p.Parts {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				continue
			}
			pred = append(pred, unit{span: s, set: charSet(text, s), att: pi, speaker: p.Speaker})
		}
	}
	return pred
}

// scoreSpeaker counts the speaker of one matched pair: right, or an error
// of some kind, by the gold source type; end-to-end when right.
func scoreSpeaker(a Article, g unit, ps string, opt Options, c *Counts) {
	text := a.Text
	at := a.Attributions[g.att]
	names := goldNames(a.ID, at, opt.Adjudicated)
	right := false
	if at.SourceType == "none" {
		right = ps == ""
	} else {
		right = SpeakerRight(ps, names...)
		c.SpeakerN++
		t := c.ByType[at.SourceType]
		t[0]++
		if right {
			c.SpeakerOK++
			t[1]++
		} else {
			c.ErrByKind[SpeakerErrorKind(ps, names...)]++
		}
		c.ByType[at.SourceType] = t
		if (!right || opt.AllPairs) && opt.Misses != nil {
			sp := g.span
			*opt.Misses = append(*opt.Misses, Miss{a.ID, at.ID, at.SourceType, names, ps, clip(text[sp.Start:sp.End], 80),
				text[max(0, sp.Start-120):sp.Start], text[sp.End:min(len(text), sp.End+100)]})
		}
	}
	if right {
		c.EndToEnd++
	}
}

// spanMisses lists the gold segments no prediction matched and the
// predictions that matched no gold segment.
func spanMisses(a Article, gold, pred []unit, preds []Pred, ov []pair, out *[]SpanMiss) {
	text := a.Text
	matchedG, matchedP := map[int]bool{}, map[int]bool{}
	for _, pr := range ov {
		matchedG[pr.g], matchedP[pr.p] = true, true
	}
	add := func(u unit, gold bool, kind string) {
		*out = append(*out, SpanMiss{a.ID, gold, kind, clip(text[u.span.Start:u.span.End], 100),
			text[max(0, u.span.Start-100):u.span.Start], text[u.span.End:min(len(text), u.span.End+80)]})
	}
	for gi, g := range gold {
		if !matchedG[gi] {
			add(g, true, "direct")
		}
	}
	for pi, p := range pred {
		if !matchedP[pi] {
			k := "full"
			if preds[p.att].Partial {
				k = "partial"
			}
			add(p, false, k)
		}
	}
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

func hasMark(text string, s Span) bool {
	for _, r := range text[s.Start:s.End] {
		if isDouble(r) {
			return true
		}
	}
	return false
}

// mergedContent converts content spans to byte spans and merges those
// separated only by white space.
func mergedContent(text string, m []int, cs []RawSpan) []Span {
	var out []Span
	for _, c := range cs {
		s := Span{conv(m, c.Start), conv(m, c.End)}
		if s.End <= s.Start {
			continue
		}
		if n := len(out); n > 0 && out[n-1].End <= s.Start && strings.TrimSpace(text[out[n-1].End:s.Start]) == "" {
			out[n-1].End = s.End
			continue
		}
		out = append(out, s)
	}
	return out
}

func goldNames(articleID string, at Attribution, adj map[string]string) []string {
	if at.SourceType == "pronoun" || at.SourceType == "nominal" {
		if n, ok := adj[articleID+"/"+at.ID]; ok {
			return []string{n}
		}
	}
	var names []string
	var src []string
	for _, s := range at.Source {
		src = append(src, s.Text)
	}
	if len(src) > 0 {
		names = append(names, strings.Join(src, " "))
	}
	if at.Silver != nil && *at.Silver != "" {
		names = append(names, *at.Silver)
	}
	return names
}

// Report computes the ratios.
func (c Counts) Report() Report {
	r := Report{Counts: c}
	r.ExactP, r.ExactR, r.ExactF = prf(c.ExactTP, c.Pred, c.Gold)
	r.OverlapP, r.OverlapR, r.OverlapF = prf(c.OverlapTP, c.Pred, c.Gold)
	r.SpeakerAcc = ratio(c.SpeakerOK, c.SpeakerN)
	n := c.ByType["named_or_titled"]
	r.NamedN, r.NamedAcc = n[0], ratio(n[1], n[0])
	p, q := c.ByType["pronoun"], c.ByType["nominal"]
	r.PronNomN, r.PronNomAcc = p[0]+q[0], ratio(p[1]+q[1], p[0]+q[0])
	r.E2EP, r.E2ER, r.E2EF = prf(c.EndToEnd, c.Pred, c.Gold)
	return r
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func prf(tp, pred, gold int) (p, r, f float64) {
	p, r = ratio(tp, pred), ratio(tp, gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Print writes the report as a small table.
func (r Report) Print(w io.Writer, name string) {
	fmt.Fprintf(w, "%-10s span exact   P %.3f R %.3f F1 %.3f\n", name, r.ExactP, r.ExactR, r.ExactF)
	fmt.Fprintf(w, "%-10s span overlap P %.3f R %.3f F1 %.3f  (%d gold, %d pred units)\n",
		name, r.OverlapP, r.OverlapR, r.OverlapF, r.Gold, r.Pred)
	fmt.Fprintf(w, "%-10s speaker acc %.3f (%d/%d)  named_or_titled %.3f (n=%d)  pronoun/nominal %.3f (n=%d)\n",
		name, r.SpeakerAcc, r.SpeakerOK, r.SpeakerN, r.NamedAcc, r.NamedN, r.PronNomAcc, r.PronNomN)
	fmt.Fprintf(w, "%-10s end-to-end  P %.3f R %.3f F1 %.3f\n", name, r.E2EP, r.E2ER, r.E2EF)
	if r.ErrByKind != nil {
		PrintConfusion(w, name, r.ErrByKind)
	}
}

var titleWords = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sen": true, "senator": true, "rep": true,
	"gov": true, "governor": true, "president": true, "pres": true, "gen": true, "general": true, "sir": true,
	"the": true, "rev": true, "prof": true, "professor": true, "lt": true, "col": true, "capt": true, "judge": true,
	"secretary": true, "speaker": true, "mayor": true, "former": true, "vice": true, "jr": true, "sr": true,
}

// headName cuts a gold source down to the name it starts with: the text
// before an appositive comma, " of ", " who " or a parenthesis.
func headName(s string) string {
	for _, sep := range []string{",", " (", " of ", " who ", " from "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	return s
}

func nameWords(s string) []string {
	// drop parentheticals such as "(R-IN)"
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			s = s[:i]
			break
		}
		s = s[:i] + " " + s[i+j+1:]
	}
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	})
	var out []string
	for _, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, "'’-")
		lw := strings.ToLower(w)
		if lw == "" {
			continue
		}
		if titleWords[lw] {
			continue
		}
		out = append(out, lw)
	}
	return out
}

// SpeakerRight reports whether pred names the speaker gold names: pred with
// titles removed equals a gold name, or contains a gold name's surname (its
// last word, titles and parentheticals removed) as a word.
func SpeakerRight(pred string, gold ...string) bool {
	pw := nameWords(pred)
	if len(pw) == 0 {
		// "the mayor" is all title words: right only when the gold says the same
		for _, g := range gold {
			if p := strings.ToLower(strings.TrimSpace(pred)); p != "" && p == strings.ToLower(strings.TrimSpace(g)) {
				return true
			}
		}
		return false
	}
	for _, g := range gold {
		gw := nameWords(g)
		if len(gw) == 0 {
			continue
		}
		if hw := nameWords(headName(g)); len(hw) > 0 {
			gw = hw
		}
		if strings.Join(pw, " ") == strings.Join(gw, " ") {
			return true
		}
		sur := gw[len(gw)-1]
		for _, w := range pw {
			if w == sur {
				return true
			}
		}
	}
	return false
}

var naiveQuote = regexp.MustCompile(`["“”][^"“”\n]*["“”]`)
var naiveSaid = regexp.MustCompile(`\b(?:said|says)\s+((?:[A-Z][\w.’'-]*\s?)+)|((?:[A-Z][\w.’'-]*\s)+)(?:said|says)\b`)

// Naive is the baseline: pairs of double quote marks within a paragraph,
// attributed to the capitalised words next to the nearest "said"/"says" in
// the same paragraph.
func Naive(text string) []Pred {
	var out []Pred
	for _, m := range naiveQuote.FindAllStringIndex(text, -1) {
		p := Pred{Parts: []Span{{m[0], m[1]}}}
		ps := strings.LastIndex(text[:m[0]], "\n") + 1
		pe := strings.IndexByte(text[m[1]:], '\n')
		if pe < 0 {
			pe = len(text)
		} else {
			pe += m[1]
		}
		best := -1
		for _, s := range naiveSaid.FindAllStringSubmatchIndex(text[ps:pe], -1) {
			d := s[0] + ps - m[1]
			if d < 0 {
				d = m[0] - (s[1] + ps)
			}
			if d < 0 {
				d = 0
			}
			if best < 0 || d < best {
				best = d
				if s[2] >= 0 {
					p.Speaker = strings.TrimRight(text[ps+s[2]:ps+s[3]], " .,")
				} else {
					p.Speaker = strings.TrimSpace(text[ps+s[4] : ps+s[5]])
				}
			}
		}
		out = append(out, p)
	}
	return out
}
