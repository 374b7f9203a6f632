package postag

import "testing"

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
