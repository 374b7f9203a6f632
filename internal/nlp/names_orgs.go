package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// The canonical names of the index for names a stage reads beside the
// article's words: a person's fullest name ending in a shorter one, an
// organisation's spelled-out name for its acronym, a company's fullest form.
// The maps behind them are built on first use, once per article.

// FullestName gives a name a stage has found (a quote's speaker) the
// fullest form the article writes: a person's (FullerName), then an
// acronym's expansion (ExpandAcronym), then a company's fullest form
// (FullOrgName). A description ("an agency spokesman") is kept as it is.
func (nm *Names) FullestName(name string) string {
	return nm.FullOrgName(nm.ExpandAcronym(nm.FullerName(name)))
}

// FullerName gives a named speaker the fullest form the article writes:
// "Kathleen Ann Marlow" for "Ann Marlow", "Prince Edward" for "Edward".
func (nm *Names) FullerName(name string) string {
	if name == "" || IsDescription(name) {
		return name
	}
	nm.fullerOnce.Do(func() { nm.fuller = nm.fullerIndex() })
	if f, ok := nm.fuller[name]; ok {
		return f
	}
	return name
}

// fullerIndex maps each trailing part of a person's name ("Ann Marlow",
// "Marlow") to the longest name it ends, and a one-word name written after
// a royal title to the title and name. It is built once per article.
func (nm *Names) fullerIndex() map[string]string {
	idx := map[string]string{}
	seen := map[string]bool{}
	for _, i := range nm.Persons {
		p := &nm.Mentions[i]
		c := p.Canon
		if c == "" {
			continue
		}
		if len(p.Name) == 1 && len(p.Titles) > 0 && royalTitles[p.Titles[len(p.Titles)-1]] && !strings.Contains(c, " ") {
			if _, ok := idx[c]; !ok {
				idx[c] = p.Titles[len(p.Titles)-1] + " " + c
			}
		}
		if seen[c] {
			continue
		}
		seen[c] = true
		for k := strings.IndexByte(c, ' '); k >= 0; {
			suf := c[k+1:]
			if cur, ok := idx[suf]; !ok || len(c) > len(cur) {
				idx[suf] = c
			}
			n := strings.IndexByte(suf, ' ')
			if n < 0 {
				break
			}
			k += n + 1
		}
	}
	return idx
}

// ExpandAcronym gives an acronym speaker ("FAA", "Irish HSE", "ECB") the
// name the article spells it out with ("Federal Aviation Administration",
// "Irish Health Service Executive", "European Central Bank"): the first
// capitalised run of three words or more whose initials, or the initials
// after its first word ("Chinese Center ..."), start with the acronym.
func (nm *Names) ExpandAcronym(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 2 {
		return name
	}
	acr := ws[len(ws)-1]
	if len(acr) < 2 || len(acr) > 6 || strings.ToUpper(acr) != acr || strings.IndexFunc(acr, unicode.IsLetter) < 0 {
		return name
	}
	nm.acronymsOnce.Do(func() { nm.acronyms, nm.initials = acronymRuns(nm.doc.Tokens) })
	toks := nm.doc.Tokens
	for _, r := range nm.acronyms {
		in := nm.initials[r.i0:r.i1]
		if !strings.HasPrefix(in, acr) && !(len(in) > len(acr) && strings.HasPrefix(in[1:], acr)) {
			continue
		}
		words := make([]string, 0, r.end-r.start)
		for _, t := range toks[r.start:r.end] {
			words = append(words, t.Text)
		}
		if run := strings.Join(words, " "); len(ws) == 1 || strings.HasPrefix(run, ws[0]+" ") {
			return run
		}
	}
	return name
}

// acronymRun is a capitalised run of three words or more that an acronym
// may stand for: its tokens [start, end) and its initials, the bytes
// [i0, i1) of the article's initials.
type acronymRun struct{ start, end, i0, i1 int }

// acronymRuns finds the capitalised runs of toks with three initials or
// more ("Federal Aviation Administration": FAA; "The" opening a sentence
// left out), and returns them with the initials of all of them.
func acronymRuns(toks []Token) ([]acronymRun, string) {
	var runs []acronymRun
	var init []byte
	for i := 0; i < len(toks); {
		if !toks[i].Word || !toks[i].Upper {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Word && (toks[j].Upper || innerNameWords[toks[j].Text] && j+1 < len(toks) && toks[j+1].Upper) && closeTokens(toks[j-1], toks[j]) {
			j++
		}
		s := i
		for s < j && sentenceStarters[toks[s].Text] {
			s++ // "The Federal Aviation Administration"
		}
		i0 := len(init)
		for _, t := range toks[s:j] {
			if t.Upper && t.Text[0] < 0x80 {
				init = append(init, t.Text[0])
			}
		}
		if len(init)-i0 >= 3 && strings.ToUpper(toks[s].Text) != toks[s].Text {
			runs = append(runs, acronymRun{start: s, end: j, i0: i0, i1: len(init)})
		} else {
			init = init[:i0]
		}
		i = j
	}
	return runs, string(init)
}

// FullOrgName gives an organisation speaker the fullest form the article writes
// of the same name: the longest capitalised run that shares its distinctive
// words and differs only in company-kind words ("Northgate Label Group"
// for "Northgate Records" in an article that writes both). People and
// names of one word keep their form.
func (nm *Names) FullOrgName(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 || nm.Gender(name) != 0 || IsDescription(name) {
		return name
	}
	core := len(ws)
	for core > 0 && companySuffixes[ws[core-1]] {
		core--
	}
	if core == len(ws) || core == 0 {
		return name
	}
	best := name
	toks := nm.doc.Tokens
	for i := 0; i+core <= len(toks); i++ {
		if toks[i].Text != ws[0] || i > 0 && toks[i-1].Word && toks[i-1].Upper && closeTokens(toks[i-1], toks[i]) && !sentenceStarters[toks[i-1].Text] {
			continue
		}
		k := 1
		for k < core && toks[i+k].Text == ws[k] && closeTokens(toks[i+k-1], toks[i+k]) {
			k++
		}
		if k < core {
			continue
		}
		e := i + core
		for e < len(toks) && companySuffixes[toks[e].Text] && closeTokens(toks[e-1], toks[e]) {
			e++
		}
		if e < len(toks) && toks[e].Word && toks[e].Upper && closeTokens(toks[e-1], toks[e]) {
			continue // the run goes on: another name
		}
		if n := e - i; n > len(strings.Fields(best)) {
			parts := make([]string, 0, n)
			for _, x := range toks[i:e] {
				parts = append(parts, x.Text)
			}
			best = strings.Join(parts, " ")
		}
	}
	return best
}

// IsDescription reports a description ("an agency spokesman"), not a name:
// it starts with a lower-case letter.
func IsDescription(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// closeTokens reports whether b follows a with at most two bytes between
// them (a space, a space and a mark).
func closeTokens(a, b Token) bool { return b.Start-a.End <= 2 }

// innerNameWords are the lower-case words (and "&") inside the name of an
// organisation or an office ("Department of Justice", "Procter & Gamble").
var innerNameWords = set("the", "of", "for", "and", "&", "on", "de", "du", "la", "le", "von", "van")

// InnerNameWords returns the lower-case words that may stand inside the
// name of an organisation or an office ("of", "for", "&").
func InnerNameWords() map[string]bool { return innerNameWords }

// royalTitles stay with a single name: "Prince Edward", "Pope Francis".
var royalTitles = lexicon.RoyalTitles()

// companySuffixes end a company's name and say what kind of company it is:
// "Northgate Records" and "Northgate Label Group" are one label.
var companySuffixes = lexicon.CompanySuffixes()
