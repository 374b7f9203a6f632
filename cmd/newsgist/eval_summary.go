package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgist/newsgist/internal/nlp"
	"github.com/newsgist/newsgist/internal/rouge"
	"github.com/newsgist/newsgist/internal/summary"
)

func init() {
	registerEval("summary", "[-data DIR] [-n 3] [-v] [weights]: ROUGE-1/2/L F1 of summaries (CNN/DM, BBC) and headlines (XSum, PolNeAR titles) beside Lead-3, TextRank, first sentence and stored neural systems", runEvalSummary)
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
	name  string
	mean  rouge.Mean
	words int
	long  int // headlines over 15 words
	mid   int // headlines ending mid-phrase
}

type evalTable struct {
	rows  []*evalRow
	index map[string]*evalRow
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
	}
}

func (t *evalTable) print(out io.Writer, title string, headline bool) {
	fmt.Fprintf(out, "\n%s\n", title)
	if headline {
		fmt.Fprintf(out, "  %-14s %6s %6s %6s %7s %6s %6s\n", "system", "R-1", "R-2", "R-L", "words", ">15w", "mid")
	} else {
		fmt.Fprintf(out, "  %-14s %6s %6s %6s %7s\n", "system", "R-1", "R-2", "R-L", "words")
	}
	for _, r := range t.rows {
		r1, r2, rl := r.mean.F1()
		w := float64(r.words) / float64(max(1, r.mean.N))
		if headline {
			fmt.Fprintf(out, "  %-14s %6.2f %6.2f %6.2f %7.1f %6d %6d\n", r.name, r1, r2, rl, w, r.long, r.mid)
		} else {
			fmt.Fprintf(out, "  %-14s %6.2f %6.2f %6.2f %7.1f\n", r.name, r1, r2, rl, w)
		}
	}
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
	fs.Float64Var(&summary.HeadlineParams.Length, "hlen", summary.HeadlineParams.Length, "headline source: weight of sentence length")
	fs.Float64Var(&summary.HeadlineParams.Pos, "hpos", summary.HeadlineParams.Pos, "headline source: weight of position")
	fs.Float64Var(&summary.HeadlineParams.Key, "hkey", summary.HeadlineParams.Key, "headline source: weight of key-term coverage")
	fs.Float64Var(&summary.HeadlineParams.Cent, "hcent", summary.HeadlineParams.Cent, "headline source: weight of centrality")
	fs.IntVar(&summary.HeadlineWindow, "hwin", summary.HeadlineWindow, "leading sentences a headline may come from")
	fs.IntVar(&p.KeyTerms, "keys", p.KeyTerms, "number of key terms")
	if err := fs.Parse(args); err != nil {
		return err
	}
	fmt.Fprintf(out, "ROUGE F1 (%%), lower-cased [a-z0-9]+ tokens, no stemming; summaries of %d sentences\n", *n)
	fmt.Fprintf(out, "params: %+v\n", p)

	var elapsed time.Duration
	var articles int
	summaries := func(file, title string, ref func(summRecord) string) error {
		recs, err := loadSummRecords(filepath.Join(*data, "summ-dev", file))
		if err != nil {
			return err
		}
		var t evalTable
		for _, r := range recs {
			text := normaliseEvalText(r.Text)
			reference := ref(r)
			start := time.Now()
			got := summary.SummariseWith(text, *n, p)
			elapsed += time.Since(start)
			articles++
			t.add("newsgist", joinSentences(got), reference, false)
			t.add("lead-3", joinSentences(summary.Lead(text, *n)), reference, false)
			t.add("textrank", joinSentences(summary.TextRank(text, *n)), reference, false)
			for _, k := range sortedKeys(r.Systems) {
				t.add(k, r.Systems[k], reference, false)
			}
		}
		t.print(out, fmt.Sprintf("%s (%d articles)", title, len(recs)), false)
		return nil
	}
	if err := summaries("cnndm_dev.jsonl", "Summaries: CNN/DM highlights", func(r summRecord) string { return r.Reference }); err != nil {
		return err
	}
	if err := summaries("bbc_dev.jsonl", "Summaries: BBC extractive", func(r summRecord) string { return strings.Join(r.Summary, " ") }); err != nil {
		return err
	}

	headlines := func(recs []summRecord, title string, body func(summRecord) string, ref func(summRecord) string, systems bool) {
		var t evalTable
		for _, r := range recs {
			text := body(r)
			reference := ref(r)
			h := summary.Headline(text)
			t.add("newsgist", h, reference, true)
			t.add("first-sent", firstSentence(text), reference, true)
			if systems {
				for _, k := range sortedKeys(r.Systems) {
					t.add(k, r.Systems[k], reference, true)
				}
			}
			if *verbose {
				fmt.Fprintf(out, "  %q\n    ref %q\n", h, reference)
			}
		}
		t.print(out, fmt.Sprintf("%s (%d articles)", title, len(recs)), true)
	}
	xsum, err := loadSummRecords(filepath.Join(*data, "summ-dev", "xsum_dev.jsonl"))
	if err != nil {
		return err
	}
	headlines(xsum, "Headlines: XSum one-sentence summaries",
		func(r summRecord) string { return normaliseEvalText(r.Text) },
		func(r summRecord) string { return r.Reference }, true)
	pol, err := loadSummRecords(filepath.Join(*data, "quotes-dev", "polnear_dev.jsonl"))
	if err != nil {
		return err
	}
	headlines(pol, "Headlines: PolNeAR published titles",
		func(r summRecord) string {
			text := normaliseEvalText(r.Text)
			if i := strings.Index(text, "\n\n"); i >= 0 {
				text = strings.TrimSpace(text[i+2:]) // the first paragraph is the title
			}
			return text
		},
		func(r summRecord) string { return r.Title }, false)
	if articles > 0 {
		fmt.Fprintf(out, "\nnewsgist Summarise: %.2f ms per article (mean over %d)\n", float64(elapsed.Microseconds())/1000/float64(articles), articles)
	}
	return nil
}
