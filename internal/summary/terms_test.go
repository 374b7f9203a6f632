package summary

import (
	"slices"
	"strings"
	"testing"
)

// TestSentenceTerms: a sentence's terms and white-space words come from the
// shared tokens; a number's tokens and dash- or slash-joined words stay one
// term, a possessive (straight or curly) is cut, and glued punctuation
// ("(AP)The", "rain)water") no longer glues two words into one term.
func TestSentenceTerms(t *testing.T) {
	tests := []struct {
		text  string
		terms []string
		words int
	}{
		{"The council will build 10,000 homes by 2030.", []string{"council", "build", "10,000", "home", "2030"}, 8},
		{"The mayor’s office and the mayor's aides met at 7:30 in Harlow.", []string{"mayor", "office", "aide", "met", "7:30", "harlow"}, 12},
		{"The cease-fire—a fragile one—held through 24/7 patrols in 3,000m of trench.", []string{"cease-fire—a", "fragile", "one—held", "24/7", "patrol", "3,000m", "trench"}, 11},
		{"The re-vote--a formality--passed in Aldmouth.", []string{"re-vote--a", "formality--passed", "aldmouth"}, 5},
		{"The crowd chanted \"f**k the fees\" at Aldmouth hall.", []string{"crowd", "chanted", "f**k", "fee", "aldmouth", "hall"}, 9},
		{"(AP)The storm left rain)water on every street.", []string{"ap", "storm", "left", "rain", "water", "every", "street"}, 7},
	}
	for _, tt := range tests {
		d := AnalyseText(tt.text).d
		var got []string
		for _, tw := range d.sents[0].vec {
			got = append(got, d.terms[tw.id])
		}
		want := slices.Clone(tt.terms)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("terms of %q = %q, want %q", tt.text, got, want)
		}
		if n := d.sents[0].nWords; n != tt.words {
			t.Errorf("words of %q = %d, want %d", tt.text, n, tt.words)
		}
	}
}

// TestSentenceNames: the capitalised terms after the sentence's first word
// are its names, also after an opening quotation mark.
func TestSentenceNames(t *testing.T) {
	d := AnalyseText(`“Ministers in Leeds backed the plan,” said Priya Shah of the Harlow Trust.`).d
	var got []string
	for _, id := range d.sents[0].names {
		got = append(got, d.terms[id])
	}
	want := []string{"leed", "priya", "shah", "harlow", "trust"}
	if !slices.Equal(got, want) {
		t.Errorf("names = %q, want %q", got, want)
	}
}

// TestCompressionsOfDocument: the headline's shortenings of a document's
// sentence, read from the words analyse made, are those Compress makes of
// the sentence's text, source marks included.
func TestCompressionsOfDocument(t *testing.T) {
	text := "HARLOW, England (CNN) -- The county council approved a £40m plan on Tuesday to rebuild the flood wall, which failed twice last winter.\n\n" +
		"(CNN)Engineers, who inspected the wall in March, said the repairs would take two years.\n\n" +
		"Westbury – Residents of the riverside streets, many of them elderly, welcomed the decision at a packed meeting.\n\n" +
		"But the opposition leader, Sam Okafor, said the plan came \"far too late\" for 1,200 households."
	d := AnalyseText(text).d
	if len(d.sents) != 4 {
		t.Fatalf("%d sentences, want 4", len(d.sents))
	}
	for i, s := range d.sents {
		raw := text[s.Start:s.End]
		got, want := d.compressionsOf(i), compressions(raw)
		if len(got) == 0 || len(got) != len(want) {
			t.Errorf("sentence %d: %d shortenings, want %d (> 0)", i, len(got), len(want))
			continue
		}
		for k := range got {
			if got[k].text() != want[k].text() || got[k].penalty != want[k].penalty {
				t.Errorf("sentence %d shortening %d: %q %.3f, want %q %.3f", i, k, got[k].text(), got[k].penalty, want[k].text(), want[k].penalty)
			}
		}
		if h := got[0].text(); strings.Contains(h, "CNN") || strings.HasPrefix(h, "Westbury") {
			t.Errorf("sentence %d: shortening %q keeps its source mark", i, h)
		}
	}
}

// TestStraddlingToken: a sentence that ends inside a token
// ("Wednesday.The", no space after the full stop) keeps its part of it.
func TestStraddlingToken(t *testing.T) {
	d := AnalyseText("The harbour board met in Aldmouth on Wednesday.The dredging contract went to a local firm for two years.").d
	if len(d.sents) != 2 {
		t.Fatalf("the splitter made %d sentences of the glued pair, want 2", len(d.sents))
	}
	for i, want := range []string{"wednesday", "dredging"} {
		found := false
		for _, tw := range d.sents[i].vec {
			found = found || d.terms[tw.id] == want
		}
		if !found {
			t.Errorf("sentence %d has no term %q", i, want)
		}
	}
	if w := d.sents[1].words[0]; w != "The" {
		t.Errorf("second sentence opens with word %q, want \"The\"", w)
	}
}
