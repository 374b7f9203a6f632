package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// runContext reads the evidence around the run words[i:j] (before it for
// the first piece of a split run, after it for the last).
func runContext(words []word, i, j int, run []string, lower *lowerSet) context {
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
	pc, nc := wordClasses[prev], wordClasses[next]
	var p2c uint32 // read only after "of"
	if prev == "of" {
		p2c = wordClasses[prev2]
	}
	return context{
		afterPreposition: pc&clPlacePreposition != 0,
		sentStart:        startsSentence,
		afterThe:         prev == "the",
		orgBefore: (pc&clOrgCue != 0 || strings.HasSuffix(prev, "-maker")) && !(i > 0 && (words[i-1].endsSentence || words[i-1].possessive)) ||
			prev == "at" && roleBefore(words, i-1) ||
			prev == "of" && (p2c&clOrgOfRole != 0 || lowerIn(orgOfRoles, prev2)) && !(i > 1 && words[i-2].endsClause),
		personBefore: pc&(clRoleNoun|clPersonNoun) != 0 && !(i > 0 && words[i-1].endsClause) ||
			pc&clSpeechVerb != 0 && (words[j-1].endsClause || j == len(words)) && !strings.ContainsAny(words[i].raw[:1], "\"“'‘"),
		personAfter: nc&clActionVerb != 0 && !words[j-1].endsClause || statLine(words, i, j),
		product: nc&clProductNoun != 0 && !words[j-1].endsClause && !words[j-1].possessive || i > 0 && strings.HasPrefix(words[i-1].raw, "$") ||
			j+1 < len(words) && words[j].paren && productNouns[words[j+1].text] || // "Payload Services (CLPS) program"
			modelNumber(words, i, j) ||
			i > 0 && pc&clProductNoun != 0 && strings.ContainsAny(words[i].raw[:1], "\"“'‘"), // his book "Financial Freedom: …"
		beforeSaid: nc&clSpeechVerb != 0 || speechVerbs[trimComma(words[j-1].raw)],
		age:        strings.HasSuffix(words[j-1].raw, ",") && j < len(words) && isNumber(trimComma(words[j].raw)),
		orgAfter: appositiveOrg(words, j) || ticker(words, j) && !acronymOf(words[j].text, run) ||
			// "Westbury's manager", "Walter Brandt hospital"; not "Nadia Brennan's company"
			(nc&clRoleNoun != 0 || nc&clOrgNounAfter != 0 && !words[j-1].possessive) && !words[j-1].endsClause &&
				!(len(run) == 1 && lower.has(run[0])) && // not "Federal prison"
				!(startsSentence && len(run) == 1),
		placeBefore: prev == "of" && (p2c&clPlaceNoun != 0 || i > 1 && strings.HasSuffix(words[i-2].raw, ",") && isNumber(trimComma(words[i-2].raw))),
		placeAfter:  words[j-1].based || nc&clPlaceNoun != 0 && !words[j-1].endsClause,
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
		c := wordClasses[words[k].text]
		org = org || c&clOrgPlural != 0
		person = person || c&clPersonPlural != 0
	}
	for k := j; k < len(words) && k < j+8; k++ {
		c := wordClasses[words[k].text]
		org = org || c&clOrgPlural != 0
		person = person || c&clPersonPlural != 0
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
	return j+1 < len(words) && !words[j+1].possessive && words[j+1].endsClause && isPlaceWords([]string{words[j].text, words[j+1].text})
}

// ticker reports a stock ticker in brackets after the name ending at j
// ("Lowe's (LOW)", "Corvel (CRVL)"): a listed company.
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
// words before "at" at k: "senior vp partnerships and revenue at Vantora".
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
// research firm Quantra" the firm is not the person's.
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
			return false // "Mario Ferrante, the company's chief operating officer,"
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

// modelNumber reports a model number after the run ending at j, itself
// followed by a capitalised word ("the Lexus LC 500 Convertible", "an
// Ecoflow River 370 Review", "Linksys Velop Wi-Fi 6 Mesh Router"): the run
// names a product; so does a lone code in capitals before a number ("the
// gorgeous LC 500 grand tourer"). A score or a count is followed by a
// lower-case word or a comma ("Derek Mertz 3 saves", "Viera 3, Rockledge 1").
func modelNumber(words []word, i, j int) bool {
	if j == 0 || j >= len(words) || words[j-1].endsClause || !isNumber(words[j].text) || words[j].paren {
		return false
	}
	if j == i+1 && isAcronym(words[i].text) && !knownOrgs[words[i].text] {
		return true
	}
	if j+1 >= len(words) || words[j].endsClause {
		return false
	}
	next := words[j+1].text
	return capitalised(next) && !sentenceStarters[next]
}

// termAcronyms adds to terms the acronyms that words define as terms, not
// names: an acronym in brackets after the words it abbreviates, or an
// acronym followed by them in brackets, when those words hold no
// organisation word, make no place and are not all capitalised ("binge
// eating disorder (BED)", "FIRE (financial independence, retire early)");
// "Drug Enforcement Administration (DEA)" defines a name.
func termAcronyms(words []word, terms map[string]bool) {
	for k, w := range words {
		if !strings.HasPrefix(w.raw, "(") {
			continue
		}
		acr := w.text
		if t, ok := strings.CutSuffix(acr, "s"); ok && isAcronym(t) {
			acr = t // "G protein-coupled receptors (GPCRs)"
		}
		if w.paren && isAcronym(acr) && !knownOrgs[acr] && k > 0 {
			if exp := expansion(words[:k], acr, true); exp != nil && termWords(exp) {
				terms[acr] = true
			}
			continue
		}
		if k > 0 && isAcronym(words[k-1].text) && !knownOrgs[words[k-1].text] && !words[k-1].paren {
			// "FIRE (financial …": the expansion opens the bracket.
			end := k
			for end < len(words) && end-k < 8 && !strings.Contains(words[end].raw, ")") {
				end++
			}
			if end < len(words) {
				end++
			}
			acr := words[k-1].text
			if exp := expansion(words[k:end], acr, false); exp != nil && termWords(exp) {
				terms[acr] = true
			}
		}
	}
}

// expansion returns the words whose initials spell acr (ignoring case and
// the small words of a name), taken from the end of ws when backward is
// set, else from its start; nil when they do not.
func expansion(ws []word, acr string, backward bool) []string {
	letters := strings.ToUpper(strings.ReplaceAll(acr, ".", ""))
	var out []string
	n := 0
	for m := 0; m < len(ws) && len(out) < len(letters)+3 && n < len(letters); m++ {
		w := ws[m]
		if backward {
			w = ws[len(ws)-1-m]
			if m > 0 && w.endsClause {
				return nil
			}
		}
		if connectors[w.text] || w.text == "and" {
			out = append(out, w.text)
			continue
		}
		whole, first := wordInitials(w.text) // "protein-coupled" gives PC or P
		rest := letters[n:]
		if backward {
			rest = letters[:len(letters)-n]
		}
		switch {
		case len(whole) > 1 && (!backward && strings.HasPrefix(rest, whole) || backward && strings.HasSuffix(rest, whole)):
			n += len(whole)
		case !backward && strings.HasPrefix(rest, first) || backward && strings.HasSuffix(rest, first):
			n++
		default:
			return nil
		}
		out = append(out, w.text)
	}
	if n < len(letters) {
		return nil
	}
	if backward {
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
	}
	return out
}

// wordInitials returns the upper-case initials of a word's hyphenated
// parts ("protein-coupled": "PC") and of the word alone ("P").
func wordInitials(w string) (whole, first string) {
	var b strings.Builder
	for part := range strings.SplitSeq(w, "-") {
		if r, _ := utf8.DecodeRuneInString(part); r != utf8.RuneError {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	whole = b.String()
	r, _ := utf8.DecodeRuneInString(w)
	return whole, string(unicode.ToUpper(r))
}

// termWords: the expansion of an acronym is ordinary words (one at least in
// lower case) and names no organisation and no place. A capitalised
// expansion may be a company's name with no organisation word
// ("International Business Machines (IBM)"), so it defines no term.
func termWords(exp []string) bool {
	lower := false
	for _, w := range exp {
		r, _ := utf8.DecodeRuneInString(w)
		lower = lower || unicode.IsLower(r) && !connectors[w] && w != "and"
	}
	return lower && !hasOrgWord(exp) && !isPlaceWords(exp) && !placeLike(exp) && !mentionsPlace(exp)
}

// statNouns count what a player did in a box score ("19 points", "1 goal").
var statNouns = set("points", "point", "goals", "goal", "assists", "assist", "saves", "save", "rebounds", "steals", "blocks",
	"yards", "touchdowns", "tackles", "hits", "runs", "strikeouts", "receptions", "carries", "kills", "digs", "aces", "wickets")

// statLine reports a box-score line opened by the run words[i:j]: "Armani
// Sheffield 19 points and 3 steals.", "Osas Osaro 3 goals, 1 assist.": the
// run names a player.
func statLine(words []word, i, j int) bool {
	if i > 0 && !words[i-1].endsSentence && !strings.HasSuffix(words[i-1].raw, ":") || j-i < 2 || j-i > 3 || j+1 >= len(words) || words[j-1].endsClause {
		return false
	}
	return isNumber(words[j].text) && !words[j].paren && statNouns[trimComma(strings.TrimRight(words[j+1].raw, "."))]
}
