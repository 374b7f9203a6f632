package summary

import "strings"

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
