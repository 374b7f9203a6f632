package quotes

import "strings"

// Reading the speaker mention out of the words of an attribution.

// speakerFromRegion reads the speaker mention from the words next to a cue
// verb: its first comma-separated chunk, parentheticals dropped, cut before
// a relative clause or preposition. A chunk ending in capitalised words is a
// name (words before it are its role); a pronoun is a pronoun; anything else
// starting with a determiner or ending in a role noun is a description.
// With tail set, the chunk is the one just before the cue.
func speakerFromRegion(toks []token, tail bool) attribution {
	var a attribution
	// drop parentheticals
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
	// comma chunks
	var chunks [][]token
	st := 0
	for k, t := range ts {
		if t.Text == "," || t.Text == ":" || isDash(t) {
			chunks = append(chunks, ts[st:k])
			st = k + 1
		}
	}
	chunks = append(chunks, ts[st:])
	if tail {
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
			if len(chunks) >= 3 && len(last) == 0 {
				// unreachable: an empty chunk before the verb
			}
			return x
		}
		if len(last) == 0 && len(chunks) >= 3 {
			// "Hugh Hill, a doctor, said": appositive before the verb
			if x := frontNP(chunks[len(chunks)-3]); x.ok {
				if y, ok := namedAppositive(chunks[len(chunks)-2]); ok && x.kind == 'd' {
					// "Sweden's chief prosecutor, Eva Berg, said": the name is the speaker
					y.appos = joinToks(chunks[len(chunks)-3])
					return y
				}
				x.appos = joinToks(chunks[len(chunks)-2])
				return x
			}
		}
		for ci, ch := range chunks {
			if x := frontNP(ch); x.ok {
				if ci+1 < len(chunks)-1 {
					x.appos = joinToks(chunks[ci+1])
				}
				return x
			}
		}
		return a
	}
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
				if b := ch[len(ch)-len(y.np)-1]; b.Word && !b.Upper && isRoleNoun(lower(b)) {
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
				return a
			}
			continue
		}
		if ci+1 < len(chunks) {
			ap := chunks[ci+1]
			if y, ok := namedAppositive(ap); ok && x.kind == 'd' {
				y.appos = joinToks(ch)
				return y
			}
			if len(ap) > 0 && (determiners[lower(ap[0])] || isRoleNoun(ap[len(ap)-1].Text)) {
				x.appos = joinToks(ap)
			}
		}
		return x
	}
	return a
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
			if personNoun(ts[len(ts)-1].Text) {
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
		if !ch[k].Upper && !isRoleNoun(lw) && (strings.HasSuffix(lw, "ing") && len(lw) > 5) {
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
		for len(run) > 0 && sentenceStarters[run[0].Text] && !isTitle(run[0].Text) && run[0].Text != "The" {
			run = run[1:]
		}
		if len(run) > 0 && !isDayOrMonth(run[len(run)-1].Text) {
			x := attribution{np: run, kind: 'n', ok: true}
			if k > 0 {
				x.appos = joinToks(head[:k])
			}
			if len(run) == len(head) || k > 0 {
				return x
			}
			return x
		}
	}
	// a description
	if determiners[lower(head[0])] || head[0].Poss || nominalHead(head[len(head)-1].Text) {
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
	for len(run) > 0 && sentenceStarters[run[0].Text] && !isTitle(run[0].Text) {
		run = run[1:]
	}
	if len(run) == 0 || run[len(run)-1].Poss || isDayOrMonth(run[len(run)-1].Text) {
		return a
	}
	x := attribution{np: run, kind: 'n', ok: true}
	// lower-case role words just before the name ("press secretary Dana Lowe")
	if k > 0 && len(run) == len(ch[k:]) {
		r := k
		for r > 0 && ch[r-1].Word && !ch[r-1].Upper && r > k-4 && !npEnd[lower(ch[r-1])] && !determiners[lower(ch[r-1])] {
			r--
		}
		if r < k && isRoleNoun(lower(ch[k-1])) {
			x.appos = joinToks(ch[r:k])
		}
	}
	return x
}

func isDayOrMonth(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
		"March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Today",
		"Tonight", "Yesterday":
		return true
	}
	return false
}

func pronounTok(t token) bool {
	_, ok := pronouns[lower(t)]
	return ok
}

func joinToks(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.Word {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		if t.Poss {
			b.WriteString("'s")
		}
	}
	return b.String()
}
