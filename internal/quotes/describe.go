package quotes

import (
	"strings"

	"github.com/newsgist/newsgist/internal/nlp"
)

// A description as speaker ("the statement", "a 2018 survey", "the
// 56-year-old", "the agency") stands for someone the article names. A
// reader needs that name, or no speaker at all: "the statement" is not
// someone who speaks.

// docNouns are writings that carry words but do not speak: their author does.
var docNouns = set("statement", "statements", "letter", "study", "survey", "report", "poll", "analysis", "paper",
	"memo", "release", "email", "e-mail", "filing", "complaint", "petition", "post", "tweet", "document", "documents",
	"transcript", "notice", "note", "message", "op-ed", "column", "essay", "editorial", "indictment", "affidavit",
	"lawsuit", "motion", "brief", "review", "article", "blog", "book", "ad", "advert", "video", "website", "filings")

// authorVerbs make their subject a document's author ("Northgate Records
// issued a statement").
var authorVerbs = set("issued", "released", "sent", "wrote", "published", "posted", "signed", "emailed",
	"filed", "tweeted", "penned", "circulated", "shared", "put", "issues", "releases", "sends", "publishes")

// resolveDescription resolves the description np at pos. handled is false
// when np is no document, organisation or age description, and the caller
// keeps its own reading.
func (d *doc) resolveDescription(np []token, pos int) (speaker string, handled bool) {
	if len(np) == 0 {
		return "", false
	}
	head := ""
	for _, t := range np {
		if t.Word {
			head = lower(t)
		}
	}
	for k := len(np) - 1; k > 0; k-- {
		// "the letter signed": a participle after the head
		if w := lower(np[k]); strings.HasSuffix(w, "ed") && !docNouns[w] {
			head = lower(np[k-1])
			continue
		}
		break
	}
	first := lower(np[0])
	definite := first == "the" || first == "this" || first == "that" || first == "its"
	switch {
	case docNouns[head]:
		if by := d.byPhrase(np[len(np)-1].End); by != "" {
			return by, true
		}
		if g := d.byMembers(np[len(np)-1].End, pos); g != "" {
			return g, true // "the letter signed by seven physicians"
		}
		if definite {
			if a := d.documentAuthor(head, pos); a != "" {
				return a, true
			}
		}
	case strings.HasSuffix(head, "-year-old") && definite:
		if p := d.recentPerson(pos); p != "" {
			return p, true
		}
	case definite && len(np) >= 2 && orgWords[head] && !np[1].Upper:
		if o := d.namedOrg(np, pos); o != "" {
			return o, true
		}
		if o := d.acronymSubject(np[0].Start); o != "" {
			return o, true
		}
	case first == "the" && len(np) == 2 && !np[1].Upper && strings.HasSuffix(head, "s") && !orgWords[stem(head)]:
		if g := d.memberGroup(head, pos); g != "" {
			return g, true
		}
	case first == "it" && len(np) == 1:
		if o := d.orgSpeaker(pos); o != "" {
			return o, true
		}
	}
	// unresolved, the description stays: "the letter" is vague, not wrong
	return "", false
}

// recentPerson is the nearest person named before pos, outside quotations,
// whose mentions show a person ("the 56-year-old" after "Luis Ortega").
func (d *doc) recentPerson(pos int) string {
	for i := d.nm.PersonAt(pos) - 1; i >= 0; i-- {
		p := d.nm.Mentions[d.nm.Persons[i]]
		if pos-p.Start > 2000 {
			break
		}
		if d.inQuote[d.nm.Persons[i]] || p.Canon == "" {
			continue
		}
		if d.nm.Gender(p.Canon) != 0 || nlp.Credited(d.said, p.Canon, pos) {
			return p.Canon
		}
	}
	return ""
}

// byPhrase reads "by X" or "from X" just after pos, X a capitalised name
// ("a 2021 survey by Helen Brooke Tate of the University ...").
func (d *doc) byPhrase(pos int) string {
	ts := d.tokensIn(pos, min(len(d.text), pos+200))
	if len(ts) < 2 || (lower(ts[0]) != "by" && lower(ts[0]) != "from") {
		return ""
	}
	ts = ts[1:]
	if lower(ts[0]) == "the" {
		ts = ts[1:]
	}
	return d.nameRun(ts)
}

// nameRun reads the capitalised words at the start of ts ("Institute for
// Rural Affairs", "Helen Brooke Tate") and returns the
// fullest name the article gives a person, or the words themselves.
func (d *doc) nameRun(ts []token) string {
	j := 0
	for j < len(ts) && ts[j].Word && (ts[j].Upper || properInner[ts[j].Text] && j+1 < len(ts) && ts[j+1].Upper) {
		if j > 0 && !adjacentTok(ts[j-1], ts[j]) {
			break
		}
		j++
		if ts[j-1].Poss {
			break
		}
	}
	for j > 0 && properInner[ts[j-1].Text] {
		j--
	}
	if j == 0 {
		return ""
	}
	words := make([]string, j)
	for i, t := range ts[:j] {
		words[i] = t.Text
	}
	if name, _, ok := d.nm.Canonical(words); ok && name != "" {
		return name
	}
	return strings.Join(words, " ")
}

// documentAuthor finds who issued the document noun refers back to: the
// nearest earlier mention of it outside quotations, with "by X", "from X",
// "X's noun" or "X issued/released/wrote a noun". "" when none is found.
func (d *doc) documentAuthor(noun string, pos int) string {
	lo := max(0, pos-3000)
	toks := d.outsideQuotes(lo, pos)
	for i := len(toks) - 1; i >= 0; i-- {
		if lower(toks[i]) != noun {
			continue
		}
		if by := d.byPhrase(toks[i].End); by != "" {
			return by
		}
		// "X's statement"
		if i > 0 && toks[i-1].Poss && toks[i-1].Upper {
			k := i - 1
			for k > 0 && toks[k-1].Upper && toks[k-1].Word && !toks[k-1].Poss {
				k--
			}
			if a := d.nameRun(toks[k:i]); a != "" {
				return a
			}
		}
		// "X issued a statement", "X issued a brief statement"
		for k := i - 1; k >= 1 && k >= i-5; k-- {
			if authorVerbs[lower(toks[k])] {
				e := k
				s := e
				for s > 0 && toks[s-1].Word && (toks[s-1].Upper || properInner[toks[s-1].Text]) {
					s--
				}
				if s < e && toks[s].Upper {
					if a := d.nameRun(toks[s:e]); a != "" {
						return a
					}
				}
				break
			}
			if !toks[k].Word || isTerminator(toks[k]) {
				break
			}
		}
	}
	return ""
}
