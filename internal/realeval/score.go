package realeval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/newsgist/newsgist/internal/digest"
)

// Page is one evaluation page: its id, its ground-truth article body and
// the digest made of it (the zero Digest when none was made).
type Page struct {
	ID     string
	Body   string
	Digest digest.Digest
}

// Report holds every figure of the real-page evaluation.
type Report struct {
	Pages, Digests int

	English, HeadlineOK, Cut, NoClause, NotFrom, EmptyHeadline int
	Headlines                                                  map[string]HeadlineVerdict

	GluePages, GlueWords int
	Glued                map[string][]string

	MetaPages                     int
	Title, Byline, Published      int
	Language                      int
	MetaWrong                     map[string][]string // page id -> fields wrong
	Quotes                        QuoteScore
	People, Organisations, Places EntityScore
}

// Score judges the digests of pages against labels.
func Score(pages []Page, l *Labels) Report {
	r := Report{Pages: len(pages), Headlines: map[string]HeadlineVerdict{}, Glued: map[string][]string{},
		MetaWrong: map[string][]string{}}
	byID := map[string]Page{}
	for _, p := range pages {
		byID[p.ID] = p
		if p.Digest.Status != "" {
			r.Digests++
		}
		r.scoreHeadline(p, l)
		if g := GluedWords(articleOf(p.Digest).Text, p.Body); len(g) > 0 {
			r.GluePages++
			r.GlueWords += len(g)
			r.Glued[p.ID] = g
		}
		if m, ok := l.Meta[p.ID]; ok {
			r.scoreMeta(p, m)
		}
	}
	r.Quotes = scoreQuotes(byID, l)
	ents := scoreEntities(byID, l)
	r.People, r.Organisations, r.Places = ents[0], ents[1], ents[2]
	return r
}

func articleOf(d digest.Digest) digest.Article {
	if d.Article == nil {
		return digest.Article{}
	}
	return *d.Article
}

func (r *Report) scoreHeadline(p Page, l *Labels) {
	lang := l.Meta[p.ID].Language
	if lang == "" {
		lang = articleOf(p.Digest).Language
	}
	if lang != "en" {
		return
	}
	r.English++
	v := CheckHeadline(p.Digest.Headline, p.Body)
	r.Headlines[p.ID] = v
	switch {
	case v.Empty:
		r.EmptyHeadline++
		return
	case v.AcceptableAll3:
		r.HeadlineOK++
	}
	if v.Cut {
		r.Cut++
	}
	if !v.Clause {
		r.NoClause++
	}
	if !v.FromArticle {
		r.NotFrom++
	}
}

func (r *Report) scoreMeta(p Page, m Meta) {
	r.MetaPages++
	a := articleOf(p.Digest)
	alt := alternatives(m.Notes)
	if slices.Equal(Words(a.Title), Words(m.Title)) {
		r.Title++
	} else {
		r.MetaWrong[p.ID] = append(r.MetaWrong[p.ID], fmt.Sprintf("title %q want %q", a.Title, m.Title))
	}
	if sameNameSet(a.Byline, m.Byline) || hasKey(alt, "alt_byline") && sameNameSet(a.Byline, strings.TrimSpace(alt["alt_byline"])) {
		r.Byline++
	} else {
		r.MetaWrong[p.ID] = append(r.MetaWrong[p.ID], fmt.Sprintf("byline %q want %q", a.Byline, m.Byline))
	}
	if a.Language == m.Language {
		r.Language++
	} else {
		r.MetaWrong[p.ID] = append(r.MetaWrong[p.ID], fmt.Sprintf("language %q want %q", a.Language, m.Language))
	}
	got := prefix(a.Published, 10)
	if got == m.Published || alt["alt_published"] != "" && got == prefix(alt["alt_published"], 10) {
		r.Published++
	} else {
		r.MetaWrong[p.ID] = append(r.MetaWrong[p.ID], fmt.Sprintf("published %q want %q", a.Published, m.Published))
	}
}

func hasKey(m map[string]string, k string) bool { _, ok := m[k]; return ok }

// sameNameSet compares two bylines as sets of words without "and".
func sameNameSet(a, b string) bool {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range Words(s) {
			if w != "and" {
				m[w] = true
			}
		}
		return m
	}
	x, y := set(a), set(b)
	if len(x) != len(y) {
		return false
	}
	for w := range x {
		if !y[w] {
			return false
		}
	}
	return true
}

// prefix is the first n code points of s.
func prefix(s string, n int) string {
	rs := []rune(s)
	if len(rs) > n {
		rs = rs[:n]
	}
	return string(rs)
}

// Print writes the report in the reference scorer's layout, one line a field.
func (r Report) Print(w io.Writer) {
	fmt.Fprintf(w, "newsgist digests %d/%d\n", r.Digests, r.Pages)
	fmt.Fprintf(w, "headline: %d English pages, acceptable by the three checks %d (%.2f); cut %d, no finite verb %d, not from the article %d, empty %d\n",
		r.English, r.HeadlineOK, float64(r.HeadlineOK)/float64(max(r.English, 1)), r.Cut, r.NoClause, r.NotFrom, r.EmptyHeadline)
	fmt.Fprintf(w, "glue: %d pages with %d glued words absent from the body\n", r.GluePages, r.GlueWords)
	if r.MetaPages > 0 {
		n := float64(r.MetaPages)
		fmt.Fprintf(w, "metadata (%d pages): title %.2f, byline %.2f, published %.2f\n",
			r.MetaPages, float64(r.Title)/n, float64(r.Byline)/n, float64(r.Published)/n)
		fmt.Fprintf(w, "metadata counts: title %d, byline %d, published %d, language %d of %d (language %.3f)\n",
			r.Title, r.Byline, r.Published, r.Language, r.MetaPages, float64(r.Language)/n)
	}
	if q := r.Quotes; q.Pages > 0 {
		p, rec := q.PR()
		f := 0.0
		if p+rec > 0 {
			f = 2 * p * rec / (p + rec)
		}
		fmt.Fprintf(w, "quotes (%d pages, %d gold, %d predicted): P %.3f R %.3f F1 %.3f; speaker %.3f, strict full name %.3f (%d); partial flag right %.3f; not-quotes extracted %d of %d\n",
			q.Pages, q.Gold, q.Predicted, p, rec, f, ratio(q.SpeakerOK, q.SpeakerN), ratio(q.SpeakerStrict, q.SpeakerN), q.SpeakerN,
			ratio(q.PartialOK, q.PartialN), q.NotQuotesExtracted, q.NotQuotes)
		fmt.Fprintf(w, "quotes speaker errors on %d matched quotes with a named gold speaker: wrong person %d, empty %d, partial name %d; wrong non-empty speakers %.3f of %d matched; a speaker named where the label has none %d\n",
			q.SpeakerN, q.WrongPerson, q.EmptySpeaker, q.PartialName, ratio(q.WrongPerson, q.Matched), q.Matched, q.NamedForUnnamed)
	}
	for _, e := range []struct {
		name string
		s    EntityScore
	}{{"people", r.People}, {"organisations", r.Organisations}, {"places", r.Places}} {
		if e.s.Pages == 0 {
			continue
		}
		fmt.Fprintf(w, "entities %-13s strict P %.3f R %.3f F1 %.3f; lenient P %.3f R %.3f F1 %.3f (gold %d, predicted %d)\n",
			e.name, ratio(e.s.Strict, e.s.Predicted), ratio(e.s.Strict, e.s.Gold), ratio(2*e.s.Strict, e.s.Predicted+e.s.Gold),
			ratio(e.s.Lenient, e.s.Predicted), ratio(e.s.Lenient, e.s.Gold), ratio(2*e.s.Lenient, e.s.Predicted+e.s.Gold),
			e.s.Gold, e.s.Predicted)
	}
}

// ratio is a/b, with b of 0 read as 1 like the reference scorer's max(b, 1).
func ratio(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

// PrintDetails lists, page by page, what the figures count against: failed
// headlines, glued words and wrong metadata.
func (r Report) PrintDetails(w io.Writer) {
	ids := make([]string, 0, len(r.Headlines))
	for id := range r.Headlines {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		v := r.Headlines[id]
		if !v.AcceptableAll3 {
			fmt.Fprintf(w, "headline %s: cut=%v clause=%v from_article=%v last=%s: %q\n", prefix(id, 8), v.Cut, v.Clause, v.FromArticle, v.Last, v.Headline)
		}
	}
	for _, id := range sortedKeys(r.Glued) {
		fmt.Fprintf(w, "glue %s: %s\n", prefix(id, 8), strings.Join(r.Glued[id], " "))
	}
	for _, id := range sortedKeys(r.MetaWrong) {
		for _, m := range r.MetaWrong[id] {
			fmt.Fprintf(w, "metadata %s: %s\n", prefix(id, 8), m)
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
