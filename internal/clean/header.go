package clean

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgist/newsgist/internal/credit"
)

// The byline and the date a reader sees sit next to the headline. scanPage
// walks the visible page once, noting where (in characters of visible
// text) each byline element and each printed date is, and where the
// headline's <h1> is; the credit and date nearest the headline win.

// spot is a byline or date found at a text offset of the page.
type spot struct {
	off     int
	node    *html.Node // the byline element, or the date's text node or <time>
	machine bool       // a <time>: its datetime stands in when its text has no date
	val     string     // the names or "2006-01-02", once resolved
	update  bool       // a date marked "Updated"
}

type pageScan struct {
	bylines, dates     []spot
	titleOff, titleEnd int
	visible            strings.Builder // the page's visible text, for checking declared authors
	monthFirst         bool
	outlets            []string
	title              *html.Node
	lead               *html.Node // a summary block just below the headline
}

// headerWindow: how far (in characters of visible text) from the headline
// a byline or date may be.
const headerWindow = 1200

// headerAbove: how far above the headline they may be.
const headerAbove = 200

var publishedWordRe = regexp.MustCompile(`(?i)\b(?:published|posted)\b`)

func scanPage(body, title *html.Node, m *htmlMeta) *pageScan {
	s := &pageScan{titleOff: -1, titleEnd: -1, monthFirst: monthFirst(firstNonEmpty(m.lang, m.metaLang, m.ogLocale)), outlets: m.outlets, title: title}
	s.walk(body, 0)
	s.bylines = s.resolve(s.bylines, func(sp *spot) {
		sp.val = bylineNames(bylinePieces(sp.node), s.outlets)
	})
	s.dates = s.resolveDates(s.dates)
	return s
}

// resolveDates reads the dates printed near the headline: every date of a
// text ("Updated … | Published …" gives two), each marked as an update
// or not by its own label or, for the first, by the markup around it; a
// <time> whose text has no date stands for its datetime.
func (s *pageScan) resolveDates(spots []spot) []spot {
	var out []spot
	for _, sp := range spots {
		if _, ok := s.distance(sp); !ok {
			continue
		}
		var text string
		if sp.node.Type == html.TextNode {
			text = collapseSpace(sp.node.Data)
		} else {
			text = nodeText(sp.node)
		}
		ds := datesIn(text, s.monthFirst)
		if len(ds) == 0 && sp.machine {
			if d := declaredDate(attr(sp.node, "datetime")); d != "" {
				ds = []printedDate{{val: d[:10]}}
			}
		}
		for i, d := range ds {
			x := sp
			x.val = d.val
			x.update = labelSaysUpdate(d.label) || i == 0 && markedUpdate(sp.node, text)
			out = append(out, x)
		}
	}
	return out
}

// resolve reads the value of each spot near enough to the headline (the
// costly part, so done only there) and keeps those that have one.
func (s *pageScan) resolve(spots []spot, read func(*spot)) []spot {
	out := spots[:0]
	for _, sp := range spots {
		if _, ok := s.distance(sp); !ok {
			continue
		}
		if read(&sp); sp.val != "" {
			out = append(out, sp)
		}
	}
	return out
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
	return classOrIDHas(n, "comment") && !classOrIDHas(n, "count")
}

// classOrIDHas reports whether the lower-cased class or id of n contains
// one of subs. None of them holds a space, so this is
// strings.Contains(strings.ToLower(class+" "+id), sub), without building
// that string for every element.
func classOrIDHas(n *html.Node, subs ...string) bool {
	class, id := strings.ToLower(attr(n, "class")), strings.ToLower(attr(n, "id"))
	for _, sub := range subs {
		if strings.Contains(class, sub) || strings.Contains(id, sub) {
			return true
		}
	}
	return false
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
			s.dates = append(s.dates, spot{off: s.visible.Len(), node: n})
		}
		if len(t) < 80 && credit.Label(t) > 0 {
			if c := creditLine(n); c != nil {
				s.bylines = append(s.bylines, spot{off: s.visible.Len(), node: c})
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
			s.dates = append(s.dates, spot{off: s.visible.Len(), node: n, machine: true})
		}
		if s.lead == nil && s.titleEnd >= 0 && s.visible.Len()-s.titleEnd <= headerWindow && leadClass(attr(n, "class")) {
			s.lead = n
		}
		if n.DataAtom != atom.Body && (isAuthorMarked(n) || bylineClass(n)) && !contains(n, s.title) {
			s.bylines = append(s.bylines, spot{off: s.visible.Len(), node: n})
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

// markedUpdate: the markup around a date's text says it is an update —
// the class of the element or of a near ancestor ("date-modified",
// "updated"; "published" says it is not), or the label just before the
// text inside a short ancestor ("Last modified on <span>…</span>"): the
// part after the last digit, so that an earlier date's label does not
// count.
func markedUpdate(n *html.Node, own string) bool {
	for i, p := 0, n; p != nil && i < 3; i, p = i+1, p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		c := strings.ToLower(attr(p, "class") + " " + attr(p, "itemprop"))
		if strings.Contains(c, "modif") || strings.Contains(c, "updat") {
			return true
		}
		if strings.Contains(c, "publish") {
			return false
		}
		if p == n || textLen(p) >= 120 {
			continue
		}
		t := nodeText(p)
		at := strings.Index(t, own)
		if at < 0 {
			continue
		}
		pre := t[:at]
		if k := strings.LastIndexAny(pre, "0123456789"); k >= 0 {
			pre = pre[k+1:]
		}
		if updateRe.MatchString(pre) {
			return labelSaysUpdate(pre)
		}
		if publishedWordRe.MatchString(pre) {
			return false
		}
	}
	return false
}

// distance is how far a spot is from the headline (one above it counts
// double), and whether it is near enough: within headerWindow below, or
// headerAbove above. With no headline every spot counts, in page order.
func (s *pageScan) distance(sp spot) (int, bool) {
	if s.titleOff < 0 {
		return sp.off, true
	}
	if sp.off < s.titleOff {
		// just above the headline (a kicker line), not the masthead
		d := s.titleOff - sp.off
		return 2 * d, d <= headerAbove
	}
	d := max(sp.off-s.titleEnd, 0)
	return d, d <= headerWindow
}

// nearest returns the kept spot closest to the headline.
func (s *pageScan) nearest(spots []spot, keep func(spot) bool) (spot, bool) {
	best, bestD := spot{}, -1
	for _, sp := range spots {
		if !keep(sp) {
			continue
		}
		if d, ok := s.distance(sp); ok && (bestD < 0 || d < bestD) {
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

// dayFirstEnglish are the English-speaking regions that write 2/5/2024 for
// 2 May.
var dayFirstEnglish = map[string]bool{"gb": true, "uk": true, "ie": true, "au": true, "nz": true, "in": true, "za": true, "sg": true, "ng": true, "ke": true, "pk": true}

// monthFirst reports whether a page in language tag l ("en-US",
// "en_GB", "de") writes numeric dates month first: English pages do,
// except those of the regions in dayFirstEnglish; so do pages of unknown
// language.
func monthFirst(l string) bool {
	switch isoLanguage(l) {
	case "":
		return true
	case "en":
		l = strings.ToLower(strings.TrimSpace(l))
		if i := strings.IndexAny(l, "-_"); i >= 0 {
			return !dayFirstEnglish[l[i+1:min(len(l), i+3)]]
		}
		return true
	}
	return false
}
