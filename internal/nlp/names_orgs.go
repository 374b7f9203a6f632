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
// "Irish Health Service Executive", "European Central Bank").
func (nm *Names) ExpandAcronym(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 2 {
		return name
	}
	acr := ws[len(ws)-1]
	if len(acr) < 2 || len(acr) > 6 || strings.ToUpper(acr) != acr || strings.IndexFunc(acr, unicode.IsLetter) < 0 {
		return name
	}
	nm.acronymsOnce.Do(func() { nm.acronyms = acronymIndex(nm.doc.Tokens) })
	for _, run := range nm.acronyms[acr] {
		if len(ws) == 1 || strings.HasPrefix(run, ws[0]+" ") {
			return run
		}
	}
	return name
}

// acronymIndex maps the initials of every capitalised run of three or more
// words ("Federal Aviation Administration": FAA) to the run, under
// each prefix of the initials, and, when the run starts with one further
// word ("Chinese Center ..."), under the prefixes that skip it.
func acronymIndex(toks []Token) map[string][]string {
	idx := map[string][]string{}
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
		var init []byte
		var ws []string
		for _, t := range toks[s:j] {
			ws = append(ws, t.Text)
			if t.Upper && t.Text[0] < 0x80 {
				init = append(init, t.Text[0])
			}
		}
		if len(init) >= 3 && len(ws) > 0 && strings.ToUpper(ws[0]) != ws[0] {
			run := strings.Join(ws, " ")
			for off := 0; off <= 1; off++ {
				for n := off + 2; n <= len(init); n++ {
					k := string(init[off:n])
					idx[k] = append(idx[k], run)
				}
			}
		}
		i = j
	}
	return idx
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
