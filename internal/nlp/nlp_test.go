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

func TestTagOffsets(t *testing.T) {
	text := "Robert Gates said the days are over."
	toks := Tag(text)
	if len(toks) < 7 {
		t.Fatalf("got %d tokens: %+v", len(toks), toks)
	}
	for _, tok := range toks {
		if tok.Start < 0 || text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %+v does not match the text", tok)
		}
	}
	if toks[0].Tag != "NNP" || toks[2].Tag != "VBD" {
		t.Errorf("tags = %s %s, want NNP VBD", toks[0].Tag, toks[2].Tag)
	}
}
