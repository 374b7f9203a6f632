package nlp

import "sort"

// Resolving a pronoun: the walk back through the candidates the index holds
// (person mentions and unnamed sentence subjects) and those a stage adds
// (the speakers it has credited with quotations), and the choice among them.

// Antecedents walks back from a pronoun through the people it may refer to,
// nearest first, from three sources: the caller's credited speakers,
// unnamed sentence subjects and person mentions (at one position the
// mention comes last, so that it, the name itself, is the one kept).
type Antecedents struct {
	nm         *Names
	said       []Antecedent
	skip       func(mention int) bool
	si, ni, pi int // the next speaker, unnamed subject and person mention, counting down
}

// Antecedents starts the walk back from a pronoun at pos. said are the
// speakers a stage has credited, in text order (nil for none); skip, when
// not nil, leaves out the person mentions it reports (those inside
// quotations, which refer to no one outside them).
func (nm *Names) Antecedents(pos int, said []Antecedent, skip func(mention int) bool) *Antecedents {
	return &Antecedents{
		nm:   nm,
		said: said,
		skip: skip,
		si:   sort.Search(len(said), func(i int) bool { return said[i].Pos >= pos }) - 1,
		ni:   sort.Search(len(nm.Nominals), func(i int) bool { return nm.Nominals[i].Pos >= pos }) - 1,
		pi:   nm.PersonAt(pos) - 1,
	}
}

// Next returns the nearest candidate not yet returned; ok is false when
// there is none.
func (a *Antecedents) Next() (Antecedent, bool) {
	nm := a.nm
	for {
		sp, np, pp := -1, -1, -1
		if a.si >= 0 {
			sp = a.said[a.si].Pos
		}
		if a.ni >= 0 {
			np = nm.Nominals[a.ni].Pos
		}
		if a.pi >= 0 {
			pp = nm.Mentions[nm.Persons[a.pi]].Start
		}
		switch {
		case sp < 0 && np < 0 && pp < 0:
			return Antecedent{}, false
		case sp >= 0 && sp >= np && sp >= pp:
			a.si--
			return a.said[a.si+1], true
		case np >= 0 && np >= pp:
			a.ni--
			return nm.Nominals[a.ni+1], true
		default:
			k := nm.Persons[a.pi]
			a.pi--
			if a.skip != nil && a.skip(k) {
				continue
			}
			return nm.antecedentOf(k), true
		}
	}
}

// antecedentOf is the candidate the person mention k gives.
func (nm *Names) antecedentOf(k int) Antecedent {
	p := &nm.Mentions[k]
	return Antecedent{Pos: p.Start, Canon: p.Canon, Gender: nm.Gender(p.Canon), Weak: !nm.IsPersonal(p.Canon) && nm.afterLowerWord(p.Start), Mention: k}
}

// ResolvePronoun finds the person a pronoun at pos refers to: the subject
// (first person named) of the nearest earlier sentence that names someone
// of the gender want ('m', 'f'; 0 for any), or the speaker of the nearest
// earlier credited quotation (said, skip: as for Antecedents). An unnamed
// speaker or sentence subject ("an agency spokesman", "the education
// secretary") is a candidate too, within its paragraph: spokesman is he,
// spokeswoman she. It returns the canonical name or description, or "".
func (nm *Names) ResolvePronoun(pos int, want byte, said []Antecedent, skip func(mention int) bool) string {
	const window = 3000
	d := nm.doc
	cur := d.SentenceOf(pos)
	para := d.ParagraphOf(pos)
	cands := nm.Antecedents(pos, said, skip)
	bestSent := -1
	best := ""
	bestWeak := false
	sure := "" // the first candidate of the sentence that is surely a person
	for steps := 0; steps < 90; steps++ {
		c, ok := cands.Next()
		if !ok || pos-c.Pos > window {
			break
		}
		if c.Nominal && d.ParagraphOf(c.Pos) != para {
			continue // an unnamed speaker is referred to only within its paragraph
		}
		if want != 0 && (c.Gender != 0 && c.Gender != want || c.Gender == 'p') {
			continue
		}
		cSent := d.SentenceOf(c.Pos)
		if bestSent >= 0 && cSent != bestSent {
			break // the nearest sentence with a candidate is done
		}
		if cSent == cur && c.Pos >= pos {
			continue
		}
		bestSent = cSent
		best = c.Canon // keep going back within the sentence: the first mention is the subject
		bestWeak = false
		if !c.Weak || c.Gender != 0 || Credited(said, c.Canon, pos) {
			sure = c.Canon
		} else {
			bestWeak = true
		}
	}
	if want != 0 && (sure != "" || bestWeak) {
		// a phrase that is no subject and shows no sign of a person
		// ("known as Harbour Steps") yields to one that does ("the
		// novelist Jo Walton") in the same sentence; with none, "she" is
		// nobody rather than "a Bowling Alley"
		return sure
	}
	return best
}

// Credited reports whether speaker is credited in said (in text order)
// before pos.
func Credited(said []Antecedent, speaker string, pos int) bool {
	for _, s := range said {
		if s.Pos >= pos {
			break
		}
		if s.Canon == speaker {
			return true
		}
	}
	return false
}

// afterLowerWord reports whether a lower-case word comes just before pos,
// as before a name that is no subject ("known as Harbour Steps").
func (nm *Names) afterLowerWord(pos int) bool {
	toks := nm.doc.Tokens
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= pos }) - 1
	return i >= 0 && toks[i].Word && !toks[i].Upper
}
