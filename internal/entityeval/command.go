package entityeval

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/pipeline"
)

// DefaultDir is the clean-dev set, relative to the project root.
const DefaultDir = "../shared/eval/clean-dev"

// Usage is the command's argument summary.
const Usage = "[-v] [-heldout | -real [-labels FILE]] [-data DIR]  people, places and organisations on 25 hand-labelled pages, -heldout on 12 others labelled blind, or -real: the real-page labels scored as score_real.py does (default DIR " + DefaultDir + ")"

// Predicted are one page's entities as the digest lists them.
type Predicted struct{ People, Places, Organisations []string }

// Run digests each gold page's HTML in dir/html with the real pipeline and
// returns the digests' entities, in the order of pages.
func Run(dir string, pages []Page) ([]Predicted, time.Duration, error) {
	out := make([]Predicted, len(pages))
	var took time.Duration
	for i, p := range pages {
		body, err := os.ReadFile(filepath.Join(dir, "html", p.File))
		if err != nil {
			return nil, 0, err
		}
		start := time.Now()
		d := pipeline.Digest(body, digest.Source{Key: p.File, Size: int64(len(body))}, pipeline.DefaultOptions)
		took += time.Since(start)
		if d.Status != digest.StatusOK {
			return nil, 0, fmt.Errorf("%s: digest status %s", p.File, d.Status)
		}
		out[i] = Predicted{d.Entities.People, d.Entities.Places, d.Entities.Organisations}
	}
	return out, took, nil
}

func lists(p Page) [][]string          { return [][]string{p.People, p.Places, p.Organisations} }
func predLists(p Predicted) [][]string { return [][]string{p.People, p.Places, p.Organisations} }

// Report scores predictions against pages per type; the last element is
// the sum over types. With results non-nil it also records each page's
// per-type results.
func Report(pages []Page, preds []Predicted, partial bool, results *[][]Result) []Counts {
	sum := make([]Counts, len(Types)+1)
	for i, p := range pages {
		g, q := lists(p), predLists(preds[i])
		var rs []Result
		for t := range Types {
			r := Score(g[t], q[t], partial)
			sum[t] = sum[t].Add(r.Counts)
			sum[len(Types)] = sum[len(Types)].Add(r.Counts)
			rs = append(rs, r)
		}
		if results != nil {
			*results = append(*results, rs)
		}
	}
	return sum
}

// Command implements "newsgist eval entities".
func Command(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("eval entities", flag.ContinueOnError)
	fs.SetOutput(out)
	dir := fs.String("data", DefaultDir, "clean-dev directory (holding html/)")
	verbose := fs.Bool("v", false, "list each page's false positives (FP) and misses (MISS), exact match")
	heldout := fs.Bool("heldout", false, "score the held-out pages (HeldOut, labelled blind; never tune on them) instead of the tuning pages (Gold)")
	useReal := fs.Bool("real", false, "score the real-page labels (-labels, JSON Lines) with score_real.py's strict and lenient per-type measure")
	labels := fs.String("labels", DefaultRealLabels, "real-page entity labels for -real")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *useReal {
		return runReal(*dir, *labels, *verbose, out)
	}
	pages := Gold
	if *heldout {
		pages = HeldOut
	}
	preds, took, err := Run(*dir, pages)
	if err != nil {
		return err
	}
	var n [3]int
	for _, p := range pages {
		for t, l := range lists(p) {
			n[t] += len(l)
		}
	}
	fmt.Fprintf(out, "%s: %d pages, gold %d people, %d places, %d organisations (whole digest %.2f ms/page)\n",
		*dir, len(pages), n[0], n[1], n[2], float64(took.Microseconds())/1000/float64(len(pages)))
	var results [][]Result
	for _, partial := range []bool{false, true} {
		label := "exact match (case-insensitive, punctuation trimmed)"
		rs := &results
		if partial {
			label = "partial match (one name contains the other; looser)"
			rs = nil
		}
		sum := Report(pages, preds, partial, rs)
		fmt.Fprintln(out, label)
		for t, c := range sum {
			name := "overall"
			if t < len(Types) {
				name = Types[t]
			}
			p, r, f := c.PRF()
			fmt.Fprintf(out, "  %-14s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d dup %d)\n", name, p, r, f, c.TP, c.FP, c.FN, c.Dup)
		}
	}
	if *verbose {
		for i, p := range pages {
			for t, r := range results[i] {
				for _, s := range r.FalsePos {
					fmt.Fprintf(out, "FP   %s %-13s %q\n", p.File[:12], Types[t], s)
				}
				for _, s := range r.Missed {
					fmt.Fprintf(out, "MISS %s %-13s %q\n", p.File[:12], Types[t], s)
				}
			}
		}
	}
	return nil
}
