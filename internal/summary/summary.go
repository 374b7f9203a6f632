// Package summary writes the headline and the extractive summary of an
// article body.
//
// Summarise ranks sentences by a weighted sum of a position prior (news is
// front-loaded), position-aware centrality (PacSum-style: a sentence that
// later sentences elaborate counts more than one that repeats earlier ones),
// and coverage of the article's key terms and names; it skips poor summary
// lines (bylines, captions, questions, quote fragments, headings, very short
// or long sentences, boilerplate) and removes redundancy with MMR.
// Lead and TextRank are the baselines it is evaluated against; they use the
// same segmenter (nlp.Sentences, read from the shared nlp.Document) and
// sentence budget.
package summary

import (
	"math"
	"slices"
	"sort"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Sentence is one summary sentence; Start/End are byte offsets into the text
// given to Summarise.
type Sentence struct {
	Text       string
	Start, End int
	Score      float64
}

// Params weights the ranking. DefaultParams holds the tuned values.
type Params struct {
	PosDecay  float64 // position prior 1/(1+i)^PosDecay
	Pos       float64 // weight of the position prior
	Cent      float64 // weight of the directed centrality
	Key       float64 // weight of key-term coverage
	Backward  float64 // weight of edges to earlier sentences in the centrality (PacSum's λ1)
	Threshold float64 // similarity threshold, as a fraction of the max−min range
	Weak      float64 // score factor for sentences that open with a pronoun or connective
	Redund    float64 // MMR redundancy penalty
	KeyTerms  int     // number of key terms
	Length    float64 // weight of sentence length (words, capped at 40, over 40)
	Rank      float64 // weight of the TextRank PageRank score, scaled to [0, 1]
}

// DefaultParams are the weights measured best on the development data.
// Length −0.1 (shorter sentences preferred at equal merit) regained what
// dropping pronoun sentences without their antecedent cost on CNN/DM
// (R-2 18.28 → 18.39, R-L 25.95 → 26.16; Lead-3 18.35 / 26.11).
var DefaultParams = Params{
	PosDecay: 1, Pos: 1, Cent: 0.3, Key: 0.1, Backward: -0.5, Threshold: 0.1,
	Weak: 0.85, Redund: 0, KeyTerms: 10, Length: -0.1,
}

// Document is an analysed article body: the segmentation, term statistics
// and sentence graph are computed once and shared by its Summary and
// Headline.
type Document struct{ d *document }

// Analyse computes the summary's features from the shared analysis of an
// article (its sentences and tokens), once for the summary and headline.
func Analyse(nd *nlp.Document) *Document { return &Document{analyse(nd)} }

// AnalyseText is Analyse of a text that has no shared analysis yet.
func AnalyseText(text string) *Document { return Analyse(nlp.NewDocument(text)) }

// Summary picks up to n sentences, returned in article order.
func (doc *Document) Summary(n int) []Sentence { return doc.SummaryWith(n, DefaultParams) }

// SummaryWith is Summary with explicit weights.
func (doc *Document) SummaryWith(n int, p Params) []Sentence { return doc.summary("", n, p) }

// Digest returns the headline and the n-sentence summary of text, analysing
// it once.
func Digest(text string, n int) (headline string, sentences []Sentence) {
	return DigestTitled(text, "", n)
}

// DigestTitled is Digest with the page title (empty when there is none) as
// a signal of what the story is about (see Document.HeadlineFor).
func DigestTitled(text, title string, n int) (headline string, sentences []Sentence) {
	doc := AnalyseText(text)
	return doc.HeadlineFor(title), doc.SummaryFor(title, n)
}

// summaryTitleWeight is the weight of the page title in the summary: a
// sentence that says what the title says is more likely the news.
const summaryTitleWeight = 0.3

// summaryLedeWeight scales the score of a sentence the headline reads as a
// feature lede, scene or hook before the news (see headlineReading).
const summaryLedeWeight = 0.35

// SummaryFor is Summary with the page title (empty when there is none) as a
// signal of what the news is.
func (doc *Document) SummaryFor(title string, n int) []Sentence {
	return doc.summary(title, n, DefaultParams)
}

// summary is SummaryFor with explicit weights: the sentences ranked by p,
// the sentences that say what the title says up and, when the headline has
// been read (see headlineReading), the scene before the news weighed down
// and the headline's own sentence kept.
func (doc *Document) summary(title string, n int, p Params) []Sentence {
	if n <= 0 {
		return nil
	}
	d := doc.d
	scores := d.rank(p)
	read, ok := d.headlineReading(title)
	if ok && len(read.ledes) > 0 {
		// The scene or hook before the news, as the headline reads it,
		// is no summary of it.
		scores = slices.Clone(scores)
		for _, i := range read.ledes {
			if scores[i] > 0 {
				scores[i] *= summaryLedeWeight
			}
		}
	}
	if tt := d.titleTerms(title); len(tt) > 0 {
		scores = slices.Clone(scores)
		mx := 0.0
		for i := range scores {
			if scores[i] >= 0 {
				scores[i] += summaryTitleWeight * d.titleShare(tt, d.sents[i].vec)
				mx = max(mx, scores[i])
			}
		}
		for i := range scores {
			if scores[i] > 0 {
				scores[i] /= mx // scores stay in [0, 1]
			}
		}
	}
	first := -1
	if ok {
		// The summary states the news the headline states: its sentence
		// is chosen first.
		first = read.source
	}
	return d.pick(scores, n, p.Redund, first)
}

// Summarise picks up to n sentences of text, returned in article order.
func Summarise(text string, n int) []Sentence {
	return SummariseWith(text, n, DefaultParams)
}

// SummariseWith is Summarise with explicit weights. As the pipeline does
// for English text, the headline is read first (see headlineReading).
func SummariseWith(text string, n int, p Params) []Sentence {
	if n <= 0 {
		return nil
	}
	doc := AnalyseText(text)
	doc.Headline()
	return doc.SummaryWith(n, p)
}

// rank scores every candidate sentence in [0, 1]; bad lines get -1. A
// ranking with the same parameters is computed once per document (the
// headline's title rule and the summary share the default one); callers
// must not change the slice.
func (d *document) rank(p Params) []float64 {
	for _, r := range d.ranked {
		if r.p == p {
			d.rankMax = r.max
			return r.scores
		}
	}
	scores := d.rankScores(p)
	d.ranked = append(d.ranked, ranking{p, scores, d.rankMax})
	return scores
}

// rankScores is rank without the cache.
func (d *document) rankScores(p Params) []float64 {
	ns := len(d.sents)
	scores := make([]float64, ns)
	if ns == 0 {
		return scores
	}
	if d.cent == nil || d.centBack != p.Backward || d.centTh != p.Threshold {
		d.cent, d.centBack, d.centTh = d.directedCentrality(p.Backward, p.Threshold), p.Backward, p.Threshold
	}
	if d.key == nil || d.keyK != p.KeyTerms {
		d.key, d.keyK = d.keyCoverage(p.KeyTerms), p.KeyTerms
	}
	if d.rankScore == nil && p.Rank != 0 {
		d.rankScore = scaleToMax(d.pageRank())
	}
	for i := range d.sents {
		scores[i] = d.score(i, p)
		if d.sents[i].bad {
			scores[i] = -1
		}
	}
	mx := 0.0
	for _, v := range scores {
		mx = max(mx, v)
	}
	d.rankMax = mx
	if mx > 0 {
		for i := range scores {
			if scores[i] > 0 {
				scores[i] /= mx
			}
		}
	}
	return scores
}

// score is sentence i's unscaled rank score by p, whether or not it is a
// bad summary line; rankScores must have computed its inputs.
func (d *document) score(i int, p Params) float64 {
	s := &d.sents[i]
	pos := 1 / math.Pow(float64(s.idx+1), p.PosDecay)
	v := p.Pos*pos + p.Cent*d.cent[i] + p.Key*d.key[i] + p.Length*float64(min(s.nWords, 40))/40
	if p.Rank != 0 {
		v += p.Rank * d.rankScore[i]
	}
	if s.weak && s.idx > 0 {
		v *= p.Weak
	}
	return v
}

// directedCentrality is PacSum's centrality: the thresholded similarity to
// later sentences plus backward times that to earlier ones, scaled to [0, 1].
func (d *document) directedCentrality(backward, threshold float64) []float64 {
	ns := len(d.sents)
	out := make([]float64, ns)
	if ns < 2 {
		return out
	}
	sims := make([]float64, ns*(ns-1)/2)
	lo, hi := math.Inf(1), math.Inf(-1)
	k := 0
	// Sentence i's weights spread over a dense vector: each dot product
	// with a later sentence is then one pass over that sentence's terms
	// (the same sums, in the same order, as sim's merge).
	dense := make([]float64, len(d.terms))
	for i := 0; i < ns; i++ {
		a := &d.sents[i]
		for _, tw := range a.vec {
			dense[tw.id] = tw.w
		}
		for j := i + 1; j < ns; j++ {
			b := &d.sents[j]
			v := 0.0
			if a.norm != 0 && b.norm != 0 {
				var dot float64
				for _, tw := range b.vec {
					if x := dense[tw.id]; x != 0 {
						dot += x * tw.w
					}
				}
				v = dot / (a.norm * b.norm)
			}
			sims[k] = v
			k++
			lo, hi = min(lo, v), max(hi, v)
		}
		for _, tw := range a.vec {
			dense[tw.id] = 0
		}
	}
	th := lo + threshold*(hi-lo)
	k = 0
	for i := 0; i < ns; i++ {
		for j := i + 1; j < ns; j++ {
			v := sims[k] - th
			k++
			if v <= 0 {
				continue
			}
			out[i] += v            // i is earlier: j elaborates on i
			out[j] += backward * v // j repeats i
		}
	}
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, v := range out {
		lo, hi = min(lo, v), max(hi, v)
	}
	for i := range out {
		if hi > lo {
			out[i] = (out[i] - lo) / (hi - lo)
		} else {
			out[i] = 0
		}
	}
	return out
}

// scaleToMax divides non-negative scores by their maximum, in place.
func scaleToMax(v []float64) []float64 {
	mx := 0.0
	for _, x := range v {
		mx = max(mx, x)
	}
	if mx > 0 {
		for i := range v {
			v[i] /= mx
		}
	}
	return v
}

// keyCoverage scores each sentence by the share of the article's key terms
// (its most frequent content words, names counted double) it contains.
func (d *document) keyCoverage(k int) []float64 {
	weight := make([]float64, len(d.terms))
	for id, c := range d.tf {
		if c > 1 {
			weight[id] = float64(c)
		}
	}
	for i := range d.sents {
		for _, nm := range d.sents[i].names {
			if weight[nm] > 0 {
				weight[nm] += 0.5
			}
		}
	}
	var all []int32
	for id, w := range weight {
		if w > 0 {
			all = append(all, int32(id))
		}
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if weight[a] != weight[b] {
			return weight[a] > weight[b]
		}
		return d.terms[a] < d.terms[b]
	})
	if len(all) > k {
		all = all[:k]
	}
	keys := make([]float64, len(d.terms))
	total := 0.0
	for _, id := range all {
		keys[id] = weight[id]
		total += weight[id]
	}
	out := make([]float64, len(d.sents))
	if total == 0 {
		return out
	}
	for i := range d.sents {
		for _, tw := range d.sents[i].vec {
			out[i] += keys[tw.id]
		}
		out[i] /= total
	}
	return scaleToMax(out)
}

// pick selects up to n sentences by maximal marginal relevance, the
// sentence first (when it is >= 0 and no bad line) before all others, and
// returns them in article order. Bad lines (score < 0) are never used; a
// line that ends on "!" only when the others run out.
func (d *document) pick(scores []float64, n int, redund float64, first int) []Sentence {
	var chosen []int
	used := make([]bool, len(d.sents))
	exclaims := false
	for len(chosen) < n {
		best := -1
		if first >= 0 && scores[first] >= 0 {
			best, first = first, -1
		} else {
			best = d.nextLine(scores, used, chosen, redund, exclaims)
		}
		if best < 0 {
			if exclaims {
				break
			}
			exclaims = true
			continue
		}
		used[best] = true
		if d.duplicates(best, chosen) {
			continue
		}
		// A sentence that refers back goes in only with the sentence it
		// depends on, or, for "he" or "she", after a chosen sentence that
		// names someone.
		if prev := best - 1; d.sents[best].dep && !slices.Contains(chosen, prev) && !(d.sents[best].person && d.namedBefore(best, chosen)) {
			if len(chosen)+2 > n || used[prev] || scores[prev] < 0 && !d.sents[prev].question {
				continue
			}
			used[prev] = true
			chosen = append(chosen, prev)
		}
		chosen = append(chosen, best)
	}
	if len(chosen) == 0 {
		return nil
	}
	sort.Ints(chosen)
	out := make([]Sentence, 0, len(chosen))
	for _, i := range chosen {
		s := d.sents[i]
		// A summary line is read on its own: the dateline and agency
		// that open the story ("SANTA FE, N.M. (AP) —", "(CNN)") go.
		start := s.Start + nlp.SourceMark(d.text[s.Start:s.End])
		out = append(out, Sentence{Text: d.text[start:s.End], Start: start, End: s.End, Score: scores[i]})
	}
	return out
}

// nextLine returns the unused sentence that ranks best by scores, less
// redund times its similarity to the chosen ones; lines that end on "!"
// only with exclaims; -1 when none is left.
func (d *document) nextLine(scores []float64, used []bool, chosen []int, redund float64, exclaims bool) int {
	best, bestV := -1, math.Inf(-1)
	for i := range d.sents {
		if used[i] || scores[i] < 0 || d.sents[i].exclaims && !exclaims {
			continue
		}
		v := scores[i]
		if redund > 0 {
			red := 0.0
			for _, c := range chosen {
				red = max(red, d.sim(&d.sents[i], &d.sents[c]))
			}
			v -= redund * red
		}
		if v > bestV {
			best, bestV = i, v
		}
	}
	return best
}

// namedBefore reports whether a chosen sentence before sentence i names
// someone (has a capitalised word after its first).
func (d *document) namedBefore(i int, chosen []int) bool {
	for _, c := range chosen {
		if c < i && len(d.sents[c].names) > 0 {
			return true
		}
	}
	return false
}

// duplicates reports whether sentence i repeats one already chosen: the
// same words (a standfirst repeated as the lead, a pull quote), or the
// shorter of the two says little the longer does not (see restates).
func (d *document) duplicates(i int, chosen []int) bool {
	for _, c := range chosen {
		if d.sim(&d.sents[i], &d.sents[c]) > 0.9 || restates(&d.sents[i], &d.sents[c]) {
			return true
		}
	}
	return false
}

// restatedShare is the share of the shorter sentence's terms that the
// longer must hold for the shorter to restate it: a standfirst and the lead
// it sums up ("…has support from 52 percent…, while Mr. Sanders has backing
// from 33 percent" twice), a caption under the sentence it illustrates.
const restatedShare = 0.8

// restatesMin is how many distinct terms the shorter sentence must have for
// restates to judge it: "Police said so." shares its words with anything.
const restatesMin = 4

// restates reports whether the shorter of sentences a and b says little
// the longer does not: restatedShare of its distinct terms are in the
// longer.
func restates(a, b *sent) bool {
	short := min(len(a.vec), len(b.vec))
	if short < restatesMin {
		return false
	}
	return float64(sharedTerms(a, b)) >= restatedShare*float64(short)
}

// Lead returns the first n sentences of text (the Lead-n baseline).
func Lead(text string, n int) []Sentence {
	d := analyse(nlp.NewDocument(text))
	var out []Sentence
	for i := 0; i < len(d.sents) && i < n; i++ {
		s := d.sents[i]
		out = append(out, Sentence{Text: text[s.Start:s.End], Start: s.Start, End: s.End, Score: 1})
	}
	return out
}

// TextRank is the plain TextRank baseline (Mihalcea and Tarau 2004): a graph
// of sentences weighted by word overlap, ranked by PageRank (damping 0.85),
// the top n returned in article order.
func TextRank(text string, n int) []Sentence {
	d := analyse(nlp.NewDocument(text))
	ns := len(d.sents)
	if ns == 0 || n <= 0 {
		return nil
	}
	pr := d.pageRank()
	idx := make([]int, ns)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return pr[idx[a]] > pr[idx[b]] })
	if len(idx) > n {
		idx = idx[:n]
	}
	sort.Ints(idx)
	var res []Sentence
	for _, i := range idx {
		s := d.sents[i]
		res = append(res, Sentence{Text: text[s.Start:s.End], Start: s.Start, End: s.End, Score: pr[i]})
	}
	return res
}

// pageRank is TextRank's sentence score: PageRank (damping 0.85) over the
// graph of sentences weighted by overlapSim.
func (d *document) pageRank() []float64 {
	ns := len(d.sents)
	w := make([][]float64, ns)
	out := make([]float64, ns)
	for i := range w {
		w[i] = make([]float64, ns)
	}
	for i := 0; i < ns; i++ {
		for j := i + 1; j < ns; j++ {
			v := overlapSim(&d.sents[i], &d.sents[j])
			w[i][j], w[j][i] = v, v
			out[i] += v
			out[j] += v
		}
	}
	pr := make([]float64, ns)
	for i := range pr {
		pr[i] = 1 / float64(ns)
	}
	next := make([]float64, ns)
	for it := 0; it < 100; it++ {
		delta := 0.0
		for i := 0; i < ns; i++ {
			sum := 0.0
			for j := 0; j < ns; j++ {
				if w[j][i] > 0 && out[j] > 0 {
					sum += w[j][i] / out[j] * pr[j]
				}
			}
			next[i] = 0.15/float64(ns) + 0.85*sum
			delta += math.Abs(next[i] - pr[i])
		}
		pr, next = next, pr
		if delta < 1e-6 {
			break
		}
	}
	return pr
}
