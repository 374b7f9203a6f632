package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/pipeline"
)

// summarise digests files: to stdout (one file: indented JSON; several: one
// JSON object a line) or, with -o DIR, to DIR/<name without extension>.json.
func summarise(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("summarise", flag.ContinueOnError)
	outDir := fs.String("o", "", "write DIR/<file name without extension>.json for each file instead of printing")
	sentences := fs.Int("sentences", pipeline.DefaultOptions.SummarySentences, "sentences in the summary")
	maxQuotes := fs.Int("max-quotes", pipeline.DefaultOptions.MaxQuotes, "key quotes at most")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsgist summarise [-o DIR] FILE... (- reads standard input)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		fs.Usage()
		return fmt.Errorf("no files given")
	}
	if *outDir != "" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return err
		}
	}
	opt := pipeline.Options{SummarySentences: *sentences, MaxQuotes: *maxQuotes}
	var failed int
	for _, name := range files {
		body, err := readInput(name, stdin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "newsgist:", err)
			failed++
			continue
		}
		src := digest.Source{Key: name, Size: int64(len(body))}
		d := pipeline.Digest(body, src, opt)
		out, err := digest.Marshal(d)
		if err != nil {
			return fmt.Errorf("encode digest of %s: %w", name, err)
		}
		switch {
		case *outDir != "":
			path := filepath.Join(*outDir, outputName(name))
			if err := os.WriteFile(path, out, 0o644); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "%s -> %s (%s)\n", name, path, d.Status)
		case len(files) == 1:
			stdout.Write(out)
		default:
			var line bytes.Buffer
			if err := compactJSON(&line, out); err != nil {
				return err
			}
			stdout.Write(line.Bytes())
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files could not be read", failed, len(files))
	}
	return nil
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}

// outputName is "<file name without its extension>.json"; stdin is "stdin.json".
func outputName(name string) string {
	if name == "-" {
		return "stdin.json"
	}
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base)) + ".json"
}
