package summary

import (
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// featurePenalty is what a sign of a feature lede costs a headline
// candidate (on the scale of its rank, lead prior and title share).
const featurePenalty = 0.3

// featureLede reports a sentence that sets a scene or gives background
// rather than stating the news, by the way it is written: it opens in the
// first or second person or addresses the reader ("you", "your" outside a
// quotation), opens on a time frame in the past ("Earlier this year", "Three
// years ago", "At the time", "Back in"), dwells on duration ("for years",
// "for decades") or tells what had happened before (a past perfect main
// verb). Questions and quotations are not candidates at all.
func featureLede(raw string) bool {
	lw := unquotedWords(raw)
	if len(lw) == 0 {
		return false
	}
	for k, w := range lw {
		lw[k] = strings.ToLower(strings.Trim(w, `"',.;:!?()“”‘’—–`))
	}
	switch lw[0] {
	case "i", "i'm", "i’m", "we", "we're", "we’re", "my", "our", "me":
		return true
	}
	if pastFrame(lw) {
		return true
	}
	reported := false // past "that" or a saying verb: no longer the main clause
	for k, w := range lw {
		if w == "that" || headSaying[w] {
			reported = true
		}
		switch w {
		case "you", "your", "you're", "you’re", "you've", "you’ve", "yourself":
			return true
		case "had":
			if !reported && k > 0 && k+1 < len(lw) && pastPerfect(lw[k-1], lw[k+1]) {
				return true
			}
		case "for":
			if k+1 < len(lw) && (lw[k+1] == "years" || lw[k+1] == "decades" || lw[k+1] == "generations") {
				return true
			}
		}
	}
	return false
}

// pastFrame reports a sentence that opens on a time frame in the past: its
// first words are "earlier this year", "last year", "at the time", "back in …",
// or a phrase of up to five words ending in "ago".
func pastFrame(lw []string) bool {
	first := lw[0]
	if first == "back" && len(lw) > 1 && (lw[1] == "in" || lw[1] == "then") {
		return true
	}
	if first == "at" && len(lw) > 2 && lw[1] == "the" && lw[2] == "time" {
		return true
	}
	if first == "the" && len(lw) > 2 && (lw[1] == "last" || lw[1] == "first") && lw[2] == "time" {
		return true // "The last time the Post polled all 50 states was in 1988"
	}
	if first == "previously" || first == "originally" {
		return true
	}
	// "Earlier this year" is background; "earlier this week" is news.
	if first == "earlier" && len(lw) > 2 && (lw[2] == "year" || lw[2] == "decade") {
		return true
	}
	if first == "last" && len(lw) > 1 && timeUnits[lw[1]] {
		return true
	}
	for k := 1; k < len(lw) && k < 5; k++ {
		if lw[k] == "ago" {
			return true
		}
	}
	return false
}

var timeUnits = makeSet(`year summer winter spring autumn fall season decade century`)

// pastPerfect reports "had" + a past participle after a subject-like word:
// the main verb tells what had happened before the news.
func pastPerfect(before, after string) bool {
	if before == "who" || before == "which" || before == "that" || before == "if" {
		return false // a relative clause or a condition, not the main verb
	}
	return after == "been" || irregularPast[after] || (strings.HasSuffix(after, "ed") && len(after) > 4)
}

// unquotedWords returns the words of s outside quotation marks.
func unquotedWords(s string) []string {
	var out []string
	in := false
	for _, w := range strings.Fields(s) {
		opens := strings.HasPrefix(w, `"`) || strings.HasPrefix(w, "“")
		closes := strings.HasSuffix(strings.TrimRight(w, ".,;:!?"), `"`) || strings.HasSuffix(strings.TrimRight(w, ".,;:!?"), "”")
		if opens && !in {
			in = !closes || len(w) == 1
			continue
		}
		if in {
			if closes {
				in = false
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

// clauseSubject returns the words of the main clause's subject of a
// sentence's words (after its source mark; nil when no main verb is found) and the index of the main verb: the words
// before the verb after an opening phrase's comma ("Entering the race late,
// Quint is wagering" gives "Quint"), the head before an appositive
// ("The chef, a native of Lyon, opened" gives "The chef"), and the focus
// of a cleft ("It was a cracked valve that caused" gives "a cracked valve").
func clauseSubject(words []string) (subj []string, mv int) {
	if len(words) < 2 {
		return nil, -1
	}
	mv = mainVerb(words, 0)
	for k := 0; mv < 0 && k < 6 && k+2 < len(words); k++ {
		// An opening phrase the clause finder does not know: "A half
		// century on, the band is".
		if strings.HasSuffix(words[k], ",") {
			mv = mainVerb(words, k+1)
			break
		}
	}
	if mv <= 0 {
		return nil, -1
	}
	// The subject runs from the comma that closes an opening phrase to
	// the verb; before an aside closed by a comma at the verb, it is the
	// head before the aside.
	to := mv
	if strings.HasSuffix(words[mv-1], ",") {
		for k := mv - 2; k > 0; k-- {
			if strings.HasSuffix(words[k-1], ",") {
				to = k
				break
			}
		}
	}
	from := 0
	for k := to - 1; k > 0; k-- {
		if strings.HasSuffix(words[k-1], ",") {
			from = k
			break
		}
	}
	subj = words[from:to]
	if len(subj) == 1 && strings.EqualFold(bareWord(subj[0]), "it") && beForms[strings.ToLower(words[mv])] {
		for k := mv + 1; k < len(words) && k <= mv+10; k++ {
			if lw := strings.ToLower(words[k]); lw == "that" || lw == "who" {
				if k > mv+1 {
					return words[mv+1 : k], mv
				}
				break
			}
		}
	}
	return subj, mv
}

// titleHead is the part of a page title before its first colon, dash or
// bar ("UEFA Euro 2020 qualifying" of "UEFA Euro 2020 qualifying: Tracking
// every team"): where its subject is.
func titleHead(title string) string {
	for _, sep := range []string{": ", " - ", " – ", " — ", " | "} {
		if i := strings.Index(title, sep); i > 0 {
			title = title[:i]
		}
	}
	return title
}

// titleSubject returns the term ids of the names in the title's subject:
// the words before its main verb, in the part before a colon or a dash and
// without an opening "How" or "Why", that the article writes as names. It
// is nil when the title has no verb that the finite-verb test finds (a
// label, a noun phrase) or its subject names no one (a common noun is
// too often paraphrased: "doctors" in the title, "physicians" in the lede).
func (d *document) titleSubject(title string) map[int32]bool {
	words := strings.Fields(strings.ToLower(titleHead(title)))
	if len(words) > 0 && (words[0] == "how" || words[0] == "why") {
		words = words[1:]
	}
	if len(words) < 2 {
		return nil
	}
	mv := mainVerb(words, 0)
	if mv <= 0 {
		return nil
	}
	out := map[int32]bool{}
	for _, w := range words[:mv] {
		st := stem(w)
		if st == "" || stopwords[st] {
			continue
		}
		if id, ok := d.ids[st]; ok && d.isName(id) {
			out[id] = true
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// mentions reports whether any of words is one of the terms ts.
func (d *document) mentions(ts map[int32]bool, words []string) bool {
	for _, w := range words {
		if id, ok := d.ids[stem(w)]; ok && ts[id] {
			return true
		}
	}
	return false
}

// names reports whether any of words is one of the terms ts written as a
// name (capitalised): "Quint is wagering", not "the nurses asked".
func (d *document) names(ts map[int32]bool, words []string) bool {
	for _, w := range words {
		if id, ok := d.ids[stem(w)]; ok && ts[id] && isCapitalised(w) {
			return true
		}
	}
	return false
}

// sceneWords is how far into the lede the title's subject must appear for
// the lede to be about it.
const sceneWords = 12

// sceneLedes marks the leading candidates (sentence indexes cands) that
// set a scene: when the title says who the story is about (the names in
// its subject, ts), the lede does not name them in its first sceneWords
// words, and a later candidate has one as its subject, every candidate
// before that one whose subject is none of the title's terms tt (not "The
// flood bill" under a title on signing it) is a scene ("Twenty fishermen
// were mending nets when word came that the candidate was on her way"), and the first sentence about the title's subject takes the
// lead's place.
func (d *document) sceneLedes(cands []int, tt, ts map[int32]bool) []bool {
	out := make([]bool, len(cands))
	if len(ts) == 0 || len(cands) < 2 {
		return out
	}
	lede := d.sents[cands[0]].words
	if d.mentions(ts, lede[:min(len(lede), sceneWords)]) {
		return out
	}
	subjects := make([][]string, len(cands))
	for k, i := range cands {
		subjects[k], _ = clauseSubject(d.leadWords(i))
		if k == 0 && describesGroup(subjects[0]) {
			// "The Japanese carmaker has pulled the covers off…" under
			// "Kanto Motors takes…": the lede is about the title's subject,
			// described, not a scene (see namedSubject).
			return out
		}
		if k > 0 && d.names(ts, subjects[k]) {
			for j := 0; j < k; j++ {
				out[j] = !d.mentions(tt, subjects[j])
			}
			return out
		}
	}
	return out
}

// hookLede reports a lede that is a hook: a short sentence alone in its
// paragraph whose verb takes at most two words after it ("The band is
// still touring."), followed by the sentence that says what happened.
func (d *document) hookLede(i int) bool {
	s := &d.sents[i]
	if s.nWords > sceneWords || i+1 >= len(d.sents) || d.sents[i+1].para == s.para || d.sents[i+1].nWords <= s.nWords {
		return false
	}
	if i > 0 && d.sents[i-1].para == s.para {
		return false
	}
	words := d.leadWords(i)
	_, mv := clauseSubject(words)
	after := len(words) - mv - 1
	if mv > 0 && after > 0 && negations[strings.ToLower(words[mv+1])] {
		after-- // "Triple-doubles are not a goal.": the negation is no object
	}
	return mv > 0 && after <= 2
}

// nowTurn returns the position in cands (leading sentence indexes) of a
// sentence in the first two paragraphs that opens on "Now" and turns from
// set-up to the news ("If a spaceship has no hyperdrive, it is usually
// fitted with hibernation pods. … Now ESA has studied how real crews would
// sleep."): the sentences before it are its set-up. It is 0 when there is
// no such turn.
func (d *document) nowTurn(cands []int) int {
	if len(cands) == 0 || datedEvent(d.leadWords(cands[0])) {
		// "A guard was shot and later died Thursday…": a lede that
		// dates its event is the news, and "Now police believe…" a
		// development of it.
		return 0
	}
	for k := 1; k < len(cands) && k <= 3; k++ {
		s := &d.sents[cands[k]]
		if s.para > d.sents[cands[0]].para+1 {
			break
		}
		if w := s.words; len(w) > 2 && strings.TrimRight(w[0], ",") == "Now" && !strings.EqualFold(w[1], "that") {
			return k
		}
	}
	return 0
}

// leadWords returns sentence i's words after its source mark ("WASHINGTON
// (AP) —", "(CNN)"): the words a headline is made of.
func (d *document) leadWords(i int) []string {
	s := &d.sents[i]
	cut := s.Start + nlp.SourceMark(d.text[s.Start:s.End])
	for k, w := range s.words {
		at := int(s.starts[k])
		if at+len(w) <= cut {
			continue // inside the mark
		}
		if at < cut {
			return append([]string{w[cut-at:]}, s.words[k+1:]...) // "(CNN)They"
		}
		return s.words[k:]
	}
	return nil
}

// isName reports whether the term id is written as a name (capitalised
// after a sentence's first word) somewhere in the article.
func (d *document) isName(id int32) bool {
	for i := range d.sents {
		for _, nm := range d.sents[i].names {
			if nm == id {
				return true
			}
		}
	}
	return false
}

// setupLede reports a lede that sets up a contrast: it denies something
// ("The ballad is not about a blanket.") and the sentence after it
// turns on "However," or "But" to say what happened. raw is the lede and
// next the sentence that follows it.
func setupLede(raw, next string) bool {
	nw := strings.Fields(next)
	if len(nw) < 6 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(nw[0], ",")) {
	case "however", "but", "yet", "instead":
	default:
		return false
	}
	for _, w := range unquotedWords(raw) {
		lw := strings.ToLower(bareWord(w))
		if negations[lw] || strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") {
			return true
		}
	}
	return false
}

// negations deny what their clause says.
var negations = makeSet(`not never no nobody nothing none neither nowhere`)

// datedEvent reports whether words date what they report with a day
// reference a headline could lose ("on Tuesday", "yesterday", "last
// night"): the mark of a news lede, which a set-up does not have.
func datedEvent(words []string) bool {
	for k := range words {
		if _, _, ok := dayRange(words, k); ok {
			return true
		}
	}
	return false
}
