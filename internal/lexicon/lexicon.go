// Package lexicon holds the word lists the analysis stages share: given
// names, titles and the other words that tell a person, an organisation or
// a quotation's cue from ordinary text.
//
// Each list is a text file in data/, embedded in the binary: one entry a
// line, as it is looked up; blank lines and lines starting with "#" are
// ignored. A line may carry one attribute after a tab (the gender of a given
// name or a title, the canonical form of a place). A file is parsed once,
// the first time one of its words is asked for.
//
// The maps the functions return are shared by every caller: read them,
// never modify them.
package lexicon

import (
	"embed"
	"strings"
	"sync"
)

//go:embed data/*.txt
var data embed.FS

// A list is one parsed file: its entries and, when some line of the file
// has one, the attribute of each ("" when the line has none).
type list struct {
	words map[string]bool
	attrs map[string]string
}

// load returns a function that parses the named file on its first call
// and returns the same list on every call.
func load(name string) func() list {
	return sync.OnceValue(func() list { return build(read(name)) })
}

// read returns the text of the named file. The files are part of the
// program, so one that cannot be read is a bug: read panics (the tests
// read every file).
func read(name string) string {
	b, err := data.ReadFile("data/" + name)
	if err != nil {
		panic("lexicon: " + err.Error())
	}
	return string(b)
}

// build indexes the entries of a file's text. The keys are substrings of
// the text: building allocates the maps and nothing else.
func build(text string) list {
	n := strings.Count(text, "\n")
	l := list{words: make(map[string]bool, n)}
	if strings.Contains(text, "\t") {
		l.attrs = make(map[string]string, n)
	}
	each(text, func(e entry) {
		l.words[e.word] = true
		if l.attrs != nil {
			l.attrs[e.word] = e.attr
		}
	})
	return l
}

// An entry is one line of a list file.
type entry struct {
	word, attr string
	line       int
}

// each calls f for every entry of a file's text, in order: a line that is
// neither blank nor a comment, split at its first tab.
func each(text string, f func(entry)) {
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		word, attr, _ := strings.Cut(line, "\t")
		f(entry{word: word, attr: attr, line: n})
	}
}

// loadMap returns a function that parses the named file on its first call
// into a map from every entry to its attribute ("" when the line has
// none), and returns the same map on every call.
func loadMap(name string) func() map[string]string {
	return sync.OnceValue(func() map[string]string { return buildMap(read(name)) })
}

// buildMap maps every entry of a file's text to its attribute.
func buildMap(text string) map[string]string {
	m := make(map[string]string, strings.Count(text, "\n"))
	each(text, func(e entry) { m[e.word] = e.attr })
	return m
}

// withAttr returns a function that collects, on its first call, the words
// of a list whose attribute is attr.
func withAttr(l func() list, attr string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := make(map[string]bool)
		for w, a := range l().attrs {
			if a == attr {
				m[w] = true
			}
		}
		return m
	})
}

var (
	givenNames    = load("given-names.txt")
	titles        = load("titles.txt")
	speakerTitles = load("speaker-titles.txt")
	descriptors   = load("descriptors.txt")
	cueVerbs      = load("cue-verbs.txt")
	weakCueVerbs  = withAttr(cueVerbs, "weak")
	starters      = load("sentence-starters.txt")
	calendar      = load("calendar.txt")
	roleNouns     = load("role-nouns.txt")
	workRoles     = withAttr(roleNouns, "work")
	orgWords      = load("org-words.txt")
	nonPerson     = load("non-person-words.txt")
	places        = loadMap("places.txt")
	stateCodes    = loadMap("state-codes.txt")
	demonyms      = load("demonyms.txt")
	royalTitles   = load("royal-titles.txt")
	particles     = load("name-particles.txt")
	suffixes      = load("company-suffixes.txt")
	abbreviations = load("abbreviations.txt")
	orgNouns      = load("org-nouns.txt")
	knownOrgs     = load("known-orgs.txt")
	genderedNouns = loadMap("gendered-nouns.txt")
	creditLabels  = loadMap("credit-labels.txt")
)

// Union returns a new set holding the words of every set: a stage's list
// made of several of the lists above.
func Union(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// GivenNames returns common given names, capitalised ("Dale"): a
// capitalised word from it followed by another ("Dale Porter") names a
// person.
func GivenNames() map[string]bool { return givenNames().words }

// Titles returns the words that stand before a person's name and are not
// part of it, honorifics ("Mrs", "Dr"), ranks ("Sgt") and offices
// ("Senator", "Mayor"), capitalised and without a final full stop: look up
// "Sen." as "Sen".
func Titles() map[string]bool { return titles().words }

// SpeakerTitles returns the capitalised words that belong to a speaker's
// title in a quotation's attribution but are not Titles, because they
// start the names of organisations and things as often: the qualifiers
// of an office ("House" in "House Speaker", "Former" in "Former
// President") and roles such as "Founder" ("Founder's Reserve").
func SpeakerTitles() map[string]bool { return speakerTitles().words }

// Descriptors returns occupations written before a name like a title
// ("analyst Priyanka Shah") that are not titles: one is capitalised as the
// first word of a sentence ("Analyst Priyanka Shah said"), and the
// speaker's role is "analyst".
func Descriptors() map[string]bool { return descriptors().words }

// CueVerbs returns the verbs that introduce or follow a direct quotation
// ("said", "warned", "tweeted"), every form in lower case.
func CueVerbs() map[string]bool { return cueVerbs().words }

// WeakCueVerbs returns the cue verbs that introduce partial quotes
// ("called", "dubbed") but rarely attribute a full quotation.
func WeakCueVerbs() map[string]bool { return weakCueVerbs() }

// SentenceStarters returns ordinary words printed with a capital because
// they start a sentence, a headline or a caption ("The", "However",
// "Click"): a capitalised phrase that starts with one is not a name from
// its first word.
func SentenceStarters() map[string]bool { return starters().words }

// CalendarWords returns the capitalised names of the days and the months
// and their abbreviations without the full stop ("Monday", "Sept").
func CalendarWords() map[string]bool { return calendar().words }

// RoleNouns returns what a person is or does, in lower case
// ("spokesman", "analyst", "mother"): the last word of a role phrase ("US
// Defence Secretary", "a former campaign aide").
func RoleNouns() map[string]bool { return roleNouns().words }

// WorkRoles returns the role nouns of a role held at or served by an
// organisation ("strategist", "professor", "customer"): before "at" one
// makes the following name an organisation ("strategist at Keller
// Tabor"), which "supporter" or "mother" do not.
func WorkRoles() map[string]bool { return workRoles() }

// OrgWords returns the capitalised words that make a name an
// organisation's ("Ministry", "Council", "Holdings", "Tribune"). "Co",
// "Corp", "Inc" and "Ltd" are in it with and without their full stop.
func OrgWords() map[string]bool { return orgWords().words }

// OrgNouns returns the common nouns for an organisation, in lower case
// ("agency", "carmaker", "newspaper"): "the agency said" quotes an
// organisation, "research firm Quantra" names one.
func OrgNouns() map[string]bool { return orgNouns().words }

// KnownOrgs returns names that are an organisation's on their own, with
// no organisation word in them ("Reuters", "Hezbollah", "White House").
func KnownOrgs() map[string]bool { return knownOrgs().words }

// NonPersonWords returns capitalised words other than OrgWords and
// KnownOrgs that end
// the name of a place, a law, an event, a programme or a publication
// ("Carolina", "Act", "Caucus", "Guardian"): a name ending with one is no
// person's.
func NonPersonWords() map[string]bool { return nonPerson().words }

// Places returns countries, their states and provinces, regions and
// cities as printed ("Britain", "Calif.", "New York"), each with its
// canonical name ("United Kingdom", "California"), or "" when the printed
// name is canonical.
func Places() map[string]string { return places() }

// StateCodes returns the US postal codes of the states ("CT"), each with
// the state's name ("Connecticut").
func StateCodes() map[string]string { return stateCodes() }

// Demonyms returns the capitalised adjectives of nationality, region or
// faith ("Australian", "Western", "Catholic").
func Demonyms() map[string]bool { return demonyms().words }

// RoyalTitles returns the titles that stay in the name of a monarch, a
// royal or a pope known by one name ("Queen Margaret III", "Pope Linus").
func RoyalTitles() map[string]bool { return royalTitles().words }

// NameParticles returns the lower-case words that stand inside a person's
// name ("de" in "Ana de Souza", "bin", "van").
func NameParticles() map[string]bool { return particles().words }

// CompanySuffixes returns the words that end a company's full name and may
// be left out of its short name ("Records", "Interactive", "Inc", "Inc.").
func CompanySuffixes() map[string]bool { return suffixes().words }

// Abbreviations returns the words that keep a following full stop inside
// the word token ("Mr", "Calif", "Inc", "U.S"), written without that full
// stop.
func Abbreviations() map[string]bool { return abbreviations().words }

// Gender returns the gender a given name usually implies, "f" or "m", or
// "" when the name is given to women and men alike ("Robin") or is not in
// GivenNames.
func Gender(name string) string { return givenNames().attrs[name] }

// GenderedNouns returns the common nouns for a person that tell the
// person's gender, in lower case, each with it: "f" ("spokeswoman",
// "mother") or "m" ("spokesman", "father").
func GenderedNouns() map[string]string { return genderedNouns() }

// TitleGender returns the gender a title implies ("f" for "Mrs", "m" for
// "Sir"), or "" when it implies neither ("Senator") or is not in Titles.
func TitleGender(title string) string { return titles().attrs[title] }

// CreditLabels returns the words of the labels that open a byline, in
// lower case, each with its kind: "by" ("by"), "name" ("von", "por": only
// before a capital or a colon), "lower" ("di": as "name", and only printed
// in lower case), "verb" ("written" in "Written by"), "dated" ("posted" in
// "Posted on May 3, 2024 by") or "field" ("author" in "Author:").
// internal/credit reads them.
func CreditLabels() map[string]string { return creditLabels() }
