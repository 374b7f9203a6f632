package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/nlp"
)

// entity gathers the mentions of one name.
type entity struct {
	name   string
	first  int    // index of the first mention
	votes  [4]int // mentions read as each type
	typ    int
	count  int
	body   bool // mentioned outside headings and credit lines
	merged bool // grouped under another entity
}

// group turns typed mentions into entities: one per name, typed by the
// majority of its mentions; names only seen in headings or credit lines
// left out; variants of one referent grouped under its fullest form (a
// place's "U.S." under "United States" when the text has both, an acronym
// under its expansion, "GateHouse" under "GateHouse Media", a lone first
// name under the full name).
func group(cands []candidate, people map[string]bool, doc *nlp.Document, b *buffers) Entities {
	byName := make(map[string]*entity, len(cands)/2)
	ents := make([]*entity, 0, len(cands)/2)
	slab := b.ents[:0]
	if cap(slab) < len(cands) { // one entity a candidate at most: the slab never moves
		slab = make([]entity, 0, len(cands))
	}
	defer func() { b.ents = slab }()
	for i, c := range cands {
		if c.typ == untyped {
			continue
		}
		e := byName[c.name]
		if e == nil {
			slab = append(slab, entity{name: c.name, first: i, typ: c.typ})
			e = &slab[len(slab)-1]
			byName[c.name] = e
			ents = append(ents, e)
		}
		e.votes[c.typ]++
		e.count++
		e.body = e.body || !c.ph.heading && !c.ph.credit
	}
	kept := ents[:0]
	for _, e := range ents {
		for t := person; t <= org; t++ {
			if e.votes[t] > e.votes[e.typ] {
				e.typ = t
			}
		}
		if e.body {
			kept = append(kept, e)
		}
	}
	ents = kept
	mergePlaces(ents)
	mergeOrgs(ents)
	mergeIndexedOrgs(ents, doc)
	mergePeople(ents)
	b.last = mergeIndexedPeople(ents, doc, b.last[:0])
	sort.SliceStable(ents, func(a, b int) bool { return ents[a].first < ents[b].first })
	var n [4]int // the names of each type
	for _, e := range ents {
		if !e.merged {
			n[e.typ]++
		}
	}
	out := Entities{People: make([]string, 0, n[person]), Places: make([]string, 0, n[place]),
		Organisations: make([]string, 0, n[org]), Mentions: make(map[string]int, n[person]+n[place]+n[org])}
	for _, e := range ents {
		if e.merged {
			continue
		}
		switch e.typ {
		case person:
			out.People = append(out.People, e.name)
		case place:
			out.Places = append(out.Places, e.name)
		case org:
			out.Organisations = append(out.Organisations, e.name)
		}
		out.Mentions[e.name] = e.count
	}
	return out
}

// into merges e into the entity it is a form of.
func into(dst, e *entity) {
	e.merged = true
	dst.count += e.count
	if e.first < dst.first {
		dst.first = e.first
	}
}

// mergePlaces groups the forms of one place ("US", "U.S.", "United States",
// "America") under the fullest one the text uses.
func mergePlaces(ents []*entity) {
	byKey := map[string]*entity{}
	for _, e := range ents {
		if e.typ != place {
			continue
		}
		key := canonicalPlace(e.name)
		if full := stateCodes[e.name]; full != "" {
			key = canonicalPlace(full) // "CT" and "Connecticut"
		}
		d := byKey[key]
		if d == nil {
			byKey[key] = e
			continue
		}
		if letters(e.name) > letters(d.name) {
			e.first = min(e.first, d.first)
			e.count += d.count
			d.merged = true
			byKey[key] = e
		} else {
			into(d, e)
		}
	}
}

// mergeOrgs groups an acronym under the name it abbreviates ("ICC",
// "International Criminal Court"), a short form under a longer one that
// only adds organisation words ("GateHouse", "GateHouse Media"; "McClatchy",
// "McClatchy Co.") or an acronym before it ("Security Council", "UN Security
// Council"; "Belmarsh", "HMP Belmarsh") and a team or paper named with "the" under its full name
// ("the Lakers", "Los Angeles Lakers").
func mergeOrgs(ents []*entity) {
	for _, e := range ents {
		if e.typ != org || e.merged {
			continue
		}
		var best *entity
		acr := ""
		if isAcronym(e.name) {
			acr = strings.ReplaceAll(e.name, ".", "")
		}
		long, of := longSuffix(e.name), ofForm(e.name) // once per name, not per pair
		for _, d := range ents {
			if d == e || d.typ != org || d.merged || len(d.name) <= len(e.name) {
				continue
			}
			if acr != "" && initials(d.name) == acr ||
				long == d.name || // "Sierra Nevada Corp.", "Sierra Nevada Corporation"
				of == d.name || // "Justice Department", "Department of Justice"
				wordPrefix(d.name, e.name) && orgTail(strings.Fields(d.name[len(e.name)+1:])) ||
				wordSuffix(d.name, e.name) && isAcronym(d.name[:len(d.name)-len(e.name)-1]) ||
				wordSuffix(d.name, e.name) && placePrefixed(strings.Fields(d.name)) && strings.HasSuffix(e.name, "s") {
				if best == nil || len(d.name) > len(best.name) {
					best = d
				}
			}
		}
		if best != nil {
			into(best, e)
		}
	}
}

// wordPrefix reports whether name starts with the words of w and more:
// strings.HasPrefix(name, w+" ") without building w+" ".
func wordPrefix(name, w string) bool {
	return len(name) > len(w) && name[len(w)] == ' ' && strings.HasPrefix(name, w)
}

// wordSuffix reports whether name ends with the words of w after more:
// strings.HasSuffix(name, " "+w).
func wordSuffix(name, w string) bool {
	return len(name) > len(w) && name[len(name)-len(w)-1] == ' ' && strings.HasSuffix(name, w)
}

// orgTail: words that only add a corporate suffix to a company's name
// ("Media", "Co.", "Investment Group", "Label Group", "Interactive").
func orgTail(words []string) bool {
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	return corporateSuffixes[words[len(words)-1]] // not "Services": Amazon is no short form of Amazon Web Services
}

// initials of a name's capitalised words ("International Criminal Court"
// gives "ICC"; "of", "the" and "and" are skipped).
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		} else if !connectors[w] && w != "and" {
			return ""
		}
	}
	return b.String()
}

// mergePeople groups a lone first name under the one full name that starts
// with it ("Jamal", "Jamal Pryor"), a name under a longer one ending in
// it ("Margaret III", "Queen Margaret III") and a surname spelt another
// way in transliteration ("Zelensky", "Volodymyr Zelenskiy").
func mergePeople(ents []*entity) {
	for _, e := range ents {
		if e.typ != person || e.merged {
			continue
		}
		var match *entity
		n := 0
		for _, d := range ents {
			if d == e || d.typ != person || d.merged || len(d.name) <= len(e.name) {
				continue
			}
			if wordSuffix(d.name, e.name) || !strings.Contains(e.name, " ") && wordPrefix(d.name, e.name) ||
				!strings.Contains(e.name, " ") && transliterated(e.name, d.name[strings.LastIndexByte(d.name, ' ')+1:]) {
				match = d
				n++
			}
		}
		if n == 1 {
			into(match, e)
		}
	}
}

// transliterated reports two spellings of one surname that differ by one
// letter i, y, j or h ("Zelensky", "Zelenskiy"; "Medvedev", not
// "Johnson" and "Johnston").
func transliterated(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 5 || len(b) != len(a)+1 {
		return false
	}
	for k := 0; k < len(b); k++ {
		if b[:k] == a[:k] && b[k+1:] == a[k:] { // b without its k-th byte is a
			return strings.IndexByte("iyjh", b[k]) >= 0
		}
	}
	return false
}

// suffixForms are the abbreviated corporate suffixes and their full forms.
var suffixForms = map[string]string{"Corp.": "Corporation", "Corp": "Corporation", "Co.": "Company", "Co": "Company",
	"Inc.": "Incorporated", "Inc": "Incorporated", "Ltd.": "Limited", "Ltd": "Limited"}

// longSuffix writes a name's abbreviated corporate suffix in full.
func longSuffix(name string) string {
	k := strings.LastIndexByte(name, ' ')
	if k < 0 {
		return name
	}
	if full := suffixForms[name[k+1:]]; full != "" {
		return name[:k+1] + full
	}
	return name
}

// ofForm writes "Justice Department" as "Department of Justice" (and so for
// ministries, offices and agencies); other names are returned unchanged.
func ofForm(name string) string {
	k := strings.LastIndexByte(name, ' ')
	if k < 0 {
		return name
	}
	switch head := name[k+1:]; head {
	case "Department", "Ministry", "Office", "Agency", "Bureau":
		field := name[:k]
		if j := strings.IndexByte(field, ' '); j > 0 && (isPlace(field[:j]) || isAcronym(field[:j])) {
			return name // "US Justice Department": the country is not the field
		}
		return head + " of " + field
	}
	return name
}
