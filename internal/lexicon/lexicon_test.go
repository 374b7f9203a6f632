package lexicon

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// A form says how callers look up the words of a list, so that the test
// can tell an entry that can never match: one spelt in another case, with
// a full stop the callers strip, with a space where callers look up one
// word, with punctuation no word token holds ("added:", "al-"), or with
// one typography of an apostrophe only.
type form struct {
	file  string
	case_ letterCase
	multi bool     // an entry may hold several words ("New York")
	dot   bool     // an entry may end with a full stop ("Calif.")
	attrs []string // the attributes a line may carry after a tab
}

type letterCase int

const (
	anyCase     letterCase = iota
	capitalised            // looked up as printed, a capital first ("Dale", "CEO")
	lower                  // looked up lower-cased ("said")
)

// forms lists every file in data/ (TestFormsCoverFiles checks it).
var forms = []form{
	{file: "given-names.txt", case_: capitalised, attrs: []string{"f", "m"}},
	{file: "titles.txt", case_: capitalised, attrs: []string{"f", "m"}},
	{file: "speaker-titles.txt", case_: capitalised},
	{file: "descriptors.txt", case_: capitalised},
	{file: "cue-verbs.txt", case_: lower, attrs: []string{"weak"}},
	{file: "sentence-starters.txt", case_: capitalised},
	{file: "calendar.txt", case_: capitalised},
	{file: "role-nouns.txt", case_: lower, attrs: []string{"work"}},
	{file: "org-words.txt", case_: capitalised, dot: true},
	{file: "non-person-words.txt", case_: capitalised},
	{file: "places.txt", case_: capitalised, multi: true, dot: true, attrs: canonical("places.txt")},
	{file: "state-codes.txt", case_: capitalised, attrs: canonical("places.txt")},
	{file: "demonyms.txt", case_: capitalised},
	{file: "royal-titles.txt", case_: capitalised},
	{file: "name-particles.txt", case_: lower},
	{file: "company-suffixes.txt", case_: capitalised, dot: true},
	{file: "abbreviations.txt"},
	{file: "org-nouns.txt", case_: lower},
	{file: "known-orgs.txt", case_: capitalised, multi: true},
	{file: "gendered-nouns.txt", case_: lower, attrs: []string{"f", "m"}},
	{file: "credit-labels.txt", case_: lower, attrs: []string{"by", "name", "lower", "verb", "dated", "field"}},
}

// canonical returns the entries of a file, the attributes that name one
// of them: a canonical name must itself be a line of the list.
func canonical(file string) []string {
	var out []string
	for _, e := range parse(file) {
		out = append(out, e.word)
	}
	return out
}

// shared lists the words two lists may both hold, and why. Any other word
// in two lists of a pair below is a contradiction the tests report.
var shared = map[[2]string]map[string]string{
	{"given-names.txt", "titles.txt"}: {
		"Dean": `a given name ("Dean Porter") and an academic title ("Dean Ruth Abara")`,
	},
	// speaker-titles.txt extends titles.txt in quotes: a word in both
	// would be entities' title too, against the reason it is kept apart.
	{"titles.txt", "speaker-titles.txt"}:      {},
	{"given-names.txt", "speaker-titles.txt"}: {},
	{"titles.txt", "descriptors.txt"}:         {},
	{"given-names.txt", "descriptors.txt"}:    {},
	// A sentence starter is dropped from the start of a name, a calendar
	// word makes no name.
	{"given-names.txt", "sentence-starters.txt"}: {
		"Will": `a given name ("Will Harrow") and a modal opening a question ("Will the council…"); it starts a name only with other evidence`,
	},
	{"given-names.txt", "calendar.txt"}: {
		"April": `a given name ("April Dunmore") and a month; entities reads "April" alone as the month`,
		"Jan":   `a given name ("Jan Kessel") and the abbreviation of January`,
	},
	// A person's name ends with no organisation word.
	{"given-names.txt", "org-words.txt"}: {},
	{"given-names.txt", "non-person-words.txt"}: {
		"Bill":  `a given name ("Bill Harrow") and the last word of a law ("the Farm Bill")`,
		"April": `a given name ("April Dunmore") and a month ("on 3 April")`,
	},
	{"titles.txt", "org-words.txt"}:            {},
	{"role-nouns.txt", "org-nouns.txt"}:        {},
	{"known-orgs.txt", "non-person-words.txt"}: {},
	{"given-names.txt", "known-orgs.txt"}:      {},
	{"known-orgs.txt", "places.txt"}:           {},
	{"org-words.txt", "non-person-words.txt"}:  {},
	// A place is no person and starts no sentence.
	{"given-names.txt", "places.txt"}: {
		"Austin":    `a given name ("Austin Reeve") and the capital of Texas`,
		"Charlotte": `a given name ("Charlotte Vance") and a city in North Carolina`,
		"Jordan":    `a given name ("Jordan Pike") and a country`,
		"Santiago":  `a given name ("Santiago Ortega") and the capital of Chile`,
		"Sofia":     `a given name ("Sofia Lind") and the capital of Bulgaria`,
	},
	{"sentence-starters.txt", "places.txt"}: {},
	{"org-words.txt", "places.txt"}:         {},
	{"given-names.txt", "demonyms.txt"}: {
		"Christian": `a given name ("Christian Holt") and a faith`,
	},
	{"titles.txt", "sentence-starters.txt"}:   {},
	{"sentence-starters.txt", "calendar.txt"}: {},
	{"speaker-titles.txt", "descriptors.txt"}: {},
}

func TestFormsCoverFiles(t *testing.T) {
	files, err := fs.Glob(data, "data/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, f := range forms {
		have = append(have, "data/"+f.file)
	}
	slices.Sort(files)
	slices.Sort(have)
	if !slices.Equal(files, have) {
		t.Errorf("data files %v, forms for %v: give every list file a form", files, have)
	}
}

func TestNoDuplicates(t *testing.T) {
	for _, f := range forms {
		for _, p := range duplicates(parse(f.file)) {
			t.Errorf("%s: %s", f.file, p)
		}
	}
}

func TestEntriesCanMatch(t *testing.T) {
	for _, f := range forms {
		entries := parse(f.file)
		if len(entries) == 0 {
			t.Errorf("%s: no entries", f.file)
		}
		for _, p := range f.problems(entries) {
			t.Errorf("%s: %s", f.file, p)
		}
	}
}

func TestNoContradictions(t *testing.T) {
	for pair, allowed := range shared {
		a, b := build(read(pair[0])).words, build(read(pair[1])).words
		for w := range a {
			if b[w] && allowed[w] == "" {
				t.Errorf("%q is in %s and in %s: remove it from one, or say in shared why it belongs to both", w, pair[0], pair[1])
			}
		}
		for w := range allowed {
			if !a[w] || !b[w] {
				t.Errorf("shared lists %q for %s and %s, but it is not in both", w, pair[0], pair[1])
			}
		}
	}
}

// TestGendersAgree checks that a title and the same word as a noun
// ("Queen", "queen") imply one gender, and that a gendered title in -man
// or -woman is a gendered noun too ("the spokeswoman said").
func TestGendersAgree(t *testing.T) {
	nouns := GenderedNouns()
	for title := range Titles() {
		g, noun := TitleGender(title), strings.ToLower(title)
		n, ok := nouns[noun]
		switch {
		case ok && n != g:
			t.Errorf("the title %q implies %q, the noun %q %q", title, g, noun, n)
		case !ok && g != "" && strings.HasSuffix(noun, "man"):
			t.Errorf("the title %q implies %q, but %q is not in gendered-nouns.txt", title, g, noun)
		}
	}
}

// TestChecks feeds the checks lines they must reject, so that a check that
// stops working fails here rather than letting a bad list through.
func TestChecks(t *testing.T) {
	names := form{file: "names", case_: capitalised, attrs: []string{"f", "m"}}
	verbs := form{file: "verbs", case_: lower}
	tests := []struct {
		f     form
		lines []string
		want  string // part of the one problem reported; "" for none
	}{
		{names, []string{"Dale\tm", "Robin", "Ruth\tf"}, ""},
		{names, []string{"Dale\tm", "Ruth", "Dale\tm"}, `"Dale" on lines 1 and 3`},
		{names, []string{"Dale\tm", "Dale\tf"}, `"Dale" on lines 1 and 2`},
		{names, []string{"dale"}, "capital"},
		{names, []string{"Dale Porter"}, "space"},
		{names, []string{"Sen."}, "full stop"},
		{names, []string{"Dale\tx"}, "attribute"},
		{names, []string{"Dale "}, "space"},
		{names, []string{"Dale\r"}, "space"},
		{names, []string{"O’Brien"}, "apostrophe"},
		{names, []string{"O’Brien", "O'Brien"}, ""},
		{verbs, []string{"said", "Told"}, "lower case"},
		{verbs, []string{"added:"}, "word token"},
		{verbs, []string{"al-"}, "word token"},
		{names, []string{"Jay-Z", "O'Neill", "O’Neill"}, ""},
		{verbs, []string{"said\tm"}, "attribute"},
	}
	for _, tt := range tests {
		var entries []entry
		for i, l := range tt.lines {
			word, attr, _ := strings.Cut(l, "\t")
			entries = append(entries, entry{word: word, attr: attr, line: i + 1})
		}
		got := append(duplicates(entries), tt.f.problems(entries)...)
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%q: got %q, want no problem", tt.lines, got)
		case tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)):
			t.Errorf("%q: got %q, want one problem about %q", tt.lines, got, tt.want)
		}
	}
}

func TestAccessors(t *testing.T) {
	for _, tt := range []struct {
		name string
		got  bool
	}{
		{`GivenNames()["Mary"]`, GivenNames()["Mary"]},
		{`!GivenNames()["mary"]`, !GivenNames()["mary"]},
		{`Titles()["Sen"]`, Titles()["Sen"]},
		{`!Titles()["Sen."]`, !Titles()["Sen."]},
		{`!Titles()["House"]`, !Titles()["House"]},
		{`SpeakerTitles()["House"]`, SpeakerTitles()["House"]},
		{`CueVerbs()["said"]`, CueVerbs()["said"]},
		{`CueVerbs()["called"]`, CueVerbs()["called"]},
		{`WeakCueVerbs()["called"]`, WeakCueVerbs()["called"]},
		{`!WeakCueVerbs()["said"]`, !WeakCueVerbs()["said"]},
		{`RoleNouns()["mother"]`, RoleNouns()["mother"]},
		{`!WorkRoles()["mother"]`, !WorkRoles()["mother"]},
		{`WorkRoles()["strategist"]`, WorkRoles()["strategist"]},
		{`Places()["Calif."] == "California"`, Places()["Calif."] == "California"},
		{`Places()["New York"] == ""`, Places()["New York"] == ""},
		{`StateCodes()["CT"] == "Connecticut"`, StateCodes()["CT"] == "Connecticut"},
		{`Demonyms()["Swedish"]`, Demonyms()["Swedish"]},
		{`RoyalTitles()["Pope"]`, RoyalTitles()["Pope"]},
		{`NameParticles()["van"]`, NameParticles()["van"]},
		{`CompanySuffixes()["Inc."]`, CompanySuffixes()["Inc."]},
		{`Abbreviations()["Calif"]`, Abbreviations()["Calif"]},
		{`GenderedNouns()["spokeswoman"] == "f"`, GenderedNouns()["spokeswoman"] == "f"},
		{`GenderedNouns()["father"] == "m"`, GenderedNouns()["father"] == "m"},
		{`Gender("Mary") == "f"`, Gender("Mary") == "f"},
		{`Gender("James") == "m"`, Gender("James") == "m"},
		{`Gender("Robin") == ""`, Gender("Robin") == ""},
		{`TitleGender("Mrs") == "f"`, TitleGender("Mrs") == "f"},
		{`TitleGender("Sir") == "m"`, TitleGender("Sir") == "m"},
		{`TitleGender("Senator") == ""`, TitleGender("Senator") == ""},
		{`TitleGender("Dean") == ""`, TitleGender("Dean") == ""},
		{`Gender("Dean") == "m"`, Gender("Dean") == "m"},
	} {
		if !tt.got {
			t.Errorf("%s is false", tt.name)
		}
	}
}

// parse returns the entries of the named file.
func parse(name string) []entry {
	var out []entry
	each(read(name), func(e entry) { out = append(out, e) })
	return out
}

// duplicates reports every entry written twice.
func duplicates(entries []entry) []string {
	var out []string
	first := make(map[string]int)
	for _, e := range entries {
		if l, ok := first[e.word]; ok {
			out = append(out, fmt.Sprintf("%q on lines %d and %d", e.word, l, e.line))
			continue
		}
		first[e.word] = e.line
	}
	return out
}

// problems reports the entries of a list that its callers can never look
// up, and the attributes it does not allow.
func (f form) problems(entries []entry) []string {
	var out []string
	words := make(map[string]bool)
	for _, e := range entries {
		words[e.word] = true
	}
	for _, e := range entries {
		bad := func(format string, args ...any) {
			out = append(out, fmt.Sprintf("line %d %q: ", e.line, e.word)+fmt.Sprintf(format, args...))
		}
		r, _ := utf8.DecodeRuneInString(e.word)
		switch {
		case e.word == "" || strings.TrimSpace(e.word) != e.word || strings.Contains(e.word, "  "):
			bad("leading, trailing or double space or tab (callers look up trimmed words)")
		case !f.multi && strings.ContainsFunc(e.word, unicode.IsSpace):
			bad("a space in a list of single words: callers look up one word at a time")
		case !f.dot && strings.HasSuffix(e.word, "."):
			bad("final full stop: callers look the word up without it")
		case !tokenLike(e.word, f.dot):
			bad("a word must start and end with a letter or a digit and hold only letters, digits and ' ’ - . & (what a word token holds)")
		case f.case_ == capitalised && !unicode.IsUpper(r):
			bad("callers look up capitalised words: write it with a capital")
		case f.case_ == lower && strings.ToLower(e.word) != e.word:
			bad("callers look up lower case words: write it in lower case")
		case strings.Contains(e.word, "'") && !words[strings.ReplaceAll(e.word, "'", "’")],
			strings.Contains(e.word, "’") && !words[strings.ReplaceAll(e.word, "’", "'")]:
			bad("one apostrophe only: texts print both ' and ’, list the word with each")
		case e.attr != "" && !slices.Contains(f.attrs, e.attr):
			bad("attribute %q, want one of %q", e.attr, f.attrs)
		}
	}
	return out
}

// tokenLike reports whether every word of entry could be a word token:
// letters and digits with inner apostrophes, hyphens, full stops or
// ampersands ("O'Neill", "Jay-Z", "U.S", "AT&T"), and a final full stop
// if dot.
func tokenLike(entry string, dot bool) bool {
	inner := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("'’-.&", r)
	}
	edge := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for _, w := range strings.Fields(entry) {
		if dot {
			w = strings.TrimSuffix(w, ".")
		}
		first, _ := utf8.DecodeRuneInString(w)
		last, _ := utf8.DecodeLastRuneInString(w)
		if w == "" || !edge(first) || !edge(last) || strings.IndexFunc(w, func(r rune) bool { return !inner(r) }) >= 0 {
			return false
		}
	}
	return true
}

// BenchmarkParse is the cost a cold start pays for the lists: reading and
// indexing every file once.
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		for _, f := range forms {
			if mapFiles[f.file] {
				buildMap(read(f.file))
			} else {
				build(read(f.file))
			}
		}
	}
}

// mapFiles are the files loaded with loadMap.
var mapFiles = map[string]bool{"places.txt": true, "state-codes.txt": true, "gendered-nouns.txt": true}

// TestUnion checks that Union holds every word of every set and leaves the
// sets it reads unchanged.
func TestUnion(t *testing.T) {
	a, b := map[string]bool{"mr": true}, map[string]bool{"dr": true, "mr": true}
	u := Union(a, b)
	if len(u) != 2 || !u["mr"] || !u["dr"] {
		t.Errorf("Union = %v, want mr and dr", u)
	}
	if len(a) != 1 || len(b) != 2 {
		t.Errorf("Union changed its inputs: %v %v", a, b)
	}
}
