package nlp

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string // token texts; a trailing ~ marks a possessive
	}{
		{"Mr. O'Brien said.", []string{"Mr.", "O'Brien", "said", "."}},
		{"the U.S. and AT&T's plan", []string{"the", "U.S.", "and", "AT&T~", "plan"}},
		{"the Rail Users' Association", []string{"the", "Rail", "Users~", "Association"}},
		{"Rep. Jane Doe, R-Ky., spoke", []string{"Rep.", "Jane", "Doe", ",", "R-Ky.", ",", "spoke"}},
		{"“It’s over,” she said", []string{"“", "It~", "over", ",", "”", "she", "said"}},
		{"George W. Bush", []string{"George", "W.", "Bush"}},
		{"a well-known end.", []string{"a", "well-known", "end", "."}},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range Tokenize(c.in, 0, len(c.in)) {
			s := tk.Text
			if tk.Poss {
				s += "~"
			}
			if c.in[tk.Start:tk.End] != tk.Text && !tk.Poss {
				t.Errorf("%q: token %q has offsets of %q", c.in, tk.Text, c.in[tk.Start:tk.End])
			}
			got = append(got, s)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDocument(t *testing.T) {
	text := "SPRINGFIELD — The council voted on Monday. Mayor Ann Lee's plan passed.\n\nShe said it would help.\n"
	d := NewDocument(text)
	if len(d.Paragraphs) != 2 || len(d.Sentences) != 3 {
		t.Fatalf("paragraphs %v sentences %v", d.Paragraphs, d.Sentences)
	}
	she := strings.Index(text, "She")
	if d.ParagraphOf(she) != 1 || d.SentenceOf(she) != 2 || d.SentenceOf(0) != 0 {
		t.Errorf("ParagraphOf/SentenceOf(%d) = %d/%d", she, d.ParagraphOf(she), d.SentenceOf(she))
	}
	i := d.TokenAt(she)
	if d.Tokens[i].Text != "She" || d.TokenParagraph(i) != 1 || d.TokenSentence(i) != 2 {
		t.Errorf("token at %d: %+v par %d sent %d", she, d.Tokens[i], d.TokenParagraph(i), d.TokenSentence(i))
	}
	s := d.Sentences[1]
	var words []string
	for _, tk := range d.TokensIn(s.Start, s.End) {
		words = append(words, tk.Text)
	}
	if got := strings.Join(words, " "); got != "Mayor Ann Lee plan passed ." {
		t.Errorf("TokensIn(second sentence) = %q", got)
	}
	if got := NewDocument(""); len(got.Tokens) != 0 || len(got.Sentences) != 0 {
		t.Errorf("empty document: %+v", got)
	}
}
