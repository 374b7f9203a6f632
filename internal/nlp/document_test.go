package nlp

import (
	"reflect"
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

// FuzzNewDocument: on any text, the analysis stays inside the text, in
// order, and its look-ups agree with its spans; the name index never
// panics.
func FuzzNewDocument(f *testing.F) {
	for _, s := range []string{
		"SPRINGFIELD — The council voted. Mayor Ann Lee's plan passed.\n\nShe said it would help.",
		"“It’s over,” said Rep. Jane Doe, R-Ky., of the U.S. plan.",
		"Users' group\n\n\n'quoted' and O'Brien-Smith's AT&T.",
		"\x00\xff\xfe’s ’s 's'",
		"The viral \"Drugs. Not here.\" campaign drew mockery. Her “Stop. Think.” posters",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := NewDocument(text)
		prev := 0
		for i, tk := range d.Tokens {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("token %d %+v out of order or bounds (prev end %d, len %d)", i, tk, prev, len(text))
			}
			if !strings.HasPrefix(text[tk.Start:tk.End], tk.Text) {
				t.Fatalf("token %d text %q is not at %d:%d %q", i, tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
			}
			if p := d.TokenParagraph(i); p >= len(d.Paragraphs) {
				t.Fatalf("token %d paragraph %d of %d", i, p, len(d.Paragraphs))
			}
			prev = tk.End
		}
		for _, spans := range [][]Span{d.Paragraphs, d.Sentences} {
			end := 0
			for _, s := range spans {
				if s.Start < end || s.End <= s.Start || s.End > len(text) {
					t.Fatalf("span %+v out of order or bounds (len %d)", s, len(text))
				}
				end = s.End
			}
		}
		for _, s := range d.Sentences {
			for _, tk := range d.TokensIn(s.Start, s.End) {
				if tk.Start < s.Start || tk.End > s.End {
					t.Fatalf("TokensIn(%d, %d) gave %+v", s.Start, s.End, tk)
				}
			}
		}
		IndexNames(d)
		// the fast paths agree with the plain forms (speed_test.go)
		if got, want := d.Tokens, tokenizeRef(text); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("tokens %+v, the reference gives %+v", got, want)
		}
		for _, w := range strings.Fields(text) {
			if isInitials(w) != isInitialsRef(w) || hasLower(roleNouns, w) != roleNouns[strings.ToLower(w)] || nextWord(w) != nextWordRef(w) {
				t.Fatalf("word %q: a fast word test differs from its reference", w)
			}
		}
	})
}
