package entityeval

import (
	"math"
	"reflect"
	"testing"
)

func TestNormalise(t *testing.T) {
	for in, want := range map[string]string{
		"  Lowe's ":         "lowe",
		"U.S.":              "u.s",
		"(Reuters)":         "reuters",
		"Beto O'Rourke":     "beto o'rourke",
		"Pacific Gas & Co.": "pacific gas co",
		"“Kyiv”,":           "kyiv",
	} {
		if got := Normalise(in); got != want {
			t.Errorf("Normalise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestScore(t *testing.T) {
	gold := []string{"Gordon Sondland", "Donald Trump", "Associated Press|AP", "Fiona Hill"}
	tests := []struct {
		name    string
		pred    []string
		partial bool
		want    Result
	}{
		{
			name: "exact: case and punctuation, a second form is a duplicate, a surname is wrong",
			pred: []string{"donald trump.", "AP", "Associated Press", "Sondland", "Kyiv"},
			// tp: Trump, AP; dup: Associated Press; fp: Sondland, Kyiv; fn: Gordon Sondland, Fiona Hill
			want: Result{Counts: Counts{TP: 2, FP: 2, FN: 2, Dup: 1},
				FalsePos: []string{"Sondland", "Kyiv"}, Missed: []string{"Gordon Sondland", "Fiona Hill"}},
		},
		{
			name:    "partial: a surname and a longer name match, exact matches first",
			pred:    []string{"Sondland", "Ambassador Gordon Sondland", "Hill", "Trump", "Kyiv"},
			partial: true,
			// Sondland tp (partial), Ambassador Gordon Sondland dup, Hill tp, Trump tp; Kyiv fp; AP fn
			want: Result{Counts: Counts{TP: 3, FP: 1, FN: 1, Dup: 1},
				FalsePos: []string{"Kyiv"}, Missed: []string{"Associated Press"}},
		},
		{
			name:    "partial needs whole words",
			pred:    []string{"Trum", "Press"},
			partial: true,
			want: Result{Counts: Counts{TP: 1, FP: 1, FN: 3},
				FalsePos: []string{"Trum"}, Missed: []string{"Gordon Sondland", "Donald Trump", "Fiona Hill"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(gold, tt.pred, tt.partial)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Score = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestPRF(t *testing.T) {
	// 2 right, 2 wrong, 2 missed: P = R = F1 = 0.5. 3 right, 1 wrong, 1 missed: 0.75.
	for _, tt := range []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{TP: 2, FP: 2, FN: 2}, 0.5, 0.5, 0.5},
		{Counts{TP: 3, FP: 1, FN: 1}, 0.75, 0.75, 0.75},
		{Counts{TP: 1, FP: 0, FN: 3}, 1, 0.25, 0.4},
		{Counts{}, 1, 1, 1},
		{Counts{FP: 2}, 0, 1, 0},
	} {
		p, r, f := tt.c.PRF()
		if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 || math.Abs(f-tt.f) > 1e-9 {
			t.Errorf("%+v: PRF = %.3f %.3f %.3f, want %.3f %.3f %.3f", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
	// Report sums over pages and types.
	pages := []Page{{People: []string{"A B"}, Places: []string{"X"}}, {Organisations: []string{"O"}}}
	preds := []Predicted{{People: []string{"A B"}, Places: []string{"Y"}}, {Organisations: []string{"O", "P"}}}
	sum := Report(pages, preds, false, nil)
	if want := (Counts{TP: 2, FP: 2, FN: 1}); sum[3] != want {
		t.Errorf("overall = %+v, want %+v", sum[3], want)
	}
}

func TestGoldWellFormed(t *testing.T) {
	if len(Gold) != 25 {
		t.Errorf("%d gold pages, want 25", len(Gold))
	}
	files := map[string]bool{}
	for _, p := range Gold {
		if files[p.File] {
			t.Errorf("%s listed twice", p.File)
		}
		files[p.File] = true
		for ty, l := range lists(p) {
			seen := map[string]bool{}
			for _, e := range l {
				n := Normalise(e)
				if n == "" || seen[n] {
					t.Errorf("%s %s: empty or repeated %q", p.File[:12], Types[ty], e)
				}
				seen[n] = true
			}
		}
	}
}
