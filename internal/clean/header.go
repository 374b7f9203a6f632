package clean

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The byline and the date a reader sees sit next to the headline. scanPage
// walks the visible page once, noting where (in characters of visible
// text) each byline element and each printed date is, and where the
// headline's <h1> is; the credit and date nearest the headline win.

// spot is a byline or date found at a text offset of the page.
type spot struct {
	off    int
	val    string
	update bool // a date marked "Updated"
}

type pageScan struct {
	bylines, dates     []spot
	titleOff, titleEnd int
	visible            strings.Builder // the page's visible text, for checking declared authors
	monthFirst         bool
	outlets            []string
	title              *html.Node
}

// headerWindow: how far (in characters of visible text) from the headline
// a byline or date may be.
const headerWindow = 1200

// headerAbove: how far above the headline they may be.
const headerAbove = 200

var publishedWordRe = regexp.MustCompile(`(?i)\b(?:published|posted)\b`)

// byLineStartRe: a text that opens a credit line ("By", "Posted by").
var byLineStartRe = regexp.MustCompile(`^[\s\-–—|•·/]*(?i:(?:posted|written|words|story|reporting|analysis|text|publicado|publicada|escrito|escrita|scritto|geschrieben)\s+)?(?i:by|por|von|par|di)(?:\s|:|$)`)

func scanPage(body, title *html.Node, m *htmlMeta) *pageScan {
	l := isoLanguage(firstNonEmpty(m.lang, m.metaLang, m.ogLocale))
	s := &pageScan{titleOff: -1, titleEnd: -1, monthFirst: l == "" || l == "en", outlets: m.outlets, title: title}
	s.walk(body, 0)
	return s
}

// skipScan: page parts that hold other people's names and dates
// (comments, forms, navigation) or nothing visible.
func skipScan(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Form, atom.Nav, atom.Select, atom.Button, atom.Textarea, atom.Head:
		return true
	}
	if attr(n, "hidden") != "" || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	c := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(c, "comment") && !strings.Contains(c, "count")
}

func (s *pageScan) walk(n *html.Node, depth int) {
	if depth > 200 {
		return
	}
	switch n.Type {
	case html.TextNode:
		t := strings.TrimSpace(n.Data)
		if t == "" {
			return
		}
		if len(t) <= 160 && strings.ContainsAny(t, "0123456789") {
			if d, _ := findDate(collapseSpace(t), s.monthFirst); d != "" {
				s.dates = append(s.dates, spot{off: s.visible.Len(), val: d, update: markedUpdate(n)})
			}
		}
		if len(t) < 80 && byLineStartRe.MatchString(t) {
			if c := creditLine(n); c != nil {
				if names := bylineNames(bylinePieces(c), s.outlets); names != "" {
					s.bylines = append(s.bylines, spot{off: s.visible.Len(), val: names})
				}
			}
		}
		s.visible.WriteString(t)
		s.visible.WriteByte(' ')
		return
	case html.ElementNode:
		if skipScan(n) {
			return
		}
		if n == s.title {
			s.titleOff = s.visible.Len()
			defer func() { s.titleEnd = s.visible.Len() }()
		}
		if tagAtom(n) == atom.Time {
			// the printed text wins; the machine value stands in for
			// "2 hours ago"
			if d, _ := findDate(nodeText(n), s.monthFirst); d == "" {
				if d := declaredDate(attr(n, "datetime")); d != "" {
					s.dates = append(s.dates, spot{off: s.visible.Len(), val: d[:10], update: markedUpdate(n)})
				}
			}
		}
		if n.DataAtom != atom.Body && (isAuthorMarked(n) || bylineClass(n)) && !contains(n, s.title) {
			if names := bylineNames(bylinePieces(n), s.outlets); names != "" {
				s.bylines = append(s.bylines, spot{off: s.visible.Len(), val: names})
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, depth+1)
	}
}

// creditLine is the element holding a "By …" text: its nearest block
// ancestor, or the largest short inline one.
func creditLine(n *html.Node) *html.Node {
	var line *html.Node
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if textLen(p) > 200 {
			break
		}
		line = p
		if isBlock(p) {
			break
		}
	}
	return line
}

// markedUpdate: the date's own text, or the short element around it, says
// it is an update ("Updated 11:21 pm CST", class="date-modified").
func markedUpdate(n *html.Node) bool {
	for i, p := 0, n; p != nil && i < 3; i, p = i+1, p.Parent {
		if p.Type == html.ElementNode {
			c := strings.ToLower(attr(p, "class") + " " + attr(p, "itemprop"))
			if strings.Contains(c, "modif") || strings.Contains(c, "updat") {
				return true
			}
			if strings.Contains(c, "publish") {
				return false
			}
		}
		var t string
		if p.Type == html.TextNode {
			t = p.Data
		} else if textLen(p) < 120 {
			t = nodeText(p)
		} else {
			break
		}
		if updateRe.MatchString(t) {
			return !publishedWordRe.MatchString(t) || strings.Index(strings.ToLower(t), "updat") < strings.Index(strings.ToLower(t), "publish")
		}
	}
	return false
}

// nearest returns the spot closest to the headline (one before it counts
// double its distance), within headerWindow; with no headline, the first.
func (s *pageScan) nearest(spots []spot, keep func(spot) bool) (spot, bool) {
	best, bestD := spot{}, -1
	for _, sp := range spots {
		if !keep(sp) {
			continue
		}
		if s.titleOff < 0 {
			return sp, true
		}
		d := sp.off - s.titleEnd
		if sp.off < s.titleOff {
			// just above the headline (a kicker line), not the masthead
			if s.titleOff-sp.off > headerAbove {
				continue
			}
			d = 2 * (s.titleOff - sp.off)
		} else if d < 0 {
			d = 0
		}
		if d <= headerWindow && (bestD < 0 || d < bestD) {
			best, bestD = sp, d
		}
	}
	return best, bestD >= 0
}

// byline is the credit printed nearest the headline.
func (s *pageScan) byline() string {
	b, _ := s.nearest(s.bylines, func(spot) bool { return true })
	return b.val
}

// printedDates are the first-publication and update dates printed nearest
// the headline; a printed date that agrees with the declared one wins.
func (s *pageScan) printedDates(declared string) (published, updated string) {
	p, _ := s.nearest(s.dates, func(sp spot) bool { return !sp.update && sp.val == declared })
	if p.val == "" {
		p, _ = s.nearest(s.dates, func(sp spot) bool { return !sp.update })
	}
	u, _ := s.nearest(s.dates, func(sp spot) bool { return sp.update })
	return p.val, u.val
}

// shows reports whether the page's visible text names the author.
func (s *pageScan) shows(name string) bool {
	return name != "" && strings.Contains(strings.ToLower(s.visible.String()), strings.ToLower(name))
}

// contains reports whether n is d or one of its ancestors.
func contains(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
}
