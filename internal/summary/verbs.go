package summary

import (
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// A cheap finite-verb judgement for headlines, without a part-of-speech
// tagger on the digest path (prose's tagger would add 4.4 MB to the Lambda):
// word lists, morphology and the word's neighbours. It is built for
// precision: a word it calls a finite verb is one a tagger also tags as
// past, present or modal (VBD, VBZ, VBP, MD), so a headline it accepts has
// its verb. `newsgist eval summary` measures its agreement with prose's
// tagger on every headline it writes.

// finiteAt reports whether w[i] is a finite verb in its context.
func finiteAt(w []string, i int) bool {
	word := bareWord(w[i])
	if word == "" {
		return false
	}
	lw := strings.ToLower(word)
	if finiteAux[lw] {
		// "May" the month, "Will" the name, "Can" a title: capitalised
		// inside a sentence is a name.
		if i > 0 && !startsLower(word) && lw != "i" {
			return false
		}
		if i == 0 && i+1 < len(w) && lw != word && nameBefore(w[1]) {
			return false // "May Pat Christie, 51, ditched…": a first name
		}
		// "the will of", "a can of": after a determiner it is a noun
		// ("prosecuting her, was" is a verb after an aside).
		if i > 0 && determiners[strings.ToLower(bareWord(w[i-1]))] && !strings.HasSuffix(w[i-1], ",") {
			return false
		}
		return true
	}
	if contractedFinite(lw) {
		return true
	}
	if !startsLower(word) || i == 0 {
		return false
	}
	prev := strings.ToLower(bareWord(w[i-1]))
	allBut := prev == "but" && i >= 3 && strings.EqualFold(w[i-2], "all") // "all but sealed"
	if !allBut && (determiners[prev] || phraseStarters[prev] && !relativePronouns[prev] || prev == "to" || beForms[prev] || haveForms[prev]) {
		// "the revised plan", "by the", "to make", "was charged": not the
		// finite verb itself (an auxiliary before it is).
		return false
	}
	// After a word that can end a subject, or after the comma that closes
	// an aside ("Trump, according to the White House, made").
	// An adverb may stand between the subject and its verb ("Police later
	// arrested", "The unit recently received").
	subj := w[i-1]
	if i >= 2 && startsLower(w[i-1]) && midAdverb(prev) && !strings.HasSuffix(w[i-2], ",") {
		subj = w[i-2]
	}
	if allBut && !strings.HasSuffix(w[i-3], ",") {
		subj = w[i-3] // "Trump's victory all but sealed the nomination"
	}
	afterSubject := subjectLike(subj)
	afterAside := strings.HasSuffix(w[i-1], ",")
	next := ""
	if i+1 < len(w) {
		next = w[i+1]
	}
	switch {
	case irregularPast[lw]:
		// "left" and "set" are adjectives or nouns as often as verbs: only
		// after a subject, and not before "by" ("a team led by").
		return (afterSubject || afterAside) && !strings.EqualFold(bareWord(next), "by")
	case strings.HasSuffix(lw, "ed") && (len(lw) > 4 || strings.HasSuffix(lw, "ied")) && !strings.Contains(lw, "-"):
		// ("bed" and "shed" are nouns; "died", "tied" and "lied" verbs.)
		return pastTenseAt(w, i, lw, afterSubject, afterAside)
	case newsVerbs3sg[lw]:
		return afterSubject || afterAside
	case len(lw) >= 4 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is") && !strings.HasSuffix(lw, "'s"):
		// Another -s word is a verb only between a subject and its
		// object's determiner: "the showroom features a light
		// installation", not "uncertainty hangs over".
		// (A name in -s is one person: "Sanders rips the agreement".)
		if afterSubject && verbParticles[strings.ToLower(next)] && i+2 < len(w) && (determiners[strings.ToLower(w[i+2])] || startsLower(w[i+2]) && !phraseStarters[strings.ToLower(w[i+2])]) && !pluralSubject(subj) {
			return true // "his administration carves out exceptions"
		}
		return afterSubject && determiners[strings.ToLower(bareWord(next))] && (!pluralSubject(subj) || !startsLower(bareWord(subj)))
	case newsVerbs3sg[lw+"s"] || newsVerbs3sg[lw+"es"]:
		// The plural form after a plural subject: "priorities include",
		// "Republicans who want", "Hillary Clinton and Donald Trump enter".
		return afterSubject && (pluralSubject(subj) || relativeSubject(subj) || namePair(w, i))
	}
	return false
}

// pastTenseAt reports whether the -ed word w[i] (lw in lower case) is a
// past tense, not a participle: a participle is followed by "by" ("a plan
// announced by") and after a noun is as often a reduced relative as a
// verb, so a past tense needs a subject before it (or an aside closed
// before it) and an object or adjunct after it.
func pastTenseAt(w []string, i int, lw string, afterSubject, afterAside bool) bool {
	next := ""
	if i+1 < len(w) {
		next = w[i+1]
	}
	nb := strings.ToLower(bareWord(next))
	if afterAside {
		// "X, a spokesman, confirmed the report" but not "a system,
		// composed of parts" nor "two officers, assigned to his unit".
		// A comma that closes an aside opened after the subject
		// ("Kayahan, one of Turkey's best-loved singers, died of
		// cancer") leads to the verb and its adjunct.
		if closesAside(w, i) && (nb == "of" || startsLower(nb)) && nb != "by" && !ofParticiples[lw] {
			return true
		}
		return objectStart(next) && !(phraseStarters[nb] && i+2 < len(w) && objectStart(w[i+2]))
	}
	return nb != "by" && !(nb == "of" && ofParticiples[lw]) && afterSubject && (next == "" || objectStart(next) || phraseStarters[nb] || startsLower(nb) && !strings.HasSuffix(w[i], ","))
}

// midAdverb reports an adverb that can stand between a subject and its
// verb: a word in -ly or one of the common short ones.
func midAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") || shortAdverbs[w]
}

// shortAdverbs stand between a subject and its verb ("Police later
// arrested").
var shortAdverbs = makeSet(`also first later still never already now then just often soon again once ever
even seldom always`)

// pluralSubject reports a word that ends a plural subject: a plural noun or
// a plural pronoun.
func pluralSubject(w string) bool {
	l := strings.ToLower(bareWord(w))
	switch l {
	case "they", "we", "you", "i", "people", "police", "children", "men", "women":
		return true
	}
	return len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is") && !strings.HasSuffix(l, "'s")
}

// hasFiniteVerbWords reports whether any word of w is a finite verb.
func hasFiniteVerbWords(w []string) bool {
	for i := range w {
		if finiteAt(w, i) {
			return true
		}
	}
	return false
}

// HasFiniteVerb reports whether the headline h has a finite verb by
// newsgist's own judgement (no tagger): the test the headline writer applies
// to every candidate.
func HasFiniteVerb(h string) bool { return hasFiniteVerbWords(strings.Fields(h)) }

// bareWord strips punctuation around a word.
func bareWord(w string) string {
	// Most words have no mark at either end: answer them without the
	// cut set strings.Trim builds on every call.
	if w == "" || !bareEdge[w[0]] && !bareEdge[w[len(w)-1]] {
		return w
	}
	return strings.Trim(w, bareMarks)
}

// bareMarks are the marks bareWord trims; bareEdge holds every byte that can
// be the first or last byte of one of them.
const bareMarks = `.,;:!?"'()[]“”‘’—–-`

var bareEdge = func() (t [256]bool) {
	for _, r := range bareMarks {
		b := []byte(string(r))
		t[b[0]], t[b[len(b)-1]] = true, true
	}
	return t
}()

// subjectLike reports a word that can end a subject: a noun, name, number or
// pronoun, not a function word, adverb or adjective-looking word.
func subjectLike(w string) bool {
	if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, ";") {
		return false
	}
	b := bareWord(w)
	if b == "" {
		return false
	}
	l := strings.ToLower(b)
	if subjectPronouns[l] {
		return true
	}
	if !startsLower(b) && !determiners[l] && !danglers[l] {
		return true // a name: "The Davis Cup Final began"
	}
	if danglers[l] || determiners[l] || degreeWords[l] || strings.HasSuffix(l, "ly") || adjectiveLike(l) && !compoundPersonNoun(l) {
		return false
	}
	return true
}

// relativeSubject reports "who" or "that" as a subject: its verb agrees
// with the noun before it, which may be plural.
func relativeSubject(w string) bool {
	l := strings.ToLower(w)
	return l == "who" || l == "that"
}

// namePair reports a verb at w[i] after two names joined by "and": "Hillary
// Clinton and Donald J. Trump enter…".
func namePair(w []string, i int) bool {
	if !isCapitalised(bareWord(w[i-1])) {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-4; k-- {
		if w[k] == "and" {
			return isCapitalised(bareWord(w[k-1])) && !strings.HasSuffix(w[k-1], ",")
		}
		if !isCapitalised(bareWord(w[k])) {
			return false
		}
	}
	return false
}

// degreeWords modify an adjective, never end a subject: "a man too
// unqualified for the job".
var degreeWords = makeSet(`too very so quite rather more most less least`)

// compoundPersonNoun reports a hyphenated noun for a person, whose last part
// is one ("actor-singer", "front-runner", "co-founder"): a subject's head,
// not a compound modifier ("long-awaited").
func compoundPersonNoun(l string) bool {
	k := strings.LastIndexByte(l, '-')
	if k <= 0 {
		return false
	}
	last := l[k+1:]
	return nlp.NominalHead(last) || len(last) >= 5 && (strings.HasSuffix(last, "er") || strings.HasSuffix(last, "or"))
}

// objectStart reports a word that can open what follows a past tense: a
// determiner, a pronoun, a number, a name or a particle.
func objectStart(w string) bool {
	w = strings.TrimLeft(w, `"'“‘(`)
	if w == "" {
		return false
	}
	lw := strings.ToLower(bareWord(w))
	if determiners[lw] || objectWords[lw] {
		return true
	}
	c := w[0]
	return c >= '0' && c <= '9' || c == '$' || c == '£' || c >= 'A' && c <= 'Z'
}

// contractedFinite reports "isn't", "it's", "they've" and the like.
func contractedFinite(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	if strings.HasSuffix(w, "n't") {
		return finiteAux[strings.TrimSuffix(w, "n't")] || w == "won't" || w == "can't" || w == "shan't"
	}
	if i := strings.IndexByte(w, '\''); i > 0 {
		switch w[i:] {
		case "'re", "'ve", "'ll", "'m", "'d":
			return true
		case "'s":
			// "it's", "that's", "there's" (a possessive is not: "Trump's").
			return subjectPronouns[w[:i]] || w[:i] == "there" || w[:i] == "that" || w[:i] == "what" || w[:i] == "here"
		}
	}
	return false
}

// adjectiveLike reports a word a tagger is likely to call an adjective: a
// common adjective or an adjective suffix.
func adjectiveLike(w string) bool {
	if commonAdjectives[w] || strings.Contains(w, "-") && !strings.HasPrefix(w, "-") {
		return true // "long-awaited", "two-year": a compound modifier
	}
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"ous", "ful", "ive", "able", "ible", "ical", "less", "ish", "est"} {
		if strings.HasSuffix(w, suf) {
			return !adjSuffixNouns[w]
		}
	}
	return false
}

var finiteAux = makeSet(`is are was were am has have had do does did will would shall should can could may might must`)

var beForms = makeSet(`be been being is are was were am`)

var haveForms = makeSet(`has have had having`)

var subjectPronouns = makeSet(`i he she it we they who which that this these those there`)

var objectWords = makeSet(`him her them it us me you himself herself itself themselves up out down off back
away over into onto on in at for with to from about after before against as more less all both each
every some any no several many most few two three four five six seven eight nine ten what how why
whether that plans its`)

// newsVerbs3sg are common verbs of news leads in their -s form, which a
// tagger reads as VBZ after a subject. A word outside the list ending in -s
// is more often a plural noun ("hangs", "rates") and is not trusted.
var newsVerbs3sg = makeSet(`says speaks adds admits agrees aims announces appears argues asks backs begins believes
blames brings calls claims comes confirms considers continues cuts decides declares denies describes
expects faces falls finds gets gives goes grows hits holds hopes includes insists intends joins keeps
knows launches leads leaves likes lists looks loses makes means meets moves needs offers opens orders
owns pays plans plays promises proposes pushes puts raises reaches receives refuses rejects remains
reports requires returns reveals rises runs says seeks seems sees sells sends sets shows signs slams
sparks spends stands starts stays stops suggests takes talks tells tests thinks threatens tries turns
unveils urges uses visits vows waits wants warns wins works writes accuses acquires adds allows becomes
buys changes closes drops ends enters estimates explains files fires fails gains helps hires holds
increases kills lifts lowers marks names notes pledges posts predicts ranks recalls releases removes
replaces says scores settles shuts slides slips soars sues surges tops tumbles unites votes welcomes
tends provides contains depends happens involves occurs represents relies serves supports affects exists
suffers struggles wishes fears`)

var commonAdjectives = makeSet(`new old big small large great good bad high low long short early late young
major key top main likely unlikely able unable due ready set poised possible impossible available
responsible important clear full free open public private former first last next final recent
local national international global political economic financial military social federal
strong weak hard easy real true false whole entire single sure certain better worse best worst
higher lower larger smaller bigger more less most least many much few several other such own same
different similar special specific general common rare serious severe major minor senior junior
unpredictable likely happy unhappy sad angry afraid aware alive alone illegal legal
stronger weaker higher lower bigger smaller larger better worse greater faster slower easier harder
longer shorter cheaper richer older younger newer wider deeper safer tougher closer earlier later`)

// adjSuffixNouns end like adjectives but are nouns or verbs.
var adjSuffixNouns = makeSet(`executive detective representative objective initiative alternative
motive relative native perspective incentive directive collective archive explosive
interest harvest protest contest forest request arrest`)

// ofParticiples are the verbs whose object takes its complement with "of"
// ("accused him of fraud"): before "of" they are participles ("a coach
// accused of theft took a plea deal"), where a verb such as "died" or
// "warned" before "of" is the sentence's verb.
var ofParticiples = makeSet(`accused convicted suspected acquitted cleared stripped deprived robbed informed
relieved absolved composed comprised apprised reminded cured notified divested`)

// closesAside reports whether the comma before w[i] closes an aside: a
// comma before it opened one.
func closesAside(w []string, i int) bool {
	for j := i - 2; j >= 0; j-- {
		if strings.HasSuffix(w[j], ",") {
			return true
		}
	}
	return false
}

// nameBefore reports whether w, after a capitalised "May", "Will" or "Can"
// opening a sentence, makes that word a first name: another capitalised
// word that is no pronoun or determiner ("May Pat Christie", not "Will
// they…", "Can The…").
func nameBefore(w string) bool {
	b := bareWord(w)
	lb := strings.ToLower(b)
	return b != "" && !startsLower(b) && !subjectPronouns[lb] && !determiners[lb] && lb != "i"
}
