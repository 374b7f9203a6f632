// Package entities lists the people, places and organisations an article
// names. It is deliberately cheap — capitalised-phrase patterns, honorifics,
// organisation words and a small gazetteer — instead of a statistical NER
// model, which costs ~110 ms to load and ~33 ms an article.
package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entities are the names found, each once, in order of first mention.
type Entities struct {
	People, Places, Organisations []string
}

// Find lists the entities of text. knownPeople are names other stages have
// already resolved (quote speakers); they are listed as people first.
func Find(text string, knownPeople []string) Entities {
	var e Entities
	seen := map[string]bool{}
	add := func(list *[]string, name string) {
		if name == "" || seen[name] {
			return
		}
		seen[name] = true
		*list = append(*list, name)
	}
	people := map[string]bool{} // full names of people, to resolve "Mr Gates"
	for _, p := range knownPeople {
		if isPersonName(p) {
			people[p] = true
		}
	}

	phrases := capitalisedPhrases(text)
	// First pass: people introduced with an honorific or title, or as speakers.
	for _, ph := range phrases {
		if ph.afterTitle && len(ph.words) >= 2 {
			people[strings.Join(ph.words, " ")] = true
		}
	}
	for _, ph := range phrases {
		name := strings.Join(ph.words, " ")
		switch {
		case people[name]:
			add(&e.People, name)
		case ph.afterTitle:
			add(&e.People, fullName(name, people))
		case isPlace(name):
			add(&e.Places, canonicalPlace(name))
		case isOrganisation(ph.words):
			add(&e.Organisations, name)
		case len(ph.words) >= 2 && len(ph.words) <= 3 && ph.beforeSaid && allNameWords(ph.words) && !mentionsPlace(ph.words):
			add(&e.People, name)
		case ph.afterPreposition && len(ph.words) <= 3 && allNameWords(ph.words) && !people[name] && !isAcronym(name) && !innerCapital(name):
			add(&e.Places, name)
		}
	}
	if e.People == nil {
		e.People = []string{}
	}
	if e.Places == nil {
		e.Places = []string{}
	}
	if e.Organisations == nil {
		e.Organisations = []string{}
	}
	return e
}

// fullName expands a surname ("Gates") to the fullest known name ending in it.
func fullName(name string, people map[string]bool) string {
	best := name
	for p := range people {
		if strings.HasSuffix(p, " "+name) && len(p) > len(best) || (strings.HasSuffix(p, " "+name) && len(p) == len(best) && p < best) {
			best = p
		}
	}
	return best
}

func isPersonName(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 2 && len(words) <= 4 && allNameWords(words)
}

func allNameWords(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || connectors[w] || orgWords[w] || sentenceStarters[w] {
			return false
		}
	}
	return true
}

type phrase struct {
	words      []string
	afterTitle bool // preceded by Mr, Dr, President, …
	beforeSaid bool // followed by a speech verb
	// afterPreposition: preceded by in, near, outside…, as places are
	afterPreposition bool
}

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

// capitalisedPhrases finds runs of capitalised words ("Czech Republic",
// "Bank of England"), dropping a sentence's first word when it is an
// ordinary word capitalised only by position.
func capitalisedPhrases(text string) []phrase {
	words := tokenize(text)
	var out []phrase
	for i := 0; i < len(words); {
		if !capitalised(words[i].text) {
			i++
			continue
		}
		j := i
		var run []string
		for j < len(words) && (capitalised(words[j].text) || (connectors[words[j].text] || words[j].text == "and") && j+1 < len(words) && capitalised(words[j+1].text) && len(run) > 0) {
			run = append(run, words[j].text)
			j++
			if words[j-1].endsClause {
				break
			}
		}
		startsSentence := i == 0 || words[i-1].endsSentence
		prev := ""
		if i > 0 {
			prev = words[i-1].text
		}
		next := ""
		if j < len(words) {
			next = words[j].text
		}
		beforeSaid := speechVerbs[next] || speechVerbs[trimComma(words[j-1].raw)]
		// A title inside the run ("US Defence Secretary Robert Gates")
		// splits it: a name follows the title, a place or body may precede it.
		afterTitle := titles[prev]
		if k := lastTitle(run); k >= 0 {
			if pre := trimRun(run[:k], startsSentence); len(pre) > 0 && !titles[pre[len(pre)-1]] {
				out = append(out, phrase{words: pre})
			}
			run = run[k+1:]
			afterTitle = true
			startsSentence = false
		}
		run = trimRun(run, startsSentence)
		// "and" belongs to an organisation's name ("Department of Forestry
		// and Fire Protection"); elsewhere it separates two names.
		if k := indexOf(run, "and"); k >= 0 && !isOrganisation(run) {
			if first := trimRun(run[:k], false); len(first) > 0 {
				out = append(out, phrase{words: first, afterPreposition: placePrepositions[prev]})
			}
			run = trimRun(run[k+1:], false)
		}
		if len(run) > 0 && len(run) <= 8 {
			out = append(out, phrase{words: run, afterTitle: afterTitle, beforeSaid: beforeSaid, afterPreposition: placePrepositions[prev]})
		}
		i = j
		if i == j && j < len(words) && !capitalised(words[j].text) {
			i++
		}
	}
	return out
}

// lastTitle returns the index of the last title word in run, or -1.
func lastTitle(run []string) int {
	for k := len(run) - 1; k >= 0; k-- {
		if titles[run[k]] {
			return k
		}
	}
	return -1
}

// trimRun drops position-capitalised words from the front of a run, title
// words from its end and connectors from both ends.
func trimRun(run []string, startsSentence bool) []string {
	for len(run) > 0 && (sentenceStarters[run[0]] || connectors[run[0]] || (startsSentence && len(run) == 1 && commonWord(run[0]))) {
		run = run[1:]
		startsSentence = false
	}
	for len(run) > 0 && (connectors[run[len(run)-1]] || titles[run[len(run)-1]] || sentenceStarters[run[len(run)-1]]) {
		run = run[:len(run)-1]
	}
	return run
}

func trimComma(s string) string { return strings.TrimRight(s, ",") }

type word struct {
	text, raw    string
	endsSentence bool // the word ended with . ! ? or a paragraph break
	endsClause   bool // the word ended with punctuation that splits names
}

func tokenize(text string) []word {
	out := make([]word, 0, len(text)/6+1)
	i := 0
	for i < len(text) {
		// White space between words; a line break ends the sentence.
		newline := false
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
			newline = newline || text[i] == '\n'
			i++
		}
		if newline && len(out) > 0 {
			out[len(out)-1].endsSentence = true
			out[len(out)-1].endsClause = true
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != '\r' {
			j++
		}
		if j == i {
			break
		}
		p := text[i:j]
		i = j
		w := word{raw: p}
		t := strings.TrimLeft(p, openers)
		if t != p && len(out) > 0 {
			out[len(out)-1].endsClause = true
		}
		core := strings.TrimRight(t, closers)
		trail := t[len(core):]
		if strings.HasSuffix(core, "s") && (trail == "'" || trail == "’") {
			trail = "" // a plural possessive ("Users' Association") goes on
		}
		core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		w.text = core
		if len(core) == 1 && core[0] >= 'A' && core[0] <= 'Z' && trail == "." {
			// An initial ("George W. Bush") continues the name.
			w.text, trail = t[:2], ""
		}
		w.endsClause = trail != ""
		w.endsSentence = strings.ContainsAny(trail, ".!?") && !titles[core]
		if core != "" {
			out = append(out, w)
		} else if len(out) > 0 && trail != "" {
			out[len(out)-1].endsClause = true
		}
	}
	return out
}

const (
	openers = `"'([“‘`
	closers = `"')]”’.,;:!?`
)

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

func commonWord(w string) bool {
	return sentenceStarters[w] || len(w) <= 2 && !isAcronym(w)
}

func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}

// isOrganisation: a name with an organisation word that is not the whole
// name ("Transport Union", not a lone "Union"), a known organisation or an
// acronym ("CIA").
func isOrganisation(words []string) bool {
	if len(words) == 1 {
		return isAcronym(words[0]) || knownOrgs[words[0]]
	}
	for _, w := range words {
		if orgWords[w] {
			return true
		}
	}
	return false
}

// innerCapital reports a capital after the first letter of a word
// ("StreamCo", "iPhone"): brand names, not places.
func innerCapital(name string) bool {
	for _, w := range strings.Fields(name) {
		for i, r := range w {
			if i > 0 && unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// mentionsPlace reports whether a word of the name is a place ("Southern
// California Edison" is no person).
func mentionsPlace(words []string) bool {
	for _, w := range words {
		if isPlace(w) {
			return true
		}
	}
	return false
}

func isPlace(name string) bool {
	_, ok := places[name]
	return ok
}

func canonicalPlace(name string) string {
	if c := places[name]; c != "" {
		return c
	}
	return name
}
