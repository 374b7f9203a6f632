package quoteeval

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/newsgist/newsgist/internal/nlp"
	"github.com/newsgist/newsgist/internal/quotes"
)

// DefaultFile is the development set, relative to the project root.
const DefaultFile = "../shared/eval/quotes-dev/polnear_dev.jsonl"

// Usage is the command's argument summary.
const Usage = "[-misses [-context]] [FILE.jsonl]  direct-quote spans and speakers on PolNeAR (default " + DefaultFile + ")"

// Extract analyses an article's raw text (curly quotes and all) as the
// pipeline does, runs quotes.Extract on it and returns its quotations as
// predictions with byte offsets.
func Extract(text string) []Pred {
	var ps []Pred
	for _, q := range quotes.Extract(nlp.NewDocument(text), 0) {
		p := Pred{Speaker: q.Speaker, Partial: q.Partial}
		for _, s := range q.Parts {
			p.Parts = append(p.Parts, Span{Start: s.Start, End: s.End})
		}
		ps = append(ps, p)
	}
	return ps
}

// Command implements "newsgist eval quotes": it scores Extract and the naive
// baseline with the same code on the same articles.
func Command(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("eval quotes", flag.ContinueOnError)
	fs.SetOutput(out)
	misses := fs.Bool("misses", false, "list matched quotes with a wrong speaker")
	context := fs.Bool("context", false, "with -misses, print the text around each")
	spans := fs.Bool("spans", false, "list unmatched gold units (MISSED) and predictions (EXTRA) with their context")
	if err := fs.Parse(args); err != nil {
		return err
	}
	path := DefaultFile
	if fs.NArg() > 0 {
		path = fs.Arg(0)
	}
	arts, err := ReadFile(path)
	if err != nil {
		return err
	}
	var ms []Miss
	opt := Options{Adjudicated: Adjudicated}
	if *misses {
		opt.Misses = &ms
	}
	var sm []SpanMiss
	if *spans {
		opt.Spans = &sm
	}
	start := time.Now()
	ours := Evaluate(arts, Extract, opt)
	took := time.Since(start)
	naive := Evaluate(arts, Naive, Options{Adjudicated: Adjudicated})
	all := Evaluate(arts, Extract, Options{Adjudicated: Adjudicated, AllPredictions: true})
	lenient := Evaluate(arts, Extract, Options{Adjudicated: Adjudicated, Lenient: true})
	fmt.Fprintf(out, "%s: %d articles, quote_kind=direct (extract+score %.2f ms/article)\n", path, len(arts), float64(took.Microseconds())/1000/float64(max(len(arts), 1)))
	ours.Print(out, "newsgist")
	naive.Print(out, "naive")
	fmt.Fprintf(out, "all quotations (partial ones scored too, every unmatched one a false positive): span overlap P %.3f R %.3f F1 %.3f; speaker acc %.3f; end-to-end F1 %.3f\n",
		all.OverlapP, all.OverlapR, all.OverlapF, all.SpeakerAcc, all.E2EF)
	fmt.Fprintf(out, "lenient (all quotations incl. partial; %d predictions matching mixed quotations not counted): span overlap P %.3f R %.3f F1 %.3f\n",
		lenient.Ignored, lenient.OverlapP, lenient.OverlapR, lenient.OverlapF)
	for _, m := range sm {
		tag := "EXTRA " + m.Kind
		if m.Gold {
			tag = "MISSED"
		}
		fmt.Fprintf(out, "%s %s %q\n     ...%q [QUOTE] %q...\n", tag, m.Article, m.Quote, m.Before, m.After)
	}
	for _, m := range ms {
		fmt.Fprintf(out, "MISS %s/%s [%s] {%s} gold=%q pred=%q  %s\n", m.Article, m.Attribution, m.SourceType, SpeakerErrorKind(m.Pred, m.Gold...), m.Gold, m.Pred, m.Quote)
		if *context {
			fmt.Fprintf(out, "     ...%q [QUOTE] %q...\n", m.Before, m.After)
		}
	}
	return nil
}
