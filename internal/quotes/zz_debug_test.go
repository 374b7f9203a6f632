package quotes

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	for _, q := range Extract(text, 3) {
		fmt.Printf("%q | %q | %q | cue %q | partial %v key %v\n", q.Text, q.Speaker, q.SpeakerMention, q.Cue, q.Partial, q.Key)
	}
}
