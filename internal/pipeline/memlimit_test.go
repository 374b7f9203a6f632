package pipeline

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestSetMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	tests := []struct {
		name   string
		vars   map[string]string
		want   int64
		source string
	}{
		{"Lambda's memory", map[string]string{"AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256"}, share(256 << 20), "AWS_LAMBDA_FUNCTION_MEMORY_SIZE"},
		{"a 128 MB function", map[string]string{"AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128"}, share(128 << 20), "AWS_LAMBDA_FUNCTION_MEMORY_SIZE"},
		{"GOMEMLIMIT wins", map[string]string{"GOMEMLIMIT": "100MiB", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256"}, before, "GOMEMLIMIT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(before)
			got, source := SetMemoryLimit(env(tt.vars))
			if got != tt.want || source != tt.source {
				t.Fatalf("SetMemoryLimit = %d from %q, want %d from %q", got, source, tt.want, tt.source)
			}
			if now := debug.SetMemoryLimit(-1); now != tt.want {
				t.Errorf("runtime limit %d, want %d", now, tt.want)
			}
		})
	}
	// Outside Lambda, a limit comes only from a memory cgroup with a limit;
	// without one the runtime's limit is left alone.
	debug.SetMemoryLimit(math.MaxInt64)
	if got, source := SetMemoryLimit(env(nil)); got == 0 && source != "" || got > 0 && source == "" {
		t.Errorf("no Lambda: %d from %q", got, source)
	}
}

// share is MemoryLimitShare of n bytes, computed as SetMemoryLimit does.
func share(n int64) int64 { return int64(float64(n) * MemoryLimitShare) }
