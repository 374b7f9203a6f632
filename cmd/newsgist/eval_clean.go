package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"runtime"
	"sort"
	"time"

	"github.com/markusmobius/go-trafilatura"

	"github.com/newsgist/newsgist/internal/clean"
	"github.com/newsgist/newsgist/internal/cleaneval"
)

func init() {
	registerEval("clean", "[-baseline] [-worst N] [-procs N] [DIR]  (default DIR ../shared/eval/clean-dev)", evalClean)
}

// evalClean runs the cleaner over an evaluation set of HTML pages with
// hand-made ground truth and prints shingle precision, recall and F1, the
// per-page wall and CPU time and the five slowest pages.
func evalClean(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("eval clean", flag.ContinueOnError)
	fs.SetOutput(out)
	baseline := fs.Bool("baseline", false, "also score go-trafilatura alone (its own parsing, no fallback, no date search)")
	worst := fs.Int("worst", 0, "list the N pages with the lowest F1")
	procs := fs.Int("procs", 1, "GOMAXPROCS while timing (1 = one core)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir := "../shared/eval/clean-dev"
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	pages, err := cleaneval.Load(dir)
	if err != nil {
		return err
	}
	if *procs > 0 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(*procs))
	}
	fmt.Fprintf(out, "clean-dev: %d pages from %s\n", len(pages), dir)
	if *baseline {
		run(out, "go-trafilatura", pages, 0, func(p cleaneval.Page) string {
			res, err := trafilatura.Extract(bytes.NewReader(p.HTML), trafilatura.Options{
				ExcludeComments: true, HtmlDateMode: trafilatura.Disabled,
			})
			if err != nil || res == nil {
				return ""
			}
			return res.ContentText
		})
	}
	run(out, "newsgist", pages, *worst, func(p cleaneval.Page) string {
		a, err := clean.Clean(p.HTML, p.ID+".html", "text/html")
		if err != nil {
			return ""
		}
		return a.Text
	})
	return nil
}

func run(out io.Writer, name string, pages []cleaneval.Page, worst int, extract func(cleaneval.Page) string) {
	extract(pages[0]) // warm up lazily initialised tables
	counts := make([]cleaneval.Counts, len(pages))
	times := make([]time.Duration, len(pages))
	cpu := make([]time.Duration, len(pages))
	for i, p := range pages {
		c0, start := processCPU(), time.Now()
		text := extract(p)
		times[i], cpu[i] = time.Since(start), processCPU()-c0
		counts[i] = cleaneval.Compare(p.Truth, text)
	}
	s := cleaneval.Aggregate(counts)
	t := cleaneval.Times(times)
	fmt.Fprintf(out, "%-15s F1 %.4f  precision %.4f  recall %.4f  | per page: median %s  p95 %s  max %s\n",
		name, s.F1, s.Precision, s.Recall, ms(t.Median), ms(t.P95), ms(t.Max))
	if c := cleaneval.Times(cpu); c.Max > 0 {
		fmt.Fprintf(out, "%-15s CPU time per page (not inflated by other programs): median %s  p95 %s  max %s\n",
			"", ms(c.Median), ms(c.P95), ms(c.Max))
	}
	printSlowest(out, pages, times, cpu, 5)
	if worst > 0 {
		printWorst(out, pages, counts, worst)
	}
}

// printSlowest lists the n pages that took longest (wall time), with
// their CPU time and size.
func printSlowest(out io.Writer, pages []cleaneval.Page, times, cpu []time.Duration, n int) {
	idx := make([]int, len(pages))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return times[idx[a]] > times[idx[b]] })
	fmt.Fprintf(out, "  slowest %d:\n", min(n, len(idx)))
	for _, i := range idx[:min(n, len(idx))] {
		fmt.Fprintf(out, "    %s (CPU %s)  %4d KB  %s  %s\n", ms(times[i]), ms(cpu[i]), len(pages[i].HTML)/1024, shortID(pages[i].ID, 12), pages[i].URL)
	}
}

// printWorst lists the n pages with the lowest F1.
func printWorst(out io.Writer, pages []cleaneval.Page, counts []cleaneval.Counts, n int) {
	idx := make([]int, len(pages))
	f1 := make([]float64, len(pages))
	for i := range idx {
		idx[i] = i
		p, r := counts[i].PrecisionRecall()
		if p+r > 0 {
			f1[i] = 2 * p * r / (p + r)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return f1[idx[a]] < f1[idx[b]] })
	for _, i := range idx[:min(n, len(idx))] {
		p, r := counts[i].PrecisionRecall()
		fmt.Fprintf(out, "  F1 %.3f P %.3f R %.3f  %s  %s\n", f1[i], p, r, shortID(pages[i].ID, 12), pages[i].URL)
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

// shortID is the first n bytes of a page id (all of a shorter one).
func shortID(id string, n int) string {
	if len(id) > n {
		return id[:n]
	}
	return id
}
