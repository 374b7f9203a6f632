package summary

import (
	"strings"
	"sync"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// Where a shortened headline may end: the sentence's end, a comma, colon,
// semicolon or bracket, or a word that opens an adjunct, a clause or an
// attribution, and never where the last word, an open pair or an open
// clause leaves the statement incomplete.

// endOption reports whether a headline may end before words[e] and what
// that costs. It may end where the sentence ends; before a comma, colon,
// semicolon, dash or bracket; or before a word that opens an adjunct, a
// non-restrictive clause or an attribution. The last word must be able to
// end a phrase: not a determiner, preposition, conjunction, auxiliary,
// possessive or adjective.
func endOption(words []string, e, mv int) (float64, bool) {
	if e == len(words) {
		return 0, true
	}
	last := words[e-1]
	lb := strings.ToLower(bareWord(last))
	// An adjective-looking word right after a determiner is the head
	// noun: "to the public".
	adjective := adjectiveLike(lb) && !(e >= 2 && determiners[strings.ToLower(bareWord(words[e-2]))])
	// A capitalised word inside the sentence is a name's ("No Child Left
	// Behind"), not a dangling preposition.
	dangling := danglers[lb] && (startsLower(bareWord(last)) || e == 1)
	if lb == "" || dangling || focusAdverbs[lb] || determiners[lb] || adjective || strings.HasSuffix(lb, "'s") || strings.HasSuffix(lb, "’s") || strings.HasSuffix(last, "'") {
		return 0, false
	}
	if e-1 > mv && isParticiple(words, e-1) || openDash(words[:e]) || predicative(words, e-1) {
		// "an allegation made" without "by whom"; inside a dash pair;
		// "the settlements were illegal" when the sentence goes on.
		return 0, false
	}
	if strings.HasSuffix(lb, "ly") && e >= 2 && verbLike(words[e-2]) {
		return 0, false // "followed closely" without "by whom"
	}
	if e >= 2 && relativePronouns[strings.ToLower(words[e-2])] && !strings.HasSuffix(last, ",") {
		return 0, false // "a counterpuncher who goes | after people who attack him"
	}
	if e >= 2 && strings.HasSuffix(words[e-2], ",") && (midAdverb(lb) || lb == "sometimes" || lb == "usually") {
		return 0, false // "from his home overseas, often | by guessing…"
	}
	if startsLower(bareWord(last)) && (strings.HasPrefix(last, `"`) || strings.HasPrefix(last, "“")) {
		return 0, false // a quoted modifier: create a "stronger" (business)
	}
	if clauseOpen(words, mv, e) || quotationNeeded(words, mv, e, lb) || notOnlyOpen(words, e) || askedOpen(words, mv, e) {
		return 0, false
	}
	next := words[e]
	if strings.HasSuffix(last, ",") || strings.HasSuffix(last, ";") || strings.HasSuffix(last, ":") {
		if strings.HasSuffix(last, ",") && (coordinateAdjectives(words, e-1) || nounsJoined(words, e)) {
			// "her use of a private, | unsecured server"; "brought his
			// brother, George W. Bush, | and the former first lady, …":
			// the phrase goes on.
			return 0, false
		}
		if finiteAt(words, e) || listGoesOn(words, e) || phraseGoesOn(words, e) || nounComplementCut(words, e, lb, strings.ToLower(words[e])) {
			// "a quest that, unknown to us, would": the clause goes on
			// after the aside; "DH, the Spokane advertising, public
			// relations and...": a list goes on; "dragged the police
			// chief, Ian Ede, to court": the verb's phrase goes on.
			return 0, false
		}
		return 0.03, true
	}
	if strings.HasPrefix(next, "(") && phraseAfterBracket(words, e) {
		// "a family fun day (Oct. 13) and a trade fair", "a $900m (£479m)
		// loan": the phrase goes on after the bracket.
		return 0, false
	}
	if strings.HasPrefix(next, "(") || next == "--" || next == "-" {
		return 0.03, true
	}
	if next == "—" || next == "–" {
		// What follows a dash at the end of a statement runs on ("— and
		// that's a promise"); a headline ends before it only where the
		// sentence ends, or where a participle's phrase runs from it to the
		// sentence's end ("— saying the campaign chose not to…"), which
		// can go.
		if e+1 < len(words) && startsLower(words[e+1]) && strings.HasSuffix(bareWord(words[e+1]), "ing") && !openDash(words[:e]) && !dashAfter(words, e+1) {
			return 0.05, true
		}
		return 0, false
	}
	if strings.ContainsAny(last, `"”`) && !strings.HasSuffix(last, `"`) && !strings.HasSuffix(last, "”") {
		return 0, false
	}
	nb := strings.ToLower(strings.Trim(next, `"'“‘(`))
	if splitsVerb(words, e, mv, lb, nb) || baseVerbCut(words, e, lb, nb) || bareVerbCut(words, e, mv, nb) || nounComplementCut(words, e, lb, nb) {
		return 0, false
	}
	if complementAfter(words, e, nb) {
		return 0, false
	}
	switch {
	case timeNouns[lb] && clauseOpeners[nb]:
		return 0, false // "in the hours | before he died"
	case nb == "and" || nb == "or" || nb == "but":
		// Only before a clause ("and 20 teams have booked", "and fled"),
		// never inside a list or a pair ("between slim | and none").
		if splitsPair(words, e) || closesList(words, e) || !clauseFollows(words, e+1) {
			return 0, false
		}
		return 0.08, true
	case clauseOpeners[nb]:
		return 0.05, true
	case adjunctOpeners[nb]:
		return 0.08, true
	}
	return 0, false
}

// focusAdverbs limit the phrase after them and cannot end a headline: "sold
// the ferry only | yesterday".
var focusAdverbs = makeSet(`only just even almost nearly merely`)

// clauseOpen reports an end inside a clause that has not reached its
// verb: a reported clause ("NASA said the five companies" without their
// verb), a second clause after ", and" (", and Ki Hong's Social Security
// number | , which…") or a subordinate clause ("has arrived as the tech
// giant's streaming service").
func clauseOpen(words []string, mv, e int) bool {
	return reportedOpen(words, mv, e) || secondClauseOpen(words, mv, e) || openSubordinate(words, mv, e) || sayingOpen(words, mv, e)
}

// sayingOpen reports an end inside what a trailing ", saying …" says,
// before its verb: "rebuked critics, saying calling the Islamic State,
// also known as ISIL | or ISIS, by another name will do nothing".
func sayingOpen(words []string, mv, e int) bool {
	k := -1
	for j := mv + 2; j < e; j++ {
		if strings.HasSuffix(strings.TrimRight(words[j-1], `"'”’`), ",") && sayingGerunds[strings.ToLower(words[j])] {
			k = j
		}
	}
	if k < 0 || k+1 >= e || words[k+1] == "that" && k+2 >= e {
		return false
	}
	for j := k + 1; j < e; j++ {
		if finiteAt(words, j) {
			return false
		}
	}
	for j := e; j < len(words) && j < e+10; j++ {
		if finiteAt(words, j) {
			return true
		}
	}
	return false
}

// quotationNeeded reports an end before a quotation the statement needs
// (lb is the last word kept, in lower case): one that opens without a
// comma belongs to the clause ("called the plan | "a disaster"", "the
// candidate | "did well""), unless it opens an adjunct ("an enterprise |
// "with deep local roots""); one after a saying verb is what it says ("He
// added, | "…").
func quotationNeeded(words []string, mv, e int, lb string) bool {
	next, last := words[e], words[e-1]
	if !strings.HasPrefix(next, `"`) && !strings.HasPrefix(next, "“") {
		return false
	}
	qw := strings.ToLower(bareWord(strings.TrimLeft(next, `"“`)))
	integral := !strings.HasSuffix(last, ",") && !strings.HasSuffix(last, ";") && !adjunctOpeners[qw] && !clauseOpeners[qw]
	// A participle before it names what the quotation is: "a campaign
	// hat reading, | "Make Mexico Great Again Also"".
	return integral || e-1 == mv || sayingVerbs[lb] || lexicon.CueVerbs()[lb] || len(lb) > 5 && strings.HasSuffix(lb, "ing")
}

// phraseGoesOn reports whether the verb's phrase goes on at words[e] or
// after the aside that opens there: "taken the chief constable, Ian Ede,
// to court".
func phraseGoesOn(words []string, e int) bool {
	if continuesPhrase[strings.ToLower(bareWord(words[e]))] {
		return true
	}
	for k := e; k < len(words)-1 && k < e+8; k++ {
		if strings.HasSuffix(words[k], ",") {
			return continuesPhrase[strings.ToLower(bareWord(words[k+1]))]
		}
	}
	return false
}

// continuesPhrase open the rest of a verb's phrase after an aside.
var continuesPhrase = makeSet(`to of into onto than`)

// timeNouns take a clause that dates them ("the hours before he died").
var timeNouns = makeSet(`hours days weeks months years minutes moments time times day week month year night morning
evening period era`)

// clauseOpeners open a clause or an attribution that a headline can lose.
var clauseOpeners = makeSet(`after before while when because although though whereas since amid despite
following according including said says told`)

// adjunctOpeners open a phrase of place, time or manner that a headline can
// lose, or a coordinated clause.
var adjunctOpeners = makeSet(`in on at with for over during from by across under against near ahead
and but so this last next yesterday today tomorrow earlier later monday tuesday wednesday thursday
friday saturday sunday`)

// isParticiple reports a past participle at words[i] that is not the main
// verb's: an -ed word or irregular past after a noun, with no auxiliary
// before it ("an allegation made", "the goods sold").
func isParticiple(words []string, i int) bool {
	if i == 0 {
		return false
	}
	w := strings.ToLower(bareWord(words[i]))
	if !(irregularPast[w] || pastParticiples[w] || strings.HasSuffix(w, "ed") && len(w) > 4) {
		return false
	}
	prev := strings.ToLower(bareWord(words[i-1]))
	if strings.HasSuffix(words[i-1], ",") || listJoiners[prev] || subjectPronouns[prev] {
		return false // "met the minister and discussed", "said he resigned"
	}
	return !beForms[prev] && !haveForms[prev] && !strings.HasSuffix(prev, "n't") && prev != "not" && !strings.HasSuffix(prev, "ly")
}

// verbParticles complete a phrasal verb right after it ("gave up",
// "pulled out").
var verbParticles = makeSet(`up out off down away back`)

// pastParticiples are irregular past participles that are not also past
// tenses ("seen", "taken"): "a document seen" needs its "by whom".
var pastParticiples = makeSet(`seen taken given written known shown done gone born chosen driven eaten fallen
forgotten frozen hidden ridden risen shaken spoken stolen sworn thrown woken worn drawn grown blown flown
broken beaten bitten forbidden forgiven proven sewn mistaken overtaken undertaken withdrawn`)

// predicative reports a last word that is an adjective after a form of
// "be" ("were illegal", "is going to be huge"): it needs what follows it
// unless the sentence ends there.
func predicative(words []string, i int) bool {
	if i == 0 {
		return false
	}
	w := bareWord(words[i])
	lw := strings.ToLower(w)
	if !startsLower(w) || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || irregularPast[lw] {
		return false
	}
	return afterCopula(words, i)
}

// afterCopula reports a word at words[i] (i > 0) that follows a form of
// "be", "become", "seem" or "remain", with at most one adverb between
// ("is wholly", "were not").
func afterCopula(words []string, i int) bool {
	k := i - 1
	if p := strings.ToLower(bareWord(words[k])); (strings.HasSuffix(p, "ly") || p == "very" || p == "so" || p == "too" || p == "more" || p == "most" || p == "not") && k > 0 {
		k--
	}
	p := strings.ToLower(bareWord(words[k]))
	return beForms[p] || p == "become" || p == "becomes" || p == "became" || p == "seems" || p == "remains" || p == "remain"
}

// endRun is how many of a headline's last words must stand together in
// its sentence for its end to be seen as the sentence's end.
const endRun = 4

// complementEnd reports a last word that may be an adjective: one that
// looks like one, or any lower-case word after a form of "be", "become",
// "seem" or "remain" (and an adverb): "is wholly unsubstantiated".
func complementEnd(words []string, i int) bool {
	lw := strings.ToLower(bareWord(words[i]))
	if adjectiveLike(lw) && !(i >= 1 && determiners[strings.ToLower(bareWord(words[i-1]))]) {
		return true
	}
	if i == 0 || !startsLower(bareWord(words[i])) {
		return false
	}
	return afterCopula(words, i)
}

// reportedOpen reports a headline that ends inside what its verb reports:
// before a saying verb's that-clause that follows ("Ilya Shapiro argues |
// at The Federalist that…"), inside a that-clause in the verb's first words
// before its own verb ("stated in a release Tuesday that a search | …"),
// or inside a saying verb's reported clause with no "that" whose verb
// follows the end ("NASA said the five companies | would…").
func reportedOpen(words []string, mv, e int) bool {
	if sayingVerbs[strings.ToLower(bareWord(words[mv]))] && !complementBegun(words, mv, e) && thatFollows(words, e) {
		return true // "Ilya Shapiro argues | at The Federalist that…"
	}
	if mv+1 >= e {
		return false
	}
	that := -1
	for k := mv + 1; k+1 < e && k <= mv+6; k++ {
		if strings.EqualFold(words[k], "that") && thatClause(words[k+1]) && !strings.HasSuffix(words[k-1], ",") {
			that = k // "stated in a release Tuesday that a search…"
			break
		}
	}
	if that > 0 {
		// Any verb's that-clause needs its own verb: "prosecutors alleged
		// that Tova Noel and Michael Thomas, assigned to his unit" has none.
		// One that opens on a subordinate clause needs two ("It appears
		// that when Wyoming's party gathers for its convention | …, there
		// will be…").
		need := 1
		if clauseOnly[strings.ToLower(words[that+1])] || clauseOrPhrase[strings.ToLower(words[that+1])] {
			need = 2
		}
		for k := that + 1; k < e; k++ {
			if finiteAt(words, k) {
				if need--; need == 0 {
					return false
				}
			}
		}
		return true
	}
	if !sayingVerbs[strings.ToLower(bareWord(words[mv]))] || strings.HasSuffix(words[mv], ",") {
		return false
	}
	if !objectStart(words[mv+1]) && !subjectPronouns[strings.ToLower(bareWord(words[mv+1]))] {
		return false
	}
	for k := mv + 2; k < e; k++ {
		if finiteAt(words, k) && !relativePronouns[strings.ToLower(bareWord(words[k-1]))] {
			// (A relative clause's verb, "the bomber, who detonated", is
			// not the reported clause's.)
			return false
		}
	}
	return verbFollows(words, e)
}

// complementBegun reports whether words[mv+1:e] hold a finite verb or a
// "that", "to" or "-ing" word: what the verb at mv says has begun.
func complementBegun(words []string, mv, e int) bool {
	for k := mv + 1; k < e; k++ {
		lw := strings.ToLower(bareWord(words[k]))
		if lw == "that" || lw == "to" || strings.HasSuffix(lw, "ing") || finiteAt(words, k) {
			return true
		}
	}
	return false
}

// thatFollows reports whether a that-clause opens within a few words from
// words[e], before any comma: the complement of a saying verb before it.
func thatFollows(words []string, e int) bool {
	for k := e; k+1 < len(words) && k < e+6; k++ {
		if strings.EqualFold(words[k], "that") && thatClause(words[k+1]) {
			return true
		}
		if strings.ContainsAny(words[k], ",;:") {
			return false
		}
	}
	return false
}

// verbFollows reports whether a finite verb follows words[e:] in the same
// clause, before a word that opens another: "NASA said the five companies
// | would…" is open, "The band announced the 30-date tour | while closing
// out…" is not.
func verbFollows(words []string, e int) bool {
	for k := e; k < len(words) && k < e+20; k++ {
		lw := strings.ToLower(bareWord(words[k]))
		if relativePronouns[lw] {
			// "said both clubs, which are also based there, are
			// protected", "said Mateen, the man who took 49 lives, was":
			// past the relative clause to its comma.
			rel := k
			for k++; k < len(words) && !strings.HasSuffix(words[k], ","); k++ {
			}
			if k >= len(words) {
				// No comma closes it: a second finite verb after the
				// relative clause's own is the reported clause's ("said
				// Patricia Smith, the mother of Sean Smith, who died in
				// the attack is "absolutely wrong"").
				return finiteVerbs(words[rel:]) >= 2
			}
			continue
		}
		if clauseOpeners[lw] {
			return false
		}
		if finiteAt(words, k) {
			return true
		}
	}
	return false
}

var sayingVerbs = makeSet(`said says say announced announces reported reports told tells claimed claims
warned warns believes believe thinks think argued argues added adds confirmed confirms noted notes`)

// splitsVerb reports an end at words[e] (lb the last word kept, nb the
// next, both lower case) that parts a verb from what it needs: a trailing
// attribution's name from its verb ("…, Sweden's Foreign Minister Margot
// Wallström | said") or a verb from its particle ("held | on to claim the
// last spot").
func splitsVerb(words []string, e, mv int, lb, nb string) bool {
	if sayingVerbs[nb] && commaSince(words, mv+1, e) {
		return true
	}
	return (irregularPast[lb] || strings.HasSuffix(lb, "ed")) && (verbParticles[nb] || nb == "on" && e+1 < len(words) && words[e+1] == "to")
}

// baseVerbCut reports an end on a verb's base form, after "to" or a modal
// ("tries to win", "it will turn"), before its object or particle ("| over
// some of the backers", "| the emails", "is set to meet | with…"): the
// verb's phrase is cut.
func baseVerbCut(words []string, e int, lb, nb string) bool {
	if e < 2 || !startsLower(bareWord(words[e-1])) || determiners[lb] || strings.HasSuffix(lb, "ly") || strings.ContainsAny(words[e-1], ",;:") {
		return false
	}
	switch strings.ToLower(bareWord(words[e-2])) {
	case "to":
		// An infinitive's "to" follows a verb or adjective ("tries to",
		// "expected to", "able to"), not a noun ("taken Ian Ede to court
		// over…").
		if e < 3 || !(verbLike(words[e-3]) || strings.HasSuffix(words[e-3], "ing") || adjectiveLike(strings.ToLower(bareWord(words[e-3])))) {
			return false
		}
	case "will", "would", "can", "could", "should", "may", "might", "must", "shall", "did", "does", "do":
	default:
		return false
	}
	next := strings.TrimLeft(words[e], `"'“‘(`)
	return determiners[nb] || objectPronouns[nb] || nb == "her" || nb == "us" || nb == "me" || verbParticles[nb] || nb == "over" || verbPrepositions[nb] ||
		next != "" && !startsLower(next) || startsDigit(next)
}

// bareVerbCut reports an end on a verb with nothing after it but a
// particle or an object pronoun, before a preposition that opens its
// complement (nb, the next word in lower case): "organizers have grappled
// | with calls for…", "the State Department has removed | from its
// site…", "the campaign criticized him | for not doing more", "she was
// advised | by…". Such a phrase is the verb's, not an adjunct the
// headline can lose; a phrase of time ("| on Monday", "| in 2010") is.
func bareVerbCut(words []string, e, mv int, nb string) bool {
	if !complementPrepositions[nb] {
		return false
	}
	if n := timePhrase(words[e+1:]); n > 0 {
		// "| on Monday" can go, unless the verb's complement follows it
		// ("sought | on Wednesday to ease…").
		if e+1+n >= len(words) || strings.ContainsAny(words[e+n], ",;:") {
			return false
		}
		nx := strings.ToLower(bareWord(words[e+1+n]))
		if nx != "to" && nx != "that" && !determiners[nx] && !subjectPronouns[nx] {
			return false // ("told investigators | in July she was…": a reported clause)
		}
	}
	k := e - 1
	skipped := false // a particle or a pronoun object stands after the verb
	if k > 0 && (verbParticles[strings.ToLower(bareWord(words[k]))] || objectPronouns[strings.ToLower(bareWord(words[k]))] || reflexives[words[k]] || words[k] == "her" || words[k] == "us" || words[k] == "me") {
		k--
		skipped = true
	}
	if k < 0 || !startsLower(words[k]) || strings.ContainsAny(words[k], ",;:\"”)") {
		return false
	}
	w := strings.ToLower(bareWord(words[k]))
	prev := ""
	if k > 0 {
		prev = strings.ToLower(bareWord(words[k-1]))
		if midAdverb(prev) && k > 1 {
			prev = strings.ToLower(bareWord(words[k-2])) // "has quietly removed"
		}
	}
	verbForm := strings.HasSuffix(w, "ed") || irregularPast[w] || pastParticiples[w] || strings.HasSuffix(w, "ing")
	switch {
	case k == mv || finiteAt(words, k):
		return true
	case auxiliaries[prev] || beForms[prev] || haveForms[prev]:
		return verbForm // "have grappled", "was advised", "is planning"
	case subjectPronouns[prev] && prev != "that" && prev != "this" && prev != "there":
		// "the template she follows | in…", "a general who suggested |
		// over the summer…"
		return verbForm || strings.HasSuffix(w, "s")
	case strings.HasSuffix(w, "ing") && gerundPrepositions[prev]:
		return true // "in calling | for a special prosecutor"
	case skipped && strings.HasSuffix(w, "ing") && len(w) > 5:
		return true // "busy distancing himself | from…"
	}
	return false
}

// nounComplementCut reports an end between a noun that needs its
// complement and the preposition that opens it (lb and nb, the last word
// kept and the next, in lower case): "granted the watchdog's request |
// for discovery into…", "the administration's dealings | with Ukraine",
// "a ban | on…", also when a pair between commas comes first
// ("frustration, | and even a little trepidation, about…"). A phrase of
// time after it can go ("talks | on Monday").
func nounComplementCut(words []string, e int, lb, nb string) bool {
	if strings.HasSuffix(words[e-1], ",") && (nb == "and" || nb == "or") {
		// "expressed frustration, | and even a little trepidation,
		// about her first face-off": the complement follows the pair.
		for k := e + 1; k+1 < len(words) && k < e+7; k++ {
			if strings.HasSuffix(words[k], ",") {
				nb = strings.ToLower(bareWord(words[k+1]))
				e = k + 1
				break
			}
		}
	}
	nouns := nounComplements()[nb]
	return nouns != nil && nouns[lb] && timePhrase(words[e+1:]) == 0
}

// nounComplements maps a preposition to the nouns whose meaning needs the
// phrase it opens: what a request is for, whom dealings are with, what a
// ban is on. The table is built on first use.
var nounComplements = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
		"for": makeSet(`request requests call calls demand demands need search bid bids plea appetite knack recipe
template prescription preparations candidacy nomination responsibility compensation funding case`),
		"with": makeSet(`dealings ties talks meeting meetings relationship relations deal agreement agreements contact
contacts negotiations feud clash dispute conflict partnership alliance connection connections comparison
interview conversation familiarity affair collusion`),
		"on": makeSet(`ban bans restrictions limits tax taxes tariff tariffs sanctions attack attacks crackdown emphasis
stance position moratorium cap embargo assault reliance dependence grip referendum`),
		"in": makeSet(`role rise increase increases drop fall decline surge growth stake involvement participation
interest jump spike slump`),
		"into":    makeSet(`investigation investigations inquiry probe insight foray`),
		"against": makeSet(`lawsuit suit charges allegations complaint case crackdown`),
		"over":    makeSet(`row dispute feud standoff control frustration anger outrage concerns`),
		"about": makeSet(`frustration concerns concern worries fears questions doubts anxiety trepidation complaints
warning warnings`),
		"from": makeSet(`criticism criticisms statement letter message memo warning ad ads complaint complaints
testimony offer invitation pressure backlash pushback endorsement donations contributions`),
		"to": makeSet(`access threat response reply approach link links commitment opposition resistance challenge
answer solution alternative loyalty exposure transition path`),
	}
})

// reflexives are objects that say nothing on their own: "distancing
// himself | from…".
var reflexives = makeSet(`himself herself itself themselves myself ourselves yourself`)

// complementPrepositions open a verb's complement after it ("grappled
// with", "removed from", "advised by"); an end before one is an end
// before an adjunct only after an object.
var complementPrepositions = makeSet(`in on at with for over from by against during into about upon through toward towards`)

// gerundPrepositions take a gerund ("in calling", "about running").
var gerundPrepositions = makeSet(`in about of by for from on at without after before`)

// complementAfter reports an end before what the phrase kept still needs,
// behind a day or a phrase of time or right at words[e] (nb, in lower
// case): what was said ("responded to a Gold Star mother | Wednesday
// night by saying…"), a gerund that is the verb's complement ("joining
// his running mate | in calling for…"), the "of" or "that" a day splits
// from its verb ("was accused | Wednesday of trying…", "acknowledged |
// Friday that…"), or a clause that says which one is meant ("a
// bipartisan bill | later this week that would dismantle…").
func complementAfter(words []string, e int, nb string) bool {
	n := timeAdjunct(words[e:])
	if j := e + n; j+1 < len(words) && strings.EqualFold(words[j], "by") && sayingGerunds[strings.ToLower(bareWord(words[j+1]))] {
		return true
	}
	if nb == "in" && e+1 < len(words) && len(words[e+1]) > 5 && strings.HasSuffix(words[e+1], "ing") {
		return true
	}
	if isDayName(nb) && e+1 < len(words) && dayComplement[strings.ToLower(words[e+1])] {
		return true
	}
	return n > 0 && e+n < len(words) && !strings.ContainsAny(words[e+n-1], ",;:") && restrictiveRelative(words[e+n])
}

// dayComplement are the words after a day that open the verb's complement:
// "accused Wednesday of…", "said Friday that…".
var dayComplement = makeSet(`that of`)

// sayingGerunds report what was said after "by": "responded by saying…".
var sayingGerunds = makeSet(`saying telling calling arguing claiming insisting noting suggesting declaring describing
accusing asking warning writing tweeting announcing promising vowing`)

// notOnlyOpen reports an end after "not only" before its "but": "voters
// Hillary Clinton must not only win | in November, but win big".
func notOnlyOpen(words []string, e int) bool {
	for k := 0; k+1 < e; k++ {
		if strings.EqualFold(words[k], "not") && strings.EqualFold(bareWord(words[k+1]), "only") {
			for j := k + 2; j < e; j++ {
				if strings.EqualFold(bareWord(words[j]), "but") {
					return false
				}
			}
			for j := e; j < len(words); j++ {
				if strings.EqualFold(bareWord(words[j]), "but") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// askedOpen reports an end after "asked" and its object before what was
// asked: "asked the former secretary of state | during a chat if she would
// commit…".
func askedOpen(words []string, mv, e int) bool {
	switch strings.ToLower(bareWord(words[mv])) {
	case "asked", "asks", "ask", "asking":
	default:
		return false
	}
	for k := mv + 1; k < e; k++ {
		if askedWords[strings.ToLower(bareWord(words[k]))] {
			return false // what was asked has begun
		}
	}
	for k := e; k < len(words) && k < e+8; k++ {
		if askedWords[strings.ToLower(bareWord(words[k]))] {
			return true
		}
		if strings.HasSuffix(words[k], ".") || strings.HasSuffix(words[k], ",") || finiteAt(words, k) {
			break // "asked tough questions at the hearing, and Tom Hale refused to…"
		}
	}
	return false
}

// askedWords open what a verb of asking asks.
var askedWords = makeSet(`if whether to about why how what when where who for`)

// timeAdjunct returns the length of an adjunct of time that opens words
// ("later this week", "on Monday", "last year", "today"), or 0.
func timeAdjunct(words []string) int {
	if len(words) == 0 {
		return 0
	}
	w := strings.ToLower(bareWord(words[0]))
	if isDayName(w) {
		if len(words) > 1 && partsOfDay[strings.ToLower(bareWord(words[1]))] && !strings.ContainsAny(words[0], ",;:") {
			return 2 // "Wednesday night"
		}
		return 1
	}
	switch w {
	case "today", "yesterday", "tomorrow", "tonight":
		return 1
	case "on", "in", "during":
		if n := timePhrase(words[1:]); n > 0 {
			return 1 + n
		}
	case "later", "earlier":
		if len(words) > 1 && timeNouns[strings.ToLower(bareWord(words[1]))] {
			return 2
		}
		if len(words) > 2 && timeDeterminers[strings.ToLower(words[1])] && timeNouns[strings.ToLower(bareWord(words[2]))] {
			return 3
		}
		return 1
	case "this", "last", "next":
		if len(words) > 1 && timeNouns[strings.ToLower(bareWord(words[1]))] {
			return 2
		}
	}
	return 0
}

// timeDeterminers open a phrase of time ("this week", "last month").
var timeDeterminers = makeSet(`this last next that`)

// restrictiveRelative reports a relative pronoun written without a comma
// before it: the clause it opens says which one is meant.
func restrictiveRelative(w string) bool {
	switch strings.ToLower(w) {
	case "that", "which", "who", "whose", "whom":
		return true
	}
	return false
}

// timePhrase returns the length of a phrase of time after a preposition
// that opens rest: a day, a month, a year or a time of day, with a
// determiner before it and a day, a year or "night" after it ("Monday",
// "2010", "the morning", "Tuesday night"); 0 when rest opens none.
func timePhrase(rest []string) int {
	n := 0
	if len(rest) > 1 && strings.EqualFold(rest[0], "the") {
		n = 1
	}
	if n >= len(rest) {
		return 0
	}
	w := strings.ToLower(bareWord(rest[n]))
	if !(isDayName(w) || monthNames[w] || timeNouns[w] || len(w) == 4 && startsDigit(w)) {
		return 0
	}
	n++
	if n < len(rest) && !strings.ContainsAny(rest[n-1], ",;:") {
		if nx := strings.ToLower(bareWord(rest[n])); startsDigit(nx) || nx == "night" || nx == "morning" || nx == "afternoon" || nx == "evening" {
			n++
		}
	}
	return n
}

// monthNames are the months in lower case.
var monthNames = makeSet(`january february march april may june july august september october november december`)

// secondClauseOpen reports an end inside a second clause joined by ",
// and" or ", but" before its verb ("The employer asked for proof, and Ki
// Hong's Social Security number | , which had worked…, were rejected").
func secondClauseOpen(words []string, mv, e int) bool {
	for j := e - 1; j > mv+1; j-- {
		if strings.HasSuffix(words[j-1], ",") && (words[j] == "and" || words[j] == "but") {
			for k := j + 1; k < e; k++ {
				if finiteAt(words, k) {
					return false
				}
			}
			return e-j > 1
		}
	}
	return false
}

// thatClause reports whether the word after a verb's "that" opens a clause
// (a name, a pronoun, a determiner, a number), not a noun "that" points to
// ("rejected that claim").
func thatClause(w string) bool {
	lw := strings.ToLower(bareWord(w))
	// A plural noun after "that" cannot be its noun ("that legions of
	// voters … are"): "that" opens a clause.
	plural := startsLower(lw) && len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is")
	// ("that when the party gathers, …": a clause that opens on another.)
	return objectStart(w) || subjectPronouns[lw] || plural || clauseOnly[lw] && lw != "which" && lw != "whom" && lw != "whose" || lw == "when" || lw == "once" || lw == "as"
}

// commaSince reports whether a word of words[from:to] ends with a comma.
func commaSince(words []string, from, to int) bool {
	for k := from; k < to; k++ {
		if strings.HasSuffix(words[k], ",") {
			return true
		}
	}
	return false
}

// phraseAfterBracket reports whether the phrase before the bracket that
// opens at words[e] goes on after it: "and" or "or" follows it, or a
// lower-case word that opens no new phrase or clause (the head noun of "a
// $900m (£479m) loan").
func phraseAfterBracket(words []string, e int) bool {
	for k := e; k < len(words) && k < e+12; k++ {
		if !strings.Contains(words[k], ")") {
			continue
		}
		if k+1 >= len(words) || strings.ContainsAny(words[k][len(words[k])-1:], ",;:.!?") {
			return false
		}
		nb := strings.ToLower(bareWord(words[k+1]))
		if nb == "and" || nb == "or" {
			return true
		}
		return startsLower(words[k+1]) && !phraseStarters[nb] && !clauseOpeners[nb] && !adjunctOpeners[nb] &&
			!relativePronouns[nb] && !sayingVerbs[nb] && !finiteAt(words, k+1)
	}
	return false
}

// openDash reports words that leave a dash pair open.
func openDash(words []string) bool {
	n := 0
	for k := range words {
		if isDash(words, k) {
			n++
		}
	}
	return n%2 == 1
}

// dashAfter reports a dash among words[from:].
func dashAfter(words []string, from int) bool {
	for k := from; k < len(words); k++ {
		if isDash(words, k) {
			return true
		}
	}
	return false
}

// isDash reports whether words[k] is a dash between words: "—", "–", "--",
// or a spaced hyphen that is not between two numbers ("5 - 1").
func isDash(words []string, k int) bool {
	switch words[k] {
	case "—", "–", "--":
		return true
	case "-":
		return !(k > 0 && k+1 < len(words) && startsDigit(words[k-1]) && startsDigit(words[k+1]))
	}
	return false
}

// startsDigit reports a word that starts with a digit.
func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// listGoesOn reports whether the words from i continue a list that a comma
// before them opened: "and" or "or" within the next four words, with no
// verb before it.
func listGoesOn(words []string, i int) bool {
	if i >= len(words) {
		return false
	}
	if first := strings.ToLower(bareWord(words[i])); listJoiners[first] || phraseStarters[first] || clauseOpeners[first] || adjunctOpeners[first] || relativePronouns[first] || strings.HasSuffix(first, "ing") && !ingItem(words, i) {
		return false // a clause or phrase, not the next item
	}
	for k := i; k < len(words) && k < i+7; k++ {
		lw := strings.ToLower(bareWord(words[k]))
		if finiteAt(words, k) {
			return false
		}
		if k > i && (lw == "and" || lw == "or") {
			return true
		}
	}
	return false
}

// ingItem reports an -ing word at words[i] that modifies the next item of
// a list already running ("to fix highways, trains, airports, | aging
// sewer systems and…"), not a participle's clause (", saying the…",
// ", calling it…"): a bare lower-case word follows it, and another comma
// stands a few words before the one that precedes it.
func ingItem(words []string, i int) bool {
	if i+1 >= len(words) || i < 2 || !commaSince(words, max(0, i-5), i-1) {
		return false
	}
	n := words[i+1]
	ln := strings.ToLower(bareWord(n))
	return startsLower(n) && !determiners[ln] && !subjectPronouns[ln] && !objectPronouns[ln] && !phraseStarters[ln] && ln != "that" && ln != "to" && !strings.ContainsAny(n, `"“`)
}

// splitsPair reports whether ending before words[i] ("and") breaks
// "between X and Y" or "both X and Y".
func splitsPair(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch strings.ToLower(words[k]) {
		case "between", "both":
			return true
		}
	}
	return false
}

// nounsJoined reports "and" or "or" at words[e], after a comma, that joins
// a phrase and not a clause: no verb follows it within six words.
func nounsJoined(words []string, e int) bool {
	if e >= len(words) {
		return false
	}
	if w := strings.ToLower(words[e]); w != "and" && w != "or" {
		return false
	}
	// Only after an appositive name ("his brother, George W. Bush, | and
	// …"): after a common noun the "and" as often opens a clause whose
	// verb comes late ("asked for proof, and the tenant's payslip, which
	// …, was rejected").
	if !isCapitalised(bareWord(words[e-1])) || !commaSince(words, max(0, e-5), e-1) {
		return false
	}
	return !clauseFollows(words, e+1)
}

// closesList reports an "and" or "or" at words[e] that closes a list whose
// last comma stands within the three words before it, with no verb since:
// "jokes at fellow politicians, the press | and himself", "every diner
// stop, every rally | and every campaign event".
func closesList(words []string, e int) bool {
	for k := e - 2; k >= 0 && k >= e-4; k-- {
		if strings.HasSuffix(words[k], ",") {
			for j := k + 1; j < e; j++ {
				// (An -ing word may modify the item, "aging sewer
				// systems", and a plural in -s may head it.)
				if finiteAt(words, j) || verbLike(words[j]) && !(j == k+1 && ingItem(words, j)) && !(j == e-1 && j > k+1 && strings.HasSuffix(bareWord(words[j]), "s")) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// clauseFollows reports whether a clause starts at words[i]: a verb at once
// ("and fled") or a finite verb within the next five words.
func clauseFollows(words []string, i int) bool {
	if i < len(words) && verbLike(words[i]) {
		return true
	}
	for k := i; k < len(words) && k < i+6; k++ {
		if finiteAt(words, k) {
			return true
		}
	}
	return false
}

// trailingClause reports a clause after a comma that follows the main verb
// at kept[mv]: a participle (", sending it to the House") or a subordinate
// clause (", though the ailment...").
func trailingClause(kept []string, mv int) bool {
	for k := max(mv, 0); k+1 < len(kept); k++ {
		if !strings.HasSuffix(kept[k], ",") {
			continue
		}
		n := strings.ToLower(bareWord(kept[k+1]))
		if clauseOpeners[n] || n == "which" || n == "who" || strings.HasSuffix(n, "ing") && len(n) > 4 {
			return true
		}
	}
	return false
}

// trailingAppositive reports a sentence that ends on a noun phrase after a
// comma, with no verb: "..., the county's biggest".
func trailingAppositive(kept []string, mv int) bool {
	c := -1
	for k := max(mv, 0); k < len(kept)-1; k++ {
		if strings.HasSuffix(kept[k], ",") {
			c = k
		}
	}
	if c < 0 || !determiners[strings.ToLower(bareWord(kept[c+1]))] {
		return false
	}
	for k := c + 1; k < len(kept); k++ {
		if finiteAt(kept, k) {
			return false
		}
	}
	return true
}

// openSubordinate reports a headline that ends inside a subordinate clause
// opened after the main verb, before the clause's own verb: "has finally
// arrived as the tech giant's game streaming service" (", Stadia,
// launched"). "as", "since", "until", "before" and "after" are also
// prepositions ("until next spring"): they open a clause only when its verb
// follows the cut.
func openSubordinate(words []string, mv, e int) bool {
	k := -1
	verbs := 0 // finite verbs the clause opened at k still needs
	for i := mv + 1; i < e; i++ {
		w := strings.ToLower(bareWord(words[i]))
		switch {
		case clauseOnly[w] || clauseOrPhrase[w]:
			k, verbs = i, 1
			if i >= 2 && clauseJoiners[strings.ToLower(words[i-1])] && strings.HasSuffix(words[i-2], ",") {
				// ", but when she walks the two dozen steps | …": the
				// clause after "but" opens on a subordinate clause, and
				// its own main clause is still to come.
				verbs = 2
			}
		case k >= 0 && finiteAt(words, i):
			if verbs--; verbs == 0 {
				k = -1
			}
		}
	}
	if k < 0 {
		return false
	}
	if k >= 2 && clauseJoiners[strings.ToLower(words[k-1])] && strings.HasSuffix(words[k-2], ",") {
		return true // (verbs > 0): the clause after "but" has not reached its main verb
	}
	if clauseOnly[strings.ToLower(bareWord(words[k]))] {
		return true
	}
	return k+1 < len(words) && mainVerb(words, k+1) >= e
}

// clauseOnly open a clause that needs a verb of its own; clauseOrPhrase
// open a clause or a phrase.
var (
	clauseOnly     = makeSet(`while because although though whereas unless if whether which whom whose`)
	clauseOrPhrase = makeSet(`as since until before after when once`)
)
