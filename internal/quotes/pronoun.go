package quotes

import (
	"sort"
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Pass 3, continued: the person a pronoun refers to.

// resolvePronoun finds the person a pronoun at pos refers to: the subject
// (first person named) of the nearest earlier sentence that names someone of
// the right gender, or the speaker of the nearest earlier attribution. An
// unnamed speaker or sentence subject ("an agency spokesman", "the
// education secretary") is a candidate too: spokesman is he, spokeswoman she.
func (d *doc) resolvePronoun(pos int, gender string) string {
	want := byte(0)
	if gender == "m" || gender == "f" {
		want = gender[0]
	}
	cur := d.sentenceOf(pos)
	const window = 3000
	cands := d.pronounCandidates(pos)
	bestSent := -1
	best := ""
	bestWeak := false
	sure := "" // the first candidate of the sentence that is surely a person
	para := d.paraOf(pos)
	for steps := 0; steps < 90; steps++ {
		c, ok := cands.next()
		if !ok || pos-c.pos > window {
			break
		}
		if c.nominal && d.paraOf(c.pos) != para {
			continue // an unnamed speaker is referred to only within its paragraph
		}
		if want != 0 && c.gender != 0 && c.gender != want {
			continue
		}
		if want != 0 && c.gender == 'p' {
			continue
		}
		cSent := d.sentenceOf(c.pos)
		if bestSent >= 0 && cSent != bestSent {
			break // the nearest sentence with a candidate is done
		}
		if cSent == cur && c.pos >= pos {
			continue
		}
		bestSent = cSent
		best = c.canon // keep going back within the sentence: the first mention is the subject
		bestWeak = c.weak && c.gender == 0 && !d.saidBy(c.canon, pos)
		if !c.weak || c.gender != 0 || d.saidBy(c.canon, pos) {
			sure = c.canon
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

// nominalSubjects finds the sentences whose subject is an unnamed person:
// "The education secretary insisted ...", "A spokesman for the firm said
// ...". Each is returned with its description ("the education secretary").
func nominalSubjects(toks []token, sents []int) []saidAt {
	var out []saidAt
	ti := 0
	for _, st := range sents {
		for ti < len(toks) && toks[ti].Start < st {
			ti++
		}
		if ti >= len(toks) || toks[ti].Start != st || (toks[ti].Text != "The" && toks[ti].Text != "A" && toks[ti].Text != "An") {
			continue
		}
		h := -1
		for k := ti + 1; k < len(toks) && k <= ti+4; k++ {
			t := toks[k]
			if !t.Word || t.Upper || t.Poss || npEnd[t.Text] || isCue(t) {
				break
			}
			if nlp.NominalHead(t.Text) {
				h = k
			}
		}
		if h < 0 || h+1 >= len(toks) {
			continue
		}
		nx := toks[h+1]
		if !nx.Word || nx.Upper || npEnd[nx.Text] && !(nx.Text == "for" || nx.Text == "of" || nx.Text == "at") || pronounTok(nx) {
			continue
		}
		words := make([]string, 0, h-ti+1)
		for _, t := range toks[ti : h+1] {
			words = append(words, t.Text)
		}
		words[0] = strings.ToLower(words[0])
		desc := strings.Join(words, " ")
		out = append(out, saidAt{pos: st, canon: desc, gender: nominalGender(toks[h].Text), nominal: true})
	}
	return out
}

// candidates walks back from a pronoun through the people it may refer to,
// nearest first, from three sources: attributed speakers, unnamed sentence
// subjects and person phrases outside quotes (at one position the person
// phrase comes last, so that it, the mention itself, is the one kept).
type candidates struct {
	d          *doc
	si, ni, pi int // the next attributed speaker, unnamed subject and person phrase, counting down
}

// pronounCandidates starts the candidates of a pronoun at pos.
func (d *doc) pronounCandidates(pos int) *candidates {
	return &candidates{
		d:  d,
		si: sort.Search(len(d.said), func(i int) bool { return d.said[i].pos >= pos }) - 1,
		ni: sort.Search(len(d.nomSubj), func(i int) bool { return d.nomSubj[i].pos >= pos }) - 1,
		pi: d.nm.PersonAt(pos) - 1,
	}
}

// next returns the nearest candidate not yet returned; ok is false when
// there is none.
func (c *candidates) next() (saidAt, bool) {
	d := c.d
	for {
		sp, np, pp := -1, -1, -1
		if c.si >= 0 {
			sp = d.said[c.si].pos
		}
		if c.ni >= 0 {
			np = d.nomSubj[c.ni].pos
		}
		if c.pi >= 0 {
			pp = d.nm.Mentions[d.nm.Persons[c.pi]].Start
		}
		switch {
		case sp < 0 && np < 0 && pp < 0:
			return saidAt{}, false
		case sp >= 0 && sp >= np && sp >= pp:
			c.si--
			return d.said[c.si+1], true
		case np >= 0 && np >= pp:
			c.ni--
			n := d.nomSubj[c.ni+1]
			if s := d.resolveRole(n.pos, descHead(strings.Fields(n.canon))); s != "" && strings.HasPrefix(n.canon, "the ") {
				n.canon, n.gender, n.nominal = s, d.nm.Gender(s), false
			}
			return n, true
		default:
			k := d.nm.Persons[c.pi]
			p := d.nm.Mentions[k]
			c.pi--
			if d.inQuote[k] {
				continue
			}
			return saidAt{pos: p.Start, canon: p.Canon, gender: d.nm.Gender(p.Canon), weak: !d.nm.IsPersonal(p.Canon) && d.afterLowerWord(p.Start)}, true
		}
	}
}

// afterLowerWord reports whether a lower-case word comes just before pos, as
// before a name that is no subject ("known as Harbour Steps").
func (d *doc) afterLowerWord(pos int) bool {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= pos }) - 1
	return i >= 0 && d.toks[i].Word && !d.toks[i].Upper
}

// saidBy reports whether speaker was attributed a quotation before pos.
func (d *doc) saidBy(speaker string, pos int) bool {
	for _, s := range d.said {
		if s.pos >= pos {
			break
		}
		if s.canon == speaker {
			return true
		}
	}
	return false
}
