// Package rouge computes ROUGE-N and ROUGE-L F1 between a candidate and a
// reference text, the way newsgist's evaluations define them: both texts are
// lower-cased and split into [a-z0-9]+ tokens (no stemming, no stop-word
// removal); ROUGE-N counts clipped n-gram overlaps, ROUGE-L uses the longest
// common subsequence of the two token sequences (summary level: the texts are
// treated as single sequences).
package rouge

import "strings"

// Score is precision, recall and F1 of one measure.
type Score struct {
	P, R, F float64
}

// Tokens lower-cases s and returns its [a-z0-9]+ runs.
func Tokens(s string) []string {
	s = strings.ToLower(s)
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		ok := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		if ok && start < 0 {
			start = i
		} else if !ok && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	return out
}

func score(overlap, candTotal, refTotal int) Score {
	var sc Score
	if candTotal > 0 {
		sc.P = float64(overlap) / float64(candTotal)
	}
	if refTotal > 0 {
		sc.R = float64(overlap) / float64(refTotal)
	}
	if sc.P+sc.R > 0 {
		sc.F = 2 * sc.P * sc.R / (sc.P + sc.R)
	}
	return sc
}

func ngrams(toks []string, n int) map[string]int {
	m := map[string]int{}
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], " ")]++
	}
	return m
}

// NTokens is ROUGE-N over token sequences.
func NTokens(cand, ref []string, n int) Score {
	c, r := ngrams(cand, n), ngrams(ref, n)
	overlap := 0
	for g, k := range c {
		overlap += min(k, r[g])
	}
	return score(overlap, max(0, len(cand)-n+1), max(0, len(ref)-n+1))
}

// LTokens is ROUGE-L over token sequences.
func LTokens(cand, ref []string) Score {
	return score(LCS(cand, ref), len(cand), len(ref))
}

// LCS returns the length of the longest common subsequence of a and b, in
// O(len(a)·len(b)) time and O(len(b)) memory.
func LCS(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Scores holds ROUGE-1, ROUGE-2 and ROUGE-L of one candidate.
type Scores struct {
	R1, R2, RL Score
}

// Compute scores candidate against reference.
func Compute(candidate, reference string) Scores {
	c, r := Tokens(candidate), Tokens(reference)
	return Scores{R1: NTokens(c, r, 1), R2: NTokens(c, r, 2), RL: LTokens(c, r)}
}

// Mean accumulates F1 averages over documents.
type Mean struct {
	N              int
	R1, R2, RL     float64 // sums of F1
	Words, Longest int     // candidate word totals, for reporting length
}

// Add adds one document's scores.
func (m *Mean) Add(s Scores) {
	m.N++
	m.R1 += s.R1.F
	m.R2 += s.R2.F
	m.RL += s.RL.F
}

// F1 returns the mean ROUGE-1, ROUGE-2 and ROUGE-L F1 as percentages.
func (m Mean) F1() (r1, r2, rl float64) {
	if m.N == 0 {
		return 0, 0, 0
	}
	n := float64(m.N)
	return 100 * m.R1 / n, 100 * m.R2 / n, 100 * m.RL / n
}
