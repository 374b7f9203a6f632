// Command stress generates the hostile inputs of package stress in a
// temporary folder and runs `newsgist summarise` on each in a fresh process
// inside a memory cgroup (where the machine allows), printing per input the
// status, code, wall and CPU time and peak RSS. It exits 1 if any input
// misses the bars (no digest, the wrong status or code, over -max-rss or
// -max-time of CPU).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
	"time"

	"github.com/newsgist/newsgist/internal/stress"
)

func main() {
	bin := flag.String("newsgist", "dist/newsgist", "the newsgist binary to run")
	mem := flag.Int64("mem", 256<<20, "memory cgroup limit in bytes (0: none)")
	maxRSS := flag.Int64("max-rss", 200e6, "bar: peak RSS in bytes")
	maxWall := flag.Duration("max-time", 15*time.Second, "bar: CPU time per input (one core)")
	keep := flag.String("dir", "", "write the inputs here and keep them (default: a temporary folder, removed)")
	sizes := flag.Bool("sizes", false, "instead: peak RSS and wall time of 1, 2 and 5 MiB articles under 128, 256 and 512 MiB memory limits")
	flag.Parse()
	// Ctrl-C reaches the running newsgist too; stop after it, so that the
	// deferred clean-up removes the cgroup.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	go func() { <-sig; interrupted.Store(true) }()
	var err error
	if *sizes {
		err = sizeTable(*bin, *keep)
	} else {
		err = run(*bin, *mem, *maxRSS, *maxWall, *keep)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "stress:", err)
		os.Exit(1)
	}
}

// writeInputs writes inputs into dir, or into a new temporary folder (with
// prefix) that cleanup removes when dir is "".
func writeInputs(dir, prefix string, inputs []stress.Input) (paths []string, cleanup func(), err error) {
	cleanup = func() {}
	if dir == "" {
		tmp, err := os.MkdirTemp("", prefix)
		if err != nil {
			return nil, cleanup, err
		}
		cleanup = func() { os.RemoveAll(tmp) }
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, cleanup, err
	}
	paths, err = stress.Write(dir, inputs)
	return paths, cleanup, err
}

// interrupted is set by Ctrl-C: no further input is run.
var interrupted atomic.Bool

func run(bin string, mem, maxRSS int64, maxWall time.Duration, dir string) error {
	inputs := stress.Inputs()
	paths, cleanup, err := writeInputs(dir, "newsgist-stress-", inputs)
	defer cleanup()
	if err != nil {
		return err
	}
	r := &stress.Runner{Bin: bin, MemLimit: mem}
	if ok, where := r.Start(); ok {
		fmt.Printf("memory limit %d MiB (cgroup %s), GOMAXPROCS=1\n", mem>>20, where)
	} else {
		fmt.Printf("no memory limit (%s); peak RSS from getrusage, GOMAXPROCS=1\n", where)
	}
	defer r.Close()
	var results []stress.Result
	for i, in := range inputs {
		if interrupted.Load() {
			return fmt.Errorf("interrupted")
		}
		results = append(results, r.Run(in, paths[i]))
	}
	stress.Table(os.Stdout, results)
	if bad := stress.Check(results, maxRSS, maxWall); len(bad) > 0 {
		for _, b := range bad {
			fmt.Println("FAIL:", b)
		}
		return fmt.Errorf("%d of %d inputs missed the bars", len(bad), len(results))
	}
	fmt.Printf("all %d inputs digested, none over %.0f MB or %s of CPU\n", len(results), float64(maxRSS)/1e6, maxWall)
	return nil
}

// sizeTable prints, per ordinary article size and memory limit, the status,
// peak RSS and wall time: the README's memory table.
func sizeTable(bin, dir string) error {
	inputs := stress.SizeInputs()
	paths, cleanup, err := writeInputs(dir, "newsgist-sizes-", inputs)
	defer cleanup()
	if err != nil {
		return err
	}
	limits := []int64{128 << 20, 256 << 20, 512 << 20}
	fmt.Printf("| input | 128 MiB | 256 MiB | 512 MiB |\n|---|---|---|---|\n")
	for i, in := range inputs {
		fmt.Printf("| %s |", in.Name)
		for _, lim := range limits {
			if interrupted.Load() {
				return fmt.Errorf("interrupted")
			}
			r := &stress.Runner{Bin: bin, MemLimit: lim}
			if ok, why := r.Start(); !ok {
				return fmt.Errorf("a memory cgroup is needed for this table: %s", why)
			}
			res := r.Run(in, paths[i])
			r.Close()
			fmt.Printf(" %s, %.0f MB, %.1f s |", res.Got(), float64(res.PeakRSS)/1e6, res.CPU.Seconds())
		}
		fmt.Println()
	}
	return nil
}
