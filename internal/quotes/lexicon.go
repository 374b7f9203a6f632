package quotes

import "github.com/newsgist/newsgist/internal/lexicon"

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// union returns a new set holding the words of every set.
func union(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// titlesOf returns the titles that imply the gender g, each with and
// without a final full stop.
func titlesOf(g string) map[string]bool {
	m := make(map[string]bool)
	for t := range lexicon.Titles() {
		if lexicon.TitleGender(t) == g {
			m[t], m[t+"."] = true, true
		}
	}
	return m
}

// nounsOf returns the gendered nouns of the gender g.
func nounsOf(g string) map[string]bool {
	m := make(map[string]bool)
	for n, x := range lexicon.GenderedNouns() {
		if x == g {
			m[n] = true
		}
	}
	return m
}

// namesOf returns the given names that imply the gender g or neither.
func namesOf(g string) map[string]bool {
	m := make(map[string]bool)
	for n := range lexicon.GivenNames() {
		if x := lexicon.Gender(n); x == g || x == "" {
			m[n] = true
		}
	}
	return m
}

// cueVerbs introduce or follow a direct quotation.
var cueVerbs = lexicon.CueVerbs()

// weakCues are cue verbs that introduce partial quotes ("called X
// "deplorable"") but rarely attribute a full quotation after it.
var weakCues = lexicon.WeakCueVerbs()

// auxiliaries and adverbs may stand between a speaker and the cue verb.
var auxWords = set("has", "had", "have", "was", "is", "were", "are", "would", "will", "also", "later", "then",
	"once", "previously", "recently", "again", "further", "simply", "just", "quickly", "flatly", "repeatedly",
	"often", "already", "still", "even", "reportedly", "apparently", "publicly", "privately", "angrily",
	"bluntly", "famously", "memorably", "been", "did", "does", "do", "could", "might", "may", "went", "on", "to",
	"continued", "not", "never", "allegedly", "quietly", "calmly", "firmly", "candidly", "proudly", "sharply",
	"openly", "separately", "initially", "subsequently")

var pronouns = map[string]string{
	"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "them": "p", "i": "1", "we": "1", "it": "n",
}

// titles precede a person's name and are not part of it; in a speaker's
// description the words of SpeakerTitles join them ("House Speaker",
// "Former President"). isTitle looks a word up without its full stop.
var titles = union(lexicon.Titles(), lexicon.SpeakerTitles())

// roleNouns end a role phrase ("US Defence Secretary", "presidential nominee").
var roleNouns = lexicon.RoleNouns()

// femaleTitles and maleTitles give a person's gender; they hold each title
// with and without its full stop, as a speaker's titles keep it ("Mrs.").
var femaleTitles, maleTitles = titlesOf("f"), titlesOf("m")

// femaleNames and maleNames are common given names by their usual gender;
// a name given to women and men alike ("Robin") is in both.
var femaleNames, maleNames = namesOf("f"), namesOf("m")

// sentenceStarters are ordinary words capitalised because they start a sentence.
var sentenceStarters = lexicon.SentenceStarters()

// nonPersonLast are last words of capitalised phrases that name places,
// organisations or things, not people.
var nonPersonLast = union(lexicon.OrgWords(), lexicon.KnownOrgs(), lexicon.NonPersonWords())

// royalTitles stay with a single name: "Prince Edward", "Pope Francis".
var royalTitles = lexicon.RoyalTitles()

// connectors may stand inside a name ("Charles de Gaulle").
var connectors = lexicon.NameParticles()

// abbrevs keep a following full stop inside the word ("Mr.", "Calif.").
var abbrevs = lexicon.Abbreviations()

// orgSuffixes are the words a company's name ends with that say what kind
// of company it is: "Northgate Records" and "Northgate Label Group" are
// one label under two forms.
var orgSuffixes = lexicon.CompanySuffixes()

// orgWords head a description of an organisation ("the agency", "the
// production company").
var orgWords = lexicon.OrgNouns()

// maleNouns and femaleNouns tell the gender of a speaker described by a
// noun ("the spokeswoman").
var maleNouns, femaleNouns = nounsOf("m"), nounsOf("f")
