package realeval

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgist/newsgist/internal/digest"
)

// EntityScore counts one entity type over the labelled pages: strict
// matches (equal words) and lenient ones (people: same surname and first
// name, or one side a single name; organisations and places: one name's
// words inside the other's), each one-to-one.
type EntityScore struct {
	Pages, Gold, Predicted, Strict, Lenient int
}

// normalisedSet is the sorted distinct word-joined forms of names.
func normalisedSet(names []string) []string {
	set := map[string]bool{}
	for _, n := range names {
		if j := joined(n); j != "" {
			set[j] = true
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func scoreEntities(pages map[string]Page, l *Labels, pred func(digest.Entities) []string, gold func(EntityLabels) []string, people bool) EntityScore {
	var s EntityScore
	for _, id := range l.entIDs {
		s.Pages++
		g := normalisedSet(gold(l.Entities[id]))
		p := normalisedSet(pred(pages[id].Digest.Entities))
		s.Gold += len(g)
		s.Predicted += len(p)
		for _, x := range p {
			if slices.Contains(g, x) {
				s.Strict++
			}
		}
		used := map[int]bool{}
		for _, x := range p {
			for i, y := range g {
				if !used[i] && entityMatch(people, x, y) {
					used[i] = true
					s.Lenient++
					break
				}
			}
		}
	}
	return s
}

func entityMatch(people bool, p, g string) bool {
	if p == g {
		return true
	}
	pw, gw := strings.Fields(p), strings.Fields(g)
	if len(pw) == 0 || len(gw) == 0 {
		return false
	}
	if people {
		return pw[len(pw)-1] == gw[len(gw)-1] && (pw[0] == gw[0] || len(pw) == 1 || len(gw) == 1)
	}
	a, b := pw, gw
	if len(a) > len(b) {
		a, b = b, a
	}
	for i := 0; i+len(a) <= len(b); i++ {
		if slices.Equal(b[i:i+len(a)], a) {
			return true
		}
	}
	return false
}
