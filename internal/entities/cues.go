package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// runContext reads the evidence around the run words[i:j] (before it for
// the first piece of a split run, after it for the last).
func runContext(words []word, i, j int, run []string, lower map[string]bool) context {
	startsSentence := i == 0 || words[i-1].endsSentence
	prev, prev2, next := "", "", ""
	if i > 0 {
		prev = words[i-1].text
	}
	if i > 1 {
		prev2 = words[i-2].text
	}
	if j < len(words) {
		next = words[j].text
	}
	return context{
		afterPreposition: placePrepositions[prev],
		sentStart:        startsSentence,
		afterThe:         prev == "the",
		orgBefore: (orgCues[prev] || strings.HasSuffix(prev, "-maker")) && !(i > 0 && (words[i-1].endsSentence || words[i-1].possessive)) ||
			prev == "at" && roleBefore(words, i-1) ||
			prev == "of" && (orgOfRoles[prev2] || orgOfRoles[strings.ToLower(prev2)]) && !(i > 1 && words[i-2].endsClause),
		personBefore: (roleNouns[prev] || personNouns[prev]) && !(i > 0 && words[i-1].endsClause) ||
			speechVerbs[prev] && (words[j-1].endsClause || j == len(words)) && !strings.ContainsAny(words[i].raw[:1], "\"“'‘"),
		personAfter: actionVerbs[next] && !words[j-1].endsClause,
		product: productNouns[next] && !words[j-1].endsClause && !words[j-1].possessive || i > 0 && strings.HasPrefix(words[i-1].raw, "$") ||
			j+1 < len(words) && words[j].paren && productNouns[words[j+1].text], // "Payload Services (CLPS) program"
		beforeSaid: speechVerbs[next] || speechVerbs[trimComma(words[j-1].raw)],
		age:        strings.HasSuffix(words[j-1].raw, ",") && j < len(words) && isNumber(trimComma(words[j].raw)),
		orgAfter: appositiveOrg(words, j) || ticker(words, j) && !acronymOf(words[j].text, run) ||
			// "Tottenham's manager", "Walter Reed hospital"; not "Kylie Jenner's company"
			(roleNouns[next] || orgNounsAfter[next] && !words[j-1].possessive) && !words[j-1].endsClause &&
				!(len(run) == 1 && lower[strings.ToLower(run[0])]) && // not "Federal prison"
				!(startsSentence && len(run) == 1),
		placeBefore: prev == "of" && (placeNouns[prev2] || i > 1 && strings.HasSuffix(words[i-2].raw, ",") && isNumber(trimComma(words[i-2].raw))),
		placeAfter:  words[j-1].based || placeNouns[next] && !words[j-1].endsClause,
		placeComma:  placeComma(words, j),
		possessive:  words[j-1].possessive,
	}
}

// listCues looks for a plural noun naming the members of a list around the
// run words[i:j]: up to eight words before it in the sentence ("companies
// selected by NASA: A, B", "newspapers including the A") or after it
// ("A, B and C are among retailers").
func listCues(words []word, i, j int) (org, person bool) {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if words[k].endsSentence {
			break
		}
		org = org || orgPlurals[words[k].text]
		person = person || personPlurals[words[k].text]
	}
	for k := j; k < len(words) && k < j+8; k++ {
		org = org || orgPlurals[words[k].text]
		person = person || personPlurals[words[k].text]
		if words[k].endsSentence {
			break
		}
	}
	return org, person
}

// placeComma reports "X, Scotland," or "X, South Dakota.": the run ending
// at j is followed by a comma and a known country or state that closes the
// clause, as a town is placed in its region.
func placeComma(words []word, j int) bool {
	if j == 0 || j >= len(words) || !strings.HasSuffix(words[j-1].raw, ",") {
		return false
	}
	if isPlace(words[j].text) && !words[j].possessive && words[j].endsClause {
		return true
	}
	return j+1 < len(words) && isPlace(words[j].text+" "+words[j+1].text) && !words[j+1].possessive && words[j+1].endsClause
}

// ticker reports a stock ticker in brackets after the name ending at j
// ("Lowe's (LOW)", "Coty (COTY)"): a listed company.
func ticker(words []word, j int) bool {
	if j >= len(words) || !words[j].paren {
		return false
	}
	t := words[j].text
	n := letters(t)
	return n >= 2 && n <= 5 && allCaps(t) && !strings.ContainsAny(t, ".-") && !knownOrgs[t] && stateCodes[t] == ""
}

// acronymOf reports an acronym made of the run's initials ("Democratic
// Republic of Congo (DRC)", "Human Landing System (HLS)"): a definition,
// not a ticker.
func acronymOf(acr string, run []string) bool {
	var b strings.Builder
	for _, w := range run {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !sentenceStarters[w] {
			b.WriteRune(r)
		}
	}
	in := b.String()
	return len(in) >= 2 && (acr == in || len(acr) >= 3 && acr[0] == in[0] && strings.Contains(in, acr[:2]))
}

func hasAnd(run []string) bool {
	for _, w := range run {
		if w == "and" {
			return true
		}
	}
	return false
}

// roleBefore reports a role noun ("director", "partner") among the few
// words before "at" at k: "senior vp partnerships and revenue at Ubisoft".
func roleBefore(words []word, k int) bool {
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		if roleNouns[words[m].text] || orgOfRoles[words[m].text] {
			return true
		}
		if words[m].endsClause && m < k-1 || words[m].endsSentence {
			break
		}
	}
	return false
}

// appositiveStops end the head of an apposition: in "an analyst with the
// research firm Oanda" the firm is not the person's.
var appositiveStops = set("with", "at", "of", "for", "in", "from", "by", "who", "which", "that")

// appositiveOrg reports ", a/an/the … firm" after the name ending at j.
func appositiveOrg(words []word, j int) bool {
	if j == 0 || j >= len(words) || !strings.HasSuffix(words[j-1].raw, ",") {
		return false
	}
	if t := words[j].text; t != "a" && t != "an" && t != "the" {
		return false
	}
	for k := j + 1; k < len(words) && k <= j+8; k++ {
		if words[k].possessive || roleNouns[words[k].text] {
			return false // "Marco Villa, the company's chief operating officer,"
		}
		if orgCues[words[k].text] {
			return true
		}
		if words[k].endsClause || appositiveStops[words[k].text] {
			break
		}
	}
	return false
}
