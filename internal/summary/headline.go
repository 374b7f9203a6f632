package summary

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// HeadlineParams rank the candidate source sentences of a headline:
// position, key terms and length. The summary's directed centrality is left
// out: within the first few sentences it mostly restates the position prior,
// and it pulled the source towards background sentences (XSum R-1 14.48
// without it, 14.22 with it; PolNeAR titles 20.99 vs 21.10).
var HeadlineParams = func() Params { p := DefaultParams; p.Length = 0.5; p.Cent = 0; return p }()

// HeadlineWindow is how many leading sentences Headline considers.
var HeadlineWindow = 5

// MaxHeadlineWords is the longest headline Headline writes.
const MaxHeadlineWords = 15

// Headline returns a one-line headline (≤ 15 words) for the article body
// text: the lead sentence (the first that reads as a statement, not a
// question, quote fragment or heading), compressed the way a sub-editor
// would: without the dateline, parentheticals, attributions ("officials
// said"), day references and, while it is too long, trailing subordinate
// clauses; never ending on a preposition, article or conjunction.
func Headline(text string) string { return Analyse(text).Headline() }

// Headline is the document's headline (see the package function Headline).
func (doc *Document) Headline() string {
	d := doc.d
	if len(d.sents) == 0 {
		return ""
	}
	// The source is the best-ranked statement among the first few
	// sentences: usually the lead.
	scores := d.rank(HeadlineParams)
	src, best := -1, 0.0
	for i := range d.sents {
		if i >= HeadlineWindow {
			break
		}
		if d.sents[i].bad || startsWithQuote(d.text[d.sents[i].Start:d.sents[i].End]) {
			continue
		}
		if src < 0 || scores[i] > best {
			src, best = i, scores[i]
		}
	}
	if src < 0 {
		// No statement near the top (a page that opens with headings or
		// links): the first statement further down.
		for i := HeadlineWindow; i < len(d.sents); i++ {
			if !d.sents[i].bad && !startsWithQuote(d.text[d.sents[i].Start:d.sents[i].End]) {
				src = i
				break
			}
		}
	}
	if src < 0 {
		// No statement at all: fall back to the first sentence that is not
		// a question.
		src = 0
		for i := range d.sents {
			s := d.text[d.sents[i].Start:d.sents[i].End]
			if !strings.HasSuffix(strings.TrimRight(s, `"'`), "?") {
				src = i
				break
			}
		}
	}
	s := d.sents[src]
	return Compress(d.text[s.Start:s.End])
}

func startsWithQuote(s string) bool {
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "'")
}

var (
	reDateline   = regexp.MustCompile(`^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,5},?\s*)?(?:[A-Z][a-z]{2,4}\.? \d{1,2}\s*)?\((?:CNN(?: Business| Politics| Travel| Sport| Health)?|AP|Reuters|UPI|AFP|PA|Bloomberg|Xinhua|dpa|BBC|NBC|CBS|ABC|AAP|IANS|PTI|The Hill|Fox News)\)\s*(?:[-–—]+\s*)?`)
	reCapsSource = regexp.MustCompile(`^[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][\w. ]{1,20})?\s*\([^()]{1,40}\)\s*(?:--|[-–—―])\s+`)
	reCapsLine   = regexp.MustCompile(`^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][\w. ]{1,20})?\s+(?:--|[-–—―])\s+`)
	reParen      = regexp.MustCompile(`\s*\([^()]{0,80}\)`)
	reSays       = `(?:said|says|say|reported|reports|announced|claimed|claims|warned|warns|revealed|confirmed|told [A-Z]?[\w ]{1,30}|added|insisted|stated|suggests|suggested|believes|believe|wrote|writes|explained|maintains|maintained|argues|argued|notes|noted|contends|contended|predicts|predicted)`
	reTailAttr   = regexp.MustCompile(`,\s*(?:[^,"]{0,60}?\s)?` + reSays + `(?:\s+(?:on|late|early|this|last)?\s*\w*day(?:\s+(?:night|morning|afternoon|evening))?|\s+in a statement|\s+yesterday|\s+today)?[.!]?\s*$`)
	reTailAcc    = regexp.MustCompile(`,?\s+(?:according to|citing|quoting)\s[^,]{1,80}[.!]?\s*$`)
	reHeadAttr   = regexp.MustCompile(`^[A-Z][^,"]{0,60}?\s` + reSays + `(?:\s+(?:on|late|early)?\s*\w*day|\s+(?:on\s+)?(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?(?:\s+that)?\s+`)
	reDays       = regexp.MustCompile(`(?i)\s+(?:(?:on|late|early|this|last|by|until|from|since|before|after|till|through)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|afternoon|evening))?\b|\s+(?:yesterday|today|last night|this week|last week|earlier this week|this morning)\b`)
	reParticiple = regexp.MustCompile(`,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\s[^,]*$`)
	reClause     = regexp.MustCompile(`(?:,\s+|\s+[-–—]+\s+|;\s+|\s+)(?:which|who|where|while|but|as|after|because|although|though|despite|before|since|when|amid|following|with|in a|in an|and)\s`)
)

// Compress turns a sentence into a headline of at most MaxHeadlineWords
// words.
func Compress(s string) string {
	s = strings.TrimSpace(s)
	orig := s
	s = reDateline.ReplaceAllString(s, "")
	s = reCapsSource.ReplaceAllString(s, "")
	s = reCapsLine.ReplaceAllString(s, "")
	s = reParen.ReplaceAllString(s, "")
	if t := reTailAttr.ReplaceAllString(s, ""); countWords(t) >= 4 {
		s = t
	}
	if t := reTailAcc.ReplaceAllString(s, ""); countWords(t) >= 4 {
		s = t
	}
	// "Police said the man..." loses its attribution (when a clause with
	// a verb follows: not "Engineers confirmed a crack in the wall"), but not "The man is
	// said to have...", whose verb governs an infinitive, not a clause.
	// Nor "A plan announced by ministers..." (a participle, not a cue), nor
	// "Business owners say they are...", which would leave a headline
	// starting with a pronoun nobody can resolve.
	if loc := reHeadAttr.FindStringIndex(s); loc != nil && countWords(s[loc[1]:]) >= 5 && !strings.HasPrefix(s[loc[1]:], "to ") && !strings.HasPrefix(s[loc[1]:], "by ") && !startsWithPronoun(s[loc[1]:]) && hasVerbLike(s[loc[1]:]) {
		s = upperFirst(s[loc[1]:])
	}
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ".!;:, ")
	if mayHaveDay(s) {
		if t := removeDays(s); countWords(t) >= 4 {
			s = t
		}
	}
	// Still too long: drop what interrupts or precedes the main clause
	// before cutting its end.
	for countWords(s) > MaxHeadlineWords {
		t := dropIntro(s)
		if t == s {
			break
		}
		s = t
	}
	if countWords(s) > MaxHeadlineWords {
		s = dropInterruptions(s)
	}
	// A trailing participle clause (", sending it to the House") goes.
	if loc := reParticiple.FindStringIndex(s); loc != nil && countWords(s[:loc[0]]) >= 6 {
		s = s[:loc[0]]
	}
	// Drop trailing clauses, latest first, while too long.
	for countWords(s) > MaxHeadlineWords {
		cut := -1
		locs := reClause.FindAllStringIndex(s, -1)
		locs = slices.DeleteFunc(locs, func(loc []int) bool { return splitsPair(s, loc[0]) })
		for _, loc := range locs {
			if countWords(s[:loc[0]]) >= 8 {
				cut = loc[0]
			}
		}
		if cut < 0 {
			break
		}
		// Prefer the latest cut that brings it within the limit.
		for _, loc := range locs {
			if n := countWords(s[:loc[0]]); n >= 8 && n <= MaxHeadlineWords {
				cut = loc[0]
			}
		}
		s = s[:cut]
		// A stub left after the last comma (", hours") goes too.
		if i := strings.LastIndex(s, ","); i >= 0 && countWords(s[i:]) <= 2 && countWords(s[:i]) >= 6 {
			s = s[:i]
		}
	}
	words := strings.Fields(s)
	if len(words) > MaxHeadlineWords {
		// A cut after a number or a quantifier ("by just 312 | votes") splits
		// a phrase: cut before its preposition instead ("...mayor of
		// Eastholm"), giving up at most three more words.
		cut := MaxHeadlineWords
		// Likewise a preposition and one word of its phrase ("in real | terms").
		splitPhrase := phraseStarters[strings.ToLower(words[cut-2])] && startsLower(words[cut])
		if last := strings.ToLower(strings.Trim(words[cut-1], `"'(),`)); hasDigit(last) || quantifiers[last] || splitPhrase {
			for i := cut - 1; i >= MaxHeadlineWords-4; i-- {
				if phraseStarters[strings.ToLower(strings.Trim(words[i], `"'(`))] {
					cut = i
					break
				}
			}
		}
		// A cut must fall on a phrase boundary: before a preposition,
		// conjunction, relative pronoun or determiner, or after a comma.
		// Go back to the latest one that keeps ten words and does not
		// leave a word that needs what follows ("said", "of").
		if cut == MaxHeadlineWords {
			for i := cut; i >= 10; i-- {
				prev := strings.ToLower(strings.Trim(words[i-1], `.,;:"'()`))
				boundary := strings.HasSuffix(words[i-1], ",") || startsPhrase(words[i]) || i >= cut-1 && determiners[strings.ToLower(words[i])]
				if boundary && !danglers[prev] && !compoundPreps[prev] && !splitsPairWords(words, i) {
					cut = i
					break
				}
			}
		}
		words = words[:cut]
		// Back off to a comma if that keeps most of it.
		for i := len(words) - 1; i >= MaxHeadlineWords-3; i-- {
			if strings.HasSuffix(words[i], ",") {
				words = words[:i+1]
				break
			}
		}
	}
	words = trimDangling(words)
	// A one-word stub left after the last comma by a cut (", driven",
	// ", led", ", 9") goes.
	if n := len(words); n > 6 && n < countWords(orig) && strings.HasSuffix(words[n-2], ",") {
		if r, _ := utf8.DecodeRuneInString(words[n-1]); unicode.IsLower(r) || unicode.IsDigit(r) {
			words = trimDangling(words[:n-1])
		}
	}
	// "between April 2004" without its "and": cut before "between".
	for k := len(words) - 1; k >= len(words)-3 && k >= 6; k-- {
		if strings.EqualFold(words[k], "between") {
			words = trimDangling(words[:k])
			break
		}
	}
	out := strings.Join(words, " ")
	out = strings.TrimRight(out, ".,;:-–— ")
	return balance(out)
}

var (
	// reIntro is an opening adverbial or subordinate clause: "While fans
	// watched the final,", "In a letter on Monday,", "Three years ago,".
	reIntro = regexp.MustCompile(`^(?:[A-Z][a-z]+ing\b[^,;:"]{0,80}|(?:While|Though|Although|As|After|When|Whenever|If|Because|Since|With|Without|Despite|Amid|Following|Earlier|Later|Last|In|On|At|For|During|Before|Once|Until|Unlike|Under|Over|From|Across|Now|Today|Yesterday)\b[^,;:"]{0,140}|[^,;:"]{1,40}\bago),\s+`)
	// reDashPair is a parenthesis between dashes.
	reDashPair = regexp.MustCompile(`\s+(?:--|[–—])\s+[^–—"]{1,100}?\s+(?:--|[–—])\s+`)
	// reWhoClause is a relative clause on the subject, up to the verb that
	// follows it: "A hunter [who ate a rabbit in China] has been...".
	reWhoClause = regexp.MustCompile(`^([^,;:"]{1,50}?)\s+who\s+[^,;:"]{3,80}?\s+((?:has|have|had|is|are|was|were|will|would|could|can|may|must|might|should|did|does)\s)`)
)

// dropIntro removes an opening adverbial or subordinate clause when the main
// clause after it can stand alone (six words, not opening with a pronoun
// nobody could resolve).
func dropIntro(s string) string {
	loc := reIntro.FindStringIndex(s)
	if loc == nil {
		return s
	}
	intro, rest := s[:loc[1]], s[loc[1]:]
	if countWords(rest) < 6 || startsWithPronoun(rest) || listJoiners[strings.ToLower(strings.Fields(rest)[0])] {
		return s
	}
	// A subordinate clause ("When the minister arrived,") has a verb; an
	// adverbial phrase ("In a letter on Monday,") has none. Anything else is
	// a main clause or an appositive that the comma only seems to close
	// ("Last year £3m was spent,", "When Jo Bloggs, the minister,").
	// "At the start of each month Elena, a teacher, spreads...": the comma
	// closed no intro but opened an appositive.
	if c := strings.Index(rest, ", "); c >= 0 && countWords(rest[:c]) <= 6 {
		if after := strings.Fields(rest[c+2:]); len(after) > 0 && verbLike(after[0]) {
			return s
		}
	}
	first := strings.Fields(intro)[0]
	// A participle opens a clause too ("Urging calm, the minister..."),
	// but "During" and "Following" are prepositions.
	clause := subordinators[first] || strings.HasSuffix(first, "ing") && !ingPrepositions[first]
	switch {
	case first == "As":
	case clause && !hasVerbLike(intro), !clause && hasFiniteVerb(intro):
		return s
	}
	return upperFirst(rest)
}

// dropInterruptions removes, while the sentence is too long, what stands
// between the subject and its verb: a parenthesis between dashes, an
// appositive or relative clause between commas ("Sondland, the most awaited
// witness, is..."), a relative clause on the subject ("A hunter who ate a
// rabbit has been...").
//
// A dash pair always goes; the others only when the verb after them would
// otherwise sit too far in for the headline to keep it with its object (word
// lateVerb or later): a short aside ("David Mackintosh, MP for Northampton,
// announced his decision") stays, and so does what it says.
func dropInterruptions(s string) string {
	if loc := reDashPair.FindStringIndex(s); loc != nil {
		if t := s[:loc[0]] + " " + s[loc[1]:]; countWords(t) >= 6 {
			s = t
		}
	}
	if countWords(s) > MaxHeadlineWords {
		s = dropCommaPair(s)
	}
	if countWords(s) > MaxHeadlineWords {
		if m := reWhoClause.FindStringSubmatchIndex(s); m != nil && countWords(s[:m[4]]) >= lateVerb {
			s = s[:m[3]] + " " + s[m[4]:]
		}
	}
	return s
}

// lateVerb is the word index from which a verb is too far in: the headline
// could keep at most three or four words of what follows it.
const lateVerb = 8

// dropCommaPair removes the first ", ... ," aside that opens within the first
// ten words and is followed by a lower-case verb-like word (not a
// conjunction, which would mean a list).
func dropCommaPair(s string) string {
	open := strings.Index(s, ", ")
	if open < 0 || countWords(s[:open]) > 10 || countWords(s[:open]) < 1 {
		return s
	}
	rel := strings.Index(s[open+2:], ", ")
	if rel < 0 {
		return s
	}
	close := open + 2 + rel
	inside := s[open+2 : close]
	if n := countWords(inside); n > 16 || strings.ContainsAny(inside, `"`) || listJoiners[strings.Fields(inside)[0]] || hasVerbLike(s[:open]) {
		return s
	}
	after := strings.Fields(s[close+2:])
	if len(after) == 0 || !verbLike(after[0]) || strings.HasSuffix(after[0], ",") || countWords(s[:close]) < lateVerb {
		return s
	}
	t := s[:open] + " " + s[close+2:]
	if countWords(t) < 6 {
		return s
	}
	return t
}

var ingPrepositions = makeSet(`During Following According Including Regarding Concerning Pending Notwithstanding Excluding Considering`)

// compoundPreps end on "of" or "to" ("ahead of", "due to"): no cut between.
var compoundPreps = makeSet(`ahead because instead out part regardless prior due according next close thanks owing`)

var determiners = makeSet(`a an the this these those its his her their our my your`)

var listJoiners = makeSet(`and or but nor then so yet plus as`)

// subordinators open a subordinate clause, which has a verb of its own.
var subordinators = makeSet(`While Though Although When Whenever If Because Since Once Until After Before`)

// startsPhrase reports a word a headline may be cut before: a preposition,
// a conjunction or a relative pronoun.
func startsPhrase(w string) bool {
	w = strings.ToLower(strings.Trim(w, `"'(`))
	return phraseStarters[w] || w == "that" || w == "whose"
}

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
slept spent felt heard knew thought bought caught taught fought sought meant read broke stole`)

// splitsPair reports whether a cut at byte i of s would break "between X and
// Y" or "both X and Y": the cut is at "and" and one of those words is among
// the three before it.
func splitsPair(s string, i int) bool {
	if !strings.HasPrefix(strings.TrimLeft(s[i:], " ,"), "and ") {
		return false
	}
	before := strings.Fields(s[:i])
	return splitsPairWords(append(before, "and"), len(before))
}

// splitsPairWords is splitsPair on words, for a cut before words[i].
func splitsPairWords(words []string, i int) bool {
	if i >= len(words) || strings.ToLower(words[i]) != "and" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch strings.ToLower(words[k]) {
		case "between", "both":
			return true
		}
	}
	return false
}

// trimDangling removes trailing words a headline must not end on.
func trimDangling(words []string) []string {
	for len(words) > 3 {
		w := words[len(words)-1]
		bare := strings.ToLower(strings.Trim(w, `.,;:"'()-–—`))
		if bare == "" || danglers[bare] {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	return words
}

// EndsMidPhrase reports whether a headline ends on a word that leaves the
// phrase open (a preposition, article, conjunction, auxiliary or possessive)
// or on a comma, or leaves a quotation or bracket open.
func EndsMidPhrase(h string) bool {
	h = strings.TrimSpace(h)
	if h == "" {
		return false
	}
	if strings.HasSuffix(h, ",") || strings.HasSuffix(h, ":") || strings.HasSuffix(h, "-") {
		return true
	}
	if strings.Count(h, `"`)%2 == 1 || strings.Count(h, "(") != strings.Count(h, ")") {
		return true
	}
	words := strings.Fields(h)
	last := strings.ToLower(strings.Trim(words[len(words)-1], `.,;:"'()!?`))
	if danglers[last] {
		return true
	}
	// "between slim" without its "and none".
	for k := len(words) - 2; k >= 0 && k >= len(words)-3; k-- {
		if strings.EqualFold(words[k], "between") {
			return true
		}
	}
	return false
}

var danglers = makeSet(`a an the of in on at to for from by with about into onto over under after before
than as and or but nor so yet if that which who whom whose where when while because although though
is are was were be been being has have had do does did will would shall should can could may might must
his her their its our my your this these those such very more most less least not no per via amid
against between among during since until upon within without including says said say told
likely unlikely expected set due able unable poised going ready about longer whether
near across toward towards behind beyond inside outside throughout despite unlike like`)

// phraseStarters begin a new phrase: a headline may be cut before them.
var phraseStarters = makeSet(`in on at to for from by with about into over under after before as and or but
which who where when while because although though despite amid against during since until without including`)

// quantifiers leave a phrase open when a headline ends on them.
var quantifiers = makeSet(`just only about some nearly almost around more fewer than least over up`)

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// startsWithPronoun reports a sentence that starts with a personal pronoun.
func startsWithPronoun(s string) bool {
	w := strings.ToLower(strings.Fields(s + " x")[0])
	switch w {
	case "they", "he", "she", "it", "we", "i", "you", "them", "him", "her":
		return true
	}
	return false
}

// removeDays deletes day references ("on Tuesday", "yesterday") but keeps a
// possessive one ("Saturday's elections"), which is part of a noun phrase.
func removeDays(s string) string {
	var b strings.Builder
	last := 0
	for _, loc := range reDays.FindAllStringIndex(s, -1) {
		if strings.HasPrefix(s[loc[1]:], "'s") || strings.HasPrefix(s[loc[1]:], "’s") {
			continue
		}
		// "the early hours of Tuesday", "missing since Friday": removing the
		// day would leave the preposition.
		if prev := strings.ToLower(lastWord(s[:loc[0]])); dayPrepositions[prev] && isDayName(strings.Fields(s[loc[0]:loc[1]])[0]) {
			continue
		}
		// A bare day after a capitalised word names an event ("Black
		// Friday", "Super Tuesday").
		if first := strings.Fields(s[loc[0]:loc[1]])[0]; isDayName(first) {
			if prev := lastWord(s[:loc[0]]); prev != "" && !startsLower(prev) && !strings.HasSuffix(prev, ",") {
				continue
			}
		}
		b.WriteString(s[last:loc[0]])
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// hasVerbLike reports whether s has a word that is most likely a verb: an
// auxiliary, a common irregular past or a lower-case word ending in -ed or
// -ing. It is deliberately narrow (no -s forms, which are mostly plurals).
func hasVerbLike(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, `.,;:"'()`)
		if auxiliaries[w] || irregularPast[w] || len(w) > 4 && startsLower(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return true
		}
	}
	return false
}

// hasFiniteVerb is hasVerbLike without -ing forms: "In offering advice,"
// has no finite verb, "Last year £3m was spent," has one.
func hasFiniteVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, `.,;:"'()`)
		if auxiliaries[w] || irregularPast[w] || len(w) > 4 && startsLower(w) && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

var auxiliaries = makeSet(`is are was were has have had will would could can may might must should did does do be been being`)

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

var dayPrepositions = makeSet(`of for between and or to`)

func isDayName(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// mayHaveDay is a cheap test that s may contain a reDays match: each of its
// alternatives contains one of these words.
func mayHaveDay(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "day") || strings.Contains(l, "night") || strings.Contains(l, "week") || strings.Contains(l, "morning")
}

func countWords(s string) int { return len(strings.Fields(s)) }

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// balance removes an unmatched quotation mark or bracket left by a cut.
func balance(s string) string {
	if strings.Count(s, `"`)%2 == 1 {
		if i := strings.LastIndex(s, `"`); i >= 0 {
			s = strings.TrimSpace(s[:i] + s[i+1:])
		}
	}
	if strings.Count(s, "(") > strings.Count(s, ")") {
		if i := strings.LastIndex(s, "("); i >= 0 {
			s = strings.TrimRight(strings.TrimSpace(s[:i]), ",;:-")
		}
	}
	return s
}
