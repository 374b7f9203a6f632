package pipeline

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
)

// MemoryLimitShare is the share of the memory the process may use that
// SetMemoryLimit gives the Go runtime as its soft limit. The rest covers
// what the runtime does not count (the binary's mapped code, the kernel's
// page tables) and a transient rise while the collector catches up: with
// 60% of 256 MiB, a 5 MiB HTML page peaks at 170–180 MB RSS instead of 210.
const MemoryLimitShare = 0.6

// SetMemoryLimit sets the Go runtime's soft memory limit (as GOMEMLIMIT
// would) to MemoryLimitShare of the memory the process may use, so that the
// collector works harder before the function's memory runs out instead of
// letting garbage double the heap. An explicit GOMEMLIMIT wins. The memory
// is read from AWS_LAMBDA_FUNCTION_MEMORY_SIZE (MB, set by Lambda), else
// from the memory cgroup of the process (v2 memory.max, v1
// memory.limit_in_bytes). It returns the limit set (0 if none) and where
// the memory figure came from.
func SetMemoryLimit(getenv func(string) string) (int64, string) {
	if getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1), "GOMEMLIMIT"
	}
	total, source := availableMemory(getenv)
	if total <= 0 {
		return 0, ""
	}
	limit := int64(float64(total) * MemoryLimitShare)
	debug.SetMemoryLimit(limit)
	return limit, source
}

func availableMemory(getenv func(string) string) (int64, string) {
	if mb, err := strconv.ParseInt(getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), 10, 64); err == nil && mb > 0 {
		return mb << 20, "AWS_LAMBDA_FUNCTION_MEMORY_SIZE"
	}
	f, err := os.Open("/proc/self/cgroup")
	if err != nil {
		return 0, ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// "4:memory:/path" (v1) or "0::/path" (v2).
		parts := strings.SplitN(sc.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		var file string
		switch {
		case parts[0] == "0" && parts[1] == "":
			file = filepath.Join("/sys/fs/cgroup", parts[2], "memory.max")
		case strings.Contains(","+parts[1]+",", ",memory,"):
			file = filepath.Join("/sys/fs/cgroup/memory", parts[2], "memory.limit_in_bytes")
		default:
			continue
		}
		b, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		// "max" or a huge number: no limit.
		if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil && n > 0 && n < 1<<46 {
			return n, file
		}
	}
	return 0, ""
}
