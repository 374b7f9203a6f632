package entities

import (
	"runtime"
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/nlp"
)

// TestLongInputBounded: a megabyte of one-letter words on one line (a
// garbage upload) costs Find one word record per token of the analysis,
// allocated once, a small multiple of the input (growing the words as they
// came cost 97 bytes per input byte).
func TestLongInputBounded(t *testing.T) {
	text := strings.Repeat("a b c d e f g ", 75_000) // 1.05 MB
	doc := nlp.NewDocument(text + "\n\nMr Gates met Vladimir Putin in Moscow.")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	e := Find(doc, nil)
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 40*uint64(len(text)) {
		t.Errorf("Find allocated %d MB for %d KB of text", got>>20, len(text)>>10)
	}
	if len(e.People) != 2 || len(e.Places) != 1 {
		t.Errorf("entities after the long paragraph = %+v", e)
	}
}
