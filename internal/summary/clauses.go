package summary

import (
	"regexp"
	"strings"
)

// The clause-level rules of Compress: which opening clause, aside or
// relative clause a too-long sentence can lose, and the cheap word tests
// (verb-like, phrase starters) that decide it without a parser.

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
	head := intro
	// "Despite the rain, and the wind that battered the coast, thousands
	// ran": a phrase joined by "and" runs on to the next comma.
	for rest != "" && listJoiners[strings.ToLower(strings.Fields(rest)[0])] {
		c := strings.Index(rest, ", ")
		if c < 0 || countWords(rest[:c]) > 20 {
			return s
		}
		intro, rest = intro+rest[:c+2], rest[c+2:]
	}
	if countWords(rest) < 6 || startsWithPronoun(rest) || relativePronouns[strings.ToLower(strings.Fields(rest)[0])] {
		return s // nothing left to stand alone, or "which is big, the mayor..."
	}
	// "At the start of each month Elena, a teacher, spreads...": the comma
	// closed no intro but opened an appositive.
	if c := strings.Index(rest, ", "); c >= 0 && countWords(rest[:c]) <= 6 {
		if after := strings.Fields(rest[c+2:]); len(after) > 0 && verbLike(after[0]) {
			return s
		}
	}
	// A subordinate clause ("When the minister arrived,") has a verb; an
	// adverbial phrase ("In a letter on Monday,") has none. Anything else is
	// a main clause or an appositive that the comma only seems to close
	// ("Last year £3m was spent,", "When Jo Bloggs, the minister,"). A
	// participle opens a clause too ("Urging calm, the minister..."), but
	// "During" and "Following" are prepositions; "As" can be either.
	first := strings.Fields(head)[0]
	clause := subordinators[first] || strings.HasSuffix(first, "ing") && !ingPrepositions[first]
	switch {
	case first == "As":
	case clause && !hasVerbLike(head), !clause && hasFiniteVerb(head):
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
	if n := countWords(inside); n == 0 || n > 16 || strings.ContainsAny(inside, `"`) || listJoiners[strings.Fields(inside)[0]] || hasVerbLike(s[:open]) {
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

var relativePronouns = makeSet(`which who whom whose where when that`)

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
