// Package entities lists the people, places and organisations an article
// names. It is deliberately cheap — capitalised-phrase patterns, honorifics,
// organisation words, given names and a small gazetteer — instead of a
// statistical NER model, which costs ~110 ms to load and ~33 ms an article.
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
	people := map[string]bool{} // names of people, to resolve "Mr Gates"
	for _, p := range knownPeople {
		if isPersonName(p) {
			people[p] = true
		}
	}

	dl, text := dateline(text)
	lower := lowerWordsOf(text)
	var phrases []phrase
	var buf []word
	eachChunk(text, func(chunk string) {
		buf = appendWords(buf[:0], chunk)
		if n := len(buf); n > 0 {
			buf[n-1].endsSentence, buf[n-1].endsClause = true, true
		}
		phrases = append(phrases, capitalisedPhrases(buf, lower)...)
	})
	alone := map[string]bool{} // names also used as a single word ("Jenner")
	for _, ph := range phrases {
		if len(ph.words) == 1 {
			alone[ph.words[0]] = true
		}
	}
	// First pass: people introduced with an honorific or title, with a
	// given name, a middle initial or an age, or as speakers.
	for _, ph := range phrases {
		name := strings.Join(ph.words, " ")
		switch {
		case ph.afterTitle && (len(ph.words) >= 2 || !lower[strings.ToLower(name)]):
			people[name] = true
		case looksLikePerson(ph):
			people[name] = true
		case len(ph.words) <= 3 && alone[ph.words[len(ph.words)-1]] && !lower[strings.ToLower(ph.words[0])] && !ph.afterThe &&
			looksLikePerson(phrase{words: ph.words, beforeSaid: true}):
			people[name] = true // "Kylie Jenner" beside a lone "Jenner".
		}
	}
	for _, p := range dl.places {
		add(&e.Places, p)
	}
	for _, o := range dl.orgs {
		add(&e.Organisations, o)
	}
	for _, ph := range phrases {
		name := strings.Join(ph.words, " ")
		single := len(ph.words) == 1
		switch {
		case ph.place:
			add(&e.Places, name)
		case people[name]:
			add(&e.People, fullName(name, people))
		case ph.afterTitle:
			if !single || !lower[strings.ToLower(name)] {
				add(&e.People, fullName(name, people))
			}
		case isPlace(name):
			add(&e.Places, canonicalPlace(name))
		case single && surnameOf(name, people) != "":
			add(&e.People, surnameOf(name, people))
		case ph.orgCue || isOrganisation(ph.words) || ph.team || len(ph.words) >= 2 && strings.HasSuffix(name, "s") &&
			isPlace(strings.Join(ph.words[:len(ph.words)-1], " ")): // "New York Islanders"
			add(&e.Organisations, name)
		case len(ph.words) >= 2 && len(ph.words) <= 3 && !lower[strings.ToLower(ph.words[0])] && !ph.afterThe &&
			looksLikePerson(phrase{words: ph.words, beforeSaid: true}) && surnameOf(ph.words[len(ph.words)-1], people) != "":
			add(&e.People, name) // a relative: "Hunter Biden" beside "Joe Biden".
		case placeLike(ph.words):
			add(&e.Places, name)
		case single && innerCapital(name) && !strings.HasPrefix(name, "Mc") && !strings.HasPrefix(name, "Mac"):
			add(&e.Organisations, name)
		case ph.afterPreposition && len(ph.words) <= 2 && allNameWords(ph.words) && !isAcronym(ph.words[0]) && !innerCapital(name) &&
			!firstNames[ph.words[0]] && !(single && (lower[strings.ToLower(name)] || strings.HasSuffix(name, "."))):
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

// looksLikePerson: two to four name words, no place or organisation, with a
// given name first, a middle initial ("Elizabeth A. Burton"), an age after
// it ("Burton, 32,") or a speech verb after it.
func looksLikePerson(ph phrase) bool {
	w := ph.words
	if len(w) < 2 || len(w) > 4 || ph.orgCue || !allNameWords(w) || isOrganisation(w) || placeLike(w) ||
		isPlace(strings.Join(w, " ")) || isPlace(w[len(w)-1]) || isPlace(strings.Join(w[:len(w)-1], " ")) ||
		demonyms[w[0]] || directions[w[0]] || knownOrgs[w[0]] || innerCapital(strings.Join(w, " ")) {
		return false
	}
	if firstNames[w[0]] || ph.age {
		return true
	}
	for _, x := range w[1 : len(w)-1] {
		if len(x) == 2 && x[1] == '.' {
			return true
		}
	}
	return ph.beforeSaid && len(w) <= 3 && !mentionsPlace(w)
}

// fullName expands a surname ("Gates") to the fullest known name ending in it.
func fullName(name string, people map[string]bool) string {
	if s := surnameOf(name, people); s != "" {
		return s
	}
	return name
}

// surnameOf is the fullest known person's name ending in name, or "".
func surnameOf(name string, people map[string]bool) string {
	best := ""
	for p := range people {
		if strings.HasSuffix(p, " "+name) && (len(p) > len(best) || len(p) == len(best) && p < best) {
			best = p
		}
	}
	return best
}

func isPersonName(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 2 && len(words) <= 4 && allNameWords(words)
}

// nameParticles may stand lower-case inside a person's name.
var nameParticles = set("von", "van", "de", "der", "da", "di", "al", "bin", "la", "du", "le")

func allNameWords(words []string) bool {
	for k, w := range words {
		if k > 0 && k < len(words)-1 && nameParticles[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || connectors[w] || orgWords[w] || sentenceStarters[w] {
			return false
		}
	}
	return true
}
