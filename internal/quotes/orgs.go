package quotes

import (
	"strings"
)

// Organisations speak through statements and spokespeople: "it said", "the
// FAA assured". The article names the organisation as an earlier speaker, or
// spells out its acronym once; the speaker is that name. ("The agency said"
// stays a description: the nearest organisation named before it was the
// right one too rarely on news text to guess.)

// orgSpeaker is the latest organisation credited with a quotation before
// pos within two paragraphs, for "it said".
func (d *doc) orgSpeaker(pos int) string {
	pi := d.paraOf(pos)
	for i := len(d.said) - 1; i >= 0 && i >= len(d.said)-40; i-- {
		s := d.said[i]
		if s.Pos >= pos {
			continue
		}
		if pi-d.paraOf(s.Pos) > 2 || pos-s.Pos > 3000 {
			break
		}
		if s.Canon != "" && !isDescription(s.Canon) && s.Gender == 0 && !d.nm.Evident(s.Canon) {
			return s.Canon
		}
	}
	return ""
}

// namedOrg finds the organisation a description such as "the production
// company" or "the agency" refers to: the nearest earlier name, outside
// quotations and within three paragraphs, holding one of the description's
// words ("Harbour Lane Productions", "Environmental Protection Agency"). Only a
// shared word links them: the nearest organisation alone is too often
// another one.
func (d *doc) namedOrg(np []token, pos int) string {
	want := map[string]bool{}
	for _, t := range np[1:] {
		if t.Word {
			want[stem(lower(t))] = true
		}
	}
	pi := d.paraOf(pos)
	lo := max(d.paras[max(0, pi-3)].Start, pos-4000)
	toks := d.outsideQuotes(lo, pos)
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if !t.Word || !t.Upper || !want[stem(lower(t))] || sentenceStarters[t.Text] {
			continue
		}
		s, e := i, i+1
		for s > 0 && toks[s-1].Word && (toks[s-1].Upper && !sentenceStarters[toks[s-1].Text] || properInner[toks[s-1].Text]) && adjacentTok(toks[s-1], toks[s]) && !toks[s-1].Poss {
			s--
		}
		for s < i && properInner[toks[s].Text] {
			s++
		}
		for e < len(toks) && toks[e].Word && (toks[e].Upper || properInner[toks[e].Text] && e+1 < len(toks) && toks[e+1].Upper) && adjacentTok(toks[e-1], toks[e]) && !toks[e-1].Poss {
			e++
		}
		if e-s < 2 {
			continue // "Agency" alone names nothing
		}
		ws := make([]string, 0, e-s)
		for _, x := range toks[s:e] {
			ws = append(ws, x.Text)
		}
		return strings.Join(ws, " ")
	}
	return ""
}

// stem folds a plural: "productions" and "production" are one.
func stem(w string) string {
	w = strings.TrimSuffix(w, "s")
	return w
}

// memberSynonyms link two words for the same members: "the physicians" of
// a group named "Doctors for ...".
var memberSynonyms = map[string]string{"physician": "doctor", "doctor": "physician", "attorney": "lawyer",
	"lawyer": "attorney", "medic": "doctor"}

// memberGroup finds the group a plural description stands for when the
// group is named after its members: "the doctors" or "the physicians" in an
// article that names "Doctors for Rural Care", "the mothers" for "Mothers
// Against Drunk Driving". The name must be a capitalised run of at least two
// words opening with the description's noun (or its synonym), written
// outside quotations before pos; the nearest such run wins. "" when the
// article names no such group: a plural alone ("the players") is never tied
// to the nearest organisation.
func (d *doc) memberGroup(noun string, pos int) string {
	want := map[string]bool{stem(noun): true}
	if syn, ok := memberSynonyms[stem(noun)]; ok {
		want[syn] = true
	}
	toks := d.outsideQuotes(max(0, pos-20000), pos)
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if !t.Word || !t.Upper || !want[stem(lower(t))] || i > 0 && toks[i-1].Upper && toks[i-1].Word && adjacentTok(toks[i-1], t) && !sentenceStarters[toks[i-1].Text] {
			continue // "Doctors" opens the name, not "Army Doctors"
		}
		e := i + 1
		for e < len(toks) && toks[e].Word && (toks[e].Upper || properInner[toks[e].Text] && e+1 < len(toks) && toks[e+1].Upper || toks[e].Text == "Against" || toks[e].Text == "Without") && adjacentTok(toks[e-1], toks[e]) && !toks[e-1].Poss {
			e++
		}
		if e-i < 2 {
			continue // "Doctors say ..." at a sentence start
		}
		ws := make([]string, 0, e-i)
		for _, x := range toks[i:e] {
			ws = append(ws, x.Text)
		}
		return strings.Join(ws, " ")
	}
	return ""
}

// byMembers reads "by seven physicians" or "by the doctors" just after pos
// and gives the group those members form (memberGroup), or "".
func (d *doc) byMembers(at, pos int) string {
	ts := d.tokensIn(at, min(len(d.text), at+80))
	if len(ts) < 2 || lower(ts[0]) != "by" {
		return ""
	}
	ts = ts[1:]
	if w := lower(ts[0]); (w == "the" || numberWords[w] || ts[0].Text[0] >= '0' && ts[0].Text[0] <= '9') && len(ts) > 1 {
		ts = ts[1:]
	}
	if !ts[0].Word || ts[0].Upper || !strings.HasSuffix(ts[0].Text, "s") {
		return ""
	}
	return d.memberGroup(ts[0].Text, pos)
}

// numberWords count the members of a group ("signed by seven physicians").
var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"dozens", "hundreds", "thousands", "several", "many", "some", "dozen", "more", "over")

// acronymSubject reads the sentence before the one holding pos: when its
// subject is an acronym the article spells out ("In August, CBP announced
// ..."), "the agency" in the next sentence is that organisation. An acronym
// subject is an organisation for certain, unlike the nearest name.
func (d *doc) acronymSubject(pos int) string {
	ss := d.sentStart(pos)
	if ss == 0 {
		return ""
	}
	ts := d.tokensIn(d.sentStart(ss-1), ss)
	for k := 0; k < len(ts) && k < 5; k++ {
		if ts[k].Text == "," {
			ts = ts[k+1:] // a fronted adverbial: "In August,"
			break
		}
	}
	if len(ts) < 2 || !ts[0].Word || !isCue(ts[1]) && !finiteVerbs[lower(ts[1])] {
		return ""
	}
	acr := ts[0].Text
	if len(acr) < 2 || strings.ToUpper(acr) != acr {
		return ""
	}
	if full := d.nm.ExpandAcronym(acr); full != acr {
		return full
	}
	return ""
}
