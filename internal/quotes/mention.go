package quotes

import (
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Pass 2, continued: reading the speaker mention out of the words of an
// attribution.

// parseNP reads a speaker mention starting at toks[i]: a pronoun, a
// capitalised name (titles included), or a description. It returns the
// mention's tokens and kind.
func parseNP(toks []token, i int) ([]token, byte) {
	if i >= len(toks) || !toks[i].Word {
		return nil, 0
	}
	t := toks[i]
	if _, ok := pronouns[lower(t)]; ok && lower(t) != "it" || lower(t) == "it" {
		if lower(t) == "it" {
			return toks[i : i+1], 'd'
		}
		if lower(t) == "i" || lower(t) == "we" {
			return toks[i : i+1], 'p'
		}
		if lower(t) != "her" || i+1 >= len(toks) || !toks[i+1].Word || isCue(toks[i+1]) || npStop[lower(toks[i+1])] {
			return toks[i : i+1], 'p'
		}
	}
	if t.Upper && !determiners[lower(t)] {
		j := i
		for j < len(toks) && toks[j].Word && (toks[j].Upper || connectors[toks[j].Text] && j+1 < len(toks) && toks[j+1].Upper) {
			if j > i && !adjacentTok(toks[j-1], toks[j]) {
				break
			}
			j++
			if toks[j-1].Poss {
				break
			}
		}
		// "The New York Times" keeps its article
		return toks[i:j], 'n'
	}
	if determiners[lower(t)] || t.Word {
		j := i + 1
		if !determiners[lower(t)] {
			j = i // bare plural: "officials", "sources"
		}
		for j < len(toks) && j-i < 8 && toks[j].Word && !npStop[lower(toks[j])] && !isCue(toks[j]) && !auxWords[lower(toks[j])] {
			lw := lower(toks[j])
			if !toks[j].Upper && (strings.HasSuffix(lw, "ing") && len(lw) > 5 || strings.HasSuffix(lw, "ed") && j > i+1 && !nlp.IsRoleNoun(lw)) {
				break
			}
			j++
			if nlp.IsRoleNoun(lw) && (j >= len(toks) || !toks[j].Word || !nlp.IsRoleNoun(lower(toks[j])) && !toks[j].Upper) {
				break
			}
		}
		if j > i && (determiners[lower(t)] && j > i+1 || !determiners[lower(t)]) {
			np := toks[i:j]
			if !determiners[lower(t)] && !nlp.IsRoleNoun(lower(np[len(np)-1])) {
				return nil, 0
			}
			// a capitalised tail after a description is a name: "the senator, John Smith"
			return np, 'd'
		}
	}
	return nil, 0
}

// speakerFromRegion reads the speaker mention from the words next to a cue
// verb: its first comma-separated chunk, parentheticals dropped, cut before
// a relative clause or preposition. A chunk ending in capitalised words is a
// name (words before it are its role); a pronoun is a pronoun; anything else
// starting with a determiner or ending in a role noun is a description.
// With tail set, the chunk is the one just before the cue.
func speakerFromRegion(toks []token, tail bool) attribution {
	chunks := commaChunks(toks)
	if tail {
		return speakerBeforeCue(chunks)
	}
	return speakerAfterCue(chunks)
}

// commaChunks drops the parentheticals of toks and any auxiliary ending
// them, and splits them at commas, colons and dashes.
func commaChunks(toks []token) [][]token {
	var ts []token
	depth := 0
	for _, t := range toks {
		switch {
		case t.Text == "(" || t.Text == "[":
			depth++
		case t.Text == ")" || t.Text == "]":
			if depth > 0 {
				depth--
			}
		case depth == 0:
			ts = append(ts, t)
		}
	}
	for len(ts) > 0 && auxWords[lower(ts[len(ts)-1])] && !pronounTok(ts[len(ts)-1]) {
		ts = ts[:len(ts)-1]
	}
	var chunks [][]token
	st := 0
	for k, t := range ts {
		if t.Text == "," || t.Text == ":" || isDash(t) {
			chunks = append(chunks, ts[st:k])
			st = k + 1
		}
	}
	return append(chunks, ts[st:])
}

// speakerBeforeCue reads the subject of a cue verb from the chunks before
// it: the subject just before the verb, or the chunk that starts the clause.
func speakerBeforeCue(chunks [][]token) attribution {
	// the subject just before the verb, or the chunk that starts the clause
	last := chunks[len(chunks)-1]
	if n := len(last); n > 0 && lower(last[n-1]) == "who" {
		// "..., including a career Army officer who described": the
		// speaker is the phrase the relative pronoun follows
		ante := last[:n-1]
		if len(ante) == 0 && len(chunks) >= 2 {
			ante = chunks[len(chunks)-2] // "Jo Reed, who described"
		}
		if x := relativeAntecedent(ante); x.ok {
			return x
		}
	}
	if np := nominalWithProper(last, true); np != nil {
		return attribution{np: np, kind: 'd', ok: true}
	}
	if x := tailNP(last); x.ok {
		return x
	}
	if len(last) == 0 && len(chunks) >= 3 {
		// "Hugh Hill, a doctor, said": appositive before the verb
		if x := frontNP(chunks[len(chunks)-3]); x.ok {
			if y, ok := namedAppositive(chunks[len(chunks)-2]); ok && x.kind == 'd' {
				// "Sweden's chief prosecutor, Eva Berg, said": the name is the speaker
				y.appos = nlp.JoinTokens(chunks[len(chunks)-3])
				return y
			}
			x.appos = nlp.JoinTokens(chunks[len(chunks)-2])
			return x
		}
	}
	for ci, ch := range chunks {
		if x := frontNP(ch); x.ok {
			if ci+1 < len(chunks)-1 {
				x.appos = nlp.JoinTokens(chunks[ci+1])
			}
			return x
		}
	}
	return attribution{}
}

// speakerAfterCue reads the speaker from the chunks after an inverted cue
// ("said Hugh Hill, a doctor"): the first chunk that holds a mention, with
// the next chunk as its appositive.
func speakerAfterCue(chunks [][]token) attribution {
	for ci, ch := range chunks {
		if len(ch) == 0 {
			continue
		}
		x := frontNP(ch)
		if np := nominalWithProper(ch, false); np != nil && (!x.ok || x.kind == 'd') {
			x = attribution{np: np, kind: 'd', ok: true}
		}
		if x.ok && x.kind == 'd' && ci == 0 && len(ch) <= 10 {
			// "lead researcher and planetary scientist Lena Marsh": the
			// name after a role noun ends the chunk and is the speaker
			if y := tailNP(ch); y.ok && y.kind == 'n' && len(y.np) < len(ch) {
				if b := ch[len(ch)-len(y.np)-1]; b.Word && !b.Upper && nlp.IsRoleNoun(lower(b)) {
					x = y
				}
			}
		}
		if !x.ok && ci == 0 && len(ch) <= 8 {
			// "said flood widow Rita Dunn": the name ends the chunk
			if y := tailNP(ch); y.ok && y.kind == 'n' {
				x = y
			}
		}
		if !x.ok {
			if ci == 0 {
				return attribution{}
			}
			continue
		}
		if ci+1 < len(chunks) {
			ap := chunks[ci+1]
			if y, ok := namedAppositive(ap); ok && x.kind == 'd' {
				y.appos = nlp.JoinTokens(ch)
				return y
			}
			if len(ap) > 0 && (determiners[lower(ap[0])] || nlp.IsRoleNoun(ap[len(ap)-1].Text)) {
				x.appos = nlp.JoinTokens(ap)
			}
		}
		return x
	}
	return attribution{}
}

// relativeAntecedent reads the phrase that ends just before a relative
// "who": a name ("Jo Reed") or a description that starts with an article
// and ends in a noun for a person ("a career Army officer").
func relativeAntecedent(ts []token) attribution {
	if x := tailNP(ts); x.ok && x.kind == 'n' {
		return x
	}
	for d := len(ts) - 2; d >= 0 && d >= len(ts)-6; d-- {
		if !ts[d].Word {
			break
		}
		switch lower(ts[d]) {
		case "a", "an", "the":
			if nlp.PersonNoun(ts[len(ts)-1].Text) {
				return attribution{np: ts[d:], kind: 'd', ok: true}
			}
			return attribution{}
		}
	}
	return attribution{}
}

// namedAppositive reads a chunk that is nothing but a person's name of two
// to four words ("Eva Berg" in "the chief prosecutor, Eva Berg, said").
func namedAppositive(ch []token) (attribution, bool) {
	x := frontNP(ch)
	if !x.ok || x.kind != 'n' || len(x.np) != len(ch) || x.appos != "" || len(ch) < 2 || len(ch) > 4 ||
		nonPersonLast[ch[len(ch)-1].Text] {
		return attribution{}, false
	}
	return x, true
}

// frontNP reads a mention at the start of ch.
func frontNP(ch []token) attribution {
	var a attribution
	if len(ch) == 0 || !ch[0].Word {
		return a
	}
	if pronounTok(ch[0]) && (len(ch) == 1 || lower(ch[0]) != "her") {
		if lower(ch[0]) == "it" {
			return attribution{np: ch[:1], kind: 'd', ok: true}
		}
		return attribution{np: ch[:1], kind: 'p', ok: true}
	}
	if prepositions[lower(ch[0])] {
		return a
	}
	// cut before a relative clause or preposition
	end := len(ch)
	for k := 1; k < len(ch); k++ {
		if !ch[k].Word || npEnd[lower(ch[k])] && !ch[k].Upper || isCue(ch[k]) {
			end = k
			break
		}
		lw := lower(ch[k])
		if !ch[k].Upper && !nlp.IsRoleNoun(lw) && (strings.HasSuffix(lw, "ing") && len(lw) > 5) {
			end = k
			break
		}
	}
	head := ch[:end]
	if len(head) > 10 {
		return a
	}
	// a capitalised run at the end is a name; words before it are its role
	k := len(head)
	for k > 0 && head[k-1].Word && (head[k-1].Upper || connectors[head[k-1].Text] && k < len(head)) && !(determiners[lower(head[k-1])] && k-1 > 0) {
		k--
		if head[k].Poss && k < len(head)-1 {
			k++
			break
		}
	}
	if k < len(head) && !head[len(head)-1].Poss {
		run := head[k:]
		for len(run) > 0 && sentenceStarters[run[0].Text] && !nlp.IsTitle(run[0].Text) && run[0].Text != "The" {
			run = run[1:]
		}
		if len(run) > 0 && !nlp.IsDayOrMonth(run[len(run)-1].Text) {
			x := attribution{np: run, kind: 'n', ok: true}
			if k > 0 {
				x.appos = nlp.JoinTokens(head[:k])
			}
			return x
		}
	}
	// a description
	if determiners[lower(head[0])] || head[0].Poss || nlp.NominalHead(head[len(head)-1].Text) {
		if len(head) == 1 && determiners[lower(head[0])] || isClause(head) {
			return a
		}
		return attribution{np: head, kind: 'd', ok: true}
	}
	return a
}

// finiteVerbs are the auxiliaries that show a run of words is a clause.
var finiteVerbs = set("is", "was", "were", "are", "am", "has", "have", "had", "could", "would", "can", "will",
	"may", "might", "must", "should", "shall", "did", "does", "do", "be", "been")

// isClause reports words that make a clause, not a noun phrase: "These
// results were consistent", "That's why I always", "There's a".
func isClause(ws []token) bool {
	switch lower(ws[0]) {
	case "that", "there", "this", "it", "what", "here", "who", "where":
		if ws[0].Poss { // "That's": the 's is "is"
			return true
		}
	}
	for _, w := range ws[1:] {
		if finiteVerbs[lower(w)] {
			return true
		}
	}
	return false
}

// tailNP reads the name or pronoun just before a cue verb ("... Trump said").
func tailNP(ch []token) attribution {
	var a attribution
	if len(ch) == 0 {
		return a
	}
	last := ch[len(ch)-1]
	if pronounTok(last) {
		if lower(last) == "it" {
			return attribution{np: ch[len(ch)-1:], kind: 'd', ok: true}
		}
		return attribution{np: ch[len(ch)-1:], kind: 'p', ok: true}
	}
	k := len(ch)
	for k > 0 && ch[k-1].Word && (ch[k-1].Upper || connectors[ch[k-1].Text] && k < len(ch)) && !determiners[lower(ch[k-1])] {
		k--
		if k > 0 && !adjacentTok(ch[k-1], ch[k]) {
			break
		}
		if k < len(ch)-1 && ch[k].Poss {
			k++
			break
		}
	}
	run := ch[k:]
	for len(run) > 0 && sentenceStarters[run[0].Text] && !nlp.IsTitle(run[0].Text) {
		run = run[1:]
	}
	if len(run) == 0 || run[len(run)-1].Poss || nlp.IsDayOrMonth(run[len(run)-1].Text) {
		return a
	}
	x := attribution{np: run, kind: 'n', ok: true}
	// lower-case role words just before the name ("press secretary Dana Lowe")
	if k > 0 && len(run) == len(ch[k:]) {
		r := k
		for r > 0 && ch[r-1].Word && !ch[r-1].Upper && r > k-4 && !npEnd[lower(ch[r-1])] && !determiners[lower(ch[r-1])] {
			r--
		}
		if r < k && nlp.IsRoleNoun(lower(ch[k-1])) {
			x.appos = nlp.JoinTokens(ch[r:k])
		}
	}
	return x
}

// properInner may stand inside the name of an organisation or an office.
var properInner = nlp.InnerNameWords()

// nominalWithProper reads a description whose role noun is followed by a
// preposition and a proper name: "Business owners on Riverside Parade",
// "analysts at the Institute for Fiscal Studies", "a spokesperson for
// Western Lines". The proper name says who the speakers are; it is not the
// speaker itself. With atEnd the name must end ch (the subject just before
// a cue verb); otherwise the description must start ch. It returns the
// description's tokens, or nil.
func nominalWithProper(ch []token, atEnd bool) []token {
	for h := 0; h+2 < len(ch) && h < 8; h++ {
		if !ch[h].Word || !nlp.PersonNoun(ch[h].Text) || ch[h].Poss || !properPreps[ch[h+1].Text] {
			continue
		}
		// the words of the description before its head: lower case, or a
		// determiner, or the first word of the chunk
		s := h
		for s > 0 && h-s < 3 && ch[s-1].Word && !ch[s-1].Poss && !prepositions[lower(ch[s-1])] && !npEnd[lower(ch[s-1])] {
			if determiners[lower(ch[s-1])] {
				s--
				break
			}
			if ch[s-1].Upper && s-1 > 0 {
				break
			}
			s--
		}
		if ch[s].Upper && (nlp.IsTitle(ch[s].Text) || givenNames[ch[s].Text]) || !atEnd && s > 0 {
			return nil
		}
		// the proper name after the preposition
		e := h + 2
		lastCap := -1
		for e < len(ch) && e-h < 12 && ch[e].Word && (ch[e].Upper || properInner[ch[e].Text] || connectors[ch[e].Text]) {
			if ch[e].Upper {
				lastCap = e
			}
			if ch[e].Poss && e+1 < len(ch) && !ch[e+1].Upper {
				break
			}
			e++
		}
		if lastCap < 0 || atEnd && (e != len(ch) || lastCap != len(ch)-1) {
			return nil
		}
		return ch[s : lastCap+1]
	}
	return nil
}
