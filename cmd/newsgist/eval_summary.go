package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgist/newsgist/internal/nlp"
	"github.com/newsgist/newsgist/internal/nlp/postag"
	"github.com/newsgist/newsgist/internal/realeval"
	"github.com/newsgist/newsgist/internal/rouge"
	"github.com/newsgist/newsgist/internal/summary"
)

func init() {
	registerEval("summary", "[-data DIR] [-n 3] [-v] [-train] [-tradeoff] [weights]: ROUGE-1/2/L F1 of summaries (CNN/DM, BBC) and headlines (XSum, PolNeAR titles) beside Lead-3, TextRank, first sentence and stored neural systems; -tradeoff blends the ranking into TextRank centrality against both summary bars", runEvalSummary)
}

// summRecord is one line of the summ-dev and quotes-dev JSONL files; each
// file uses a subset of the fields.
type summRecord struct {
	ID        string            `json:"id"`
	Title     string            `json:"title"`
	Text      string            `json:"text"`
	Reference string            `json:"reference"`
	Summary   []string          `json:"summary"`
	Systems   map[string]string `json:"systems"`
}

func loadSummRecords(path string) ([]summRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []summRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r summRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

// normaliseEvalText does what the cleaning stage does to text before the
// summariser sees it: straight quotes, no-break spaces as spaces, runs of
// spaces collapsed.
func normaliseEvalText(s string) string {
	r := strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "‘", "'", "’", "'", "\u00a0", " ", "\t", " ", "\r", "")
	s = r.Replace(s)
	for strings.Contains(s, "  ") {
		s = strings.ReplaceAll(s, "  ", " ")
	}
	return strings.TrimSpace(s)
}

func joinSentences(ss []summary.Sentence) string {
	var b strings.Builder
	for i, s := range ss {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// firstSentence is the headline baseline: the article's first sentence.
func firstSentence(text string) string {
	sp := nlp.Sentences(text)
	if len(sp) == 0 {
		return ""
	}
	return text[sp[0].Start:sp[0].End]
}

type evalRow struct {
	name     string
	mean     rouge.Mean
	words    int
	long     int // headlines over summary.MaxHeadlineWords words
	mid      int // headlines ending mid-phrase
	verbless int // headlines with no finite verb by prose's POS tagger
	// disagree counts headlines where newsgist's own finite-verb judgement
	// (summary.HasFiniteVerb) says there is a verb and prose's tagger says
	// there is none (the costly error: a verbless headline let through);
	// missed counts the opposite.
	disagree, missed int
	// checked counts headlines judged against their article by
	// real-dev's three checks (realeval.CheckHeadline), and failed those
	// that fail any: cut, no finite verb or not from the article.
	checked, failed int
}

type evalTable struct {
	rows  []*evalRow
	index map[string]*evalRow
}

// check judges the headline cand of row name against its article body
// with real-dev's three checks and reports whether it passes all three.
func (t *evalTable) check(name, cand, body string) bool {
	r := t.index[name]
	v := realeval.CheckHeadline(cand, body)
	r.checked++
	if !v.AcceptableAll3 {
		r.failed++
	}
	return v.AcceptableAll3
}

func (t *evalTable) add(name, cand, ref string, headline bool) {
	if t.index == nil {
		t.index = map[string]*evalRow{}
	}
	r := t.index[name]
	if r == nil {
		r = &evalRow{name: name}
		t.index[name] = r
		t.rows = append(t.rows, r)
	}
	r.mean.Add(rouge.Compute(cand, ref))
	n := len(strings.Fields(cand))
	r.words += n
	if headline {
		if n > summary.MaxHeadlineWords {
			r.long++
		}
		if summary.EndsMidPhrase(cand) {
			r.mid++
		}
		ours, prose := summary.HasFiniteVerb(cand), hasFiniteVerb(cand)
		if !prose {
			r.verbless++
		}
		if ours && !prose {
			r.disagree++
		}
		if !ours && prose {
			r.missed++
		}
	}
}

func (t *evalTable) print(out io.Writer, title string, headline bool) {
	fmt.Fprintf(out, "\n%s\n", title)
	if headline {
		fmt.Fprintf(out, "  %-14s %6s %6s %6s %7s %6s %6s %7s %9s %7s\n", "system", "R-1", "R-2", "R-L", "words", ">22w", "mid", "noverb", "verb≠tag", "checks")
	} else {
		fmt.Fprintf(out, "  %-14s %6s %6s %6s %7s\n", "system", "R-1", "R-2", "R-L", "words")
	}
	for _, r := range t.rows {
		r1, r2, rl := r.mean.F1()
		w := float64(r.words) / float64(max(1, r.mean.N))
		if headline {
			checks := "-"
			if r.checked > 0 {
				checks = fmt.Sprintf("%.3f", 1-float64(r.failed)/float64(r.checked))
			}
			fmt.Fprintf(out, "  %-14s %6.2f %6.2f %6.2f %7.1f %6d %6d %7d %4d/%-4d %7s\n", r.name, r1, r2, rl, w, r.long, r.mid, r.verbless, r.disagree, r.missed, checks)
		} else {
			fmt.Fprintf(out, "  %-14s %6.2f %6.2f %6.2f %7.1f\n", r.name, r1, r2, rl, w)
		}
	}
}

// hasFiniteVerb reports whether prose's POS tagger finds a finite verb (past,
// present or modal) in a headline: an independent check that compression
// did not leave a subject without its verb ("Two hostages — an American").
func hasFiniteVerb(h string) bool {
	for _, t := range postag.Tag(h) {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func runEvalSummary(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("eval summary", flag.ContinueOnError)
	fs.SetOutput(out)
	data := fs.String("data", filepath.Join("..", "shared", "eval"), "evaluation data directory (with summ-dev/ and quotes-dev/)")
	n := fs.Int("n", 3, "summary sentences (the same budget for every system)")
	verbose := fs.Bool("v", false, "print every headline beside its reference")
	tradeoff := fs.Bool("tradeoff", false, "also print the trade-off between the CNN/DM and BBC bars as the ranking moves from position to TextRank centrality")
	train := fs.Bool("train", false, "also score headlines on the 840 articles of PolNeAR's train split against their published titles")
	p, ho := summaryParamFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	fmt.Fprintf(out, "ROUGE F1 (%%), lower-cased [a-z0-9]+ tokens, no stemming; summaries of %d sentences\n", *n)
	fmt.Fprintf(out, "params: %+v\n", *p)

	var timing summaryTiming
	if err := timing.evalSummaries(out, filepath.Join(*data, "summ-dev", "cnndm_dev.jsonl"), "Summaries: CNN/DM highlights", *n, *p,
		func(r summRecord) string { return r.Reference }); err != nil {
		return err
	}
	if err := timing.evalSummaries(out, filepath.Join(*data, "summ-dev", "bbc_dev.jsonl"), "Summaries: BBC extractive", *n, *p,
		func(r summRecord) string { return strings.Join(r.Summary, " ") }); err != nil {
		return err
	}
	xsum, err := loadSummRecords(filepath.Join(*data, "summ-dev", "xsum_dev.jsonl"))
	if err != nil {
		return err
	}
	evalHeadlines(out, xsum, "Headlines: XSum one-sentence summaries", *ho, *verbose,
		func(r summRecord) string { return normaliseEvalText(r.Text) },
		func(r summRecord) string { return r.Reference }, true)
	polSets := []struct{ file, title string }{{"polnear_dev.jsonl", "Headlines: PolNeAR published titles"}}
	if *train {
		polSets = append(polSets, struct{ file, title string }{"polnear_train.jsonl", "Headlines: PolNeAR train-split titles (held out until round seven of issue 12; rules since read their failures)"})
	}
	for _, set := range polSets {
		pol, err := loadSummRecords(filepath.Join(*data, "quotes-dev", set.file))
		if err != nil {
			return err
		}
		evalHeadlines(out, pol, set.title, *ho, *verbose,
			func(r summRecord) string {
				text := normaliseEvalText(r.Text)
				if i := strings.Index(text, "\n\n"); i >= 0 {
					text = strings.TrimSpace(text[i+2:]) // the first paragraph is the title
				}
				return text
			},
			func(r summRecord) string { return r.Title }, false)
	}
	if *tradeoff {
		if err := printTradeoff(out, *data, *n, *p); err != nil {
			return err
		}
	}
	if timing.articles > 0 {
		fmt.Fprintf(out, "\nnewsgist Summarise (the headline read first, as the pipeline does): %.2f ms per article (mean over %d)\n", float64(timing.elapsed.Microseconds())/1000/float64(timing.articles), timing.articles)
	}
	return nil
}

// summaryParamFlags defines the ranking and headline knobs on fs, each
// defaulting to the product's values.
func summaryParamFlags(fs *flag.FlagSet) (*summary.Params, *summary.HeadlineOptions) {
	p := summary.DefaultParams
	fs.Float64Var(&p.PosDecay, "decay", p.PosDecay, "position prior exponent")
	fs.Float64Var(&p.Pos, "pos", p.Pos, "weight of the position prior")
	fs.Float64Var(&p.Cent, "cent", p.Cent, "weight of the directed centrality")
	fs.Float64Var(&p.Key, "key", p.Key, "weight of key-term coverage")
	fs.Float64Var(&p.Backward, "back", p.Backward, "centrality weight of edges to earlier sentences")
	fs.Float64Var(&p.Threshold, "th", p.Threshold, "centrality similarity threshold (fraction of range)")
	fs.Float64Var(&p.Weak, "weak", p.Weak, "score factor for sentences opening with a pronoun or connective")
	fs.Float64Var(&p.Redund, "red", p.Redund, "MMR redundancy penalty")
	fs.Float64Var(&p.Length, "len", p.Length, "weight of sentence length")
	fs.Float64Var(&p.Rank, "rank", p.Rank, "weight of the TextRank score")
	ho := summary.DefaultHeadlineOptions()
	fs.Float64Var(&ho.Params.Length, "hlen", ho.Params.Length, "headline source: weight of sentence length")
	fs.Float64Var(&ho.Params.Pos, "hpos", ho.Params.Pos, "headline source: weight of position")
	fs.Float64Var(&ho.Params.Key, "hkey", ho.Params.Key, "headline source: weight of key-term coverage")
	fs.Float64Var(&ho.Params.Cent, "hcent", ho.Params.Cent, "headline source: weight of centrality")
	fs.IntVar(&ho.Window, "hwin", ho.Window, "leading sentences a headline may come from")
	fs.IntVar(&p.KeyTerms, "keys", p.KeyTerms, "number of key terms")
	return &p, &ho
}

// summaryTiming adds up the time newsgist's summariser takes.
type summaryTiming struct {
	elapsed  time.Duration
	articles int
}

// evalSummaries scores newsgist, Lead-3, TextRank and the data set's
// systems on the summaries of file against ref, and prints the table.
func (tm *summaryTiming) evalSummaries(out io.Writer, file, title string, n int, p summary.Params, ref func(summRecord) string) error {
	recs, err := loadSummRecords(file)
	if err != nil {
		return err
	}
	var t evalTable
	for _, r := range recs {
		text := normaliseEvalText(r.Text)
		reference := ref(r)
		start := time.Now()
		got := summary.SummariseWith(text, n, p)
		tm.elapsed += time.Since(start)
		tm.articles++
		t.add("newsgist", joinSentences(got), reference, false)
		t.add("lead-3", joinSentences(summary.Lead(text, n)), reference, false)
		t.add("textrank", joinSentences(summary.TextRank(text, n)), reference, false)
		for _, k := range sortedKeys(r.Systems) {
			t.add(k, r.Systems[k], reference, false)
		}
	}
	t.print(out, fmt.Sprintf("%s (%d articles)", title, len(recs)), false)
	return nil
}

// evalHeadlines scores newsgist's headline (no title given) and the first
// sentence, and with systems the data set's systems, against ref.
func evalHeadlines(out io.Writer, recs []summRecord, title string, ho summary.HeadlineOptions, verbose bool,
	body, ref func(summRecord) string, systems bool) {
	var t evalTable
	for _, r := range recs {
		text := body(r)
		reference := ref(r)
		h := summary.AnalyseText(text).HeadlineWith("", ho)
		t.add("newsgist", h, reference, true)
		passes := t.check("newsgist", h, text)
		t.add("first-sent", firstSentence(text), reference, true)
		t.check("first-sent", firstSentence(text), text)
		if systems {
			for _, k := range sortedKeys(r.Systems) {
				t.add(k, r.Systems[k], reference, true)
			}
		}
		if verbose {
			fmt.Fprintf(out, "  %q\n    ref %q\n", h, reference)
			if ours, tagged := summary.HasFiniteVerb(h), hasFiniteVerb(h); ours != tagged {
				fmt.Fprintf(out, "    finite verb: newsgist %v, tagger %v\n", ours, tagged)
			}
			if !passes {
				v := realeval.CheckHeadline(h, text)
				fmt.Fprintf(out, "    checks: cut %v, finite verb %v, from the article %v (last %s)\n", v.Cut, v.Clause, v.FromArticle, v.Last)
			}
		}
	}
	t.print(out, fmt.Sprintf("%s (%d articles)", title, len(recs)), true)
}

// tradeoffSet is one summary data set prepared for the trade-off sweep: each
// article analysed once, with its reference and its bar (the baseline that
// the issue asks newsgist to beat on that set).
type tradeoffSet struct {
	name    string
	docs    []*summary.Document
	refs    []string
	bar     [3]float64
	barName string
	// refTokens and articleTokens are summed over the set: the mean
	// reference length, and its share of the article, explain the bars.
	refTokens, articleTokens int
}

// printTradeoff blends the ranking from the tuned weights (λ = 0) to TextRank
// centrality alone (λ = 1), scores every blend on CNN/DM (bar: Lead-3) and
// BBC (bar: TextRank), and prints the worst margin to the six bars, then the
// per-article oracle that picks, for each article, whichever end does better.
func printTradeoff(out io.Writer, data string, n int, base summary.Params) error {
	cnn, err := loadTradeoffSet(filepath.Join(data, "summ-dev", "cnndm_dev.jsonl"), "CNN/DM", "Lead-3", n,
		func(r summRecord) string { return r.Reference }, summary.Lead)
	if err != nil {
		return err
	}
	bbc, err := loadTradeoffSet(filepath.Join(data, "summ-dev", "bbc_dev.jsonl"), "BBC", "TextRank", n,
		func(r summRecord) string { return strings.Join(r.Summary, " ") }, summary.TextRank)
	if err != nil {
		return err
	}
	sets := []*tradeoffSet{cnn, bbc}
	worst := func(vals [][3]float64) float64 {
		w := math.Inf(1)
		for k, set := range sets {
			for j := range 3 {
				w = min(w, vals[k][j]-set.bar[j])
			}
		}
		return w
	}
	fmt.Fprintf(out, "\nTrade-off: score = (1-λ)·tuned ranking + λ·TextRank centrality; bars: CNN/DM above %s %.2f/%.2f/%.2f, BBC above %s %.2f/%.2f/%.2f\n",
		cnn.barName, cnn.bar[0], cnn.bar[1], cnn.bar[2], bbc.barName, bbc.bar[0], bbc.bar[1], bbc.bar[2])
	for _, set := range sets {
		fmt.Fprintf(out, "  %s references: %.0f tokens on average, %.0f%% of the article's\n", set.name,
			float64(set.refTokens)/float64(max(1, len(set.refs))), 100*float64(set.refTokens)/float64(max(1, set.articleTokens)))
	}
	fmt.Fprintf(out, "  %-24s %-20s %-20s %s\n", "ranking", "CNN/DM R-1/2/L", "BBC R-1/2/L", "worst margin")
	row := func(name string, vals [][3]float64) {
		fmt.Fprintf(out, "  %-24s %6.2f %6.2f %6.2f  %6.2f %6.2f %6.2f  %+6.2f\n", name,
			vals[0][0], vals[0][1], vals[0][2], vals[1][0], vals[1][1], vals[1][2], worst(vals))
	}
	ends := make([][2][]rouge.Scores, len(sets)) // per set: λ=0 and λ=1 per-article scores
	for _, lambda := range []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1} {
		vals := make([][3]float64, len(sets))
		for k, set := range sets {
			ss := set.scores(n, blendRanking(base, lambda))
			vals[k] = meanF1(ss)
			switch lambda {
			case 0:
				ends[k][0] = ss
			case 1:
				ends[k][1] = ss
			}
		}
		row(fmt.Sprintf("λ = %.1f", lambda), vals)
	}
	vals := make([][3]float64, len(sets))
	for k := range sets {
		vals[k] = meanF1(oracle(ends[k][0], ends[k][1]))
	}
	row("oracle: best of 0 and 1", vals)
	return nil
}

// loadTradeoffSet analyses the articles of file once and scores the
// baseline the set's bar is measured against.
func loadTradeoffSet(file, name, barName string, n int, ref func(summRecord) string, baseline func(string, int) []summary.Sentence) (*tradeoffSet, error) {
	recs, err := loadSummRecords(file)
	if err != nil {
		return nil, err
	}
	set := &tradeoffSet{name: name, barName: barName}
	var m rouge.Mean
	for _, r := range recs {
		text := normaliseEvalText(r.Text)
		doc := summary.AnalyseText(text)
		doc.Headline() // read first, as the pipeline does (the summary reads it)
		set.docs = append(set.docs, doc)
		set.refs = append(set.refs, ref(r))
		set.refTokens += len(rouge.Tokens(ref(r)))
		set.articleTokens += len(rouge.Tokens(text))
		m.Add(rouge.Compute(joinSentences(baseline(text, n)), ref(r)))
	}
	set.bar[0], set.bar[1], set.bar[2] = m.F1()
	return set, nil
}

// blendRanking moves the tuned ranking base a fraction lambda of the way to
// TextRank centrality.
func blendRanking(base summary.Params, lambda float64) summary.Params {
	p := base
	p.Pos *= 1 - lambda
	p.Cent *= 1 - lambda
	p.Key *= 1 - lambda
	p.Length *= 1 - lambda
	p.Rank = lambda
	return p
}

// scores are the set's per-article ROUGE scores of n-sentence summaries
// ranked with p.
func (set *tradeoffSet) scores(n int, p summary.Params) []rouge.Scores {
	var ss []rouge.Scores
	for i, doc := range set.docs {
		ss = append(ss, rouge.Compute(joinSentences(doc.SummaryWith(n, p)), set.refs[i]))
	}
	return ss
}

// meanF1 is the mean ROUGE-1/2/L F1 of ss.
func meanF1(ss []rouge.Scores) [3]float64 {
	var m rouge.Mean
	for _, s := range ss {
		m.Add(s)
	}
	var v [3]float64
	v[0], v[1], v[2] = m.F1()
	return v
}

// oracle knows each article's reference and keeps the better of the two
// rankings' summaries by ROUGE-1: an upper bound for any switch between them.
func oracle(a, b []rouge.Scores) []rouge.Scores {
	best := make([]rouge.Scores, len(a))
	for i := range a {
		best[i] = a[i]
		if b[i].R1.F > a[i].R1.F {
			best[i] = b[i]
		}
	}
	return best
}
