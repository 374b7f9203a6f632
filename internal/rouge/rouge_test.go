package rouge

import (
	"math"
	"reflect"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	got := Tokens("The U.S. economy grew 3.5% -- Mr. O'Brien's view!")
	want := []string{"the", "u", "s", "economy", "grew", "3", "5", "mr", "o", "brien", "s", "view"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
	if Tokens("") != nil || Tokens("-- !") != nil {
		t.Error("empty input gave tokens")
	}
}

// Hand-computed: the classic example from Lin (2004).
// ref  = police killed the gunman            (4 tokens)
// cand = police kill the gunman              (4 tokens)
// unigrams: police, the, gunman match = 3 -> P=R=F=3/4
// bigrams: ref {police killed, killed the, the gunman}, cand {police kill,
// kill the, the gunman}: 1 match of 3 -> 1/3
// LCS = police the gunman = 3 -> 3/4
func TestLinExample(t *testing.T) {
	s := Compute("police kill the gunman", "police killed the gunman")
	if !near(s.R1.F, 0.75) || !near(s.R2.F, 1.0/3) || !near(s.RL.F, 0.75) {
		t.Errorf("got %+v", s)
	}
	// cand2 = the gunman kill police: unigrams 3/4, bigrams 1/3 (the gunman),
	// LCS = "the gunman" = 2 -> 1/2. ROUGE-L separates it from cand1.
	s = Compute("the gunman kill police", "police killed the gunman")
	if !near(s.R1.F, 0.75) || !near(s.R2.F, 1.0/3) || !near(s.RL.F, 0.5) {
		t.Errorf("got %+v", s)
	}
}

// Unequal lengths and clipping: cand = "the cat the cat on the mat" (7),
// ref = "the cat sat on the mat" (6).
// unigrams: the min(3,2)=2, cat 1, on 1, mat 1 -> 5; P=5/7 R=5/6
// F = 2*(5/7)(5/6)/((5/7)+(5/6)) = 10/13.
// bigrams cand: the cat x2, cat the, cat on, on the, the mat (6);
// ref: the cat, cat sat, sat on, on the, the mat (5); overlap: the cat 1,
// on the 1, the mat 1 = 3 -> P=3/6 R=3/5 F=6/11.
// LCS: the cat on the mat = 5 -> same as unigram F here, 10/13.
func TestClippingAndLengths(t *testing.T) {
	s := Compute("The cat, the cat on the mat.", "the cat sat on the mat")
	if !near(s.R1.P, 5.0/7) || !near(s.R1.R, 5.0/6) || !near(s.R1.F, 10.0/13) {
		t.Errorf("R1 %+v", s.R1)
	}
	if !near(s.R2.F, 6.0/11) {
		t.Errorf("R2 %+v", s.R2)
	}
	if !near(s.RL.F, 10.0/13) {
		t.Errorf("RL %+v", s.RL)
	}
}

func TestEmptyAndMean(t *testing.T) {
	s := Compute("", "a b c")
	if s.R1.F != 0 || s.R2.F != 0 || s.RL.F != 0 {
		t.Errorf("empty candidate: %+v", s)
	}
	s = Compute("a", "a")
	if s.R1.F != 1 || s.R2.F != 0 || s.RL.F != 1 {
		t.Errorf("one token: %+v", s)
	}
	var m Mean
	m.Add(Compute("a b", "a b"))
	m.Add(Compute("x", "a b"))
	r1, _, rl := m.F1()
	if !near(r1, 50) || !near(rl, 50) {
		t.Errorf("mean %v %v", r1, rl)
	}
}

func TestLCS(t *testing.T) {
	a := Tokens("a b c b d a b")
	b := Tokens("b d c a b a")
	if got := LCS(a, b); got != 4 { // b c b a / b d a b
		t.Errorf("LCS = %d, want 4", got)
	}
}
