package quotes

import "testing"

// Stage directions of a transcript and follow-us prompts are in quotation
// marks on some sites, but nobody said them.
func TestStageDirectionsAndPromptsAreNotQuotes(t *testing.T) {
	text := "Partial transcript as follows:\n\n" +
		"\"HOST: Will the senator attend the hearing tomorrow?\n\n" +
		"\"(CROSSTALK.)\n\n" +
		"\"GUEST: She will not attend, and she has said so in writing.\n\n" +
		"\"[Applause]\"\n\n" +
		"\"Follow Jane Roe on Twitter @janeroe.\""
	for _, q := range extractText(text, 10) {
		for _, p := range q.Parts {
			words := text[p.Start:p.End]
			if notSpeech(trimMarks(words)) {
				t.Errorf("quote part %q is not speech", words)
			}
		}
	}
	got := extractText(text, 10)
	if len(got) == 0 {
		t.Fatal("the transcript lines were lost too")
	}
	for _, s := range []string{"(CROSSTALK.)", "[Applause]", "Follow Jane Roe on Twitter @janeroe.", " (laughter) "} {
		if !notSpeech(s) {
			t.Errorf("notSpeech(%q) = false", s)
		}
	}
	for _, s := range []string{"We will follow the law (all of it) on this", "(He) said nothing", "Follow the money, on every deal"} {
		if notSpeech(s) {
			t.Errorf("notSpeech(%q) = true", s)
		}
	}
}

func trimMarks(s string) string {
	for len(s) > 0 && (s[0] == '"' || s[0] == '\'') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == '"' || s[len(s)-1] == '\'') {
		s = s[:len(s)-1]
	}
	return s
}
