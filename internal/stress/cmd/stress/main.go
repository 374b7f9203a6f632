// Command stress generates the hostile inputs of package stress in a
// temporary folder and runs `newsgist summarise` on each in a fresh process
// inside a memory cgroup (where the machine allows), printing per input the
// status, code, wall time and peak RSS. It exits 1 if any input misses the
// bars (no digest, the wrong status or code, over -max-rss or -max-wall).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/newsgist/newsgist/internal/stress"
)

func main() {
	bin := flag.String("newsgist", "dist/newsgist", "the newsgist binary to run")
	mem := flag.Int64("mem", 256<<20, "memory cgroup limit in bytes (0: none)")
	maxRSS := flag.Int64("max-rss", 200e6, "bar: peak RSS in bytes")
	maxWall := flag.Duration("max-wall", 15*time.Second, "bar: wall time per input")
	keep := flag.String("dir", "", "write the inputs here and keep them (default: a temporary folder, removed)")
	flag.Parse()
	if err := run(*bin, *mem, *maxRSS, *maxWall, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "stress:", err)
		os.Exit(1)
	}
}

func run(bin string, mem, maxRSS int64, maxWall time.Duration, dir string) error {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "newsgist-stress-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	inputs := stress.Inputs()
	paths, err := stress.Write(dir, inputs)
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
		results = append(results, r.Run(in, paths[i]))
	}
	stress.Table(os.Stdout, results)
	if bad := stress.Check(results, maxRSS, maxWall); len(bad) > 0 {
		for _, b := range bad {
			fmt.Println("FAIL:", b)
		}
		return fmt.Errorf("%d of %d inputs missed the bars", len(bad), len(results))
	}
	fmt.Printf("all %d inputs digested, none over %.0f MB or %s\n", len(results), float64(maxRSS)/1e6, maxWall)
	return nil
}
