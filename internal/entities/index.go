package entities

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// The names entities shares with quotes: a person or an organisation found
// under two forms is grouped under the one the article's name index
// (nlp.Names) gives, the form a quote speaker takes. The index is asked
// only when two entities could be one, so an article without such pairs
// does not pay for it.

// mergeIndexedOrgs groups an organisation under the fullest form the
// article's name index gives it (nlp.Names.FullestName), the form quote
// speakers take: an acronym under the name it spells out ("CDC", "Chinese
// Center for Disease Control and Prevention"), a company under its
// fullest form ("Northgate Records", "Northgate Label Group"). The index
// is asked only about an acronym or a name ending in a company word when
// another organisation could be its fuller form (one of three words or
// more, one with the same first word).
func mergeIndexedOrgs(ents []*entity, doc *nlp.Document) {
	var byName map[string]*entity
	long := -1 // some organisation has three words or more (1), none (0), not yet known (-1)
	for _, e := range ents {
		if e.typ != org || e.merged {
			continue
		}
		if isAcronym(e.name) {
			if long < 0 {
				long = 0
				for _, d := range ents {
					if d.typ == org && strings.Count(d.name, " ") >= 2 {
						long = 1
						break
					}
				}
			}
			if long == 0 {
				continue
			}
		} else if !corporateSuffixes[lastWord(e.name)] || !sharesFirstWord(ents, e) {
			continue
		}
		if byName == nil {
			byName = byNameOf(ents, org)
		}
		full := doc.Names().FullestName(e.name)
		if d := byName[full]; d != nil && d != e && !d.merged {
			into(d, e)
		}
	}
}

// sharesFirstWord reports whether another organisation starts with the
// first word of e's name.
func sharesFirstWord(ents []*entity, e *entity) bool {
	w := firstWord(e.name)
	for _, d := range ents {
		if d != e && d.typ == org && !d.merged && wordPrefix(d.name, w) {
			return true
		}
	}
	return false
}

// firstWord is the first word of a name.
func firstWord(name string) string {
	if i := strings.IndexByte(name, ' '); i >= 0 {
		return name[:i]
	}
	return name
}

// lastWord is the last word of a name.
func lastWord(name string) string { return name[strings.LastIndexByte(name, ' ')+1:] }

// mergeIndexedPeople groups a person listed under two forms with the same
// surname under the one the name index gives both ("John Milo Ford" under
// "John M. Ford" when the index reads them as one person). It works in
// buf, the last words of the people, and returns it for reuse.
func mergeIndexedPeople(ents []*entity, doc *nlp.Document, buf []string) []string {
	surnames := buf // the last words of the people listed
	for _, e := range ents {
		if e.typ == person && !e.merged {
			surnames = append(surnames, lastWord(e.name))
		}
	}
	shared := repeated(surnames)
	if len(shared) == 0 {
		return surnames
	}
	var byName map[string]*entity
	for _, e := range ents {
		if e.typ != person || e.merged || !slices.Contains(shared, lastWord(e.name)) {
			continue
		}
		if byName == nil {
			byName = byNameOf(ents, person)
		}
		canon, _, ok := doc.Names().Canonical(strings.Fields(e.name))
		if d := byName[canon]; ok && d != nil && d != e && !d.merged {
			into(d, e)
		}
	}
	return surnames
}

// byNameOf maps the names of the entities of type typ to them.
func byNameOf(ents []*entity, typ int) map[string]*entity {
	m := make(map[string]*entity, len(ents))
	for _, d := range ents {
		if d.typ == typ {
			m[d.name] = d
		}
	}
	return m
}

// repeated returns the words that words holds more than once, each once.
// A few dozen words are compared pairwise; more are sorted (in place).
func repeated(words []string) []string {
	var out []string
	if len(words) > 64 {
		sort.Strings(words)
		for i := 1; i < len(words); i++ {
			if words[i] == words[i-1] && (len(out) == 0 || out[len(out)-1] != words[i]) {
				out = append(out, words[i])
			}
		}
		return out
	}
	for i, w := range words {
		if slices.Contains(words[:i], w) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
