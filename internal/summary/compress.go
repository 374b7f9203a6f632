package summary

import (
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// A headline is never truncated. Compress and the headline writer shorten a
// sentence only by removing whole constituents that can go — source marks,
// an opening clause or phrase, a leading attribution, one aside, a trailing
// clause or phrase after a comma, dash or phrase-opening word — and keep a
// shortening only when the main clause survives: its subject, its finite
// verb and a last word that can end a phrase.

// tok is one word of a sentence with its byte span.
type tok struct {
	w    string
	s, e int
}

// compressBase is what the shortening reads of the sentence raw at offset
// off: its first maxCompressWords words without the source marks that open
// it (nlp.SourceMark), and those words with their offsets in it.
func compressBase(raw string, off int, words []string, starts []int32) (string, []tok) {
	words = words[:min(len(words), maxCompressWords)]
	if len(words) == 0 {
		return "", nil
	}
	last := len(words) - 1
	first, end := int(starts[0])-off, int(starts[last])-off+len(words[last])
	cut := first + nlp.SourceMark(raw[first:end])
	from := -1
	ws := make([]tok, 0, len(words))
	for k, w := range words {
		s, e := int(starts[k])-off, int(starts[k])-off+len(w)
		if e <= cut {
			continue // inside the source mark
		}
		if s < cut {
			w, s = w[cut-s:], cut // "(CNN)They": the word after the mark
		}
		if from < 0 {
			from = s
		}
		ws = append(ws, tok{w, s - from, e - from})
	}
	if from < 0 {
		return "", nil
	}
	return raw[from:end], ws
}

// variant is one way to shorten a sentence.
type variant struct {
	kept    []string // the words kept, in order
	words   int
	penalty float64 // what the removals cost (lower is better)
	whole   bool    // the sentence kept to its end
	// unresolved: it opens on a pronoun or connective nobody can resolve
	// (see unresolvedCost).
	unresolved bool
}

// wordsOf returns the first white-space words of s (at least
// maxCompressWords of them, all that compression reads) and their byte
// offsets, read from the shared tokeniser (nlp.Tokenize): a run of tokens
// with no space between them is one word. Only that prefix is tokenised: a
// sentence of a million words costs what one of a hundred does.
func wordsOf(s string) (words []string, starts []int32) {
	toks := nlp.Tokenize(s, 0, wordPrefix(s, maxCompressWords+1))
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Start == toks[j-1].End {
			j++
		}
		words = append(words, s[toks[i].Start:toks[j-1].End])
		starts = append(starts, int32(toks[i].Start))
		i = j
	}
	return words, starts
}

// wordPrefix is the length of the prefix of s that holds its first n
// white-space fields (all of s when it has fewer).
func wordPrefix(s string, n int) int {
	fields, inField := 0, false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			inField = false
			continue
		}
		if !inField {
			if fields == n {
				return i
			}
			fields++
			inField = true
		}
	}
	return len(s)
}

// Compress returns sentence s as a headline: shortened to at most
// TargetHeadlineWords words where whole constituents can go, to at most
// MaxHeadlineWords otherwise, and the whole sentence (without its source
// marks) when no shortening keeps a complete statement.
func Compress(s string) string {
	if v, ok := cheapest(compressions(s)); ok {
		return v.text()
	}
	return wholeSentence(s)
}

// compressedWords is the words of Compress of the document's sentence i,
// read from the words the analysis made: its cheapest shortening, or its
// words after the source mark when no shortening keeps a complete
// statement.
func (d *document) compressedWords(i int) []string {
	if v, ok := cheapest(d.compressionsOf(i)); ok {
		return v.kept
	}
	return d.leadWords(i)
}

// cheapest is the variant of vs whose removals cost least.
func cheapest(vs []variant) (variant, bool) {
	best := -1
	for i, v := range vs {
		if best < 0 || v.penalty < vs[best].penalty {
			best = i
		}
	}
	if best < 0 {
		return variant{}, false
	}
	return vs[best], true
}

// wholeSentence is s without its source marks and final punctuation.
func wholeSentence(s string) string {
	s = strings.TrimSpace(s)
	if words, _ := wordsOf(s); len(words) > maxCompressWords {
		s = strings.Join(words[:maxCompressWords], " ")
	}
	return finish(stripLead(s))
}

// finish trims what a headline does not end on: final punctuation and
// spaces.
func finish(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, `,"`) {
		s = strings.TrimSuffix(s, `,"`) + `"` // the comma before a closing quote
	}
	for {
		t := strings.TrimRight(s, ".!;:, ")
		t = strings.TrimSuffix(t, " --")
		t = strings.TrimSuffix(t, " —")
		t = strings.TrimSuffix(t, " –")
		if t == s {
			break
		}
		if initialism(s) {
			// "a fight in S.C.": the last full stop is the
			// abbreviation's.
			s = strings.TrimRight(s, " ")
			break
		}
		s = t
	}
	return upperFirst(s)
}

// initialism reports text that ends with an abbreviation written with full
// stops between its letters and after its last one ("S.C.", "U.S.", "D.C.").
func initialism(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	w := s[k+1:]
	if len(w) < 4 || w[len(w)-1] != '.' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (i%2 == 0) != (c >= 'A' && c <= 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// compressions lists the complete statements that s can be shortened to,
// each at most MaxHeadlineWords long, with what its removals cost.
func compressions(s string) []variant {
	words, starts := wordsOf(s)
	return shortenings(s, 0, words, starts)
}

// compressionsOf is compressions of the document's sentence i, read from
// its words.
func (d *document) compressionsOf(i int) []variant {
	s := &d.sents[i]
	return shortenings(d.text[s.Start:s.End], s.Start, s.words, s.starts)
}

// shortenings is compressions of the sentence raw at byte offset off in its
// text, whose words start at starts.
func shortenings(raw string, off int, words []string, starts []int32) []variant {
	base, ws := compressBase(raw, off, words, starts)
	if len(ws) < 3 {
		return nil
	}
	words = make([]string, len(ws))
	for i, t := range ws {
		words[i] = t.w
	}
	var out []variant
	for _, st := range startOptions(base, ws, words) {
		mv := sentenceVerb(words, st.at)
		if mv < 0 || !hasSubject(words, st.at, mv) {
			continue
		}
		mids := middleOptions(base, ws, words, st.at, mv)
		for e := mv + 1; e <= len(words) && e-st.at <= maxLongWords+maxAside; e++ {
			endCost, ok := endOption(words, e, mv)
			if !ok {
				continue
			}
			if e < len(words) && e-mv < 3 {
				// "has been hit" without "by the plague": a verb needs
				// what follows it unless the sentence ends there.
				endCost += 0.25
			}
			if dayInPhrase(words, e) {
				// "shutting off power" without "Wednesday to some
				// 375,000 people": the day goes, the phrase stays.
				endCost += 0.08
			}
			out = addVariants(out, base, ws, words, st, e, mv, endCost, mids)
		}
	}
	return out
}

// addVariants appends the variant words[st:e] and those with one aside of
// mids removed, when they fit and read as complete.
func addVariants(out []variant, base string, ws []tok, words []string, st start, e, mv int, endCost float64, mids [][2]int) []variant {
	n := e - st.at
	if n <= maxLongWords {
		if v, ok := makeVariant(base, ws, words, st, e, mv, [2]int{-1, -1}, endCost); ok {
			out = append(out, v)
		}
	}
	for _, m := range mids {
		if m[0] <= st.at || m[1] > e || m[1] == e && (!dayWords(words[m[0]:m[1]]) || m[0]-mv < 3) || n-(m[1]-m[0]) > maxLongWords {
			// (A day may go from the end: "cooperation in missile
			// defence activities | yesterday, but…"; not right after the
			// verb, "The strike begins | Monday".)
			continue
		}
		if v, ok := makeVariant(base, ws, words, st, e, mv, m, endCost+asideCost); ok {
			out = append(out, v)
		}
	}
	return out
}

// keepBonus is the bonus per word kept, up to TargetHeadlineWords; every
// other part of a shortening's penalty is a cost, so maxKeepBonus bounds
// how much better than its sentence's score a shortening can be.
const (
	keepBonus    = 0.003
	maxKeepBonus = keepBonus * TargetHeadlineWords
)

// maxAside is the longest aside middleOptions offers to remove.
const maxAside = 16

// asideCost is the cost of removing one aside from the middle of a
// sentence.
const asideCost = 0.06

// makeVariant builds words[st:e] without words[mid[0]:mid[1]] and checks it.
func makeVariant(base string, ws []tok, words []string, st start, e, mv int, mid [2]int, cost float64) (variant, bool) {
	kept := make([]string, 0, e-st.at)
	if mid[0] < 0 {
		kept = append(kept, words[st.at:e]...)
	} else {
		kept = append(kept, words[st.at:mid[0]]...)
		last := len(kept) - 1
		if strings.HasSuffix(words[mid[1]-1], ",") && !strings.HasSuffix(kept[last], ",") {
			kept[last] += "," // "port on Monday, despite" loses the day, not the comma
		} else {
			kept[last] = strings.TrimRight(kept[last], ",;") // an aside goes with both its commas
		}
		kept = append(kept, words[mid[1]:e]...)
	}
	if !balancedWords(kept) || openDash(kept) && !(e == len(words) && finalDashPhrase(kept)) {
		// A dash whose phrase runs to the sentence's end closes with it:
		// "Coty is breaking out — in a good way".
		return variant{}, false
	}
	if mid[0] >= 0 && fidelity(kept, words[st.at:e]) < minFidelity {
		return variant{}, false
	}
	if mid[0] >= 0 && e-mid[1] < endRun && complementEnd(words, e-1) {
		// "the claim … is wholly unsubstantiated" with an aside gone from
		// before "is": the end is judged by finding the headline's last
		// words in the article, and an adjective there that cannot be
		// found reads as cut (issue 12's measure).
		return variant{}, false
	}
	n := len(kept)
	cost += st.cost + lengthCost(n)
	// Among shortenings that cost the same, the one that keeps more of
	// the news.
	cost -= keepBonus * float64(min(n, TargetHeadlineWords))
	if hasBracket(kept) {
		cost += 0.08 // a sub-editor drops brackets where they can go
	}
	if removableDayWords(kept) {
		cost += 0.08 // and "on Tuesday"
	}
	switch {
	case claimed(kept):
		cost -= claimSourceBonus // a claim keeps its source
	case tailSays(kept):
		cost += 0.1 // and ", police said"
	}
	if last := kept[n-1]; !strings.ContainsAny(last, `"'”’`) && objectPronouns[strings.ToLower(bareWord(last))] && finiteVerbs(kept) < 2 {
		// "Scientists are beginning to understand them": whom? (With a
		// clause before it, "backed the deal, five opposed it" names it.)
		cost += 0.2
	}
	if personalVoice(kept) {
		// "we mocked the presidential ambitions…", "something you
		// adopted": a headline reports in the third person; the writer's
		// own voice is a column's or a letter's.
		cost += personalVoiceCost
	}
	if trailingClause(kept, mv-st.at) {
		cost += 0.05 // and a trailing ", sending it to the House"
	}
	if e == len(words) && mid[0] < 0 && trailingAppositive(kept, mv-st.at) {
		cost += 0.04 // and ", the county's biggest"
	}
	if st.at > 0 && laterPronounSubject(kept) {
		// "[Hillary Clinton said] Russian intelligence services hacked
		// into the committee's computers and she accused…": the
		// pronoun's person went with the opening.
		cost += unresolvedCost
	}
	unresolved := false
	if (startsWithPronoun(kept[0]) || pronounSubject(words, st.at, mv) || weakOpeners[strings.ToLower(bareWord(kept[0]))]) && !cleft(kept) {
		cost += unresolvedCost
		unresolved = true
	}
	return variant{kept: kept, words: n, penalty: cost, whole: e == len(words) && mid[0] < 0, unresolved: unresolved}, true
}

// personalVoiceCost is what a shortening pays for speaking in the
// writer's voice (see personalVoice).
const personalVoiceCost = 0.15

// personalVoice reports words in the first or second person outside
// quotation marks: "I", "we", "you", "our", "my", "us", "your" (capitalised
// only as the first word, so "Our Principles PAC" inside a headline is a
// name; at its start it counts).
func personalVoice(kept []string) bool {
	inQuote := false
	for k, w := range kept {
		if strings.HasPrefix(w, `"`) || strings.HasPrefix(w, "“") {
			inQuote = true
		}
		if !inQuote {
			b := bareWord(w)
			if i := strings.IndexAny(b, "'’"); i > 0 {
				b = b[:i] // "I've", "we're"
			}
			// (Capitalised, only at the start: "Our Principles PAC" is a
			// name, "US" a country.)
			if lb := strings.ToLower(b); b == "I" || firstSecondPerson[lb] && (startsLower(b) || k == 0 && b != "US") {
				return true
			}
		}
		if t := strings.TrimRight(w, ",.;:!?"); len(t) > 1 && (strings.HasSuffix(t, `"`) || strings.HasSuffix(t, "”")) {
			inQuote = false
		}
	}
	return false
}

// firstSecondPerson are the pronouns and possessives of the writer and the
// reader, besides "I".
var firstSecondPerson = makeSet(`we us our ours you your yours my me`)

// laterPronounSubject reports "he" or "she" opening a clause after "and",
// "but" or a comma inside kept: a person the headline must have named.
func laterPronounSubject(kept []string) bool {
	for k := 1; k < len(kept); k++ {
		if lw := strings.ToLower(kept[k]); lw != "he" && lw != "she" {
			continue
		}
		if p := strings.ToLower(kept[k-1]); p == "and" || p == "but" || strings.HasSuffix(p, ",") {
			return true
		}
	}
	return false
}

// unresolvedCost is what a shortening pays for opening on a pronoun or
// connective nobody can resolve ("He answered", "And it is not over").
const unresolvedCost = 0.5

// finiteVerbs counts the words of w that are finite verbs.
func finiteVerbs(w []string) int {
	n := 0
	for i := range w {
		if finiteAt(w, i) {
			n++
		}
	}
	return n
}

// objectPronouns end a headline on something only the sentences before it
// name.
var objectPronouns = makeSet(`them him it`)

// finalDashPhrase reports whether the words after the last dash of kept are
// a phrase on the statement ("— in a good way", "– with the public
// beginning to panic", "- exactly eight weeks after he was asked"), not a
// second clause joined to it ("— and I have been working online since
// 2010", "- it will be built"): no conjunction opens it and no finite verb
// comes in its first four words.
func finalDashPhrase(kept []string) bool {
	for k := len(kept) - 1; k > 0; k-- {
		if isDash(kept, k) {
			rest := kept[k+1:]
			return len(rest) > 0 && !listJoiners[strings.ToLower(bareWord(rest[0]))] && !hasFiniteVerbWords(rest[:min(len(rest), 4)])
		}
	}
	return false
}

// text is the headline the variant's words make.
func (v variant) text() string { return finish(strings.Join(v.kept, " ")) }

// balancedWords reports whether quotation marks and brackets are closed.
func balancedWords(kept []string) bool {
	q, curly, paren := 0, 0, 0
	for _, w := range kept {
		q += strings.Count(w, `"`)
		curly += strings.Count(w, "“") - strings.Count(w, "”")
		paren += strings.Count(w, "(") - strings.Count(w, ")")
	}
	return q%2 == 0 && curly == 0 && paren == 0
}

func hasBracket(kept []string) bool {
	for _, w := range kept {
		if strings.Contains(w, "(") {
			return true
		}
	}
	return false
}

// removableDayWords reports a day reference a headline could lose: "on
// Tuesday", "yesterday", "last week", but not "the early hours of Tuesday"
// or "Black Friday".
func removableDayWords(kept []string) bool {
	for k, w := range kept {
		lw := strings.ToLower(bareWord(w))
		switch {
		case lw == "yesterday" || lw == "today":
			return true
		case (lw == "week" || lw == "night" || lw == "morning") && k > 0:
			if p := strings.ToLower(kept[k-1]); p == "this" || p == "last" {
				return true
			}
		case k > 0 && calendarDay(kept, k):
			if _, _, ok := dayRange(kept, k); ok {
				return true
			}
		case isDayName(lw) && k > 0:
			p := kept[k-1]
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || dayPrepositions[strings.ToLower(p)] || !startsLower(p) && !strings.HasSuffix(p, ",") {
				continue
			}
			return true
		}
	}
	return false
}

// dayWords reports words that only name a day ("yesterday", "on
// Tuesday", "late Thursday night"): not a deadline or a span ("by
// Friday", "until Monday", "since Tuesday").
func dayWords(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(bareWord(w))
		if !isDayName(lw) && lw != "yesterday" && lw != "today" && lw != "on" && lw != "this" && lw != "last" && !partsOfDay[lw] && lw != "late" && lw != "early" {
			return false
		}
	}
	return len(words) > 0
}

// dayInPhrase reports a day reference at words[e] inside the verb's phrase,
// which goes on after it: "power [Wednesday] to some 375,000 people",
// "were charged [on Tuesday] with falsifying records". Ending before it
// loses the rest of the phrase, not just the day.
func dayInPhrase(words []string, e int) bool {
	for k := e; k < len(words) && k <= e+2; k++ {
		a, b, ok := dayRange(words, k)
		if !ok || a != e {
			continue
		}
		if b >= len(words) || strings.HasSuffix(words[b-1], ",") {
			return false
		}
		return continuesPhrase[words[b]] || verbPrepositions[words[b]]
	}
	return false
}

// verbPrepositions open the object of a prepositional verb ("charged
// with", "sentenced for", "voted against").
var verbPrepositions = makeSet(`with for against`)

// tailSays reports a trailing attribution with a saying verb (not
// "according to"): ", the chamber of commerce said".
func tailSays(kept []string) bool {
	_, v := tailAttribution(kept)
	return v >= 0 && !strings.EqualFold(kept[v], "according")
}

// tailAttribution finds the last comma among kept's last 12 words and the
// attribution's verb after it — a saying verb, an "according" right after
// the comma, or a poll's or study's "found" — c and v, -1 when there is
// none.
func tailAttribution(kept []string) (c, v int) {
	c, v = -1, -1
	for k := len(kept) - 2; k >= 0 && k >= len(kept)-12; k-- {
		if strings.HasSuffix(kept[k], ",") {
			c = k
			break
		}
	}
	if c < 0 {
		return c, v
	}
	for k := c + 1; k < len(kept); k++ {
		lw := strings.ToLower(bareWord(kept[k]))
		if sayingVerbs[lw] || k == c+1 && lw == "according" && k+1 < len(kept) && kept[k+1] == "to" {
			return c, k // ", Carly Fiorina said"; ", according to a new poll"
		}
		if findingVerbs[lw] && surveyNouns[strings.ToLower(bareWord(kept[k-1]))] {
			return c, k // ", a new poll found"
		}
	}
	return c, v
}

// findingVerbs report what a poll or a study found.
var findingVerbs = makeSet(`found finds shows showed suggests suggested`)

// surveyNouns are the sources whose findings are claims a reader must see
// attributed: "Clinton and Sanders are deadlocked, according to a new poll".
var surveyNouns = makeSet(`poll polls survey surveys study studies`)

// claimSourceBonus is what a shortening gains by keeping the source of a
// claim or an opinion (see claimed): a reader must know whose it is.
const claimSourceBonus = 0.1

// claimed reports a headline whose trailing attribution gives the source of
// a claim or an opinion, which a reader needs ("Donald Trump is on solid
// ground attacking Bill Clinton, Carly Fiorina said"; "Washington did
// not complain…, a Chinese official said"): the statement before the
// attribution holds a modal of judgment or a negation, the attribution
// names a person, or its source is a poll or a study ("…, according to
// three recent polls"). A fact from an office ("…, police said") is not.
func claimed(kept []string) bool {
	c, v := tailAttribution(kept)
	// The attribution ends the headline: its saying verb stands among
	// its last four words (", officials said in a statement"), not a
	// main verb after an aside (", a solutions provider, announced a new
	// North American…").
	if v < 0 {
		return false
	}
	reach := 4
	if strings.EqualFold(kept[v], "according") {
		reach = 7 // ", according to a Military Times survey"
	}
	if len(kept)-v > reach {
		return false
	}
	for _, w := range kept[c+1:] {
		if surveyNouns[strings.ToLower(bareWord(w))] {
			return true // a poll's finding
		}
	}
	for _, w := range kept[:c+1] {
		lw := strings.ToLower(bareWord(w))
		switch lw {
		case "should", "would", "could", "might", "must", "not", "never":
			return true
		}
		if strings.HasSuffix(lw, "n't") {
			return true
		}
	}
	// A person's name: two capitalised words in a row before the verb, or
	// after "according to".
	from, to := c+2, v
	if strings.EqualFold(kept[v], "according") {
		from, to = v+3, len(kept)
	}
	for k := from; k < to; k++ {
		if isCapitalised(kept[k-1]) && isCapitalised(kept[k]) {
			return true
		}
	}
	return false
}

// lengthCost prefers headlines of TargetHeadlineWords words or fewer.
func lengthCost(n int) float64 {
	switch {
	case n < 5:
		return 0.3
	case n < 7:
		return 0.05
	case n <= TargetHeadlineWords:
		return 0
	}
	if n <= MaxHeadlineWords {
		return longCost * float64(n-TargetHeadlineWords)
	}
	// Over the limit: only when no candidate near the top is a complete
	// statement that short.
	return longCost*float64(MaxHeadlineWords-TargetHeadlineWords) + 0.1*float64(n-MaxHeadlineWords)
}

// maxLongWords is the longest complete statement a headline may fall back
// on when no shortening of the leading sentences fits MaxHeadlineWords.
const maxLongWords = 30

// longCost is the cost of each word over TargetHeadlineWords: small, so a
// complete statement of up to MaxHeadlineWords keeps what a shorter
// shortening would lose (measured: at 0.035 per word headlines averaged 13
// words and fell below the first sentence on XSum ROUGE-1, 13.5 vs 14.3; at
// 0.005 they average 16 words and score 14.6).
const longCost = 0.005

// minFidelity is the share of a shortened headline's word trigrams that must
// be the sentence's own: a headline reads as the article's words, and a
// removal from the middle of a short headline changes too much of it.
const minFidelity = 0.8

// fidelity is the share of kept's word trigrams that occur in orig. Words
// are compared by a hash of their lower-cased [a-z0-9] runs, without
// building strings; text that is not all ASCII takes the string path.
func fidelity(kept, orig []string) float64 {
	if !allASCII(kept) || !allASCII(orig) {
		return fidelityStrings(kept, orig)
	}
	var kb, ob [96]uint64
	k, o := trigramHashes(tokenHashes(kb[:0], kept)), trigramHashes(tokenHashes(ob[:0], orig))
	if len(k) == 0 {
		return 1
	}
	hit := 0
	for _, g := range k {
		for _, h := range o {
			if g == h {
				hit++
				break
			}
		}
	}
	return float64(hit) / float64(len(k))
}

func allASCII(words []string) bool {
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if w[i] >= 0x80 {
				return false
			}
		}
	}
	return true
}

// tokenHashes appends the FNV-1a hash of each lower-cased [a-z0-9] run of
// the ASCII words (the tokens trigramKeys splits them into).
func tokenHashes(dst []uint64, words []string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	for _, w := range words {
		h, in := uint64(offset), false
		for i := 0; i < len(w); i++ {
			c := lowerASCII(w[i])
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				h = (h ^ uint64(c)) * prime
				in = true
			} else if in {
				dst = append(dst, h)
				h, in = offset, false
			}
		}
		if in {
			dst = append(dst, h)
		}
	}
	return dst
}

// trigramHashes turns token hashes into trigram hashes, in place.
func trigramHashes(t []uint64) []uint64 {
	if len(t) < 3 {
		return t[:0]
	}
	for i := 0; i+3 <= len(t); i++ {
		t[i] = (t[i]*0x9E3779B97F4A7C15+t[i+1])*0x9E3779B97F4A7C15 + t[i+2]
	}
	return t[:len(t)-2]
}

// fidelityStrings is fidelity by trigram strings.
func fidelityStrings(kept, orig []string) float64 {
	k, o := trigramKeys(kept), trigramKeys(orig)
	if len(k) == 0 {
		return 1
	}
	set := make(map[string]bool, len(o))
	for _, g := range o {
		set[g] = true
	}
	hit := 0
	for _, g := range k {
		if set[g] {
			hit++
		}
	}
	return float64(hit) / float64(len(k))
}

func trigramKeys(words []string) []string {
	var ts []string
	for _, w := range words {
		ts = append(ts, strings.FieldsFunc(strings.ToLower(w), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		})...)
	}
	var out []string
	for i := 0; i+3 <= len(ts); i++ {
		out = append(out, ts[i]+" "+ts[i+1]+" "+ts[i+2])
	}
	return out
}

// pronounSubject reports a main clause whose subject is a lone pronoun
// after an opening phrase: "After the hearing, he told reporters", "By the
// end of May, they'll have run out" have no one a reader can name.
func pronounSubject(words []string, st, mv int) bool {
	for k := max(st+1, mv-2); k <= mv && k < len(words); k++ {
		if !strings.HasSuffix(words[k-1], ",") {
			continue
		}
		w := strings.ToLower(bareWord(words[k]))
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // "you'll", "they're"
		}
		switch w {
		case "he", "she", "they", "it":
			return true // "I", "we" and "you" are the writer and reader
		}
	}
	return false
}

// cleft reports a headline that opens on a cleft, "It was a cracked valve
// that caused the leak": its "it" refers to nothing before it.
func cleft(kept []string) bool {
	if len(kept) < 4 || !strings.EqualFold(kept[0], "it") || !beForms[strings.ToLower(kept[1])] {
		return false
	}
	for k := 3; k < len(kept) && k <= 8; k++ {
		if strings.EqualFold(kept[k], "that") || strings.EqualFold(kept[k], "who") {
			return k+1 < len(kept) && finiteAt(kept, k+1)
		}
	}
	return false
}
