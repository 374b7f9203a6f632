package stress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// timeBin is GNU time, which reports its child's peak RSS, or "".
var timeBin = func() string {
	if p, err := exec.LookPath("/usr/bin/time"); err == nil {
		return p
	}
	return ""
}()

// Result is what one run of `newsgist summarise` on one input gave.
type Result struct {
	Input   Input
	Status  string        // the digest's status, or "killed"/"failed" when there is no digest
	Code    string        // the rejection code, if any
	Wall    time.Duration // wall time of the process
	CPU     time.Duration // user + system time: the wall time on an idle core (GOMAXPROCS=1)
	PeakRSS int64         // bytes: the process's maximum resident set (getrusage)
	Limited bool          // ran inside a memory cgroup
	Err     string        // why there is no digest
}

// Got is the status ("ok") or the rejection code, comparable to Input.Want.
func (r Result) Got() string {
	if r.Code != "" {
		return r.Code
	}
	return r.Status
}

// Runner runs the command-line tool on inputs.
type Runner struct {
	Bin      string // the newsgist binary
	MemLimit int64  // bytes for the memory cgroup; 0 runs without one
	Env      []string
	cg       *cgroup
}

// Start creates the memory cgroup if the machine allows it (root, cgroup v1
// or v2); otherwise runs go unconfined and only the peak RSS is reported.
func (r *Runner) Start() (limited bool, why string) {
	if r.MemLimit <= 0 {
		return false, "no memory limit asked"
	}
	cg, err := newCgroup(r.MemLimit)
	if err != nil {
		return false, err.Error()
	}
	r.cg = cg
	return true, cg.dir
}

// Close removes the cgroup.
func (r *Runner) Close() {
	if r.cg != nil {
		r.cg.remove()
	}
}

// Run digests one file at one core (GOMAXPROCS=1) and reads the digest.
func (r *Runner) Run(in Input, path string) Result {
	res := Result{Input: in, Limited: r.cg != nil}
	args := []string{r.Bin, "summarise", path}
	// GNU time forks newsgist afresh: its peak RSS is newsgist's alone.
	// (A child of this process starts from its parent's memory map, whose
	// high-water mark getrusage would report.)
	rssFile := path + ".rss"
	defer os.Remove(rssFile)
	if timeBin != "" {
		args = append([]string{timeBin, "-f", "%M", "-o", rssFile}, args...)
	}
	cmd := exec.Command(args[0], args[1:]...)
	if r.cg != nil {
		// The shell joins the cgroup, then becomes newsgist: every byte the
		// tool allocates is charged to the limit.
		cmd = exec.Command("/bin/sh", append([]string{"-c", `echo $$ > "$0" && exec "$@"`, r.cg.procs}, args...)...)
	}
	cmd.Env = append(append(os.Environ(), "GOMAXPROCS=1"), r.Env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	res.Wall = time.Since(start)
	if cmd.ProcessState != nil {
		res.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			res.PeakRSS = ru.Maxrss * 1024 // kilobytes on Linux
		}
	}
	if b, err := os.ReadFile(rssFile); err == nil {
		if kb, err := strconv.ParseInt(lastLine(string(b)), 10, 64); err == nil {
			res.PeakRSS = kb * 1024
		}
	}
	if err != nil {
		res.Status = "failed"
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			// GNU time exits 128+signal when its child is killed.
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && (ws.Signaled() || ws.ExitStatus() == 128+int(syscall.SIGKILL)) {
				res.Status = "killed"
			}
		}
		res.Err = strings.TrimSpace(lastLine(errb.String()) + " " + err.Error())
		return res
	}
	var d struct {
		Status string `json:"status"`
		Error  *struct {
			Code string `json:"code"`
		} `json:"error"`
	}
	if err := json.Unmarshal(out.Bytes(), &d); err != nil {
		res.Status, res.Err = "failed", "no digest on standard output: "+err.Error()
		return res
	}
	res.Status = d.Status
	if d.Error != nil {
		res.Code = d.Error.Code
	}
	return res
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// Table prints the results, one input a line.
func Table(w io.Writer, rs []Result) {
	fmt.Fprintf(w, "%-20s %-9s %-12s %-12s %8s %8s %9s  %s\n", "input", "status", "code", "want", "wall", "CPU", "peak RSS", "")
	for _, r := range rs {
		note := r.Err
		if r.Got() != r.Input.Want && note == "" {
			note = "UNEXPECTED"
		}
		fmt.Fprintf(w, "%-20s %-9s %-12s %-12s %7.2fs %7.2fs %6.1f MB  %s\n", r.Input.Name, r.Status, r.Code, r.Input.Want,
			r.Wall.Seconds(), r.CPU.Seconds(), float64(r.PeakRSS)/1e6, note)
	}
}

// cgroup is a memory cgroup made for the run.
type cgroup struct {
	dir, procs string
}

func newCgroup(limit int64) (*cgroup, error) {
	name := fmt.Sprintf("newsgist-stress-%d", os.Getpid())
	lim := strconv.FormatInt(limit, 10)
	// cgroup v1: a memory hierarchy of its own.
	if _, err := os.Stat("/sys/fs/cgroup/memory/memory.limit_in_bytes"); err == nil {
		dir := filepath.Join("/sys/fs/cgroup/memory", name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			return nil, fmt.Errorf("cgroup v1: %w", err)
		}
		cg := &cgroup{dir: dir, procs: filepath.Join(dir, "cgroup.procs")}
		if err := os.WriteFile(filepath.Join(dir, "memory.limit_in_bytes"), []byte(lim), 0); err != nil {
			cg.remove()
			return nil, fmt.Errorf("cgroup v1 limit: %w", err)
		}
		// No swap to hide in (ignored where swap accounting is off).
		os.WriteFile(filepath.Join(dir, "memory.memsw.limit_in_bytes"), []byte(lim), 0)
		return cg, nil
	}
	// cgroup v2: the unified hierarchy with the memory controller enabled.
	if _, err := os.Stat("/sys/fs/cgroup/cgroup.controllers"); err == nil {
		dir := filepath.Join("/sys/fs/cgroup", name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			return nil, fmt.Errorf("cgroup v2: %w", err)
		}
		cg := &cgroup{dir: dir, procs: filepath.Join(dir, "cgroup.procs")}
		if err := os.WriteFile(filepath.Join(dir, "memory.max"), []byte(lim), 0); err != nil {
			cg.remove()
			return nil, fmt.Errorf("cgroup v2 memory.max: %w", err)
		}
		os.WriteFile(filepath.Join(dir, "memory.swap.max"), []byte("0"), 0)
		return cg, nil
	}
	return nil, errors.New("no writable memory cgroup (neither v1 nor v2)")
}

func (c *cgroup) remove() {
	// The processes have exited; an empty cgroup can be removed.
	for range 10 {
		if err := os.Remove(c.dir); err == nil || errors.Is(err, os.ErrNotExist) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Check returns one line per result that misses a bar: no digest, another
// status or code than the input wants, a peak RSS over maxRSS or a CPU time
// over maxTime. CPU time, not wall time: with GOMAXPROCS=1 it is the wall
// time on an idle core, which a shared machine's wall clock overstates.
func Check(rs []Result, maxRSS int64, maxTime time.Duration) []string {
	var bad []string
	for _, r := range rs {
		switch {
		case r.Status != "ok" && r.Status != "rejected":
			bad = append(bad, fmt.Sprintf("%s: no digest (%s: %s)", r.Input.Name, r.Status, r.Err))
		case r.Got() != r.Input.Want:
			bad = append(bad, fmt.Sprintf("%s: got %s, want %s", r.Input.Name, r.Got(), r.Input.Want))
		}
		if r.PeakRSS > maxRSS {
			bad = append(bad, fmt.Sprintf("%s: peak RSS %.1f MB over %.0f MB", r.Input.Name, float64(r.PeakRSS)/1e6, float64(maxRSS)/1e6))
		}
		if r.CPU > maxTime {
			bad = append(bad, fmt.Sprintf("%s: %.1f s of CPU over %s", r.Input.Name, r.CPU.Seconds(), maxTime))
		}
	}
	return bad
}
