package nlp

import (
	"sort"
	"strings"
	"unicode"
)

// Finding the capitalised phrases of a text and reading their shape: which
// words are a person's name, which a title or role before it, and the role
// phrases written around a name.

// capitalisedPhrases finds the runs of capitalised words in toks.
func capitalisedPhrases(text string, toks []Token) []Mention {
	// a phrase starts with a capitalised word that does not go on a run of
	// them: room for them all (a bracketed first name can start one more;
	// append then grows the slice)
	n, words0 := 0, 0
	for i := range toks {
		if t := &toks[i]; t.Word && t.Upper {
			words0++
			if i == 0 || !continuesRun(text, toks[i-1], *t) {
				n++
			}
		}
	}
	out := make([]Mention, 0, n)
	// the words and titles of every phrase share one array
	words := make([]string, 0, words0+n/2)
	for i := 0; i < len(toks); {
		if !toks[i].Word || !toks[i].Upper {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j-1].Poss && adjacent(text, toks[j-1], toks[j]) {
			t := toks[j]
			if t.Word && (t.Upper || j+1 < len(toks) && toks[j+1].Upper && connectors[t.Text] && adjacent(text, t, toks[j+1])) {
				j++
				continue
			}
			break
		}
		afterPrep := i > 0 && toks[i-1].Word && (properPreps[toks[i-1].Text] || toks[i-1].Text == "to")
		ts := toks[i:j]
		if j-i == 1 && i > 0 && toks[i-1].Text == "(" && j+1 < len(toks) && toks[j].Text == ")" && toks[j+1].Word && toks[j+1].Upper &&
			(maleNames[toks[i].Text] || femaleNames[toks[i].Text]) {
			// "Coach (Frank) Mercer": a first name in brackets
			ts = []Token{toks[i], toks[j+1]}
			j += 2
		}
		// "said Will Garner": a first name that is also a common word
		keepFirst := len(ts) > 1 && i > 0 && isCue(toks[i-1]) && (maleNames[toks[i].Text] || femaleNames[toks[i].Text])
		if p, ok := makePhrase(ts, &words, afterPrep, keepFirst); ok {
			k := j
			for k < len(toks) && k < j+3 && hasLower(auxWords, toks[k].Text) && !pronounTok(toks[k]) {
				k++
			}
			p.CueSubject = k < len(toks) && isCue(toks[k]) && !weakCues[toks[k].Text]
			out = append(out, p)
		}
		i = j
	}
	return out
}

// continuesRun reports whether the capitalised word b goes on the run of
// capitalised words that a ends, as capitalisedPhrases joins them.
func continuesRun(text string, a, b Token) bool {
	return a.Word && a.Upper && !a.Poss && adjacent(text, a, b)
}

// adjacent reports whether b follows a with only white space between, on
// the same line: a heading ("Time for Dr. Quill") is no part of a name
// starting the next paragraph.
func adjacent(text string, a, b Token) bool {
	if b.Start-a.End > 3 {
		return false
	}
	for _, r := range text[a.End:b.Start] {
		if !unicode.IsSpace(r) || r == '\n' || r == '\r' {
			return false
		}
	}
	return b.Start > a.End
}

// makePhrase reads a run of capitalised words; afterPrep says a lower-case
// preposition comes just before it ("envoy to Ukraine Carl Brenner"); keepFirst
// keeps a first word that may start sentences ("Will" in "said Will Garner").
// The phrase's words and titles are appended to *words, whose array they
// share.
func makePhrase(ts []Token, words *[]string, afterPrep, keepFirst bool) (Mention, bool) {
	// drop ordinary sentence-initial words
	for len(ts) > 0 && sentenceStarters[ts[0].Text] && !keepFirst {
		ts = ts[1:]
	}
	if len(ts) == 0 {
		return Mention{}, false
	}
	a := len(*words)
	for _, t := range ts {
		*words = append(*words, t.Text)
	}
	// full slice expressions keep an append to one phrase's slices from
	// writing into the next phrase's words
	ws := (*words)[a:len(*words):len(*words)]
	k := roleEnd(ws)
	if k < 0 && afterPrep {
		if f := firstNameAfter(ws); f > 0 {
			// the words before the name end the preposition's phrase
			ts, ws = ts[f:], ws[f:]
		}
	}
	p := Mention{Start: ts[0].Start, End: ts[len(ts)-1].End}
	// a title after a name word is part of a name only in "Mr" position
	a = len(*words)
	for i := 0; i <= k; i++ {
		if isTitle(ws[i]) {
			*words = append(*words, stripDot(ws[i]))
		}
	}
	if len(*words) > a {
		p.Titles = (*words)[a:len(*words):len(*words)]
	}
	p.Role = roleText(ws[:k+1])
	if k+1 < len(ws) {
		p.Name = ws[k+1:]
	}
	if len(p.Name) > 0 {
		p.NameStart = ts[k+1].Start
	} else {
		p.NameStart = p.End
	}
	// suffixes are not surnames
	if n := len(p.Name); n > 1 && (p.Name[n-1] == "Jr." || p.Name[n-1] == "Sr." || p.Name[n-1] == "Jr" || p.Name[n-1] == "III" || p.Name[n-1] == "II") {
		p.Name = p.Name[:n-1]
	}
	return p, true
}

// roleEnd returns the index of the last title or role word of a capitalised
// phrase, -1 if none. A title word that ends the phrase after a name word is
// a surname ("Charlie King").
func roleEnd(ws []string) int {
	k := -1
	for i, w := range ws {
		if isTitle(w) || isRoleNoun(w) {
			if i == len(ws)-1 && i > 0 && !isTitle(ws[i-1]) && !isRoleNoun(ws[i-1]) && !connectors[ws[i-1]] && (maleNames[ws[i-1]] || femaleNames[ws[i-1]] || titleSurnames[w]) {
				break // "Alan Doctor", "Charlie King", "Howard Dean"
			}
			if i == len(ws)-1 && i > 0 && titleSurnames[w] && courtesyTitles[stripDot(ws[i-1])] {
				break // "Mr. King"
			}
			k = i
		}
	}
	if k >= 0 {
		return k
	}
	// capitalised common nouns or an acronym before a first name and
	// surname are a role: "Visitor Jean Morris", "Shopper Ann Lee", "NASA
	// Administrator Joan Keller", "Singer-guitarists Tom Haines"
	if f := firstNameAfter(ws); f > 0 && !connectors[ws[f+1]] {
		role := true
		for _, w := range ws[:f] {
			role = role && (agentNoun(w) || pluralAgent(w) || acronym(w))
		}
		if role && !acronym(ws[f-1]) {
			k = f - 1
		}
	}
	return k
}

// roleText joins the role words of a capitalised phrase; a lone common noun
// capitalised only because it starts the sentence is written in lower case
// ("Visitor Jean Morris": "visitor").
func roleText(ws []string) string {
	if len(ws) == 1 && !isTitle(ws[0]) && (isRoleNoun(ws[0]) || agentNoun(ws[0])) {
		return strings.ToLower(ws[0])
	}
	return strings.Join(ws, " ")
}

// firstNameAfter returns the index of a known first name that follows
// other words, none of them a first name, and comes before a surname of one
// or two words ("Joan Keller" in "NASA Administrator Joan
// Keller"); 0 if there is none.
func firstNameAfter(ws []string) int {
	for i := 1; i < len(ws); i++ {
		if maleNames[ws[i-1]] || femaleNames[ws[i-1]] || connectors[ws[i-1]] {
			return 0
		}
		if maleNames[ws[i]] || femaleNames[ws[i]] || hyphenatedFirst(ws[i]) {
			if n := len(ws) - i; n == 2 || n == 3 {
				return i
			}
			return 0
		}
	}
	return 0
}

// hyphenatedFirst: a double first name, both halves capitalised and one a
// known first name ("Eva-Marie", "Jean-Pierre").
func hyphenatedFirst(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && unicode.IsUpper(rune(a[0])) && unicode.IsUpper(rune(b[0])) &&
		(maleNames[a] || femaleNames[a] || maleNames[b] || femaleNames[b])
}

// plainName: two or three capitalised alphabetic words that look like a
// person's name rather than a place or institution.
func plainName(ws []string) bool {
	if placeFirst[ws[0]] {
		return false
	}
	for _, w := range ws {
		if nonPersonLast[w] || isTitle(w) || sentenceStarters[w] || isDayOrMonth(w) {
			return false
		}
		upper := 0
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' {
				return false
			}
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if upper == len(w) && len(w) > 1 {
			return false // acronyms
		}
	}
	return true
}

// agentNoun: a capitalised word that looks like a common noun for a person
// ("Visitor", "Shopper", "Pensioner", "Resident"), not a first name.
func agentNoun(w string) bool {
	if maleNames[w] || femaleNames[w] || isTitle(w) || len(w) < 5 || strings.ToUpper(w) == w {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"or", "er", "ist", "ant", "ent", "ian", "eer"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return isRoleNoun(lw)
}

// pluralAgent: a plural or hyphenated noun for people ("Singer-guitarists",
// "Pensioners").
func pluralAgent(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if part == "" {
			continue
		}
		if len(part) > 4 && strings.HasSuffix(part, "s") {
			part = part[:len(part)-1]
		}
		if agentNoun(strings.ToUpper(part[:1])+part[1:]) || isRoleNoun(part) {
			return true
		}
	}
	return false
}

// acronym: two or more capital letters ("NASA", "ESA").
func acronym(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 &&
		strings.IndexFunc(w, func(r rune) bool { return !unicode.IsUpper(r) }) < 0
}

// roleAround finds a lower-case role phrase just before the name at [s, e)
// ("press secretary", "the transport minister,") or an appositive just after
// it (", a doctor who ..."). It returns "" when there is none.
func roleAround(toks []Token, sents []int, s, e int) string {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= s })
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= e })
	// before
	k := i
	if k > 0 && toks[k-1].Text == "," {
		k--
	}
	r := k
	for r > 0 && k-r < 4 && toks[r-1].Word && !toks[r-1].Upper && !hasLower(determiners, toks[r-1].Text) && !hasLower(npEnd, toks[r-1].Text) && !cueVerbs[toks[r-1].Text] {
		r--
	}
	if r < k && isRoleNoun(lower(toks[k-1])) {
		// a capitalised word starting the sentence belongs to the role:
		// "Opposition leader Mark Jessop", "Local resident Joan Whitfield"
		if r > 0 && toks[r-1].Word && toks[r-1].Upper && !toks[r-1].Poss && !sentenceStarters[toks[r-1].Text] && k == i {
			if j := sort.SearchInts(sents, toks[r-1].Start); j < len(sents) && sents[j] == toks[r-1].Start {
				r--
				if w := toks[r].Text; strings.ToUpper(w) != w && !properAdjective(w) {
					return strings.ToLower(w[:1]) + JoinTokens(toks[r:k])[1:]
				}
			}
		}
		return JoinTokens(toks[r:k])
	}
	// after: ", a doctor who ..." / ", executive director of ..."
	if j < len(toks) && toks[j].Text == "," {
		c := j + 1
		if c < len(toks) && (lower(toks[c]) == "a" || lower(toks[c]) == "an" || lower(toks[c]) == "the") {
			c++
		}
		st := c
		for c < len(toks) && c-st < 5 && toks[c].Word && !hasLower(npEnd, toks[c].Text) && !cueVerbs[toks[c].Text] {
			c++
		}
		if c > st && isRoleNoun(lower(toks[c-1])) {
			// "director of highways", "head of Glenmuir Primary": a short
			// of-phrase that ends the appositive belongs to the role
			if c+1 < len(toks) && (toks[c].Text == "of" || toks[c].Text == "for") {
				m := c + 1
				for m < len(toks) && m-c <= 5 && toks[m].Word && !hasLower(npEnd, toks[m].Text) || m < len(toks) && m > c+1 && (toks[m].Text == "the" || toks[m].Text == "of") {
					m++
				}
				if m > c+1 && m-c <= 5 && (m == len(toks) || toks[m].Text == "," || isTerminator(toks[m])) {
					c = m
				}
			}
			return JoinTokens(toks[st:c])
		}
	}
	return ""
}

// properAdjective: a capitalised word that keeps its capital mid-sentence
// ("Russian", "Republican", "Democratic", "Israeli").
func properAdjective(w string) bool {
	for _, suf := range []string{"an", "ish", "ese", "ic", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return isTitle(w) || placeFirst[w]
}

// personBefore reports whether the word just before a name at pos is a cue
// verb ("says Buser") or a lower-case noun for a person ("the novelist Jo
// Walton").
func personBefore(toks []Token, pos int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= pos }) - 1
	if i < 0 || !toks[i].Word || toks[i].Upper {
		return false
	}
	return isCue(toks[i]) || personNoun(toks[i].Text)
}

// nominalHead: a role noun or its plural ("spokesman", "analysts", "owners").
func nominalHead(w string) bool {
	lw := strings.ToLower(w)
	return isRoleNoun(lw) || len(lw) > 3 && strings.HasSuffix(lw, "s") && isRoleNoun(lw[:len(lw)-1])
}

// personNoun: a nominal head, or a word that looks like a noun for a person
// ("shopkeeper", "traders"); only where the context says a person speaks.
func personNoun(w string) bool {
	lw := strings.ToLower(w)
	if nominalHead(lw) {
		return true
	}
	if len(lw) > 3 && strings.HasSuffix(lw, "s") {
		lw = lw[:len(lw)-1]
	}
	return agentNoun(lw)
}
