package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/newsgist/newsgist/internal/cleaneval"
	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/pipeline"
	"github.com/newsgist/newsgist/internal/realeval"
)

func init() {
	registerEval("real", "[-data DIR] [-v]  (real pages against hand labels; default DIR ../shared/eval)", evalReal)
}

// evalReal digests the clean-dev pages with the real pipeline and scores the
// digests against the real-dev hand labels with the reference scorer's
// definitions: headline checks, glued words, metadata, quotes, entities.
func evalReal(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("eval real", flag.ContinueOnError)
	fs.SetOutput(out)
	data := fs.String("data", "../shared/eval", "the evaluation data folder (clean-dev/ and real-dev/ inside)")
	verbose := fs.Bool("v", false, "list failed headlines, glued words, wrong metadata and quote errors page by page")
	if err := fs.Parse(args); err != nil {
		return err
	}
	raw, err := cleaneval.Load(filepath.Join(*data, "clean-dev"))
	if err != nil {
		return fmt.Errorf("load pages: %w", err)
	}
	labels, err := realeval.LoadLabels(filepath.Join(*data, "real-dev"))
	if err != nil {
		return fmt.Errorf("load labels: %w", err)
	}
	pages := make([]realeval.Page, len(raw))
	for i, p := range raw {
		src := digest.Source{Key: p.ID + ".html", Size: int64(len(p.HTML))}
		pages[i] = realeval.Page{ID: p.ID, Body: p.Truth, Digest: pipeline.Digest(p.HTML, src, pipeline.DefaultOptions)}
	}
	rep := realeval.Score(pages, labels)
	rep.Print(out)
	if *verbose {
		rep.PrintDetails(out)
		for _, m := range rep.Quotes.Misses {
			fmt.Fprintf(out, "quote %s %s: %q speaker %q want %q\n", shortID(m.Page, 8), m.Kind, m.Text, m.Speaker, m.Want)
		}
	}
	return nil
}
