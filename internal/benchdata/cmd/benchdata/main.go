// Command benchdata writes a generated article (for cold-start and RSS
// measurements) and turns `go test -bench` output into the performance
// table of docs/performance.md.
//
//	benchdata gen -format text|html|words -size 1MB > article.txt
//	benchdata table [-cold FILE] < bench.txt
//	benchdata cold -newsgist BIN [-bootstrap BIN] [-runs N] [-dir DIR]
//	benchdata zip OUT.zip FILE
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/newsgist/newsgist/internal/benchdata"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "gen":
		gen(os.Args[2:])
	case "table":
		table(os.Args[2:])
	case "cold":
		cold(os.Args[2:])
	case "zip":
		zipFile(os.Args[2:])
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: benchdata gen -format text|html|words -size N[KB|MB] | table [-cold FILE] < bench.txt | cold -newsgist BIN [-bootstrap BIN] [-runs N] [-dir DIR] | zip OUT.zip FILE")
	os.Exit(2)
}

func parseSize(s string) (int, error) {
	mult := 1
	switch {
	case strings.HasSuffix(s, "MB"):
		mult, s = 1<<20, strings.TrimSuffix(s, "MB")
	case strings.HasSuffix(s, "KB"):
		mult, s = 1<<10, strings.TrimSuffix(s, "KB")
	}
	n, err := strconv.Atoi(s)
	return n * mult, err
}

func gen(args []string) {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	format := fs.String("format", "text", "text, html, or words (-size is then a word count)")
	size := fs.String("size", "1MB", "bytes (suffix KB or MB) or words")
	fs.Parse(args)
	n, err := parseSize(*size)
	if err != nil {
		usage()
	}
	switch *format {
	case "text":
		os.Stdout.WriteString(benchdata.Text(n))
	case "html":
		os.Stdout.WriteString(benchdata.HTML(n))
	case "words":
		os.Stdout.WriteString(benchdata.Words(n))
	default:
		usage()
	}
}
