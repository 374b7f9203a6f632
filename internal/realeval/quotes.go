package realeval

import (
	"slices"
	"strings"

	"github.com/newsgist/newsgist/internal/digest"
)

// QuoteScore counts the quote figures over the labelled pages.
type QuoteScore struct {
	Pages, Gold, Predicted, Matched        int
	SpeakerN, SpeakerOK, SpeakerStrict     int // matched quotes whose gold speaker is named
	WrongPerson, EmptySpeaker, PartialName int // how the SpeakerN-SpeakerStrict misses fall
	PartialN, PartialOK                    int
	NamedForUnnamed                        int // matched quotes the label leaves unnamed that got a speaker
	NotQuotes, NotQuotesExtracted          int
	Misses                                 []QuoteMiss
}

// QuoteMiss is one quote error, for reading: a prediction matching no gold
// quote, or a matched quote whose speaker is wrong.
type QuoteMiss struct {
	Page, Kind, Text, Speaker, Want string
}

// PR are quote precision and recall.
func (q QuoteScore) PR() (p, r float64) {
	return ratio(q.Matched, q.Predicted), ratio(q.Matched, q.Gold)
}

// speakerTitles are left out of names before speakers are compared.
var speakerTitles = setOf("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "prof", "sir", "the")

func nameWords(s string) []string {
	var out []string
	for _, w := range Words(s) {
		if !speakerTitles[w] {
			out = append(out, w)
		}
	}
	return out
}

// firstWords is the first k words of s joined by spaces.
func firstWords(s string, k int) string {
	w := Words(s)
	if len(w) > k {
		w = w[:k]
	}
	return strings.Join(w, " ")
}

// scoreQuotes matches each page's predicted quotes one-to-one, in order, to
// its gold quotes: a pair matches when one's first six words appear in the
// other's text.
func scoreQuotes(pages map[string]Page, l *Labels) QuoteScore {
	var s QuoteScore
	for _, id := range l.quoteIDs {
		g := l.Quotes[id]
		s.Pages++
		preds := pages[id].Digest.Quotes
		s.Gold += len(g.Quotes)
		s.Predicted += len(preds)
		used := map[int]bool{}
		for _, q := range preds {
			hit := matchGold(q, g.Quotes, used)
			if hit < 0 {
				s.unmatched(id, q, g.NotQuotes)
				continue
			}
			used[hit] = true
			s.Matched++
			s.judgeSpeaker(id, q, g.Quotes[hit])
			if gp := g.Quotes[hit].Partial; gp != nil {
				s.PartialN++
				if q.Partial == *gp {
					s.PartialOK++
				}
			}
		}
		s.NotQuotes += len(g.NotQuotes)
	}
	return s
}

func matchGold(q digest.Quote, golds []GoldQuote, used map[int]bool) int {
	pw, pk := joined(q.Text), firstWords(q.Text, 6)
	for i, gq := range golds {
		if used[i] {
			continue
		}
		gk, gw := firstWords(gq.Text, 6), joined(gq.Text)
		if gk != "" && strings.Contains(pw, gk) || pk != "" && strings.Contains(gw, pk) {
			return i
		}
	}
	return -1
}

func (s *QuoteScore) unmatched(id string, q digest.Quote, notQuotes []string) {
	pw := joined(q.Text)
	kind := "extra"
	for _, nq := range notQuotes {
		if len(Words(nq)) > 0 && joined(nq) == pw {
			s.NotQuotesExtracted++
			kind = "not-quote"
		}
	}
	s.Misses = append(s.Misses, QuoteMiss{Page: id, Kind: kind, Text: q.Text, Speaker: q.Speaker})
}

func (s *QuoteScore) judgeSpeaker(id string, q digest.Quote, g GoldQuote) {
	if g.Speaker == "" {
		if q.Speaker != "" {
			s.NamedForUnnamed++
		}
		return
	}
	s.SpeakerN++
	p, gn := nameWords(q.Speaker), nameWords(g.Speaker)
	ok := len(p) > 0 && len(gn) > 0 && slices.Contains(p, gn[len(gn)-1])
	if ok {
		s.SpeakerOK++
	}
	strict := len(p) > 0 && slices.Equal(p, gn)
	if strict {
		s.SpeakerStrict++
		return
	}
	kind := "partial name"
	switch {
	case len(p) == 0:
		kind = "empty"
		s.EmptySpeaker++
	case !ok:
		kind = "wrong person"
		s.WrongPerson++
	default:
		s.PartialName++
	}
	s.Misses = append(s.Misses, QuoteMiss{Page: id, Kind: kind, Text: q.Text, Speaker: q.Speaker, Want: g.Speaker})
}
