// Command load runs the SQS-path load test (make load): 1,000 objects through
// local S3 and SQS servers with injected faults, duplicates and out-of-order
// notifications, and prints
//
//	objects N digests N rejected N failed N lost N stale N
//
// then what was delivered and the throughput. It exits 1 unless lost and
// stale are 0.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/newsgist/newsgist/internal/loadtest"
)

func main() {
	var opt loadtest.Options
	flag.IntVar(&opt.Objects, "objects", 1000, "objects to upload")
	flag.Float64Var(&opt.FaultRate, "faults", 0.05, "share of S3 GETs and PUTs answered 503 SlowDown")
	flag.Float64Var(&opt.Duplicates, "duplicates", 0.02, "share of notifications delivered twice")
	flag.Float64Var(&opt.Updates, "updates", 0.05, "share of keys uploaded twice (half notified out of order)")
	flag.IntVar(&opt.Workers, "workers", 4, "concurrent function instances")
	flag.BoolVar(&opt.Plain, "plain", false, "unconditional digest writes (to see what the guard prevents)")
	flag.Uint64Var(&opt.Seed, "seed", 1, "random seed")
	flag.StringVar(&opt.Testdata, "testdata", "testdata", "folder of articles")
	flag.Parse()
	rep, err := loadtest.Run(context.Background(), opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
	fmt.Println(rep)
	fmt.Println(rep.Detail(opt.Workers))
	if rep.Lost != 0 || rep.Stale != 0 {
		os.Exit(1)
	}
}
