package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgist/newsgist/internal/credit"
)

// A byline is read from markup the way a reader reads it: the pieces of
// text of a byline element ("By", a linked name, ", ", another name, the
// outlet, the date) in order. Names are kept until the first piece that is
// not a name (outlet, job title, date, "Follow"), and several names count
// only when the page joins them as a list ("A, B and C", or each in its own
// author link); otherwise a part after a comma is a job title or outlet
// ("Jill Smith, Staff writer", "Jill Smith, Metro Desk").

// bylinePiece is one text node of a byline element.
type bylinePiece struct {
	text   string
	marked bool // inside a link or an element marked as the author
}

// bylinePieces collects the text nodes under n, skipping images, buttons
// and scripts.
func bylinePieces(n *html.Node) []bylinePiece {
	var out []bylinePiece
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, marked bool) {
		switch n.Type {
		case html.TextNode:
			if t := strings.TrimSpace(collapseSpace(normalizeChars(n.Data))); t != "" {
				out = append(out, bylinePiece{t, marked})
			}
			return
		case html.ElementNode:
			switch tagAtom(n) {
			case atom.Script, atom.Style, atom.Noscript, atom.Img, atom.Svg, atom.Button, atom.Figure, atom.Picture:
				return
			case atom.A:
				// a link's text is one piece, however it is styled
				// ("Nora Castel<span>l</span>")
				if t := nodeText(n); t != "" {
					out = append(out, bylinePiece{t, true})
				}
				return
			}
			if isAuthorMarked(n) {
				marked = true
			}
			if popup(n) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, marked)
		}
	}
	walk(n, false)
	return out
}

// popup: a hover card, tooltip or pop-up (an author's card, a teaser)
// that the reader sees only on demand.
func popup(n *html.Node) bool {
	if len(n.Attr) == 0 {
		return false
	}
	c := strings.ToLower(attr(n, "class"))
	for _, k := range []string{"tooltip", "popover", "hovercard", "hover-card", "popup", "pop-up", "author-box", "__author-box", "dropdown"} {
		if strings.Contains(c, k) {
			return true
		}
	}
	return strings.EqualFold(attr(n, "aria-hidden"), "true") || attr(n, "hidden") != "" || strings.EqualFold(attr(n, "role"), "tooltip")
}

// isAuthorMarked: rel="author", itemprop="author" or "creator".
func isAuthorMarked(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "rel", "itemprop":
			for _, f := range strings.Fields(strings.ToLower(a.Val)) {
				if f == "author" || f == "creator" {
					return true
				}
			}
		}
	}
	return false
}

// bylineClass reports an element whose class or id names it a byline or
// author credit (not an author's photo, biography or social links).
func bylineClass(n *html.Node) bool {
	// "autor", "autore": the word in German, Spanish, Portuguese, Italian
	return classOrIDHas(n, "author", "autor", "byline", "writer") &&
		!classOrIDHas(n, "bio", "avatar", "img", "image", "photo", "pic", "social", "follow", "comment", "description", "authority", "more-", "-more", "related", "twitter", "email")
}

var (
	// bylineSepRe splits a piece of byline text into parts.
	bylineSepRe = regexp.MustCompile(`\s*(,|;|\band\b|&|\bund\b|\be\b|\by\b|\bet\b|\||·|•|／|/|\s[-–—]\s)\s*`)
	// notNameRe: words that end a byline's names (job titles, outlets'
	// roles, page furniture, relative dates).
	notNameRe = regexp.MustCompile(`(?i)\b(?:writer|editor|editors|reporter|correspondent|columnist|contributor|contributing|producer|photographer|analyst|senior|chief|director|editor-at-large|published|updated|posted|ago|follow|view|more|articles|print|share|email|comments?|read|minutes?|min|hours?|days?|news desk|newsletter|about|subscribe|sign|profile|twitter|facebook|instagram|opinion|required|wajib|obrigatório|name|nama|nome|nombre|website|homepage|image|photo|video|getty|shutterstock)\b`)
	// nameParticles may be lower case inside a name.
	nameParticles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true, "du": true,
		"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "al": true, "el": true, "bin": true, "ibn": true, "ben": true, "y": true, "st.": true}
)

// bylineNames reads the author names from the text pieces of a byline
// element, or "".
func bylineNames(pieces []bylinePiece, outlets []string) string {
	var names []string
	var marks []bool
	joinedByAnd := false
	connector := true // before the first name
	strong := false   // the last connector was "and"/"&"
	for pi, p := range pieces {
		t := p.text
		if len(names) == 0 {
			t = withoutLabel(strings.TrimLeft(t, " |•·:-–—/"))
			if d, at := findDate(t, true); d != "" && at == 0 {
				// "05/10/2018 - Publicado por: ..." the date first
				continue
			}
		}
		// Cut at a printed date or time: nothing after it is a name.
		stop := false
		if i := dateOrTimeAt(t); i >= 0 {
			t, stop = t[:i], true
		}
		parts := bylineSepRe.Split(t, -1)
		seps := bylineSepRe.FindAllString(t, -1)
		for i, part := range parts {
			part = strings.Trim(part, " .,:;-–—|()[]")
			if len(names) == 0 {
				part = withoutLabel(part)
			}
			if part != "" {
				only := len(pieces) == 1 && len(parts) == 1 || pi == len(pieces)-1 && len(names) == 0 && i == len(parts)-1
				if isPersonOrCredit(part, len(names) == 0, only, outlets) {
					if !connector && !(p.marked && len(marks) > 0 && marks[len(marks)-1]) {
						return finishNames(names, marks, joinedByAnd)
					}
					names = append(names, normaliseName(part))
					marks = append(marks, p.marked)
					if strong {
						// "A, B and C": the list ends here; a part after
						// another comma is the outlet or a job title
						joinedByAnd = true
					}
					connector, strong = false, false
				} else if len(names) > 0 {
					return finishNames(names, marks, joinedByAnd)
				}
			}
			if i < len(seps) {
				s := strings.ToLower(strings.TrimSpace(seps[i]))
				switch s {
				case ",", "and", "&", "und", "e", "y", "et":
					if joinedByAnd && s == "," {
						return finishNames(names, marks, joinedByAnd)
					}
					connector = true
					strong = strong || s != ","
				default: // "|", "•", " - ": a new field of the byline line
					if len(names) > 0 {
						return finishNames(names, marks, joinedByAnd)
					}
				}
			}
		}
		if stop && len(names) > 0 {
			break
		}
	}
	return finishNames(names, marks, joinedByAnd)
}

// withoutLabel returns a piece of byline text without the label before
// the names: a credit label ("By", "Posted on May 3, 2024 by", "Von",
// "Author:"; see credit.Label) or, as the piece is inside byline markup
// already, any one word and a colon ("Text:", "Текст:").
func withoutLabel(t string) string {
	if n := credit.Label(t); n > 0 {
		return strings.TrimSpace(t[n:])
	}
	return strings.TrimSpace(t[fieldLabel(t):])
}

// fieldLabel returns the length of a field name of 2 to 20 letters and a
// colon that opens t, with the spaces around the colon, or 0.
func fieldLabel(t string) int {
	i, letters := 0, 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		i += n
	}
	if letters < 2 || letters > 20 {
		return 0
	}
	for i < len(t) && asciiSpace[t[i]] == 1 {
		i++
	}
	if i == len(t) || t[i] != ':' {
		return 0
	}
	for i++; i < len(t) && asciiSpace[t[i]] == 1; i++ {
	}
	return i
}

// finishNames keeps every name of a list joined with "and" or of names
// each in its own author link; otherwise only the first.
func finishNames(names []string, marks []bool, joinedByAnd bool) string {
	if len(names) == 0 {
		return ""
	}
	if !joinedByAnd {
		all := true
		for _, m := range marks {
			all = all && m
		}
		if !all {
			names = names[:1]
		}
	}
	if len(names) > 6 {
		names = names[:6]
	}
	return strings.Join(names, " and ")
}

// dateOrTimeAt returns where the first date, time (timeRe) or label of a
// date ("Published", "Updated": publishedWordRe, updateRe) starts in s,
// or -1.
func dateOrTimeAt(s string) int {
	at := -1
	if _, i := findDate(s, true); i >= 0 {
		at = i
	}
	for _, re := range []*regexp.Regexp{timeRe, publishedWordRe, updateRe} {
		if loc := re.FindStringIndex(s); loc != nil && (at < 0 || loc[0] < at) {
			at = loc[0]
		}
	}
	// A month name right before the date's day ("NOVEMBER 20, 2019"):
	// findDate reports the month's start already.
	return at
}

// isPersonOrCredit: a name ("Jane Smith", "JOHN O. DOE", "Mary Ellen
// Brandt", "Alan T. Reyes"), a desk or agency credit ("Herald Sport",
// "Associated Press"), or — when it is the whole byline — a one-word
// account or agency ("PTI", "siteadmin").
func isPersonOrCredit(s string, first, only bool, outlets []string) bool {
	if s == "" || len(s) > 60 || notNameRe.MatchString(s) {
		return false
	}
	if !first && isOutlet(s, outlets) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	if len(words) == 1 {
		// a single word is a name only when it is the whole credit
		if !only || !first {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsLetter(r) && utf8.RuneCountInString(s) >= 2 && !strings.ContainsAny(s, "@:/")
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case nameParticles[strings.ToLower(w)]:
		case unicode.IsUpper(r):
		case unicode.IsLetter(r) && !unicode.IsLower(r): // scripts without case
		default:
			return false
		}
		if strings.ContainsAny(w, "0123456789@") {
			return false
		}
	}
	return true
}

// isOutlet: the name is the site's or publisher's name or part of it
// ("Daily Ledger" for "Daily Ledger Europe").
func isOutlet(s string, outlets []string) bool {
	ls := " " + strings.ToLower(strings.TrimPrefix(s, "The ")) + " "
	for _, o := range outlets {
		// whole words only: "Ann" is no part of "Annapolis Times"
		if o = strings.TrimPrefix(o, "the "); o != "" && strings.Contains(" "+o+" ", ls) {
			return true
		}
	}
	return false
}

// normaliseName turns "JOHN O. DOE" into "John O. Doe" and "The
// Associated Press" into "Associated Press"; short all-capital agency names
// ("PTI", "AFP") stay.
func normaliseName(s string) string {
	s = strings.TrimPrefix(s, "The ")
	if strings.ToUpper(s) != s || len(s) <= 4 {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && nameParticles[strings.ToLower(w)] {
			words[i] = strings.ToLower(w)
			continue
		}
		rs := []rune(strings.ToLower(w))
		for j, r := range rs {
			if j == 0 || (j > 0 && (rs[j-1] == '-' || rs[j-1] == '\'' || rs[j-1] == '.')) {
				rs[j] = unicode.ToUpper(r)
			}
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}
