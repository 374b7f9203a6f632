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

// maxCompressWords is how much of a sentence Compress reads.
const maxCompressWords = 80

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
// words, in the order a sub-editor works: drop the source marks and the
// attribution, then, while it is too long, what precedes or interrupts the
// main clause, then trailing clauses, and only then cut at a phrase
// boundary.
func Compress(s string) string {
	s = strings.TrimSpace(s)
	// Only the start of a sentence can become its headline; capping the
	// input keeps every step linear on a pathological "sentence" (a page
	// with no full stop).
	if f := strings.Fields(s); len(f) > maxCompressWords {
		s = strings.Join(f[:maxCompressWords], " ")
	}
	orig := s
	s = dropSourceMarks(s)
	s = dropAttribution(s)
	s = strings.TrimRight(strings.TrimSpace(s), ".!;:, ")
	if mayHaveDay(s) {
		if t := removeDays(s); countWords(t) >= 4 {
			s = t
		}
	}
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
	s = dropTrailingClauses(s)
	words := cutAtPhrase(strings.Fields(s))
	words = tidyEnd(words, countWords(orig))
	return balance(strings.TrimRight(strings.Join(words, " "), ".,;:-–— "))
}

// dropSourceMarks removes datelines ("WASHINGTON (Reuters) -") and
// parentheticals.
func dropSourceMarks(s string) string {
	s = reDateline.ReplaceAllString(s, "")
	s = reCapsSource.ReplaceAllString(s, "")
	s = reCapsLine.ReplaceAllString(s, "")
	return reParen.ReplaceAllString(s, "")
}

// dropAttribution removes ", officials said", ", according to X" and a
// leading "Police said (that)".
func dropAttribution(s string) string {
	if t := reTailAttr.ReplaceAllString(s, ""); countWords(t) >= 4 {
		s = t
	}
	if t := reTailAcc.ReplaceAllString(s, ""); countWords(t) >= 4 {
		s = t
	}
	// "Police said the man..." loses its attribution when a clause with a
	// verb follows, but not "Engineers confirmed a crack in the wall" (an
	// object, no clause), "The man is said to have..." (an infinitive), "A
	// plan announced by ministers..." (a participle, not a cue), nor
	// "Business owners say they are..." (a pronoun nobody could resolve).
	loc := reHeadAttr.FindStringIndex(s)
	if loc == nil {
		return s
	}
	rest := s[loc[1]:]
	if countWords(rest) >= 5 && !strings.HasPrefix(rest, "to ") && !strings.HasPrefix(rest, "by ") && !startsWithPronoun(rest) && hasVerbLike(rest) {
		return upperFirst(rest)
	}
	return s
}

// dropTrailingClauses removes a trailing participle clause (", sending it to
// the House") and then, while the sentence is too long, trailing clauses,
// latest first.
func dropTrailingClauses(s string) string {
	if loc := reParticiple.FindStringIndex(s); loc != nil && countWords(s[:loc[0]]) >= 6 {
		s = s[:loc[0]]
	}
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
	return s
}

// cutAtPhrase cuts words to MaxHeadlineWords on a phrase boundary.
func cutAtPhrase(words []string) []string {
	if len(words) <= MaxHeadlineWords {
		return words
	}
	// A cut after a number or a quantifier ("by just 312 | votes") splits
	// a phrase: cut before its preposition instead ("...mayor of
	// Eastholm"), giving up at most three more words. Likewise a
	// preposition and one word of its phrase ("in real | terms").
	cut := MaxHeadlineWords
	splitPhrase := phraseStarters[strings.ToLower(words[cut-2])] && startsLower(words[cut])
	if last := strings.ToLower(strings.Trim(words[cut-1], `"'(),`)); hasDigit(last) || quantifiers[last] || splitPhrase {
		for i := cut - 1; i >= MaxHeadlineWords-4; i-- {
			if phraseStarters[strings.ToLower(strings.Trim(words[i], `"'(`))] {
				cut = i
				break
			}
		}
	}
	// Otherwise the cut must fall on a phrase boundary: before a
	// preposition, conjunction, relative pronoun or a last determiner, or
	// after a comma. Go back to the latest one that keeps ten words and
	// does not leave a word that needs what follows ("said", "of").
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
			return words[:i+1]
		}
	}
	return words
}

// tidyEnd removes what a headline must not end on: dangling words, a
// one-word stub after a comma left by a cut (", driven", ", 9"; origWords
// tells whether anything was cut), an open "between April 2004".
func tidyEnd(words []string, origWords int) []string {
	words = trimDangling(words)
	if n := len(words); n > 6 && n < origWords && strings.HasSuffix(words[n-2], ",") {
		if r, _ := utf8.DecodeRuneInString(words[n-1]); unicode.IsLower(r) || unicode.IsDigit(r) {
			words = trimDangling(words[:n-1])
		}
	}
	for k := len(words) - 1; k >= len(words)-3 && k >= 6; k-- {
		if strings.EqualFold(words[k], "between") {
			return trimDangling(words[:k])
		}
	}
	return words
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
