package summary

import (
	"strings"
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

// variant is one way to shorten a sentence.
type variant struct {
	kept    []string // the words kept, in order
	words   int
	penalty float64 // what the removals cost (lower is better)
	whole   bool    // the sentence kept to its end
}

// tokens splits s into words with their byte spans.
func tokens(s string) []tok {
	var out []tok
	start := -1
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) {
			if start >= 0 {
				out = append(out, tok{s[start:i], start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, tok{s[start:], start, len(s)})
	}
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// Compress returns sentence s as a headline: shortened to at most
// TargetHeadlineWords words where whole constituents can go, to at most
// MaxHeadlineWords otherwise, and the whole sentence (without its source
// marks) when no shortening keeps a complete statement.
func Compress(s string) string {
	vs := compressions(s)
	best := -1
	for i, v := range vs {
		if best < 0 || v.penalty < vs[best].penalty {
			best = i
		}
	}
	if best < 0 {
		return wholeSentence(s)
	}
	return vs[best].text()
}

// wholeSentence is s without its source marks and final punctuation.
func wholeSentence(s string) string {
	s = strings.TrimSpace(s)
	if f := strings.Fields(s); len(f) > maxCompressWords {
		s = strings.Join(f[:maxCompressWords], " ")
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
		s = t
	}
	return upperFirst(s)
}

// compressions lists the complete statements that s can be shortened to,
// each at most MaxHeadlineWords long, with what its removals cost.
func compressions(s string) []variant {
	s = strings.TrimSpace(s)
	if f := strings.Fields(s); len(f) > maxCompressWords {
		s = strings.Join(f[:maxCompressWords], " ")
	}
	base := stripLead(s)
	ws := tokens(base)
	if len(ws) < 3 {
		return nil
	}
	words := make([]string, len(ws))
	for i, t := range ws {
		words[i] = t.w
	}
	var out []variant
	for _, st := range startOptions(base, ws, words) {
		mv := mainVerb(words, st.at)
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
		if m[0] <= st.at || m[1] >= e || n-(m[1]-m[0]) > maxLongWords {
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
	if !balancedWords(kept) || openDash(kept) {
		return variant{}, false
	}
	if mid[0] >= 0 && fidelity(kept, words[st.at:e]) < minFidelity {
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
	if tailSays(kept) {
		cost += 0.1 // and ", police said"
	}
	if trailingClause(kept, mv-st.at) {
		cost += 0.05 // and a trailing ", sending it to the House"
	}
	if e == len(words) && mid[0] < 0 && trailingAppositive(kept, mv-st.at) {
		cost += 0.04 // and ", the county's biggest"
	}
	if startsWithPronoun(kept[0]) || weakOpeners[strings.ToLower(bareWord(kept[0]))] {
		cost += 0.5 // a pronoun or connective nobody can resolve
	}
	return variant{kept: kept, words: n, penalty: cost, whole: e == len(words) && mid[0] < 0}, true
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

// tailSays reports a trailing attribution: ", the chamber of commerce
// said".
func tailSays(kept []string) bool {
	c := -1
	for k := len(kept) - 2; k >= 0 && k >= len(kept)-12; k-- {
		if strings.HasSuffix(kept[k], ",") {
			c = k
			break
		}
	}
	if c < 0 {
		return false
	}
	for k := c + 1; k < len(kept); k++ {
		if sayingVerbs[strings.ToLower(bareWord(kept[k]))] {
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

// fidelity is the share of kept's word trigrams that occur in orig.
func fidelity(kept, orig []string) float64 {
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
		for _, p := range strings.FieldsFunc(strings.ToLower(w), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}) {
			ts = append(ts, p)
		}
	}
	var out []string
	for i := 0; i+3 <= len(ts); i++ {
		out = append(out, ts[i]+" "+ts[i+1]+" "+ts[i+2])
	}
	return out
}

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
	if lb == "" || danglers[lb] || determiners[lb] || adjective || strings.HasSuffix(lb, "'s") || strings.HasSuffix(lb, "’s") || strings.HasSuffix(last, "'") {
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
	if startsLower(bareWord(last)) && (strings.HasPrefix(last, `"`) || strings.HasPrefix(last, "“")) {
		return 0, false // a quoted modifier: create a "stronger" (business)
	}
	if reportedOpen(words, mv, e) {
		return 0, false // "NASA said the five companies" without their verb
	}
	if openSubordinate(words, mv, e) {
		return 0, false // "has arrived as the tech giant's streaming service" without its verb
	}
	next := words[e]
	if strings.HasSuffix(last, ",") || strings.HasSuffix(last, ";") || strings.HasSuffix(last, ":") {
		if finiteAt(words, e) || listGoesOn(words, e) || phraseGoesOn(words, e) {
			// "a quest that, unknown to us, would": the clause goes on
			// after the aside; "DH, the Spokane advertising, public
			// relations and...": a list goes on; "dragged the police
			// chief, Ian Ede, to court": the verb's phrase goes on.
			return 0, false
		}
		return 0.03, true
	}
	if strings.HasPrefix(next, "(") || next == "--" || next == "-" {
		return 0.03, true
	}
	if next == "—" || next == "–" {
		// What follows a dash at the end of a statement runs on ("— and
		// that's a promise"); a headline ends before it only where the
		// sentence ends.
		return 0, false
	}
	if strings.ContainsAny(last, `"”`) && !strings.HasSuffix(last, `"`) && !strings.HasSuffix(last, "”") {
		return 0, false
	}
	nb := strings.ToLower(strings.Trim(next, `"'“‘(`))
	switch {
	case timeNouns[lb] && clauseOpeners[nb]:
		return 0, false // "in the hours | before he died"
	case nb == "and" || nb == "or" || nb == "but":
		// Only before a clause ("and 20 teams have booked", "and fled"),
		// never inside a list or a pair ("between slim | and none").
		if splitsPair(words, e) || !clauseFollows(words, e+1) {
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
	if !(irregularPast[w] || strings.HasSuffix(w, "ed") && len(w) > 4) {
		return false
	}
	prev := strings.ToLower(bareWord(words[i-1]))
	if strings.HasSuffix(words[i-1], ",") || listJoiners[prev] || subjectPronouns[prev] {
		return false // "met the minister and discussed", "said he resigned"
	}
	return !beForms[prev] && !haveForms[prev] && !strings.HasSuffix(prev, "n't") && prev != "not" && !strings.HasSuffix(prev, "ly")
}

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
	k := i - 1
	if p := strings.ToLower(bareWord(words[k])); (strings.HasSuffix(p, "ly") || p == "very" || p == "so" || p == "too" || p == "more" || p == "most" || p == "not") && k > 0 {
		k--
	}
	p := strings.ToLower(bareWord(words[k]))
	return beForms[p] || p == "become" || p == "becomes" || p == "became" || p == "seems" || p == "remains" || p == "remain"
}

// reportedOpen reports a headline that ends inside the reported clause of
// a verb of saying with no "that" ("NASA said the five companies"): the
// clause has no verb of its own before the end.
func reportedOpen(words []string, mv, e int) bool {
	if !sayingVerbs[strings.ToLower(bareWord(words[mv]))] || mv+1 >= e {
		return false
	}
	if strings.EqualFold(words[mv+1], "that") || strings.HasSuffix(words[mv], ",") {
		return false
	}
	if !objectStart(words[mv+1]) && !subjectPronouns[strings.ToLower(bareWord(words[mv+1]))] {
		return false
	}
	for k := mv + 2; k < e; k++ {
		if finiteAt(words, k) {
			return false
		}
	}
	return true
}

var sayingVerbs = makeSet(`said says say announced announces reported reports told tells claimed claims
warned warns believes believe thinks think argued argues added adds confirmed confirms noted notes`)

// openDash reports words that leave a dash pair open.
func openDash(words []string) bool {
	n := 0
	for _, w := range words {
		if w == "—" || w == "–" || w == "--" {
			n++
		}
	}
	return n%2 == 1
}

// listGoesOn reports whether the words from i continue a list that a comma
// before them opened: "and" or "or" within the next four words, with no
// verb before it.
func listGoesOn(words []string, i int) bool {
	if i >= len(words) {
		return false
	}
	if first := strings.ToLower(bareWord(words[i])); listJoiners[first] || phraseStarters[first] || clauseOpeners[first] || adjunctOpeners[first] || relativePronouns[first] || strings.HasSuffix(first, "ing") {
		return false // a clause or phrase, not the next item
	}
	for k := i; k < len(words) && k < i+5; k++ {
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
	for i := mv + 1; i < e; i++ {
		w := strings.ToLower(bareWord(words[i]))
		switch {
		case clauseOnly[w] || clauseOrPhrase[w]:
			k = i
		case k >= 0 && finiteAt(words, i):
			k = -1
		}
	}
	if k < 0 {
		return false
	}
	if clauseOnly[strings.ToLower(bareWord(words[k]))] {
		return true
	}
	return k+1 < len(words) && mainVerb(words, k+1) >= e
}

// clauseOnly open a clause that needs a verb of its own; clauseOrPhrase
// open a clause or a phrase.
var (
	clauseOnly     = makeSet(`while because although though whereas unless if whether`)
	clauseOrPhrase = makeSet(`as since until before after when once`)
)
