package entityeval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// DefaultRealLabels are the real-page entity labels (one JSON object a line:
// id, people, organisations, places), relative to the project root.
const DefaultRealLabels = "../shared/eval/real-dev/entities.jsonl"

// RealTypes are the entity types of the real-page labels, in the order the
// reference scorer prints them.
var RealTypes = []string{"people", "organisations", "places"}

// RealPage is one labelled page of the real-page set: the page id (its file
// is ID.html.gz under the pages directory) and its entities per type.
type RealPage struct {
	ID            string   `json:"id"`
	People        []string `json:"people"`
	Organisations []string `json:"organisations"`
	Places        []string `json:"places"`
}

func (p RealPage) lists() [][]string { return [][]string{p.People, p.Organisations, p.Places} }

// ReadRealLabels reads the real-page entity labels (JSON Lines).
func ReadRealLabels(path string) ([]RealPage, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("real labels: %w", err)
	}
	defer f.Close()
	var pages []RealPage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var p RealPage
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return nil, fmt.Errorf("real labels %s: %w", path, err)
		}
		pages = append(pages, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("real labels %s: %w", path, err)
	}
	return pages, nil
}

// RealWords is the reference scorer's normalisation of a name: NFKC, the
// curly apostrophe made straight, lower case, then the words matched by
// Python's \w+(?:'\w+)? joined by single spaces.
func RealWords(s string) string {
	s = strings.ToLower(strings.ReplaceAll(norm.NFKC.String(s), "\u2019", "'"))
	isW := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' }
	rs := []rune(s)
	var words []string
	for i := 0; i < len(rs); {
		if !isW(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isW(rs[j]) {
			j++
		}
		if j+1 < len(rs) && rs[j] == '\'' && isW(rs[j+1]) {
			j++
			for j < len(rs) && isW(rs[j]) {
				j++
			}
		}
		words = append(words, string(rs[i:j]))
		i = j
	}
	return strings.Join(words, " ")
}

// realMatch is the reference scorer's lenient match of a prediction p and a
// gold name g (both normalised): people share the surname and the first name
// or one side is a single word; organisations and places match when one
// name's words are a run inside the other's.
func realMatch(typ, p, g string) bool {
	if p == g {
		return true
	}
	pw, gw := strings.Fields(p), strings.Fields(g)
	if len(pw) == 0 || len(gw) == 0 {
		return false
	}
	if typ == "people" {
		return pw[len(pw)-1] == gw[len(gw)-1] && (pw[0] == gw[0] || len(pw) == 1 || len(gw) == 1)
	}
	a, b := pw, gw
	if len(pw) > len(gw) {
		a, b = gw, pw
	}
	return strings.Contains(" "+strings.Join(b, " ")+" ", " "+strings.Join(a, " ")+" ")
}

// RealCounts are one type's totals: strict and lenient matches, predictions
// and gold entities (each a set of normalised names per page).
type RealCounts struct{ Strict, Lenient, Pred, Gold int }

// PRF are precision, recall and F1 of n matches, as the reference scorer
// computes them (an empty side divides by one).
func (c RealCounts) PRF(n int) (p, r, f float64) {
	p = float64(n) / float64(max(c.Pred, 1))
	r = float64(n) / float64(max(c.Gold, 1))
	f = 2 * float64(n) / float64(max(c.Pred+c.Gold, 1))
	return p, r, f
}

// RealMiss is one page's lenient errors for one type.
type RealMiss struct {
	ID, Type         string
	FalsePos, Missed []string
}

func normSet(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if w := RealWords(n); w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// ScoreReal scores predictions (per page, per RealTypes) against the real
// labels exactly as score_real.py does: per page, the sorted sets of
// normalised names; strict is set intersection, lenient a greedy one-to-one
// pass in sorted order. It returns the per-type counts and the lenient
// errors.
func ScoreReal(pages []RealPage, preds [][][]string) ([]RealCounts, []RealMiss) {
	counts := make([]RealCounts, len(RealTypes))
	var misses []RealMiss
	for i, pg := range pages {
		for t, typ := range RealTypes {
			gold, pred := normSet(pg.lists()[t]), normSet(preds[i][t])
			c := &counts[t]
			c.Pred += len(pred)
			c.Gold += len(gold)
			inGold := map[string]bool{}
			for _, g := range gold {
				inGold[g] = true
			}
			for _, p := range pred {
				if inGold[p] {
					c.Strict++
				}
			}
			used := make([]bool, len(gold))
			var fp []string
			for _, p := range pred {
				hit := false
				for k, g := range gold {
					if !used[k] && realMatch(typ, p, g) {
						used[k], hit = true, true
						c.Lenient++
						break
					}
				}
				if !hit {
					fp = append(fp, p)
				}
			}
			var fn []string
			for k, g := range gold {
				if !used[k] {
					fn = append(fn, g)
				}
			}
			if len(fp)+len(fn) > 0 {
				misses = append(misses, RealMiss{pg.ID, typ, fp, fn})
			}
		}
	}
	return counts, misses
}

// runReal digests the labelled pages (DIR/html/ID.html.gz) and prints the
// reference scorer's entities lines.
func runReal(dir, labels string, verbose bool, out io.Writer) error {
	pages, err := ReadRealLabels(labels)
	if err != nil {
		return err
	}
	gold := make([]Page, len(pages))
	for i, p := range pages {
		gold[i] = Page{File: p.ID + ".html.gz"}
	}
	got, _, err := Run(dir, gold)
	if err != nil {
		return err
	}
	preds := make([][][]string, len(pages))
	for i, p := range got {
		preds[i] = [][]string{p.People, p.Organisations, p.Places}
	}
	counts, misses := ScoreReal(pages, preds)
	fmt.Fprintf(out, "%s: %d pages (score_real.py definitions: strict = equal after normalising; lenient = people same surname and first name or one side a single name, others one name inside the other)\n",
		filepath.Base(labels), len(pages))
	for t, c := range counts {
		sp, sr, sf := c.PRF(c.Strict)
		lp, lr, lf := c.PRF(c.Lenient)
		fmt.Fprintf(out, "entities %-13s strict P %.3f R %.3f F1 %.3f; lenient P %.3f R %.3f F1 %.3f (gold %d, predicted %d)\n",
			RealTypes[t], sp, sr, sf, lp, lr, lf, c.Gold, c.Pred)
	}
	if verbose {
		for _, m := range misses {
			for _, s := range m.FalsePos {
				fmt.Fprintf(out, "FP   %s %-13s %q\n", m.ID[:min(8, len(m.ID))], m.Type, s)
			}
			for _, s := range m.Missed {
				fmt.Fprintf(out, "MISS %s %-13s %q\n", m.ID[:min(8, len(m.ID))], m.Type, s)
			}
		}
	}
	return nil
}
