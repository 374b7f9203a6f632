package nlp

import "testing"

func TestRawSentences(t *testing.T) {
	text := `Mr Gates met Russian President Vladimir Putin. Afterwards, Mr Putin spoke to US President George W. Bush.  The US wants 10 missiles.`
	got := RawSentences(text)
	want := []string{
		"Mr Gates met Russian President Vladimir Putin.",
		"Afterwards, Mr Putin spoke to US President George W. Bush.",
		"The US wants 10 missiles.",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %q, want %d", len(got), spansText(text, got), len(want))
	}
	for i, s := range got {
		if text[s.Start:s.End] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, text[s.Start:s.End], want[i])
		}
	}
}

func spansText(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}
