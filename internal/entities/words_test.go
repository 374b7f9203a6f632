package entities

import (
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/nlp"
)

// TestWords: the words read from the document's tokens, with the flags the
// punctuation around them and the document's sentences give.
func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want string // each word as text, then its flags: . sentence end, , clause end, s possessive, ( paren, b based, p party state
	}{
		{"Rep. Dana Whitfield, D-Minn., said Lowe's (LOW) fell.",
			"Rep Dana Whitfield, Minn.,p said Lowe,s LOW,( fell.,"},
		{"The Rail Users' Association met in St. Louis on Wednesday.The mayor spoke.",
			"The Rail Userss Association met in St. Louis on Wednesday., The mayor spoke.,"},
		{"(NWS)Forecasters in a Tulsa-based office told George W. Bush “We” at 5 p.m.",
			"NWS,( Forecasters in a Tulsa,b office told George W. Bush, We, at 5 p.m.,"},
		{"“Is it over?” she asked Nadia Brennan at 9 a.m. on Sept. 12. Voters left.",
			"Is it over, she asked Nadia Brennan at 9 a.m, on Sept, 12., Voters left.,"},
		{"Gannett/GateHouse agreed — the U.S. and N.M. said so.",
			"Gannett/GateHouse agreed — the U.S. and N.M. said so.,"},
	}
	for _, tt := range tests {
		doc := nlp.NewDocument(tt.text)
		var got []string
		words := appendWords(nil, doc.Text, splitRunOn(doc.Tokens, new([]nlp.Token)))
		sentenceEnds(words, doc.Sentences, 0)
		words[len(words)-1].endsSentence = true // the paragraph's end
		for _, w := range words {
			s := w.text
			for _, f := range []struct {
				on   bool
				flag string
			}{{w.endsSentence, "."}, {w.endsClause, ","}, {w.possessive, "s"}, {w.paren, "("}, {w.based, "b"}, {w.party, "p"}} {
				if f.on {
					s += f.flag
				}
			}
			got = append(got, s)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("words of %q\n got %s\nwant %s", tt.text, g, tt.want)
		}
	}
}
