package quotes

import (
	"sort"
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// keyHandful caps the key quotes of an article whatever maxKey allows: a
// reader scanning a digest wants the few quotations that carry the story.
const keyHandful = 5

// keyMinWords is the shortest quotation worth marking key ("Please." is not).
const keyMinWords = 6

// chooseKeys scores every quotation and marks the best of the eligible ones
// key, at most min(maxKey, keyHandful). Eligible: a full quotation (not a
// fragment inside the writer's sentence) of keyMinWords words or more, from
// a named speaker (not "" and not a description such as "an insider"), not a
// repeat of an earlier quotation. The score favours length and a speaker the
// article names often.
func chooseKeys(qs []Quote, maxKey int, nm *nlp.Names) {
	seen := map[string]bool{}
	eligible := make([]bool, len(qs))
	for i := range qs {
		q := &qs[i]
		wc := wordCount(q.Text)
		s := 0.4 * float64(min(wc, 40)) / 40
		switch {
		case q.Speaker == "":
			s -= 0.2
		case nm.Count(q.Speaker) > 0:
			s += 0.3 + 0.1*float64(min(nm.Count(q.Speaker), 5))/5
		default:
			s += 0.15
		}
		if q.Partial {
			s -= 0.3
		}
		if wc < 4 {
			s -= 0.3
		}
		norm := strings.ToLower(strings.Join(strings.Fields(q.Text), " "))
		if seen[norm] {
			s -= 0.6
		}
		eligible[i] = !seen[norm] && !q.Partial && wc >= keyMinWords && q.Speaker != "" && !isDescription(q.Speaker)
		seen[norm] = true
		q.Score = s
	}
	idx := make([]int, len(qs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return qs[idx[a]].Score > qs[idx[b]].Score })
	n := 0
	for _, i := range idx {
		if n >= min(maxKey, keyHandful) {
			break
		}
		if eligible[i] && qs[i].Score > 0 {
			qs[i].Key = true
			n++
		}
	}
}
