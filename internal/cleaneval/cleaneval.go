// Package cleaneval measures main-text extraction quality the way the
// public article-extraction benchmarks do: split both texts into \w+ tokens,
// take 4-token shingles with multiplicity, normalise each page's true
// positives, false positives and false negatives to sum to 1, average
// precision and recall over pages, and take F1 from the two averages.
package cleaneval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
)

// ShingleN is the shingle length in tokens.
const ShingleN = 4

// Tokens splits text into maximal runs of word characters (Unicode letters,
// marks, digits and underscore), like Python's re.findall(r"\w+", text).
func Tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.In(r, unicode.Nl, unicode.No))
	})
}

// Shingles counts the n-token shingles of text. A text shorter than n
// tokens but not empty yields one shingle of all its tokens.
func Shingles(text string, n int) map[string]int {
	toks := Tokens(text)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	last := len(toks) - n + 1
	if last < 1 {
		last = 1
	}
	for i := 0; i < last; i++ {
		j := i + n
		if j > len(toks) {
			j = len(toks)
		}
		out[strings.Join(toks[i:j], " ")]++
	}
	return out
}

// Counts are one page's shingle matches, normalised to sum to 1 (all zero
// when both texts are empty).
type Counts struct{ TP, FP, FN float64 }

// Compare matches the shingles of a predicted text against the true text.
func Compare(truth, pred string) Counts {
	ts, ps := Shingles(truth, ShingleN), Shingles(pred, ShingleN)
	var tp, fp, fn int
	for k, t := range ts {
		p := ps[k]
		tp += min(t, p)
		fn += max(0, t-p)
	}
	for k, p := range ps {
		fp += max(0, p-ts[k])
	}
	s := float64(tp + fp + fn)
	if s == 0 {
		return Counts{}
	}
	return Counts{float64(tp) / s, float64(fp) / s, float64(fn) / s}
}

// PrecisionRecall of one page. A page with nothing to find and nothing
// found scores 1 and 1; a page with no true positive scores 0 and 0.
func (c Counts) PrecisionRecall() (p, r float64) {
	if c.FP == 0 && c.FN == 0 {
		return 1, 1
	}
	if c.TP == 0 {
		return 0, 0
	}
	return c.TP / (c.TP + c.FP), c.TP / (c.TP + c.FN)
}

// Score is the aggregate over pages.
type Score struct {
	Pages             int
	Precision, Recall float64 // averages over pages
	F1                float64 // from the averages
}

// Aggregate averages per-page precision and recall and derives F1.
func Aggregate(pages []Counts) Score {
	s := Score{Pages: len(pages)}
	if len(pages) == 0 {
		return s
	}
	for _, c := range pages {
		p, r := c.PrecisionRecall()
		s.Precision += p
		s.Recall += r
	}
	s.Precision /= float64(len(pages))
	s.Recall /= float64(len(pages))
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// Timing summarises per-page durations.
type Timing struct{ Median, P95, Max time.Duration }

// Times computes the median, 95th percentile (nearest rank) and maximum.
func Times(d []time.Duration) Timing {
	if len(d) == 0 {
		return Timing{}
	}
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	var med time.Duration
	if n := len(s); n%2 == 1 {
		med = s[n/2]
	} else {
		med = (s[n/2-1] + s[n/2]) / 2
	}
	rank := (95*len(s) + 99) / 100 // ceil(0.95 n)
	return Timing{Median: med, P95: s[rank-1], Max: s[len(s)-1]}
}

// Page is one evaluation page.
type Page struct {
	ID, URL string
	HTML    []byte
	Truth   string
}

// Load reads DIR/ground-truth.json (id -> {"articleBody", "url"}) and each
// page's DIR/html/<id>.html.gz (or .html), in id order.
func Load(dir string) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		b, err := readPage(filepath.Join(dir, "html", id))
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{ID: id, URL: gt[id].URL, HTML: b, Truth: gt[id].ArticleBody})
	}
	return pages, nil
}

func readPage(base string) ([]byte, error) {
	f, err := os.Open(base + ".html.gz")
	if err != nil {
		return os.ReadFile(base + ".html")
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", base, err)
	}
	return io.ReadAll(zr)
}
