package stress

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestStress builds newsgist and runs it on every hostile input in a fresh
// process, inside a 256 MiB memory cgroup where the machine allows it (root
// on Linux): every input gets the digest it wants, none over 200 MB peak RSS
// or 15 s of CPU at one core (GOMAXPROCS=1). It takes about a minute: skipped under -short.
// `make stress` runs the same inputs and prints the table.
func TestStress(t *testing.T) {
	if testing.Short() {
		t.Skip("a minute of CPU: run without -short, or make stress")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsgist")
	build := exec.Command("go", "build", "-o", bin, "github.com/newsgist/newsgist/cmd/newsgist")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	inputs := Inputs()
	paths, err := Write(dir, inputs)
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Bin: bin, MemLimit: 256 << 20}
	if ok, why := r.Start(); !ok {
		t.Logf("no memory cgroup (%s): peak RSS measured only", why)
	}
	defer r.Close()
	if timeBin == "" {
		t.Log("no /usr/bin/time: peak RSS from getrusage includes this test's own high-water mark")
	}
	var results []Result
	for i, in := range inputs {
		results = append(results, r.Run(in, paths[i]))
		os.Remove(paths[i])
	}
	var table tableWriter
	Table(&table, results)
	t.Log("\n" + string(table))
	for _, bad := range Check(results, 200e6, 15*time.Second) {
		t.Error(bad)
	}
}

type tableWriter []byte

func (w *tableWriter) Write(p []byte) (int, error) {
	*w = append(*w, p...)
	return len(p), nil
}
