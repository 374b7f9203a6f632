package summary

import (
	"regexp"
	"strings"
	"sync"

	"github.com/newsgist/newsgist/internal/nlp"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// The constituents of a sentence that a headline can lose, found without a
// parser: source marks, an opening clause or phrase, a leading attribution,
// an aside (brackets, a dash pair, an appositive or relative clause between
// the subject and its verb, a day reference), and the main clause's finite
// verb that every headline must keep.

var (
	reSays     = `(?:said|says|say|reported|reports|announced|claimed|claims|warned|warns|revealed|confirmed|told [A-Z]?[\w ]{1,30}|added|insisted|stated|suggests|suggested|believes|believe|wrote|writes|explained|maintains|maintained|argues|argued|notes|noted|contends|contended|predicts|predicted)`
	reHeadAttr = regexp.MustCompile(`^[A-Z][^,"]{0,60}?\s` + reSays + `(?:\s+(?:on|late|early)?\s*\w*day|\s+(?:on\s+)?(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?(?:\s+that)?\s+`)
)

// stripLead removes the source marks that open a sentence (nlp.SourceMark):
// a dateline with or without its agency ("WASHINGTON (Reuters) -",
// "Indianapolis –") and a bracketed source ("(CNN)").
func stripLead(s string) string {
	s = strings.TrimLeft(s, " \t\n")
	return strings.TrimSpace(s[nlp.SourceMark(s):])
}

// start is where a shortened sentence may begin, and what dropping the
// words before it costs.
type start struct {
	at   int
	cost float64
}

// startOptions lists where a headline may start: the sentence's first word,
// after an opening connective ("But"), after an opening clause or phrase
// that ends in a comma, and after a leading attribution ("Police said
// that"). ws are base's words with their offsets in it.
func startOptions(base string, ws []tok, words []string) []start {
	out := []start{{0, 0}}
	if first := strings.ToLower(strings.TrimRight(words[0], ",")); len(words) > 4 && (first == "but" || first == "and" || first == "so" || first == "yet" || first == "however" || first == "meanwhile") {
		out = append(out, start{1, 0})
	}
	if len(words) > 4 && words[0] == "Now" && !strings.EqualFold(words[1], "that") {
		out = append(out, start{1, -0.03}) // "Now ESA has studied": the turn to the news, not news
	}
	out, from := introStarts(out, base, ws, words)
	for _, st := range []int{0, wordAt(ws, from)} {
		if j := titledName(words, st); j > st {
			// "U.S. Democratic presidential candidate Hillary Clinton
			// said…": a long headline may lose the title before a name.
			out = append(out, start{j, titleCost})
		}
		if from == 0 {
			break
		}
	}
	if j := whyClause(words); j > 0 {
		out = append(out, start{j, 0.02})
	}
	if j := butClause(words); j > 0 {
		// In a news lead the first clause is most often the news ("The
		// campaign has drawn mockery, but agencies are split"): the
		// second wins only where the first cannot stand as a headline.
		c := butCost
		if pointsBack(words[j+1:]) {
			// "agencies are split on whether it will work": "it" is
			// the first clause's campaign.
			c += pointsBackCost
		}
		out = append(out, start{j, c})
		if k := factiveFrame(words, j); k > 0 {
			out = append(out, start{k, c})
		}
	}
	if k := factiveFrame(words, 0); k > 0 {
		out = append(out, start{k, 0.02})
	}
	for _, off := range []int{0, from} {
		if !hasSayingWord(words) {
			break
		}
		loc := reHeadAttr.FindStringIndex(base[off:])
		if loc == nil {
			continue
		}
		i := wordAt(ws, off+loc[1])
		if relativeBefore(words[wordAt(ws, off):i]) {
			// "The hacker who revealed that Clinton used a private
			// server pleaded guilty": the verb is the subject's relative
			// clause's, and its clause no statement of the sentence.
			continue
		}
		if len(words)-i < 5 || !clauseStart(words[i]) {
			// "Trump has claimed victory as...", "The stock added more
			// than 2%", "says putting astronauts...": an object, not a
			// reported clause; "say they are": a pronoun nobody could
			// resolve.
			continue
		}
		out = append(out, start{i, 0.02})
		if off == 0 {
			break
		}
	}
	return out
}

// titleCost is what a headline pays for losing the description before its
// subject's name: a headline over 15 words saves more than that by it.
const titleCost = 0.01

// titledName returns where the name starts in a subject that opens at
// words[st] with a title or description of a person and runs to the
// person's name right before the main verb ("Former UN Ambassador | John
// Bolton told", "Democratic National Committee Chair | Debbie Wasserman
// Schultz dismissed", "Radio talk host | Rush Limbaugh used"), or -1. The
// name is two to four capitalised words (an initial may stand among
// them); the title ends on a role ("Ambassador", "Sen."), an abbreviation,
// or a lower-case noun ("candidate", "host"), not on a preposition or a
// determiner ("Students at | Eastholm High School" is no title).
func titledName(words []string, st int) int {
	if st >= len(words)-3 {
		return -1
	}
	mv := mainVerb(words, st)
	if mv < st+3 {
		return -1
	}
	j := mv
	for j > st && mv-j < 4 && nameWord(words[j-1]) && !isTitleWord(words[j-1]) {
		j--
	}
	if mv-j < 2 || j == st || !isCapitalised(words[j]) || len(strings.TrimSuffix(words[j], ".")) < 2 {
		return -1
	}
	last := words[j-1]
	ll := strings.ToLower(last)
	switch {
	case isTitleWord(last):
	case strings.HasSuffix(last, ".") && len(last) > 2 && isCapitalised(last):
	case startsLower(last) && len(last) > 3 && !phraseStarters[ll] && !determiners[ll] && !clauseOpeners[ll] && !strings.HasSuffix(ll, "ly") && !strings.HasSuffix(last, ","):
	default:
		return -1
	}
	if !titleWords(words[st:j]) {
		return -1
	}
	return j
}

// titleWords reports words that describe a person before the name:
// capitalised words, lower-case nouns and adjectives ("presidential",
// "talk show host"), and the "of", "the" and "and" of "Secretary of State
// and Democratic front-runner" ("of" only after an office). At least one
// word is a lower-case description: an office alone ("House Majority
// Leader", "Lt. Gov.", "former mayor") tells who a less-known person is,
// and stays. Not a determiner at the start ("The super PAC backing |
// Hillary Clinton is…"), another function word or a participle ("names
// from the GOP's past denouncing | Donald Trump"), a punctuation mark, nor
// a name before "and" ("President Barack Obama and Vice President | Joe
// Biden will…", "Curtis and assistant manager | Paul Williams will…": two
// subjects).
func titleWords(title []string) bool {
	described := false
	for k, w := range title {
		lw := strings.ToLower(w)
		switch {
		case strings.ContainsAny(w, `,;:"“”()`):
			return false
		case lw == "of":
			if k == 0 || !isTitleWord(title[k-1]) {
				return false // "Supporters of | Ana Ruiz", not "Secretary of State"
			}
		case lw != "the" && lw != "and" && functionWords[lw]:
			return false // "Its chief executive | David Babington said"
		case lw == "the":
			if k == 0 || strings.ToLower(title[k-1]) != "of" {
				return false
			}
		case lw == "and":
			if k >= 1 && nameWord(title[k-1]) && !isTitleWord(title[k-1]) && (k < 2 || title[k-2] != "of") {
				return false
			}
		case startsLower(w):
			// ("former UN Ambassador" and "former mayor" are offices
			// all the same.)
			described = described || !officeModifiers[lw] && !isTitleWord(lw)
			if verbLike(w) || !strings.Contains(w, "-") && strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") {
				return false
			}
		}
	}
	return described
}

// officeModifiers qualify an office without describing the person:
// "former UN Ambassador" is an office, "presidential candidate" a
// description.
var officeModifiers = makeSet(`former then acting retired incoming outgoing interim deputy ex late`)

// functionWords are the lower-case words that never stand in a title
// before a name.
var functionWords = makeSet(`a an the this that these those his her its their our my your to from at in on by for
with after before about into over under as or but than then who which when while where since despite throughout
among without until during through like against`)

// nameWord reports a word of a person's name: capitalised, or an initial
// ("J."); no other word with a full stop ("Sen.") and no punctuation.
func nameWord(w string) bool {
	if !isCapitalised(w) || strings.ContainsAny(w, `,"“”()`) {
		return false
	}
	return !strings.HasSuffix(w, ".") || len(w) == 2
}

// isTitleWord reports an office, rank or role written before a name, as
// the lexicon lists them for quotes and entities: a title ("Sen.",
// "Ambassador", "Chairman") or a role noun ("candidate", "host", "mayor"),
// in either case.
func isTitleWord(w string) bool {
	t := strings.TrimSuffix(w, ".")
	return lexicon.Titles()[upperFirst(t)] || lexicon.RoleNouns()[strings.ToLower(t)]
}

// relativeBefore reports whether a relative pronoun ("who", "which",
// "whose") stands among words after the first.
func relativeBefore(words []string) bool {
	for k := 1; k < len(words); k++ {
		switch strings.ToLower(words[k]) {
		case "who", "which", "whose":
			return true
		}
	}
	return false
}

// whyClause returns where the clause after an early "why" starts ("we're
// going to talk about why focus is important for success"), or -1. A why
// clause states its content as fact, so like a reported clause after its
// attribution it can stand alone; the words before it must hold a verb.
func whyClause(words []string) int {
	for j := 1; j < len(words)-3 && j <= 12; j++ {
		if words[j] == "why" {
			if !hasFiniteVerbWords(words[:j]) || strings.HasSuffix(words[j-1], ",") {
				return -1
			}
			return j + 1
		}
	}
	return -1
}

// butClause returns where the clause after ", but" starts when a complete
// clause comes before it ("Scientists are only beginning to understand
// them, but tuft cells are…"), or -1: the clause "but" introduces is the
// one the writer argues for, and a headline may be it alone.
func butClause(words []string) int {
	for j := 3; j+4 < len(words) && j <= maxLongWords; j++ {
		if strings.HasSuffix(words[j-1], ",") && words[j] == "but" {
			if !hasFiniteVerbWords(words[:j]) || butNotClause[words[j+1]] || midAdverb(words[j+1]) {
				return -1 // "but only if…", "but not in Paris": no clause of its own
			}
			// Its opening words must not lean on the first clause ("but
			// there's little in his plan"), past an "it is clear that".
			k := j + 1
			if f := factiveFrame(words, k); f > 0 {
				k = f
			}
			for _, w := range words[k:min(len(words), k+6)] {
				if referringPronouns[strings.ToLower(bareWord(w))] {
					return -1
				}
			}
			return j + 1
		}
	}
	return -1
}

// pointsBack reports a clause that says "it" or "its" after its first
// word: alone, after the clause before it is gone, the pronoun points to
// nothing.
func pointsBack(words []string) bool {
	for _, w := range words {
		switch strings.ToLower(bareWord(w)) {
		case "it", "its":
			return true
		}
	}
	return false
}

// pointsBackCost is what a headline from the clause after ", but" pays
// when it says "it" (see pointsBack).
const pointsBackCost = 0.2

// butCost is what starting a headline at the clause after ", but" costs.
const butCost = 0.08

// butNotClause open what follows "but" when it is no clause of its own.
var butNotClause = makeSet(`only not also even rather still instead then if when because as in on at for
with without by from to that what which who how`)

// referringPronouns point back to something named before them.
var referringPronouns = makeSet(`he she it they his her its their him them this these those`)

// factiveFrame returns where the clause starts after an "it" frame at
// words[st] that states it as fact — "it is clear that", "it is gradually
// becoming clear that", "it was obvious that" — or -1. Like a leading
// attribution, the frame can go.
func factiveFrame(words []string, st int) int {
	if st+4 >= len(words) || !strings.EqualFold(words[st], "it") {
		return -1
	}
	for k := st + 1; k < len(words)-2 && k <= st+5; k++ {
		if factiveAdjectives[strings.ToLower(words[k])] && words[k+1] == "that" {
			return k + 2
		}
	}
	return -1
}

// factiveAdjectives state what an "it is … that" frame's clause says as
// fact.
var factiveAdjectives = makeSet(`clear evident apparent obvious plain`)

// introStarts appends the starts after the opening phrases of base, one
// after another ("Three years ago, over breakfast, my friend..."), and
// returns where the last of them ends.
func introStarts(out []start, base string, ws []tok, words []string) ([]start, int) {
	from := 0
	for k := 0; k < 3 && mayOpenWithIntro(base, ws, from); k++ {
		loc := reIntro().FindStringIndex(upperFirst(base[from:]))
		if loc == nil {
			break
		}
		i0 := wordAt(ws, from)
		if w := upperFirst(strings.TrimRight(words[i0], ",")); k > 0 && !introStarters[w] && !(i0+1 < len(words) && participleOpener([]string{w, words[i0+1]}, 0)) {
			// After a first opening phrase, only a preposition, a
			// subordinator or a participle opens another ("In a casual
			// remark, inserted in the middle of a story,"): "founding
			// members Tom Johnston," is the subject.
			break
		}
		end := from + loc[1]
		// "Despite the rain, and the wind that battered the coast,
		// thousands ran": a phrase joined by "and" runs on to the next
		// comma.
		for j := wordAt(ws, end); j < len(words) && listJoiners[strings.ToLower(words[j])]; j = wordAt(ws, end) {
			c := commaWord(base, ws, j)
			if c < 0 || c-j+1 > 20 {
				break
			}
			end = ws[c].e + 1
		}
		i := wordAt(ws, end)
		if i > 0 && placeComma(words, i-1) {
			// "Monday at Liberty University in Lynchburg, VA,": the
			// place's comma does not close the phrase.
			end = ws[i].e + 1
			i++
		}
		if !introClosed(base, ws, words[i0:i], i) {
			break
		}
		if i >= len(ws) || !subordinators[upperFirst(words[i0])] && !focusedClause(words, i0) && !freeRelativeOpener(words, i0) && mainClauseIn(words, i0, i) {
			// "On Thursday evening Hillary Clinton delivered her speech
			// as the nominee,": the phrase holds the main clause.
			break
		}
		if co := clauseOpening(words, i0); co > i && co < len(ws) && strings.HasSuffix(words[co-1], ",") {
			// "With the region in tumult, rebels holding its cities,
			// and a campaign fanning fears,": the phrase is a list.
			i, end = co, ws[co].s
		}
		cost := 0.01
		if dayOpener(words, i0) {
			// "Sunday on Harbour Radio's "Morning Tide,"": a transcript's
			// frame, not the news; a headline says the day, if at all,
			// after its verb.
			cost = -0.01
		}
		if phrase := strings.TrimSuffix(strings.TrimSpace(base[from:end]), ","); connectives[strings.ReplaceAll(strings.ToLower(phrase), " ", "_")] || sentenceAdverb(phrase) {
			// "For example, the port doesn't run": a headline never
			// opens on a link to the sentence before, nor on a comment
			// on the sentence ("Notably,").
			cost = -0.03
		}
		from = end
		out = append(out, start{i, cost})
	}
	return out, from
}

// wordAt is the index of the first of the words ws that starts at or
// after byte offset off (len(ws) if none).
func wordAt(ws []tok, off int) int {
	for i, t := range ws {
		if t.s >= off {
			return i
		}
	}
	return len(ws)
}

// commaWord is the first of the words ws from i on that ends in a comma
// followed by a space in base (", "), or -1.
func commaWord(base string, ws []tok, i int) int {
	for k := i; k < len(ws); k++ {
		if strings.HasSuffix(ws[k].w, ",") && ws[k].e < len(base) && base[ws[k].e] == ' ' {
			return k
		}
	}
	return -1
}

// mayOpenWithIntro is a cheap test that reIntro may match base[from:]: it
// opens with one of its words or a participle, or has "ago," near the
// start.
func mayOpenWithIntro(base string, ws []tok, from int) bool {
	f := "x"
	if i := wordAt(ws, from); i < len(ws) && ws[i].s < from+40 {
		f = ws[i].w[:min(len(ws[i].w), from+40-ws[i].s)]
	}
	f = strings.TrimRight(upperFirst(f), ",")
	s := base[from:]
	return introStarters[f] || clauseFocus[strings.ToLower(f)] || f == "A" || f == "An" || isDayName(f) || strings.HasSuffix(f, "ing") || strings.HasSuffix(f, "ed") || sentenceAdverb(f) || timeClauseWords[f] || strings.Contains(s[:min(len(s), 60)], "ago,")
}

// hasSayingWord is a cheap test that reHeadAttr may match: a verb of
// saying among the first words.
func hasSayingWord(words []string) bool {
	for _, w := range words[:min(len(words), 14)] {
		if headSaying[strings.ToLower(bareWord(w))] {
			return true
		}
	}
	return false
}

// headSaying are the verbs of reSays.
var headSaying = makeSet(`said says say reported reports announced claimed claims warned warns revealed
confirmed told added insisted stated suggests suggested believes believe wrote writes explained maintains
maintained argues argued notes noted contends contended predicts predicted`)

// clauseStart reports a word that can open the subject of a reported
// clause: a capitalised word, a number or a determiner.
func clauseStart(w string) bool {
	w = strings.TrimLeft(w, `"“‘'(`)
	if w == "" {
		return false
	}
	if determiners[strings.ToLower(w)] {
		return true
	}
	c := w[0]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '$' || strings.HasPrefix(w, "£")
}

// introClosed reports whether the comma after an opening phrase (the
// words intro) closes it, leaving a main clause at ws[i]: not when a short
// name and a verb follow ("At the start of each month Elena, a teacher,
// spreads..."), nor when the phrase runs on with "and".
func introClosed(base string, ws []tok, intro []string, i int) bool {
	if lw := strings.ToLower(ws[i].w); len(ws)-i < 4 || listJoiners[lw] || relativePronouns[lw] && !(lw == "when" && dayOpener(intro, 0)) {
		// (After a day's phrase, "when" opens a second opening clause:
		// "Sunday on CNN's "GPS," when asked about Trump, Obama said".)
		return false
	}
	if c := commaWord(base, ws, i); c >= 0 && c-i+1 <= 6 {
		if c+1 < len(ws) && verbLike(ws[c+1].w) {
			return false
		}
	}
	// A subordinate clause ("When the minister arrived,") has a verb; an
	// adverbial phrase ("In a letter on Monday,") has none; anything else
	// is a main clause the comma only seems to close ("Last year £3m was
	// spent,").
	first := intro[0]
	clause := subordinators[first] || focusedClause(intro, 0) || freeRelativeOpener(intro, 0) || durationBefore(intro) || strings.HasSuffix(first, "ing") && !ingPrepositions[first]
	participle := clause && participleOpener(intro, 0)
	switch {
	case first == "As", participle:
	case clause && !hasVerbLike(intro), !clause && hasAuxiliary(intro):
		return false
	}
	return true
}

// hasAuxiliary reports whether words have a finite auxiliary or modal:
// "Last year £3m was spent," is a main clause, "In a statement published
// on Friday," is not.
func hasAuxiliary(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(bareWord(w))
		if finiteAux[lw] || contractedFinite(lw) {
			return true
		}
	}
	return false
}

// mainVerb returns the index of the finite verb of the main clause that
// starts at words[st], or -1: the first finite verb that is not inside a
// quotation, brackets, a dash pair, a relative clause on the subject or an
// aside between commas.
func mainVerb(words []string, st int) int {
	i := clauseOpening(words, st)
	if i < 0 {
		return -1
	}
	return findMainVerb(words, i)
}

// sentenceVerb is mainVerb for a statement that words[st:] open: when no
// verb is found, what stands before the first comma may be an opening
// phrase the opening finder does not know.
func sentenceVerb(words []string, st int) int {
	i := clauseOpening(words, st)
	if i < 0 {
		return -1
	}
	mv := findMainVerb(words, i)
	if mv < 0 && i == st && st == 0 {
		// "One floor below, the ballrooms were bustling": no verb
		// before the comma and none in what was read as an aside after
		// it, so what came before the comma opened the sentence.
		if c := firstComma(words, st); c > st && c+1 < len(words) && determiners[strings.ToLower(words[c+1])] {
			mv = findMainVerb(words, c+1)
		}
	}
	return mv
}

// firstComma is the index of the first word from words[st] that ends with a
// comma, outside quotation marks; -1 when there is none.
func firstComma(words []string, st int) int {
	for k := st; k < len(words) && k < st+12; k++ {
		if strings.ContainsAny(words[k], `"“”`) {
			return -1
		}
		if strings.HasSuffix(words[k], ",") {
			return k
		}
	}
	return -1
}

// clauseOpening skips the opening phrase or clause of words[st:] that a
// comma ends ("While fans watched the final,", "To win the county, which
// holds the first vote,") and returns where the main clause starts, or -1
// when it starts with a relative pronoun (no main clause to find).
func clauseOpening(words []string, st int) int {
	switch words[st] {
	case "But", "And", "So", "Yet":
		if st+1 < len(words) && subordinators[upperFirst(words[st+1])] || st+1 < len(words) && words[st+1] == "as" {
			// "But as Clinton extends her lead, Sanders must…": the
			// clause after the connective opens the sentence.
			if i := clauseOpening(words, st+1); i > st+1 {
				return i
			}
		}
	}
	i := st
	timeClause := timeClauseOpener(words, st)
	first := strings.TrimRight(words[st], ",")
	if st > 0 {
		first = upperFirst(first) // "But as Clinton extends her lead, …" after its "But"
	}
	focused := focusedClause(words, st) || freeRelativeOpener(words, st)
	if participle := participleOpener(words, st); participle || timeClause || focused || introStarters[first] || dayOpener(words, st) || strings.HasSuffix(words[st], ",") && sentenceAdverb(strings.TrimSuffix(words[st], ",")) {
		// An opening phrase runs to its comma, unless it has the verb:
		// "At least 106 people have been killed," is the main clause.
		clause := participle || timeClause || focused || subordinators[first] || first == "As"
		day := dayOpener(words, st) && !introStarters[first]
		for k := st; k < len(words) && k < st+40; k++ {
			if day && finiteAt(words, k) {
				break // "Sunday night saw the heaviest rain…, forecasters said"
			}
			// An auxiliary makes it the main clause ("At least 106
			// people have been killed,"); a participle does not ("In a
			// statement published on Friday,").
			if !clause && finiteAt(words, k) && (finiteAux[strings.ToLower(bareWord(words[k]))] || contractedFinite(strings.ToLower(bareWord(words[k]))) || namedSubjectVerb(words, k)) {
				break
			}
			if strings.HasSuffix(words[k], ",") || closedTitleComma(words[k]) {
				if k+1 < len(words) && listJoiners[strings.ToLower(words[k+1])] {
					continue // "Despite the rain, and the wind that..., thousands"
				}
				if dateComma(words, k) || listInIntro(words, k) || placeComma(words, k) {
					// "In an email dated Feb. 12, 2012, …"; "With the
					// region in tumult, rebels holding its cities, and a
					// campaign fanning fears, the White House…"
					continue
				}
				i = k + 1
				break
			}
		}
	}
	if i > st && i < len(words) && relativePronouns[strings.ToLower(bareWord(words[i]))] {
		// "To win the county, which holds the first vote, the candidate
		// would need": the relative clause belongs to the opening phrase.
		for k := i; k < len(words) && k < i+25; k++ {
			if strings.HasSuffix(words[k], ",") {
				i = k + 1
				break
			}
		}
		if relativePronouns[strings.ToLower(bareWord(words[min(i, len(words)-1)]))] {
			return -1
		}
	}
	return i
}

// findMainVerb walks the main clause from subjectStart and returns its
// finite verb, passing over quotations, brackets, dash pairs, relative
// clauses and asides between commas; -1 if there is none.
func findMainVerb(words []string, subjectStart int) int {
	inQuote, inParen, inDash, inAside, asideName, inRel, relVerb := false, false, false, false, false, false, false
	for i := subjectStart; i < len(words); i++ {
		w := words[i]
		quotes := strings.Count(w, `"`) + strings.Count(w, "“") + strings.Count(w, "”") + strings.Count(w, "''")
		switch {
		case inQuote:
			if quotes%2 == 1 {
				inQuote = false
				if inAside && strings.HasSuffix(strings.TrimRight(w, `"'”’`), ",") {
					// "…offered analysis on ''Monday Night Baseball,''
					// was dismissed": the comma inside the closing mark
					// closes the aside.
					inAside, asideName, inRel = false, false, false
				}
			}
			continue
		case quotes%2 == 1:
			inQuote = true
			continue
		case inParen:
			inParen = !strings.Contains(w, ")")
			continue
		case strings.HasPrefix(w, "(") && !strings.Contains(w, ")"):
			inParen = true
			continue
		case isDash(words, i):
			inDash = !inDash
			continue
		case inDash:
			continue
		}
		lw := strings.ToLower(bareWord(w))
		if i > subjectStart && (lw == "who" || lw == "which" || lw == "whom" || lw == "whose" || lw == "that") {
			inRel = true
			continue
		}
		if finiteAt(words, i) {
			switch {
			case inRel:
				// The relative clause's own verb, and one joined to it by
				// "and" ("who killed and ate a rabbit"), are not the main
				// verb; the next one is.
				inRel, relVerb = false, true
				continue
			case relVerb && (strings.EqualFold(words[i-1], "and") || strings.EqualFold(words[i-1], "or")):
				continue
			case relVerb && lw == "like" && verbFollows(words, i+1):
				// "that more airstrikes are needed to prevent attacks like
				// the mass shooting in Orlando drew rebukes": after the
				// clause's own verb, "like" is its preposition when another
				// verb follows ("fishermen who work the banks like the new
				// rules" has none).
				continue
			case inAside && !asideName && !(i > subjectStart+2 && strings.HasSuffix(words[i-1], ",") && closesAside(words[subjectStart:i], i-subjectStart)):
				// An appositive or a clause between commas; a verb right
				// after a comma, past an aside that held a comma of its
				// own ("Slater, 35, of Leeds, Yorkshire, is replacing",
				// "Passengers who miss flights because of delays,
				// cancellations or overbooking can now claim"), is the
				// main verb.
			default:
				return laterAux(words, i)
			}
		}
		if strings.HasSuffix(w, ",") && i >= subjectStart {
			if !inAside && (listGoesOn(words, i+1) && !nameAppositive(words, i) || i+1 < len(words) && listJoiners[strings.ToLower(words[i+1])] || coordinateAdjectives(words, i)) {
				// "because of overbooking, cancellations or delays":
				// the comma parts a list, it opens no aside.
				continue
			}
			if !inAside {
				inAside = true
				next := ""
				if i+1 < len(words) {
					next = bareWord(words[i+1])
				}
				// "The son of the former president, Fritz Weizsäcker was
				// stabbed": an aside that opens with a name may be the
				// subject itself.
				asideName = next != "" && !startsLower(next) && !determiners[strings.ToLower(next)] && !relativePronouns[strings.ToLower(next)]
			} else {
				inAside, asideName, inRel = false, false, false
			}
		}
	}
	return -1
}

// mainClauseIn reports a past tense after a name among words[from:to] (see
// namedSubjectVerb): the main clause, not an opening phrase.
func mainClauseIn(words []string, from, to int) bool {
	for j := from + 1; j < to; j++ {
		if namedSubjectVerb(words, j) && finiteAt(words, j) {
			return true
		}
	}
	return false
}

// namedSubjectVerb reports a past tense at words[k] after a name and
// before its object's determiner: the main clause of a sentence with no
// comma after its opening phrase ("On Thursday evening Hillary Clinton
// delivered her speech"), not a participle on the phrase's noun ("In a
// statement published on Friday").
func namedSubjectVerb(words []string, k int) bool {
	if k == 0 || k+1 >= len(words) || strings.ContainsAny(words[k-1], ",;:") || strings.ContainsAny(words[k], ",;:") || !isCapitalised(bareWord(words[k-1])) {
		return false
	}
	return determiners[strings.ToLower(bareWord(words[k+1]))]
}

// listInIntro reports a comma at words[k] inside an opening phrase that is a
// list: the next comma comes before any finite verb, and before it or
// right after it stands "and" or "or" ("For all the candidates, all the
// debates and all the unpredictability, the race…").
func listInIntro(words []string, k int) bool {
	joined := false // an "and" or "or" since the comma: "all the debates and all the unpredictability,"
	for j := k + 1; j < len(words)-1 && j < k+20; j++ {
		if finiteAt(words, j) && !(joined && reducedRelative(words, j)) {
			// (A participle on the list's last item, after its "and":
			// "money and a star likened to…".)
			return false
		}
		if w := strings.ToLower(words[j]); w == "and" || w == "or" {
			joined = true
		}
		if strings.HasSuffix(words[j], ",") {
			n := strings.ToLower(words[j+1])
			return joined || n == "and" || n == "or"
		}
	}
	return false
}

// reducedRelative reports a past participle after a noun that opens a
// phrase on it ("a six-pointed star likened to the Star of David", "a
// group known as…"), not a verb.
func reducedRelative(words []string, j int) bool {
	if j+1 >= len(words) || !isParticiple(words, j) {
		return false
	}
	switch words[j+1] {
	case "to", "by", "as", "with", "in", "for", "from", "on":
		return true
	}
	return false
}

// placeComma reports the comma between a place and the abbreviation of
// its state or district that a comma closes ("Lynchburg, VA,",
// "Washington, D.C.,", "Berea, Ohio," is not one: a state's full name is
// not told from a subject).
func placeComma(words []string, k int) bool {
	if k+2 >= len(words) || !strings.HasSuffix(words[k], ",") || startsLower(words[k]) || !strings.HasSuffix(words[k+1], ",") {
		return false
	}
	if w := strings.ToLower(strings.TrimSuffix(words[k], ",")); isDayName(w) || monthNames[w] {
		return false // "On Tuesday, CNN, citing…"
	}
	return placeAbbreviation(strings.TrimSuffix(words[k+1], ","))
}

// placeAbbreviation reports a state's or district's abbreviation, as the
// lexicon lists them: a US postal code ("VA", "NY"; "CNN" is none) or an
// abbreviation with full stops ("D.C.", "Calif.", "Vt.").
func placeAbbreviation(w string) bool {
	if _, ok := lexicon.StateCodes()[w]; ok {
		return true
	}
	return strings.HasSuffix(w, ".") && lexicon.Abbreviations()[strings.TrimSuffix(w, ".")]
}

// dateComma reports the comma of a date between its day and its year
// ("Feb. 12, 2012").
func dateComma(words []string, k int) bool {
	if k == 0 || k+1 >= len(words) || !startsDigit(words[k]) || len(strings.TrimSuffix(words[k], ",")) > 2 {
		return false
	}
	y := bareWord(words[k+1])
	m := strings.ToLower(strings.TrimSuffix(words[k-1], "."))
	return len(y) == 4 && startsDigit(y) && (monthNames[m] || monthAbbreviations[m])
}

// monthAbbreviations are the months as a dateline abbreviates them.
var monthAbbreviations = makeSet(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// coordinateAdjectives reports a comma between two modifiers of one noun
// ("a rich, good-looking investment banker", "Trump's highly personal,
// racially tinged attacks"): the adjective before it follows a determiner
// or possessive (an adverb between), the word after it is an adjective or
// an -ly adverb.
func coordinateAdjectives(words []string, i int) bool {
	if i == 0 || i+1 >= len(words) || !startsLower(words[i]) {
		return false
	}
	next := strings.ToLower(bareWord(words[i+1]))
	participle := strings.HasSuffix(next, "ed") && i+2 < len(words) && startsLower(words[i+2]) && !phraseStarters[strings.ToLower(words[i+2])] && !determiners[strings.ToLower(words[i+2])]
	if !startsLower(words[i+1]) || !(adjectiveLike(next) || len(next) > 4 && strings.HasSuffix(next, "ly") || participle) {
		return false
	}
	k := i - 1
	if k > 0 && midAdverb(strings.ToLower(bareWord(words[k]))) {
		k--
	}
	p := words[k]
	return determiners[strings.ToLower(p)] || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
}

// nameAppositive reports a comma after a name that opens a description of
// it ("Wesley Clark, a retired general and former commander of…, is"): an
// aside, though an "and" follows, not the next item of a list.
func nameAppositive(words []string, i int) bool {
	if i+1 >= len(words) || !isCapitalised(bareWord(words[i])) {
		return false
	}
	switch strings.ToLower(words[i+1]) {
	case "a", "an", "the":
		return true
	}
	return false
}

// laterAux returns the main verb when words[i] is a past form that may be
// a participle on the subject ("A team led by researchers in Aldmouth has
// found"): a finite auxiliary later in the same clause, before any comma,
// conjunction, relative or pronoun; else i.
func laterAux(words []string, i int) int {
	lw := strings.ToLower(bareWord(words[i]))
	if finiteAux[lw] || !(irregularPast[lw] || strings.HasSuffix(lw, "ed")) {
		return i
	}
	for k := i + 1; k < len(words) && k < i+14; k++ {
		w := strings.ToLower(bareWord(words[k]))
		if listJoiners[w] || relativePronouns[w] || subjectPronouns[w] || strings.ContainsAny(words[k-1], ",;:") {
			return i
		}
		if (finiteAux[w] || contractedFinite(w)) && k+1 < len(words) && (verbLike(words[k+1]) || strings.HasSuffix(words[k+1], "ing")) {
			return k
		}
	}
	return i
}

// hasSubject reports whether words[st:mv] hold a subject for the verb at mv:
// a sentence start (capital, digit, quote or currency) and a word that can
// end a noun phrase.
func hasSubject(words []string, st, mv int) bool {
	if mv == st {
		// "There's a strange disconnect": the subject and its verb in one
		// word. Not "It's", "He's": a pronoun nobody could resolve.
		return thereIs(words[st])
	}
	if mv < st || whWords[strings.ToLower(bareWord(words[st]))] {
		return false // "What it is to say is that...": no subject a reader can hold
	}
	r := []rune(words[st])[0]
	if st == 0 && !(r >= 'A' && r <= 'Z') && !(r >= '0' && r <= '9') && !strings.ContainsRune(`"“'$£€`, r) && !(r > 127 && !startsLower(words[st])) {
		return false
	}
	for k := mv - 1; k >= st; k-- {
		if subjectLike(words[k]) && !phraseStarters[strings.ToLower(bareWord(words[k]))] {
			return true
		}
	}
	// "The lawmakers, however, failed": the subject ends at the comma that
	// opens an aside closing right before the verb.
	if mv-1 > st && strings.HasSuffix(words[mv-1], ",") {
		for k := mv - 2; k >= st; k-- {
			if strings.HasSuffix(words[k], ",") {
				w := strings.TrimSuffix(words[k], ",")
				if k == st && (introStarters[w] || sentenceAdverb(w)) {
					return false // "However, …": no subject
				}
				return subjectLike(w)
			}
		}
	}
	return false
}

// thereIs reports the existential "there's" or "there’s".
func thereIs(w string) bool {
	w = strings.ToLower(w)
	return w == "there's" || w == "there’s"
}

// middleOptions lists the asides that a headline may lose from its middle:
// a bracket, a dash pair, an appositive or relative clause between the
// subject and its verb, a relative clause on the subject and a day
// reference. Each is a half-open word range.
func middleOptions(base string, ws []tok, words []string, st, mv int) [][2]int {
	var out [][2]int
	for i := st + 1; i < len(words); i++ {
		w := words[i]
		switch {
		case strings.HasPrefix(w, "("):
			for k := i; k < len(words) && k < i+12; k++ {
				if strings.Contains(words[k], ")") {
					out = append(out, [2]int{i, k + 1})
					break
				}
			}
		case isDash(words, i):
			for k := i + 1; k < len(words) && k < i+16; k++ {
				if isDash(words, k) {
					out = append(out, [2]int{i, k + 1})
					break
				}
			}
		}
	}
	out = append(out, examplesAside(words, st)...)
	if introStarters[strings.TrimRight(words[st], ",")] {
		// The sentence keeps its opening phrase: what follows its comma
		// is the subject, not an aside on it.
		return append(out, dayOptions(words, st)...)
	}
	// An aside between commas after the subject, closed before the verb.
	for i := st; i < mv; i++ {
		if !strings.HasSuffix(words[i], ",") {
			continue
		}
		for k := i + 1; k < mv; k++ {
			if strings.HasSuffix(words[k], ",") {
				if k+1 == mv {
					out = append(out, [2]int{i + 1, k + 1})
				} else if k+2 <= mv && strings.HasSuffix(words[k+1], ",") && !startsLower(words[k+1]) {
					// "the parents of two Americans killed in Benghazi,
					// Libya, have filed": a place's comma goes on.
					continue
				}
				break
			}
		}
		break
	}
	// Everything between the subject's head and its verb, when it opens
	// with a comma, a dash or a relative pronoun: "Two hostages [— an
	// American and an Australian — who had been held since 2016] were".
	for i := st + 1; i < mv; i++ {
		w := words[i]
		lw := strings.ToLower(w)
		if isDash(words, i) || (lw == "who" || lw == "which") && !embeddedSaying(words, i, mv) {
			out = append(out, [2]int{i, mv})
			break
		}
		if strings.HasSuffix(w, ",") {
			break // a comma may close an opening phrase or a list item
		}
	}
	// A relative clause on the subject: "A hunter [who ate a rabbit] has".
	for i := st + 1; i < mv; i++ {
		if lw := strings.ToLower(words[i]); lw == "who" || lw == "which" {
			if phraseStarters[strings.ToLower(words[i-1])] {
				// "the inquiry, in which it heard…, was": the clause
				// opens on its preposition, which the aside between
				// commas takes with it.
				break
			}
			if !embeddedSaying(words, i, mv) {
				out = append(out, [2]int{i, mv})
			}
			break
		}
	}
	return append(out, dayOptions(words, st)...)
}

// examplesAside returns the asides between commas that give examples of
// what comes before them, anywhere after the sentence's start st: "restores
// the civil rights[, including the right to vote,] of 206,000 felons". Each
// opens on "including" or "such as" after a comma and closes on the next
// comma within maxExamples words.
func examplesAside(words []string, st int) [][2]int {
	var out [][2]int
	for i := st + 1; i+1 < len(words); i++ {
		if !strings.HasSuffix(words[i-1], ",") {
			continue
		}
		lw := strings.ToLower(words[i])
		if lw != "including" && !(lw == "such" && strings.ToLower(words[i+1]) == "as") {
			continue
		}
		for k := i + 1; k < len(words)-1 && k < i+maxExamples; k++ {
			if strings.ContainsAny(words[k], `"“”;:()`) {
				break
			}
			if strings.HasSuffix(words[k], ",") {
				out = append(out, [2]int{i, k + 1})
				break
			}
		}
	}
	return out
}

// maxExamples is the most words an aside of examples may hold.
const maxExamples = 10

// embeddedSaying reports a relative pronoun at words[i] whose clause is a
// verb of saying or believing with the verb at mv as its own: "which he
// believes | will make it impossible" (the relative clause's "will",
// not the main clause's).
func embeddedSaying(words []string, i, mv int) bool {
	return i+3 == mv && subjectPronouns[strings.ToLower(words[i+1])] && (sayingVerbs[strings.ToLower(words[i+2])] || headSaying[strings.ToLower(words[i+2])])
}

// timeObjectVerbs take a span of time as their object: "spent Thursday
// morning in St. Paul" cannot lose its day.
var timeObjectVerbs = makeSet(`spent spend spends spending passed pass passes`)

// dayOptions lists the day references after words[st] that a headline
// could lose.
func dayOptions(words []string, st int) [][2]int {
	var out [][2]int
	for k := st + 1; k < len(words); k++ {
		a, b, ok := dayRange(words, k)
		if ok && a > 0 && (approximators[strings.ToLower(words[a-1])] || clauseFocus[strings.ToLower(words[a-1])]) {
			a-- // "just last week" goes whole, not leaving "Just,"
		}
		if ok && a > st {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// dayRange returns the day reference at words[k] that a headline could
// lose — "on Tuesday", "late on Monday night", "yesterday", "last week" —
// as a word range, unless it cannot go: "the early hours of Tuesday",
// "Black Friday", "Saturday's match".
func dayRange(words []string, k int) (a, b int, ok bool) {
	lw := strings.ToLower(bareWord(words[k]))
	a, b = k, k+1
	switch {
	case isDayName(lw):
		if strings.HasSuffix(words[k], "'s") || strings.HasSuffix(words[k], "’s") || k == 0 {
			return 0, 0, false
		}
		p := words[k-1]
		if dayPrepositions[strings.ToLower(p)] || !startsLower(p) && !strings.HasSuffix(p, ",") || timeObjectVerbs[strings.ToLower(p)] {
			// ("spent Thursday morning in St. Paul": the day is the
			// verb's object.)
			return 0, 0, false
		}
		if dayLeaders[strings.ToLower(p)] {
			a = k - 1
			if a > 0 && (words[a-1] == "late" || words[a-1] == "early") {
				a--
			}
		} else if p == "late" || p == "early" {
			a = k - 1 // "Judge Reeves late Thursday issued…"
		}
		if b < len(words) && !strings.HasSuffix(words[k], ",") && partsOfDay[strings.ToLower(bareWord(words[b]))] {
			b++
		}
	case lw == "yesterday" || lw == "today":
	case k > 0 && calendarDay(words, k):
		// "NASA announced Nov. 18 that…": a date between a saying verb
		// and what it reports goes as "on Tuesday" does; elsewhere a date
		// may be the news ("will premiere on Sept. 30") or part of a
		// phrase ("the May 3 primary").
		p := strings.ToLower(bareWord(words[k-1]))
		if !sayingVerbs[p] || dateComma(words, k+1) {
			return 0, 0, false
		}
		b = k + 2
	case (lw == "week" || lw == "night" || lw == "morning") && k > 0 && (strings.EqualFold(words[k-1], "this") || strings.EqualFold(words[k-1], "last")):
		a = k - 1
		if a > 0 && (strings.EqualFold(words[a-1], "later") || strings.EqualFold(words[a-1], "earlier")) {
			a-- // "later this week" goes whole, not leaving "later"
		}
	default:
		return 0, 0, false
	}
	return a, b, true
}

// calendarDay reports a month and a day of it at words[k]: "Nov. 18",
// "November 18,", "Sept. 3" — not "May" alone, not "Nov. 18th's".
func calendarDay(words []string, k int) bool {
	if k+1 >= len(words) || startsLower(words[k]) {
		return false
	}
	m := strings.ToLower(strings.TrimSuffix(words[k], "."))
	if !monthNames[m] && !(monthAbbreviations[m] && strings.HasSuffix(words[k], ".")) {
		return false
	}
	d := strings.TrimSuffix(words[k+1], ",")
	if len(d) == 0 || len(d) > 2 || !startsDigit(d) || len(d) == 2 && !startsDigit(d[1:]) {
		return false
	}
	return true
}

var dayLeaders = makeSet(`on this last by until from since before after till through`)

var partsOfDay = makeSet(`night morning afternoon evening`)

var dayPrepositions = makeSet(`of for between and or to`)

func isDayName(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// timeClauseOpener reports a sentence that opens at words[st] on a noun of
// time heading a clause, used like "when": "The last time Frank Jordan
// spoke with his son, Louis was fishing", "Every time the river rises,".
func timeClauseOpener(words []string, st int) bool {
	if st+3 < len(words) && durationBefore(words[st:]) {
		return true // "Thirteen years after Congress embarked on…,"
	}
	if (words[st] == "At" || words[st] == "From") && st+1 < len(words) && words[st+1] == "the" {
		st++ // "At the moment Chris Christie learned…,"
	}
	if !timeClauseWords[upperFirst(words[st])] || st+3 >= len(words) {
		return false
	}
	k := st + 1
	switch words[k] {
	case "last", "first", "next", "only":
		k++
	}
	if words[k] != "time" && words[k] != "moment" {
		return false
	}
	// A clause follows: "the last time Frank Jordan spoke", "every time
	// it rains"; not "the time of their lives".
	next := words[k+1]
	return clauseStart(next) || subjectPronouns[strings.ToLower(next)]
}

// durationBefore reports words that open on a span of time before or after
// an event: a number and a plural noun of time, then "after", "before" or
// "since" ("Thirteen years after", "2 days before").
func durationBefore(words []string) bool {
	if len(words) > 0 && approximators[strings.ToLower(words[0])] {
		words = words[1:] // "Nearly six months after"
	}
	if len(words) < 3 {
		return false
	}
	one := strings.ToLower(words[0]) == "a" || strings.ToLower(words[0]) == "an" || strings.ToLower(words[0]) == "one" // "Almost a week after"
	if !one && !numberWords[strings.ToLower(words[0])] && !startsDigit(words[0]) {
		return false
	}
	unit := strings.ToLower(words[1])
	if !one && !strings.HasSuffix(unit, "s") || !timeNouns[unit] {
		return false
	}
	switch words[2] {
	case "after", "before", "since":
		return true
	}
	return false
}

// focusedClause reports a subordinate clause that opens at words[st] on
// an adverb that times or limits it: "Almost as soon as the bombs went off
// in Brussels,", "Just after the vote was called,", "Even as the storm
// hit,". Its verb is the clause's, not the sentence's.
func focusedClause(words []string, st int) bool {
	if st+2 >= len(words) || !clauseFocus[strings.ToLower(words[st])] {
		return false
	}
	next := words[st+1]
	if next == "as" {
		// "Almost as soon as", "Even as the storm hit,", "Just as"; not
		// "Almost as many".
		return words[st+2] == "soon" || strings.EqualFold(words[st], "even") || strings.EqualFold(words[st], "just")
	}
	return subordinators[upperFirst(next)]
}

// freeRelativeOpener reports an opening phrase whose preposition takes a
// free relative at words[st]: "In what might be the first time the two
// parties have agreed on anything,". Its verb is the relative's.
func freeRelativeOpener(words []string, st int) bool {
	return st+1 < len(words) && introStarters[upperFirst(words[st])] && whWords[strings.ToLower(words[st+1])]
}

// clauseFocus are the adverbs that may open a subordinate clause before
// its conjunction; reIntro reads the same list.
var clauseFocus = makeSet(clauseFocusWords)

const clauseFocusWords = `almost just shortly right only even long soon immediately moments hours days weeks months years`

// approximators come before a number: "nearly six months".
var approximators = makeSet(`nearly almost about just some only roughly`)

// numberWords are the numbers written as words that count a span of time.
var numberWords = makeSet(`two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty several few many`)

// timeClauseWords open a noun of time that heads a clause (see
// timeClauseOpener).
var timeClauseWords = makeSet(`The Every Each`)

// reIntro is an opening adverbial or subordinate clause: "While fans
// watched the final,", "In a letter on Monday,", "Three years ago,". It is
// compiled on first use (its counted repetitions make a large program).
var reIntro = sync.OnceValue(func() *regexp.Regexp {
	focus := strings.Fields(clauseFocusWords)
	for i, w := range focus {
		focus[i] = upperFirst(w)
	}
	return regexp.MustCompile(`^(?:[A-Z][a-z]+ing\b[^,;:"]{0,80}|[A-Z][a-z]{2,}ed\s(?:off|up|out|on|in|into|down|back|over|for|to|with|at|from|by)\b[^,;:"]{0,80}|(?:While|Though|Although|As|After|When|Whenever|If|Because|Since|With|Without|Despite|Amid|Following|Earlier|Later|Last|In|On|At|For|During|Before|Once|Until|Unlike|Under|Over|From|Across|Now|Today|Yesterday|Meanwhile|However|Still|Instead|Separately|Afterwards|To)\b` + quotedBody + `|(?:` + strings.Join(focus, "|") + `)\s+(?:as\s+soon\s+as|after|before|when|while|since|until|once|because|if|though|although)\b` + quotedBody + `|(?:Even|Just)\s+as\b` + quotedBody + `|[^,;:"]{1,40}\bago|(?:(?:Nearly|Almost|About|Just|Some|Only|Roughly)\s+[a-z]+|[A-Z][a-z]+|An?|\d+)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+(?:after|before|since)\b[^,;:"]{0,160}|[A-Z][a-z]*(?:` + adverbEndings + `)|(?:(?:At|From)\s+the|The|Every|Each)\s+(?:(?:last|first|next|only)\s+)?(?:time|moment)\b[^,;:"]{0,120}|` + dayPhrase + `),["”]?\s+`)
})

// dayPhrase is reIntro's opening on a day, as wire copy and transcripts
// write it: "Tuesday in New York City,", "Friday on CNN's "New Day,"",
// "Sunday night,". A show's name in quotation marks may close with the
// phrase's comma inside its marks (see closedTitleComma).
const dayPhrase = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?(?:\s+(?:` + dayPlacerWords + `)\b` + quotedBody + `)?`

// quotedBody is the rest of an opening phrase up to its comma, with the
// titles and words in quotation marks it may hold ("After he called the
// film "Frozen" too "pro-gay,""): its last may close after the comma.
const quotedBody = `(?:[^,;:"“”]|["“][^"“”,;:]*["”]){0,140}(?:["“][^"“”,;:]*)?`

// dayOpener reports a sentence that opens at words[st] — its start, or
// right after a comma — on a day and the phrase that places it ("Tuesday
// in New York City,", "Sunday night,"), not on a day inside a phrase
// ("until Monday, the board said") nor on a date ("Monday, May 5,").
// clauseOpening gives it up when a verb comes before its comma ("Sunday
// night saw the heaviest rain…": the day is the subject).
func dayOpener(words []string, st int) bool {
	if st+1 >= len(words) || !isDayName(strings.TrimSuffix(words[st], ",")) || !isCapitalised(words[st]) {
		return false
	}
	if st > 0 && !strings.HasSuffix(words[st-1], ",") {
		return false
	}
	if strings.HasSuffix(words[st], ",") {
		next := strings.ToLower(bareWord(words[st+1]))
		return !monthNames[next] && !monthAbbreviations[strings.TrimSuffix(next, ".")] && !startsDigit(next)
	}
	switch strings.TrimSuffix(words[st+1], ",") {
	case "night", "morning", "evening", "afternoon":
		return true
	}
	return dayPlacers[words[st+1]]
}

// dayPlacerWords open the phrase that places a day in an opening:
// "Tuesday in New York City,", "Friday on CNN's…" (a regexp alternation,
// read by dayPhrase; dayPlacers is the same words as a set).
const dayPlacerWords = `on|at|in|during|after|before|while|from|outside|inside`

// dayPlacers are dayPlacerWords as a set.
var dayPlacers = makeSet(strings.ReplaceAll(dayPlacerWords, "|", " "))

// closedTitleComma reports a word that closes a title in quotation marks
// with the phrase's comma inside them: the "New Day," of "Friday on CNN's
// "New Day," Sen. Gillibrand said".
func closedTitleComma(w string) bool {
	return strings.HasSuffix(w, `,"`) || strings.HasSuffix(w, ",”")
}

// adverbEndings end the adverbs that can open a sentence and comment on all
// of it ("Notably,", "Unsurprisingly,", "Initially,"), as a regexp
// alternation; the endings leave out names in -ly ("Kelly", "Beverly").
const adverbEndings = `ally|ingly|edly|ously|ively|arly|ately|ently|antly|ably|ibly|fully|lessly|ctly|rtly|stly|ually`

// reAdverb matches a capitalised sentence adverb (see adverbEndings),
// compiled on first use.
var reAdverb = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Z][a-z]*(?:` + adverbEndings + `)$`)
})

// sentenceAdverb reports a capitalised sentence adverb (see adverbEndings).
func sentenceAdverb(w string) bool { return len(w) > 5 && reAdverb().MatchString(w) }

// introStarters open a phrase or clause that runs to a comma before the
// subject.
// connectives open a sentence with its link to the one before.
var connectives = makeSet(`for_example for_instance in_fact however meanwhile indeed instead still now
in_addition moreover additionally of_course nonetheless nevertheless unsurprisingly separately afterwards
in_sum in_short in_brief in_conclusion in_other_words`)

var introStarters = makeSet(`In On At For With Without After Before While When Whenever If Because Since
Although Though As Despite Amid During Following Once Until Unlike Under Over From Across Earlier Later
Last Now Today Yesterday Meanwhile However Still Instead Separately Afterwards To`)

// whWords open a question, a pseudo-cleft or a free relative, not a
// statement of the news.
var whWords = makeSet(`what which whatever whichever who whoever why how whether`)

// participleOpener reports a sentence that opens at words[st] with a
// participle that takes an object or a particle: the opening clause's verb
// ("Entering the race in March,", "Setting off at dawn,").
func participleOpener(words []string, st int) bool {
	w := words[st]
	if st+1 >= len(words) || len(w) < 6 || startsLower(w) || ingPrepositions[w] {
		return false
	}
	next := words[st+1]
	switch {
	case strings.HasSuffix(w, "ing"):
		// "Declaring that he alone…,", "Calling him a liar,".
		return determiners[next] || particles[next] || next == "that" || objectPronouns[next]
	case strings.HasSuffix(w, "ed") && !lexicon.GivenNames()[w]:
		// A past participle opens an adjunct too: "Inserted in the
		// middle of a story, the reporter conflated…", "Asked by the
		// host if…, Sharpton avoided…".
		return particles[next] && !strings.HasSuffix(next, ",")
	}
	return false
}

// particles follow a participle that opens a clause: "Setting off",
// "Heading out for".
var particles = makeSet(`off up out on in into down back over for to with at from by`)

var ingPrepositions = makeSet(`During Following According Including Regarding Concerning Pending Notwithstanding Excluding Considering`)

var determiners = makeSet(`a an the this these those its his her their our my your`)

var relativePronouns = makeSet(`which who whom whose where when that`)

var listJoiners = makeSet(`and or but nor then so yet plus as`)

// subordinators open a subordinate clause, which has a verb of its own.
var subordinators = makeSet(`While Though Although When Whenever If Because Since Once Until After Before`)

// verbLike reports a lower-case word that is probably a finite verb: an
// auxiliary, a common irregular past, or a word ending in -ed or -s (after a
// comma-closed aside, "Smith, 47, plays" rather than a plural noun).
func verbLike(w string) bool {
	w = strings.Trim(w, `.,;:"'()`)
	if w == "" || !startsLower(w) {
		return false
	}
	if auxiliaries[w] || irregularPast[w] || strings.HasSuffix(w, "ed") {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

var irregularPast = makeSet(`said told made won lost took gave went came left met found became began ran saw got held
brought kept put set led struck spoke wrote sent paid sold built fell rose hit cut chose drew grew threw stood sat fled
slept spent felt heard knew thought bought caught taught fought sought meant read broke stole arose awoke bore beat
bent bit bled blew bred burned burnt burst clung crept dealt dug did drank drove ate fed flung flew forbade forgot
forgave froze hung hid hurt knelt laid leapt learnt lent let lit proved quit rode rang shook shed shone shot showed
shrank shut sang sank slid spun spat split spread sprang stuck stung strove swore swept swam swung tore threw thrust
understood undertook underwent upset woke wore wept withdrew overtook overcame oversaw foresaw sent sped
dove upheld withheld overthrew mistook rebuilt rewrote retook overheard overran outgrew`)

// hasVerbLike reports whether words have one that is most likely a verb:
// an auxiliary, a common irregular past or a lower-case word ending in -ed
// or -ing. It is deliberately narrow (no -s forms, which are mostly
// plurals).
func hasVerbLike(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, `.,;:"'()`)
		if auxiliaries[w] || irregularPast[w] || len(w) > 4 && startsLower(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return true
		}
	}
	return false
}

var auxiliaries = makeSet(`is are was were has have had will would could can may might must should did does do be been being`)
