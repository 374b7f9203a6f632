package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"syscall"
	"time"

	"github.com/newsgist/newsgist/internal/benchdata"
)

// run is one process run: wall time from start to exit and peak RSS (the
// rusage ru_maxrss that /usr/bin/time -v prints as "Maximum resident set size").
type run struct {
	wall   time.Duration
	rssKB  int64
	stderr string
}

func runOnce(env []string, name string, args ...string) (run, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stdout = nil // discarded
	cmd.Stderr = &stderr
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	r := run{wall: wall, stderr: stderr.String()}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.rssKB = int64(ru.Maxrss)
		}
	}
	return r, err
}

var initLine = regexp.MustCompile(`init (\S+) @\S+ ms, ([0-9.]+) ms clock, (\d+) bytes`)

// inittrace sums GODEBUG=inittrace=1 lines: total init clock and bytes, and
// the costliest package.
func inittrace(stderr string) (totalMS float64, totalBytes int64, top string) {
	var topMS float64
	for _, m := range initLine.FindAllStringSubmatch(stderr, -1) {
		c, _ := strconv.ParseFloat(m[2], 64)
		b, _ := strconv.ParseInt(m[3], 10, 64)
		totalMS += c
		totalBytes += b
		if c > topMS {
			topMS, top = c, fmt.Sprintf("%s %.1f ms", m[1], c)
		}
	}
	return totalMS, totalBytes, top
}

func stats(rs []run) (min, med time.Duration, maxRSS int64) {
	ws := make([]time.Duration, len(rs))
	for i, r := range rs {
		ws[i] = r.wall
		maxRSS = max(maxRSS, r.rssKB)
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i] < ws[j] })
	return ws[0], ws[len(ws)/2], maxRSS
}

// cold measures fresh processes: `newsgist summarise` on the seed article
// and on generated 1 MB text and HTML articles, and bootstrap's start-up.
func cold(args []string) {
	fs := flag.NewFlagSet("cold", flag.ExitOnError)
	newsgist := fs.String("newsgist", "dist/newsgist", "the newsgist binary")
	bootstrap := fs.String("bootstrap", "", "a bootstrap binary for this machine (optional)")
	seed := fs.String("seed", "testdata/gates-missile-shield.txt", "the seed article")
	dir := fs.String("dir", "dist", "where to write the generated 1 MB articles")
	runs := fs.Int("runs", 7, "runs per case")
	fs.Parse(args)

	big := map[string]string{
		"text-1MB": filepath.Join(*dir, "article-1MB.txt"),
		"html-1MB": filepath.Join(*dir, "article-1MB.html"),
	}
	must(os.WriteFile(big["text-1MB"], []byte(benchdata.Text(1<<20)), 0o644))
	must(os.WriteFile(big["html-1MB"], []byte(benchdata.HTML(1<<20)), 0o644))

	fmt.Println("### Cold start (fresh process, `newsgist summarise FILE`; wall time start → exit, peak RSS)")
	fmt.Println()
	fmt.Printf("| case | runs | min | median | peak RSS | bar |\n|---|---:|---:|---:|---:|---|\n")
	cases := []struct{ name, file string }{{"seed article", *seed}, {"text-1MB", big["text-1MB"]}, {"html-1MB", big["html-1MB"]}}
	for _, c := range cases {
		var rs []run
		for range *runs {
			r, err := runOnce(nil, *newsgist, "summarise", c.file)
			if err != nil {
				fmt.Fprintf(os.Stderr, "%s summarise %s: %v\n%s", *newsgist, c.file, err, r.stderr)
				os.Exit(1)
			}
			rs = append(rs, r)
		}
		lo, med, rss := stats(rs)
		bar := ""
		switch c.name {
		case "seed article":
			bar = fmt.Sprintf("≤ 100 ms: %s", mark(med <= 100*time.Millisecond))
		default:
			bar = fmt.Sprintf("RSS ≤ 100 MB: %s", mark(rss <= 100*1024))
		}
		fmt.Printf("| %s | %d | %.0f ms | %.0f ms | %.1f MB | %s |\n", c.name, len(rs),
			float64(lo)/1e6, float64(med)/1e6, float64(rss)/1024, bar)
	}
	r, _ := runOnce([]string{"GODEBUG=inittrace=1"}, *newsgist, "summarise", *seed)
	ms, b, top := inittrace(r.stderr)
	fmt.Printf("\nnewsgist package init (GODEBUG=inittrace=1): %.1f ms, %.1f MB allocated; costliest: %s\n", ms, float64(b)/(1<<20), top)

	if *bootstrap != "" {
		// Without AWS_LAMBDA_RUNTIME_API, lambda.Start exits at once: the
		// run measures everything before the first invocation (package
		// init, config, AWS config and S3 client).
		env := []string{"AWS_LAMBDA_RUNTIME_API=", "AWS_REGION=eu-west-1", "AWS_ACCESS_KEY_ID=x", "AWS_SECRET_ACCESS_KEY=x",
			"AWS_EC2_METADATA_DISABLED=true", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null"}
		var rs []run
		for range *runs {
			r, _ := runOnce(env, *bootstrap)
			rs = append(rs, r)
		}
		lo, med, rss := stats(rs)
		r, _ := runOnce(append(env, "GODEBUG=inittrace=1"), *bootstrap)
		ms, b, top := inittrace(r.stderr)
		fmt.Printf("bootstrap start → ready for the first event (until lambda.Start): min %.0f ms, median %.0f ms, peak RSS %.1f MB; package init %.1f ms, %.1f MB allocated; costliest: %s\n",
			float64(lo)/1e6, float64(med)/1e6, float64(rss)/1024, ms, float64(b)/(1<<20), top)
	}
	fmt.Println()
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
