package quoteeval

import (
	"math"
	"strings"
	"testing"
)

func TestSegments(t *testing.T) {
	text := `He said “A b,” and “c d” then.`
	segs := Segments(text, Span{0, len(text)})
	var got []string
	for _, s := range segs {
		got = append(got, text[s.Start:s.End])
	}
	if strings.Join(got, "|") != "“A b,”|“c d”" {
		t.Errorf("got %q", got)
	}
	// a span with no marks is one segment; an unclosed one runs to the end
	if s := Segments("abc", Span{0, 3}); len(s) != 1 || s[0] != (Span{0, 3}) {
		t.Errorf("no marks: %v", s)
	}
	if s := Segments(`"abc`, Span{0, 4}); len(s) != 1 || s[0] != (Span{0, 4}) {
		t.Errorf("unclosed: %v", s)
	}
}

func TestCharSetAndJaccard(t *testing.T) {
	text := `"Ab, c."`
	// letters A, b, c at byte positions 1, 2, 5
	got := charSet(text, Span{0, len(text)})
	if len(got) != 3 || got[0] != 1 || got[1] != 2 || got[2] != 5 {
		t.Errorf("charSet %v", got)
	}
	if j := jaccard([]int{1, 2, 3, 4}, []int{3, 4, 5, 6}); math.Abs(j-2.0/6) > 1e-9 {
		t.Errorf("jaccard %v", j)
	}
}

// One article, hand-computed: two direct gold units and one mixed fragment.
func TestEvaluate(t *testing.T) {
	text := `"One two," Ann Lee said. She called it "silly." "Three four five," he said.`
	//        0         1         2         3         4         5         6         7
	r := func(s string) RawSpan {
		i := strings.Index(text, s)
		return RawSpan{Start: i, End: i + len(s), Text: s} // ASCII: bytes = code points
	}
	a := Article{ID: "x", Text: text, Attributions: []Attribution{
		{ID: "E1", Source: []RawSpan{r("Ann Lee")}, Content: []RawSpan{r(`"One two,"`)}, QuoteKind: "direct", SourceType: "named_or_titled"},
		{ID: "E2", Source: []RawSpan{r("She")}, Content: []RawSpan{r(`it "silly."`)}, QuoteKind: "mixed", SourceType: "pronoun"},
		{ID: "E3", Source: []RawSpan{r("he")}, Content: []RawSpan{r(`"Three four five,"`)}, QuoteKind: "direct", SourceType: "pronoun"},
	}}
	span := func(s string) Span { i := strings.Index(text, s); return Span{i, i + len(s)} }
	pred := func(string) []Pred {
		return []Pred{
			{Parts: []Span{span(`"One two,"`)}, Speaker: "Ann Lee"},              // exact, right
			{Parts: []Span{span(`"silly."`)}, Speaker: "Ann Lee", Partial: true}, // partial: left out
			{Parts: []Span{span(`"Three four`)}, Speaker: "Bob"},                 // overlap 9/13 letters, wrong speaker
			{Parts: []Span{span(`She called`)}, Speaker: "X"},                    // false positive
		}
	}
	rep := Evaluate([]Article{a}, pred, Options{Adjudicated: map[string]string{"x/E3": "Ann Lee"}})
	if rep.Gold != 2 || rep.Pred != 3 {
		t.Fatalf("gold %d pred %d", rep.Gold, rep.Pred)
	}
	if rep.ExactTP != 1 || rep.OverlapTP != 2 {
		t.Errorf("exact %d overlap %d", rep.ExactTP, rep.OverlapTP)
	}
	if math.Abs(rep.OverlapP-2.0/3) > 1e-9 || rep.OverlapR != 1 {
		t.Errorf("P %v R %v", rep.OverlapP, rep.OverlapR)
	}
	if rep.SpeakerOK != 1 || rep.SpeakerN != 2 || rep.NamedAcc != 1 || rep.PronNomAcc != 0 {
		t.Errorf("speakers %d/%d named %v pron %v", rep.SpeakerOK, rep.SpeakerN, rep.NamedAcc, rep.PronNomAcc)
	}
	if rep.EndToEnd != 1 {
		t.Errorf("end-to-end %d", rep.EndToEnd)
	}
	// lenient: the partial prediction matches the mixed fragment and is not counted
	len := Evaluate([]Article{a}, pred, Options{Lenient: true})
	if len.Pred != 3 || len.Ignored != 1 {
		t.Errorf("lenient pred %d ignored %d", len.Pred, len.Ignored)
	}
}

func TestSpeakerRight(t *testing.T) {
	cases := []struct {
		pred string
		gold []string
		ok   bool
	}{
		{"Robert Gates", []string{"Mr Gates"}, true},
		{"Mr. Gates", []string{"Robert Gates"}, true},
		{"Patrick McGinley", []string{"Patrick McGinley, a law professor at West Virginia University"}, true},
		{"Jim Clyburn", []string{"Rep. Jim Clyburn (D-S.C.)"}, true},
		{"Donald Trump", []string{"Hillary Clinton"}, false},
		{"", []string{"he"}, false},
		{"the minister", []string{"the minister"}, true},
	}
	for _, c := range cases {
		if got := SpeakerRight(c.pred, c.gold...); got != c.ok {
			t.Errorf("SpeakerRight(%q, %q) = %v", c.pred, c.gold, got)
		}
	}
}

func TestNaive(t *testing.T) {
	text := "\"We won,\" said Jane Roe.\n\nOther text."
	ps := Naive(text)
	if len(ps) != 1 || ps[0].Speaker != "Jane Roe" {
		t.Errorf("naive %+v", ps)
	}
}

// Each kind of speaker error, as a reader would meet it in a digest.
func TestSpeakerErrorKind(t *testing.T) {
	cases := []struct {
		pred string
		gold []string
		want string
	}{
		{"", []string{"Owen Marsh"}, ErrMissing},
		{"Fox", []string{"Margaret Fox Lindqvist"}, ErrPartialName},
		{"Margaret", []string{"Margaret Fox Lindqvist"}, ErrPartialName},
		{"Gerald Prentiss", []string{"Daniel Hobbs"}, ErrWrongPerson},
		{"Brussels", []string{"Nora Hale"}, ErrWrongPerson},
		{"the statement", []string{"Northgate Records Group"}, ErrDescription},
		{"a career Army officer", []string{"Arthur Kessler"}, ErrDescription},
		{"Swift's rep", []string{"Taylor Swift's representative"}, ErrPartialName},
		{"that the odds", []string{"Brent Bolton"}, ErrJunk},
		{"a sample came", []string{"Luca Pellegrini"}, ErrJunk},
		{"the Pentagon rejected these accusations", []string{"Defense Department"}, ErrJunk},
		{"University", []string{"Jo Reed"}, ErrJunk},
		{"the mayor", []string{"Jo Reed"}, ErrDescription}, // title words only
	}
	if !SpeakerRight("the mayor", "the mayor") || SpeakerRight("the mayor", "the governor") {
		t.Error("a speaker of title words only is right only when the gold says the same")
	}
	for _, c := range cases {
		if SpeakerRight(c.pred, c.gold...) {
			t.Errorf("%q is right for %q: not an error", c.pred, c.gold)
			continue
		}
		if got := SpeakerErrorKind(c.pred, c.gold...); got != c.want {
			t.Errorf("SpeakerErrorKind(%q, %q) = %q, want %q", c.pred, c.gold, got, c.want)
		}
	}
}
