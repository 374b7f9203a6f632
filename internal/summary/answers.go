package summary

import "strings"

// A title that asks whether a claim holds ("Does X have Y?", "Is X …?")
// is the claim, not the news: the sentence that states what it states
// asserts the claim (on a fact-check page, the claim being debunked). The
// news is the statement that names the claim and judges it — a clause
// opened by "that" or "whether" after a noun ("the claim that X has Y is
// unsubstantiated", "no evidence that X …") — rather than asserting it.

// yesNoQuestion reports a title that asks whether a claim holds: it ends
// in a question mark and opens on an auxiliary verb.
func yesNoQuestion(title string) bool {
	title = strings.TrimSpace(title)
	if !strings.HasSuffix(title, "?") {
		return false
	}
	f := strings.Fields(title)
	return len(f) > 2 && questionAux[strings.ToLower(f[0])]
}

var questionAux = makeSet(`is are was were do does did has have had can could will would should may might must`)

// answerStatement returns the statement that reports the claim of a
// yes/no question title whose terms are tt: at least half of the title's
// terms (and two or more) come after a "that" or "whether" that completes
// a noun ("the claim that …", "no evidence that …"), more than
// before it, and stay when the sentence is shortened (see Compress). Most
// such terms wins, then the summary's rank. It returns -1 when no
// statement reports the claim.
func (d *document) answerStatement(tt map[int32]bool) int {
	need := max(2, (len(tt)+1)/2)
	var scores []float64
	best, bestN := -1, 0
	for i := range d.sents {
		raw := d.text[d.sents[i].Start:d.sents[i].End]
		if !headlineCandidate(&d.sents[i], raw) || !strings.Contains(raw, " that ") && !strings.Contains(raw, " whether ") {
			continue
		}
		if d.titleShare(tt, d.sents[i].vec)*float64(len(tt)) < float64(need) {
			continue // cheap test before shortening
		}
		// The claim's words after "that" in the sentence, and still there
		// once it is shortened (not in an opening clause that goes).
		n := d.reportedTerms(tt, d.sents[i].words)
		if n >= need {
			n = min(n, int(d.titleShareWords(tt, d.compressedWords(i))*float64(len(tt))+0.5))
		}
		if n < need || n < bestN {
			continue
		}
		if n == bestN {
			if scores == nil {
				scores = d.rank(DefaultParams)
			}
			if scores[i] <= scores[best] {
				continue
			}
		}
		best, bestN = i, n
	}
	return best
}

// reportedTerms counts the title's terms tt in the clause that the first
// "that" or "whether" after a noun opens (see nounComplement), or 0 when
// the words before it have as many (the sentence asserts the claim and
// adds a relative clause).
func (d *document) reportedTerms(tt map[int32]bool, words []string) int {
	for k, w := range words {
		if w != "that" && w != "whether" || !nounComplement(words, k) {
			continue
		}
		before := d.titleShareWords(tt, words[:k])
		after := d.titleShareWords(tt, words[k+1:])
		if after <= before {
			return 0
		}
		return int(after*float64(len(tt)) + 0.5)
	}
	return 0
}

// nounComplement reports a "that" or "whether" at words[k] that completes
// a noun after a determiner ("the claim that", "no evidence that", "their
// false claim that"): the sentence names the claim and says something of
// it. After a verb ("allies insist that …") it only reports someone's
// side, and the lead keeps its place.
func nounComplement(words []string, k int) bool {
	if k < 2 {
		return false
	}
	prev := bareWord(words[k-1])
	if prev == "" || !startsLower(prev) || strings.HasSuffix(words[k-1], ",") {
		return false
	}
	det := func(w string) bool {
		w = strings.ToLower(bareWord(w))
		return determiners[w] || w == "no" || w == "any" || w == "some"
	}
	if det(words[k-2]) {
		return true
	}
	// One modifier between: "the false claim", "no credible evidence"
	// (not "her allies insist").
	mod := strings.ToLower(bareWord(words[k-2]))
	return k >= 3 && det(words[k-3]) && !strings.HasSuffix(words[k-2], ",") && !verbLike(strings.ToLower(prev)) &&
		(adjectiveLike(mod) || strings.HasSuffix(mod, "ed") && len(mod) > 4)
}
