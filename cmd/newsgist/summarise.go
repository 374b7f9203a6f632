package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/pipeline"
)

// summarise digests files: to stdout (one file: indented JSON; several: one
// JSON object a line) or, with -o DIR, to DIR/<path>.json, where <path> is
// the file's path (extension kept) below the deepest folder holding every
// input, so that no two inputs share a digest.
func summarise(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("summarise", flag.ContinueOnError)
	outDir := fs.String("o", "", "write DIR/<path below the inputs' common folder, extension kept>.json for each file instead of printing")
	sentences := fs.Int("sentences", pipeline.DefaultOptions.SummarySentences, "sentences in the summary")
	maxQuotes := fs.Int("max-quotes", pipeline.DefaultOptions.MaxQuotes, "key quotes at most")
	maxBytes := fs.Int64("max-bytes", envBytes("MAX_OBJECT_BYTES", pipeline.DefaultMaxBytes), "larger files (after gzip expansion) get a too_large digest (default $MAX_OBJECT_BYTES or 5 MiB)")
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
	pipeline.SetMemoryLimit(os.Getenv)
	var outPaths map[string]string
	if *outDir != "" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return err
		}
		var err error
		if outPaths, err = outputPaths(files); err != nil {
			return err
		}
	}
	opt := pipeline.Options{SummarySentences: *sentences, MaxQuotes: *maxQuotes, MaxBytes: *maxBytes}
	var failed int
	for _, name := range files {
		d, err := digestFile(name, stdin, opt)
		if err != nil {
			fmt.Fprintln(os.Stderr, "newsgist:", err)
			failed++
			continue
		}
		out, err := digest.Marshal(d)
		if err != nil {
			return fmt.Errorf("encode digest of %s: %w", name, err)
		}
		switch {
		case *outDir != "":
			path := filepath.Join(*outDir, outPaths[name])
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
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

// digestFile reads one input and digests it. A file over opt.MaxBytes gets
// a too_large digest without being read, as in the Lambda.
func digestFile(name string, stdin io.Reader, opt pipeline.Options) (digest.Digest, error) {
	src := digest.Source{Key: name}
	var body []byte
	var err error
	if name == "-" {
		body, err = io.ReadAll(io.LimitReader(stdin, opt.MaxBytes+1))
	} else {
		var info os.FileInfo
		if info, err = os.Stat(name); err == nil && info.Size() > opt.MaxBytes {
			src.Size = info.Size()
			return digest.Rejected(src, digest.CodeTooLarge, fmt.Sprintf("the file is %d bytes; the limit is %d", info.Size(), opt.MaxBytes)), nil
		}
		if err == nil {
			body, err = os.ReadFile(name)
		}
	}
	if err != nil {
		return digest.Digest{}, err
	}
	src.Size = int64(len(body))
	return pipeline.Digest(body, src, opt), nil
}

// envBytes reads a byte count from the environment, or def.
func envBytes(name string, def int64) int64 {
	if n, err := strconv.ParseInt(strings.TrimSpace(os.Getenv(name)), 10, 64); err == nil && n > 0 {
		return n
	}
	return def
}

// outputPaths maps each input to its digest's path below -o: the input's
// path relative to the deepest folder that holds every input, extension
// kept, plus ".json" (a/story.txt and b/story.txt → a/story.txt.json and
// b/story.txt.json; files of one folder → story.txt.json). Standard input
// is "stdin.json". Two different inputs never share a path; if they would
// (a file named "stdin" beside "-"), it is an error.
func outputPaths(files []string) (map[string]string, error) {
	abs := map[string]string{}
	var dirs []string
	for _, f := range files {
		if f == "-" {
			continue
		}
		a, err := filepath.Abs(f)
		if err != nil {
			return nil, fmt.Errorf("output path of %s: %w", f, err)
		}
		abs[f] = a
		dirs = append(dirs, filepath.Dir(a))
	}
	root := commonDir(dirs)
	out, owner := map[string]string{}, map[string]string{}
	for _, f := range files {
		rel := "stdin"
		if f != "-" {
			var err error
			if rel, err = filepath.Rel(root, abs[f]); err != nil {
				return nil, fmt.Errorf("output path of %s: %w", f, err)
			}
		}
		p := rel + ".json"
		if prev, ok := owner[p]; ok && abs[prev] != abs[f] {
			return nil, fmt.Errorf("%s and %s would both write %s", prev, f, p)
		}
		owner[p], out[f] = f, p
	}
	return out, nil
}

// commonDir is the deepest folder that contains every one of dirs (all
// absolute and clean).
func commonDir(dirs []string) string {
	if len(dirs) == 0 {
		return "."
	}
	root := dirs[0]
	for _, d := range dirs[1:] {
		for root != d && !strings.HasPrefix(d, strings.TrimSuffix(root, string(filepath.Separator))+string(filepath.Separator)) {
			parent := filepath.Dir(root)
			if parent == root {
				break
			}
			root = parent
		}
	}
	return root
}
