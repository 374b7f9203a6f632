package entities

import (
	"runtime"
	"strings"
	"testing"
)

// TestLongInputBounded: a megabyte of one-letter words on one line (a
// garbage upload) is tokenized a chunk at a time, so Find allocates a small
// multiple of the input instead of a word record per word held at once
// (97 bytes allocated per input byte before, about 14 now).
func TestLongInputBounded(t *testing.T) {
	text := strings.Repeat("a b c d e f g ", 75_000) // 1.05 MB
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	e := Find(text+"\n\nMr Gates met Vladimir Putin in Moscow.", nil)
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 40*uint64(len(text)) {
		t.Errorf("Find allocated %d MB for %d KB of text", got>>20, len(text)>>10)
	}
	if len(e.People) != 2 || len(e.Places) != 1 {
		t.Errorf("entities after the long paragraph = %+v", e)
	}
}

func TestEachChunk(t *testing.T) {
	long := strings.Repeat("word ", maxChunk/5+100)
	var got []string
	eachChunk("first line\n\n"+long+"\nlast", func(c string) { got = append(got, c) })
	if len(got) != 4 || got[0] != "first line" || got[3] != "last" {
		t.Fatalf("chunks: %d, first %q", len(got), got[0])
	}
	if len(got[1]) > maxChunk || len(got[1])+len(got[2]) != len(long) {
		t.Errorf("long line cut into %d + %d bytes", len(got[1]), len(got[2]))
	}
}
