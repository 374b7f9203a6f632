package cleaneval

import (
	"bytes"
	"compress/gzip"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestTokens(t *testing.T) {
	got := Tokens("Don't stop — café_bar, 3.5 ß!")
	want := []string{"Don", "t", "stop", "café_bar", "3", "5", "ß"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
}

func TestShingles(t *testing.T) {
	got := Shingles("a b c d a b c d", 4)
	want := map[string]int{"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Shingles = %v, want %v", got, want)
	}
	if got := Shingles("a b", 4); !reflect.DeepEqual(got, map[string]int{"a b": 1}) {
		t.Fatalf("short text: %v", got)
	}
	if got := Shingles(" ,. ", 4); len(got) != 0 {
		t.Fatalf("no tokens: %v", got)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// A hand-computed example. Truth "a b c d e f" has shingles abcd, bcde, cdef.
// Prediction "x a b c d e" has xabc, abcd, bcde. TP=2 (abcd, bcde), FP=1
// (xabc), FN=1 (cdef): normalised 0.5/0.25/0.25, P = R = 2/3.
// Page two: truth "p q r s", prediction empty: TP=0, FP=0, FN=1: P = R = 0.
// Averages: P = R = 1/3, F1 = 1/3.
func TestHandComputed(t *testing.T) {
	c1 := Compare("a b c d e f", "x a b c d e")
	if !near(c1.TP, 0.5) || !near(c1.FP, 0.25) || !near(c1.FN, 0.25) {
		t.Fatalf("page 1 counts %+v", c1)
	}
	p, r := c1.PrecisionRecall()
	if !near(p, 2.0/3) || !near(r, 2.0/3) {
		t.Fatalf("page 1 P/R %v %v", p, r)
	}
	c2 := Compare("p q r s", "")
	if !near(c2.FN, 1) || c2.TP != 0 || c2.FP != 0 {
		t.Fatalf("page 2 counts %+v", c2)
	}
	s := Aggregate([]Counts{c1, c2})
	if s.Pages != 2 || !near(s.Precision, 1.0/3) || !near(s.Recall, 1.0/3) || !near(s.F1, 1.0/3) {
		t.Fatalf("aggregate %+v", s)
	}
	// Multiplicity: a repeated shingle predicted once counts one FN.
	c3 := Compare("a b c d a b c d", "a b c d")
	if !near(c3.TP, 1.0/5) || !near(c3.FN, 4.0/5) {
		t.Fatalf("multiplicity %+v", c3)
	}
	// Precision 1 and recall 2/3 on unequal page: F1 from averages.
	s = Aggregate([]Counts{{TP: 0.5, FP: 0, FN: 0.5}, {TP: 1}})
	if !near(s.Precision, 1) || !near(s.Recall, 0.75) || !near(s.F1, 2*0.75/1.75) {
		t.Fatalf("aggregate 2 %+v", s)
	}
	if p, r := (Counts{}).PrecisionRecall(); p != 1 || r != 1 {
		t.Fatalf("empty page %v %v", p, r)
	}
}

func TestTimes(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 20; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	got := Times(d)
	if got.Median != 10500*time.Microsecond || got.P95 != 19*time.Millisecond || got.Max != 20*time.Millisecond {
		t.Fatalf("Times = %+v", got)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "html"), 0o755)
	os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(`{"b": {"articleBody": "Two.", "url": "u2"}, "a": {"articleBody": "One.", "url": "u1"}}`), 0o644)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("<p>One.</p>"))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "html", "a.html.gz"), buf.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "html", "b.html"), []byte("<p>Two.</p>"), 0o644)
	pages, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || pages[0].ID != "a" || string(pages[0].HTML) != "<p>One.</p>" || pages[1].Truth != "Two." || pages[1].URL != "u2" {
		t.Fatalf("Load = %+v", pages)
	}
	if _, err := Load(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("no error for a missing directory")
	}
}
