package pipeline_test

import (
	"os"
	"sort"
	"testing"
	"time"

	"github.com/newsgist/newsgist/internal/benchdata"
	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/pipeline"
)

// BenchmarkDigest runs the whole digest (clean → headline, summary, quotes,
// entities → digest) on the 1,000-word article, text and HTML articles of
// 1 KB to 1 MB, and every testdata/ article. Compare with
// internal/nlp/postag BenchmarkProseBaseline (same sub-benchmark names) for the
// prose ratio; `make bench` prints both.
func BenchmarkDigest(b *testing.B) {
	td, err := benchdata.Testdata("../../testdata")
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range append(benchdata.Generated(), td...) {
		b.Run(in.Name, func(b *testing.B) {
			src := digest.Source{Key: in.Key, Size: int64(len(in.Body))}
			if d := pipeline.Digest(in.Body, src, pipeline.DefaultOptions); d.Status != digest.StatusOK {
				b.Fatalf("%s: status %s %+v", in.Name, d.Status, d.Error)
			}
			b.SetBytes(int64(len(in.Body)))
			b.ReportAllocs()
			for b.Loop() {
				pipeline.Digest(in.Body, src, pipeline.DefaultOptions)
			}
		})
	}
}

// BenchmarkDigestMarshal adds the JSON encoding of the digest.
func BenchmarkDigestMarshal(b *testing.B) {
	in := benchdata.Generated()[0]
	src := digest.Source{Key: in.Key, Size: int64(len(in.Body))}
	b.SetBytes(int64(len(in.Body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := digest.Marshal(pipeline.Digest(in.Body, src, pipeline.DefaultOptions)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDigestHTMLPages digests every page of the clean-dev evaluation set
// (../shared/eval/clean-dev, skipped when absent) once per iteration and
// reports the median and 95th percentile page time over the pages (each
// page's fastest time across iterations).
func BenchmarkDigestHTMLPages(b *testing.B) {
	dir := os.Getenv("NEWSGIST_EVAL_CLEAN")
	if dir == "" {
		dir = "../../../shared/eval/clean-dev"
	}
	pages, err := benchdata.Pages(dir)
	if err != nil {
		b.Fatal(err)
	}
	if len(pages) == 0 {
		b.Skip("no pages in " + dir)
	}
	best := make([]time.Duration, len(pages))
	var total int64
	for _, p := range pages {
		total += int64(len(p.Body))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for i, p := range pages {
			t0 := time.Now()
			pipeline.Digest(p.Body, digest.Source{Key: p.Key, Size: int64(len(p.Body))}, pipeline.DefaultOptions)
			if d := time.Since(t0); best[i] == 0 || d < best[i] {
				best[i] = d
			}
		}
	}
	sort.Slice(best, func(i, j int) bool { return best[i] < best[j] })
	b.ReportMetric(float64(best[len(best)/2])/1e6, "ms-median/page")
	b.ReportMetric(float64(best[len(best)*95/100])/1e6, "ms-p95/page")
	b.ReportMetric(float64(len(pages)), "pages")
}
