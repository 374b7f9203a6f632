package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// result is the medians of one benchmark's runs.
type result struct {
	runs    int
	metrics map[string][]float64 // unit → values, one per run
}

func (r *result) median(unit string) (float64, bool) {
	v := r.metrics[unit]
	if len(v) == 0 {
		return 0, false
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2], true
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2, true
}

var procSuffix = regexp.MustCompile(`-\d+$`)

// parseBench reads `go test -bench` output: "BenchmarkX/sub-2  N  v unit  v unit ...".
func parseBench(r io.Reader) (map[string]*result, []string) {
	res := map[string]*result{}
	var order []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	pkg := ""
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && f[0] == "pkg:" {
			pkg = f[1]
			continue
		}
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue
		}
		name := procSuffix.ReplaceAllString(strings.TrimPrefix(f[0], "Benchmark"), "")
		if strings.HasPrefix(name, "Digest") && pkg != "" && !strings.HasSuffix(pkg, "/internal/pipeline") {
			// Only the pipeline's Digest benchmarks are the whole digest;
			// summary's BenchmarkDigest is headline and summary alone.
			name = path.Base(pkg) + "." + name
		}
		r := res[name]
		if r == nil {
			r = &result{metrics: map[string][]float64{}}
			res[name] = r
			order = append(order, name)
		}
		r.runs++
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err == nil {
				r.metrics[f[i+1]] = append(r.metrics[f[i+1]], v)
			}
		}
	}
	return res, order
}

func ms(ns float64) string {
	switch {
	case ns >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.1f ms", ns/1e6)
	default:
		return fmt.Sprintf("%.3f ms", ns/1e6)
	}
}

func human(b float64) string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MB", b/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.0f KB", b/(1<<10))
	default:
		return fmt.Sprintf("%.0f B", b)
	}
}

func mark(ok bool) string {
	if ok {
		return "met"
	}
	return "**not met**"
}

// table prints the markdown tables of docs/performance.md from benchmark
// output on standard input (and, with -cold, the output of `benchdata cold`).
func table(args []string) {
	fs := flag.NewFlagSet("table", flag.ExitOnError)
	cold := fs.String("cold", "", "output of `benchdata cold` to append")
	fs.Parse(args)
	res, order := parseBench(os.Stdin)
	digestTable(res, order)
	printRows("Bars", "| bar | target | measured | |\n|---|---|---|---|", barRows(res, order))
	printRows("Stages (medians)", "| stage | input | time/op | MB/s | B/op |\n|---|---|---:|---:|---:|", stageRows(res, order))
	if *cold != "" {
		b, err := os.ReadFile(*cold)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Stdout.Write(b)
	}
}

// digestTable prints the whole digest's medians for every input.
func digestTable(res map[string]*result, order []string) {
	fmt.Println("### Whole digest (pipeline.Digest), warm, medians of the runs")
	fmt.Println()
	fmt.Println("| input | size | time/op | MB/s | ns/byte | B/op | allocs/op | runs |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, name := range order {
		if !strings.HasPrefix(name, "Digest/") {
			continue
		}
		r := res[name]
		ns, _ := r.median("ns/op")
		mbs, _ := r.median("MB/s")
		bop, _ := r.median("B/op")
		allocs, _ := r.median("allocs/op")
		size := 0.0
		if mbs > 0 {
			size = mbs * 1e6 * ns / 1e9
		}
		perByte := 0.0
		if size > 0 {
			perByte = ns / size
		}
		fmt.Printf("| %s | %s | %s | %.2f | %.0f | %s | %.0f | %d |\n",
			strings.TrimPrefix(name, "Digest/"), human(size), ms(ns), mbs, perByte, human(bop), allocs, r.runs)
	}
	fmt.Println()
}

// printRows prints a titled table, or nothing without rows.
func printRows(title, header string, rows []string) {
	if len(rows) == 0 {
		return
	}
	fmt.Println("### " + title)
	fmt.Println()
	fmt.Println(header)
	for _, l := range rows {
		fmt.Println(l)
	}
	fmt.Println()
}

// barRows are the speed bars the README states, each with its verdict.
func barRows(res map[string]*result, order []string) []string {
	var bars []string
	if r, ok := res["Digest/words1000"]; ok {
		ns, _ := r.median("ns/op")
		bars = append(bars, fmt.Sprintf("| warm digest, 1,000-word text | ≤ 2.5 ms | %s | %s |", ms(ns), mark(ns <= 2.5e6)))
		if p, ok := res["ProseBaseline/words1000"]; ok {
			pns, _ := p.median("ns/op")
			ratio := pns / ns
			bars = append(bars, fmt.Sprintf("| prose.NewDocument defaults ÷ digest, 1,000 words | ≥ 100× | %s ÷ %s = %.0f× | %s |", ms(pns), ms(ns), ratio, mark(ratio >= 100)))
		}
	}
	for _, name := range order {
		if p, ok := strings.CutPrefix(name, "ProseBaseline/"); ok && p != "words1000" {
			if d, ok := res["Digest/"+p]; ok {
				pns, _ := res[name].median("ns/op")
				dns, _ := d.median("ns/op")
				bars = append(bars, fmt.Sprintf("| prose ÷ digest, %s (information) | | %s ÷ %s = %.0f× | |", p, ms(pns), ms(dns), pns/dns))
			}
		}
	}
	if r, ok := res["DigestHTMLPages"]; ok {
		med, _ := r.median("ms-median/page")
		p95, _ := r.median("ms-p95/page")
		n, _ := r.median("pages")
		bars = append(bars, fmt.Sprintf("| HTML pages (clean-dev, %.0f pages), median | ≤ 12 ms | %.1f ms (p95 %.1f ms) | %s |", n, med, p95, mark(med <= 12)))
	}
	for _, kind := range []string{"text", "html"} {
		a, okA := res["Digest/"+kind+"-1KB"]
		z, okZ := res["Digest/"+kind+"-1MB"]
		if !okA || !okZ {
			continue
		}
		am, _ := a.median("MB/s")
		zm, _ := z.median("MB/s")
		if am == 0 || zm == 0 {
			continue
		}
		growth := am / zm // time per byte at 1 MB ÷ at 1 KB
		bars = append(bars, fmt.Sprintf("| time per byte, %s 1 KB → 1 MB | ≤ 2× | %.2f× (%.0f → %.0f ns/byte) | %s |", kind, growth, 1e3/am, 1e3/zm, mark(growth <= 2)))
	}
	return bars
}

// stageRows are the stages' medians on the 1,000-word article and the
// 1 KB / 100 KB / 1 MB inputs.
func stageRows(res map[string]*result, order []string) []string {
	stages := []string{"Clean/", "NewDocument/", "Extract/", "Find/", "Summarise/", "Headline/", "RawSentences/"}
	var rows []string
	for _, name := range order {
		if name == "Find" {
			name = "Find/words1000" // entities' BenchmarkFind: the 1,000-word article
			res[name] = res["Find"]
		}
		for _, s := range stages {
			if !strings.HasPrefix(name, s) {
				continue
			}
			sub := strings.TrimPrefix(name, s)
			if sub != "words1000" && !strings.Contains(sub, "-1KB") && !strings.Contains(sub, "-1MB") && !strings.Contains(sub, "-100KB") {
				continue
			}
			r := res[name]
			ns, _ := r.median("ns/op")
			mbs, _ := r.median("MB/s")
			bop, _ := r.median("B/op")
			rows = append(rows, fmt.Sprintf("| %s | %s | %s | %.2f | %s |", strings.TrimSuffix(s, "/"), sub, ms(ns), mbs, human(bop)))
		}
	}
	return rows
}
