package nlp

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// The word lists of the name index that internal/lexicon does not hold.

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

// nameTitles precede a person's name and are not part of it; in a speaker's
// description the words of SpeakerTitles join them ("House Speaker",
// "Former President"). isTitle looks a word up without its full stop.
var nameTitles = lexicon.Union(lexicon.Titles(), lexicon.SpeakerTitles())

// roleNouns end a role phrase ("US Defence Secretary", "presidential nominee").
var roleNouns = lexicon.RoleNouns()

// femaleTitles and maleTitles give a person's gender; they hold each title
// with and without its full stop, as a speaker's titles keep it ("Mrs.").
var femaleTitles, maleTitles = titlesOf("f"), titlesOf("m")

// femaleNames and maleNames are common given names by their usual gender;
// a name given to women and men alike ("Robin") is in both.
var femaleNames, maleNames = namesOf("f"), namesOf("m")

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

// nonPersonLast are last words of capitalised phrases that name places,
// organisations or things, not people.
var nonPersonLast = lexicon.Union(lexicon.OrgWords(), lexicon.KnownOrgs(), lexicon.NonPersonWords())

// connectors may stand inside a name ("Charles de Gaulle").
var connectors = lexicon.NameParticles()

var placeFirst = set("New", "North", "South", "East", "West", "United", "Los", "San", "Santa", "Saint", "St.", "Fort",
	"Mount", "Lake", "Las", "Le", "La", "El", "Great", "Upper", "Lower", "Central", "Northern", "Southern", "Eastern",
	"Western", "Middle", "Black", "White", "Red", "Green", "Blue", "Gold", "Silver", "Wall", "Main", "Islamic",
	"Supreme", "Federal", "National", "American", "Democratic", "Republican", "Air", "Homeland", "Human", "Civil",
	"Social", "Affordable", "Iron", "Cold", "World", "Prime", "Oval", "Capitol", "Election", "Labor", "Labour",
	"Planned", "Big", "Little", "Old", "Grand", "Palm", "Twin", "Sierra", "Rio", "Hong", "Sri", "Costa", "Puerto")

// commonWordNames are first names that are also ordinary words.
var commonWordNames = set("Grace", "Faith", "Hope", "Joy", "Rose", "Will", "Mark", "Bill", "Jack", "Marine", "Amber",
	"Taylor", "Madison", "Virginia", "Austin", "Jordan", "Christian", "Carol", "Victoria", "Georgia", "Justice",
	"Sandy", "Brandy", "Chase", "Dean", "Frank", "Gary", "Lane", "Miles", "Ray", "Guy", "Rich")

// titleSurnames are title words that are also common surnames: after a
// capitalised word that is no title ("Charlie King", "Howard Dean") or a
// courtesy title ("Mr. King") they are the surname.
var titleSurnames = set("King", "Dean", "Bishop", "Judge", "Major", "Marshal", "Marshall", "Knight", "Chancellor", "Prince", "Pope", "Doctor")

var courtesyTitles = set("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame")

var determiners = set("a", "an", "the", "one", "another", "some", "two", "three", "several", "many", "his", "her",
	"their", "its", "our", "my", "this", "that", "these", "those", "other", "both", "most", "few", "no")

var npEnd = set("who", "whom", "which", "that", "whose", "in", "on", "at", "to", "for", "of", "from", "with", "by",
	"during", "after", "before", "when", "while", "as", "and", "but", "or", "about", "because", "where", "since",
	"via", "through", "under", "over", "last", "this", "told", "speaking", "writing")

var properPreps = set("of", "at", "for", "on", "in", "from")

func isDayOrMonth(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
		"March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Today",
		"Tonight", "Yesterday":
		return true
	}
	return false
}

// isTitle looks w up with and without a final full stop.
func isTitle(w string) bool {
	return nameTitles[w] || len(w) > 0 && w[len(w)-1] == '.' && nameTitles[w[:len(w)-1]]
}

func isRoleNoun(w string) bool { return hasLower(roleNouns, stripDot(w)) }

// hasLower reports whether m holds strings.ToLower(w). A short ASCII word
// is lowered into a buffer on the stack, so the look-up allocates nothing.
func hasLower(m map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// The lists internal/lexicon holds that the name index reads.
var (
	cueVerbs         = lexicon.CueVerbs()
	weakCues         = lexicon.WeakCueVerbs()
	sentenceStarters = lexicon.SentenceStarters()
)

func stripDot(w string) string { return strings.TrimSuffix(w, ".") }

func lower(t Token) string { return strings.ToLower(t.Text) }

func isCue(t Token) bool { return t.Word && !t.Upper && cueVerbs[t.Text] }

func pronounTok(t Token) bool {
	_, ok := pronouns[lower(t)]
	return ok
}

func isTerminator(t Token) bool {
	return !t.Word && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…")
}

// JoinTokens writes tokens as the text reads them: words apart, punctuation
// joined to the word before it, a possessive 's kept.
func JoinTokens(ts []Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.Word {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		if t.Poss {
			b.WriteString("'s")
		}
	}
	return b.String()
}

// Word lists and word tests of the name index that the stages reading it
// use too. The maps are shared by every caller: read them, never modify
// them.

// AuxWords returns the auxiliaries and adverbs that may stand between a
// speaker and the cue verb ("has", "also", "reportedly"), in lower case.
func AuxWords() map[string]bool { return auxWords }

// Pronouns returns the personal pronouns in lower case with what they
// refer to: "m" and "f" a man or a woman, "p" several, "1" the speaker
// ("i", "we"), "n" a thing ("it").
func Pronouns() map[string]string { return pronouns }

// Determiners returns the lower-case words that open a noun phrase ("a",
// "the", "his", "several").
func Determiners() map[string]bool { return determiners }

// PhraseEnds returns the lower-case words that end a noun phrase before
// them: relative pronouns, prepositions, conjunctions and a few verbs ("who",
// "of", "and", "told").
func PhraseEnds() map[string]bool { return npEnd }

// ProperPrepositions returns the prepositions that join a noun to a proper
// name ("analysts at the Institute", "a spokesperson for Western Lines").
func ProperPrepositions() map[string]bool { return properPreps }

// NameConnectors returns the lower-case particles that may stand inside a
// name ("de" in "Charles de Gaulle", "bin", "van").
func NameConnectors() map[string]bool { return connectors }

// NonPersonWords returns the capitalised words that end the names of
// places, organisations and things, never a person's ("Ministry", "Times",
// "River").
func NonPersonWords() map[string]bool { return nonPersonLast }

// PlaceFirstWords returns the capitalised words that start the names of
// places and institutions rather than people ("New", "North", "Supreme").
func PlaceFirstWords() map[string]bool { return placeFirst }

// IsTitle reports whether w, with or without a final full stop, is a title
// that stands before a name ("Mr", "Sen.", "Secretary").
func IsTitle(w string) bool { return isTitle(w) }

// IsRoleNoun reports whether w, in any case and without a final full stop,
// ends a role phrase ("spokesman", "Secretary").
func IsRoleNoun(w string) bool { return isRoleNoun(w) }

// IsDayOrMonth reports a day, a month, or "Today", "Tonight", "Yesterday".
func IsDayOrMonth(w string) bool { return isDayOrMonth(w) }

// NominalHead reports a role noun or its plural ("spokesman", "analysts").
func NominalHead(w string) bool { return nominalHead(w) }

// PersonNoun reports a nominal head, or a word that looks like a noun for
// a person ("shopkeeper", "traders").
func PersonNoun(w string) bool { return personNoun(w) }

// ProperAdjective reports a capitalised word that keeps its capital
// mid-sentence ("Russian", "Republican", "Israeli").
func ProperAdjective(w string) bool { return properAdjective(w) }
