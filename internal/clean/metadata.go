package clean

import (
	"encoding/json"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is what is read from a page's head and markup.
type htmlMeta struct {
	ogTitle, metaTitle, titleTag, jsonHeadline string
	h1s, h2s                                   []*html.Node
	author, jsonAuthor                         string   // declared authors: <meta name=author>, JSON-LD Person
	outlets                                    []string // lower-cased names that are never a byline: site, publisher, JSON-LD Organization authors
	published, jsonPublished, itemPublished    string   // declared first publication
	modified                                   string   // declared last modification
	timeEl                                     string   // the first <time datetime>
	lang, metaLang, ogLocale                   string
	siteName                                   string
	pText                                      int // bytes of text inside <p> elements
}

// readMeta walks the document once for title, byline, date and language
// evidence, and prunes what can hold no article text.
func readMeta(doc *html.Node, m *htmlMeta) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = firstNonEmpty(attr(n, "lang"), attr(n, "xml:lang"))
			case atom.Title:
				if m.titleTag == "" {
					m.titleTag = nodeText(n)
				}
			case atom.H1:
				m.h1s = append(m.h1s, n)
			case atom.H2:
				m.h2s = append(m.h2s, n)
			case atom.Meta:
				readMetaTag(n, m)
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, m)
				}
				return
			case atom.Style, atom.Noscript, atom.Svg, atom.Template, atom.Iframe, atom.Link, atom.Math:
				return
			case atom.P:
				m.pText += textLen(n)
			case atom.Time:
				if m.timeEl == "" {
					m.timeEl = attr(n, "datetime")
				}
			}
			if attr(n, "itemprop") == "datePublished" && m.itemPublished == "" {
				m.itemPublished = firstNonEmpty(attr(n, "content"), attr(n, "datetime"), nodeText(n))
			}
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if prunable(c) {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(doc)
	if m.siteName != "" {
		m.outlets = append(m.outlets, strings.ToLower(collapseSpace(m.siteName)))
	}
}

// prunable nodes carry no article text; dropping them before extraction
// spares go-trafilatura from cloning and querying them (it would remove
// them itself). JSON-LD scripts stay: its rescue path reads articleBody.
func prunable(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode:
		return true
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Style, atom.Noscript, atom.Svg, atom.Template, atom.Iframe, atom.Link, atom.Object, atom.Embed, atom.Canvas:
			return true
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				return false
			}
			return true
		}
	}
	return false
}

func readMetaTag(n *html.Node, m *htmlMeta) {
	key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
	val := strings.TrimSpace(attr(n, "content"))
	if val == "" {
		return
	}
	switch key {
	case "og:title":
		setOnce(&m.ogTitle, val)
	case "twitter:title", "title", "dc.title", "headline", "sailthru.title", "parsely-title":
		setOnce(&m.metaTitle, val)
	case "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author", "citation_author":
		if !strings.Contains(val, "://") {
			setOnce(&m.author, val)
		}
	case "article:published_time", "article:published", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
		"publish-date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
		"article.published", "original-publish-date", "citation_publication_date":
		setOnce(&m.published, val)
	case "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified":
		setOnce(&m.modified, val)
	case "content-language", "language", "dc.language":
		setOnce(&m.metaLang, val)
	case "og:locale":
		setOnce(&m.ogLocale, val)
	case "og:site_name", "application-name":
		setOnce(&m.siteName, val)
	}
}

func setOnce(p *string, v string) {
	if *p == "" {
		*p = v
	}
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// readJSONLD takes datePublished, dateModified, headline, author,
// publisher and inLanguage from JSON-LD. A zero or absurd datePublished
// ("0001-01-01T00:00:00Z") is skipped.
func readJSONLD(raw string, m *htmlMeta) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(raw)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && declaredDate(s) != "" {
				setOnce(&m.jsonPublished, s)
			}
			if s, ok := x["dateModified"].(string); ok {
				setOnce(&m.modified, s)
			}
			if s, ok := x["headline"].(string); ok {
				setOnce(&m.jsonHeadline, s)
			}
			if a, orgs := authorName(x["author"]); a != "" {
				setOnce(&m.jsonAuthor, a)
			} else if len(orgs) > 0 {
				m.outlets = append(m.outlets, orgs...)
			}
			if _, orgs := authorName(x["publisher"]); len(orgs) > 0 {
				m.outlets = append(m.outlets, orgs...)
			}
			if p, ok := x["publisher"].(map[string]any); ok {
				if s, ok := p["name"].(string); ok {
					m.outlets = append(m.outlets, strings.ToLower(collapseSpace(s)))
				}
			}
			if s, ok := x["inLanguage"].(string); ok {
				setOnce(&m.metaLang, s)
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if me, ok := x["mainEntity"]; ok {
				visit(me, depth+1)
			}
		}
	}
	visit(v, 0)
}

// authorName reads a schema.org or JSON author: a string, an object with a
// name, or a list of them joined with "and". Organisations are returned
// apart, lower-cased: they are outlets, not bylines.
func authorName(v any) (string, []string) {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return "", nil
		}
		return strings.TrimSpace(x), nil
	case map[string]any:
		s, _ := x["name"].(string)
		if s = strings.TrimSpace(s); s == "" {
			return "", nil
		}
		if t, _ := x["@type"].(string); isOrganisationType(t) {
			return "", []string{strings.ToLower(collapseSpace(s))}
		}
		return s, nil
	case []any:
		var names, orgs []string
		for _, e := range x {
			n, o := authorName(e)
			if n != "" && len(names) < 6 {
				names = append(names, n)
			}
			orgs = append(orgs, o...)
		}
		return joinNames(names), orgs
	}
	return "", nil
}

// isOrganisationType: a schema.org type for an organisation
// ("Organization", "NewsMediaOrganization", "Corporation").
func isOrganisationType(t string) bool {
	t = strings.ToLower(t)
	return strings.Contains(t, "organi") || strings.Contains(t, "corporation") || strings.Contains(t, "brand")
}

func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names, " and ")
}

var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "}

// pickTitle returns the headline a reader sees and its <h1>, if any. Order
// of sources: the first visible <h1> that reads as a headline (at least
// two words, not the site's name; with several, the
// first that shares words with og:title, the JSON-LD headline or <title>);
// then og:title and other title meta tags; the JSON-LD headline; <title>.
// Those last three lose a " | Site" suffix or "Site | " prefix.
func pickTitle(m *htmlMeta) (string, *html.Node) {
	declared := strings.ToLower(m.ogTitle + " " + m.metaTitle + " " + m.jsonHeadline + " " + m.titleTag)
	var first *html.Node
	firstText := ""
	for _, h := range m.h1s {
		t := nodeText(h)
		if !headlineLike(t, m) || linksHome(h) || sectionLabel(t, m) {
			continue
		}
		if sharesWords(t, declared) {
			// a sticky-header copy comes first; the article's own is
			// the last with the same words
			for _, h2 := range m.h1s {
				if h2 != h && nodeText(h2) == t && !linksHome(h2) {
					h = h2
				}
			}
			return t, h
		}
		if first == nil {
			first, firstText = h, t
		}
	}
	if first != nil {
		return firstText, first
	}
	for _, t := range []string{m.ogTitle, m.metaTitle, m.jsonHeadline} {
		if t = collapseSpace(normalizeChars(t)); t != "" {
			return stripSection(stripSiteSuffix(t, m.siteName, false)), nil
		}
	}
	return stripSection(stripSiteSuffix(m.titleTag, m.siteName, true)), nil
}

// stripSection removes a section label before a bar ("Opinion | The vote
// was a mistake"): one or two words before " | " when at least three
// follow.
func stripSection(t string) string {
	head, tail, ok := strings.Cut(t, " | ")
	if !ok || len(strings.Fields(head)) > 2 || len(strings.Fields(tail)) < 3 {
		return t
	}
	return strings.TrimSpace(tail)
}

// headlineLike: an <h1> that can be the article's headline, not the logo,
// the site's name or a one-word section name.
func headlineLike(t string, m *htmlMeta) bool {
	if t == "" || len(t) > 300 {
		return false
	}
	lt := strings.ToLower(t)
	for _, o := range m.outlets {
		if lt == o {
			return false
		}
	}
	if words := strings.Fields(t); len(words) >= 2 {
		return true
	}
	// One word or an unspaced script: only when the declared titles say
	// the same.
	return strings.Contains(strings.ToLower(m.ogTitle+" "+m.titleTag+" "+m.jsonHeadline), lt) && utf8.RuneCountInString(t) >= 6
}

// sectionLabel: a short <h1> ("World News", "Latest Headlines") none of
// whose words is in the headline part of the titles the page declares,
// on a page whose <h2> carries the declared headline: the section's name
// above the story, not its headline. The headline part of a title leaves
// out the short parts after a separator (" | World | Daily Ledger").
func sectionLabel(t string, m *htmlMeta) bool {
	if len(strings.Fields(t)) > 3 || len(m.h2s) == 0 {
		return false
	}
	var heads strings.Builder
	for _, d := range []string{m.ogTitle, m.metaTitle, m.jsonHeadline, m.titleTag} {
		heads.WriteString(strings.ToLower(headlinePart(d)))
		heads.WriteByte(' ')
	}
	declared := heads.String()
	if strings.TrimSpace(declared) == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if strings.Contains(declared, w) {
			return false
		}
	}
	for _, h := range m.h2s {
		if ht := nodeText(h); len(strings.Fields(ht)) >= 4 && sharesWords(ht, declared) {
			return true
		}
	}
	return false
}

// headlinePart is a title without the parts of three words or fewer
// after its first separator ("Storm hits coast | World | Daily Ledger"
// gives "Storm hits coast").
func headlinePart(t string) string {
	parts := []string{t}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	kept := parts[:1]
	for _, p := range parts[1:] {
		if len(strings.Fields(p)) > 3 {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
}

var homeHrefRe = regexp.MustCompile(`^(?:https?://[^/]+)?/?(?:index\.\w+)?$`)

// linksHome: a site logo, an <h1> inside or around a link to the home
// page.
func linksHome(h *html.Node) bool {
	for p, i := h.Parent, 0; p != nil && i < 3; p, i = p.Parent, i+1 {
		if p.Type == html.ElementNode && p.DataAtom == atom.A && attr(p, "href") != "" && homeHrefRe.MatchString(attr(p, "href")) {
			return true
		}
	}
	if a := findFirst(h, atom.A); a != nil && attr(a, "href") != "" && homeHrefRe.MatchString(attr(a, "href")) {
		return true
	}
	return false
}

// sharesWords: at least two of the heading's longer words (or half of
// them) occur in the declared titles.
func sharesWords(h, declared string) bool {
	n, hit := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(h), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		n++
		if strings.Contains(declared, w) {
			hit++
		}
	}
	return hit >= 2 || (n > 0 && hit*2 >= n)
}

// stripSiteSuffix removes " | Site Name" (or a prefix "Site | ") from a
// title. With loose, any short last segment is dropped.
func stripSiteSuffix(t, site string, loose bool) string {
	t = collapseSpace(normalizeChars(t))
	site = strings.ToLower(collapseSpace(site))
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		lt := strings.ToLower(tail)
		if site != "" && (lt == site || strings.Contains(lt, site) || strings.Contains(site, lt)) {
			return strings.TrimSpace(head)
		}
		if loose && len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
			return strings.TrimSpace(head)
		}
		if j := strings.Index(t, sep); site != "" && j > 0 && strings.Contains(strings.ToLower(t[:j]), site) {
			return strings.TrimSpace(t[j+len(sep):])
		}
	}
	return t
}

// cleanByline reads the names of a byline line or declared author ("By
// JANE SMITH and Bob Jones, Staff writers" is "Jane Smith and Bob Jones").
func cleanByline(b string) string {
	b = collapseSpace(normalizeChars(b))
	if b == "" || len(b) > 200 {
		return ""
	}
	return bylineNames([]bylinePiece{{text: b}}, nil)
}

// pickByline: the credit printed next to the headline (rel="author",
// itemprop="author", byline or author markup, a "By …" line); else a
// declared author (meta author, JSON-LD Person) that the page shows;
// never an organisation declared as author or publisher.
func pickByline(m *htmlMeta, s *pageScan) string {
	if b := s.byline(); b != "" {
		return b
	}
	for _, a := range []string{m.author, m.jsonAuthor} {
		if b := cleanByline(a); b != "" && s.shows(b) && !isOutlet(b, m.outlets) {
			return b
		}
	}
	return ""
}

// pickPublished: the date printed next to the headline or byline, unless
// it is the declared modification date; else the declared first
// publication (article:published_time / article:published and other meta,
// JSON-LD datePublished, itemprop datePublished; zero or absurd values
// skipped), never later than a printed update date; else the first <time
// datetime>. A declared date-time is kept when its date is the printed one.
func pickPublished(m *htmlMeta, s *pageScan) string {
	declared := ""
	for _, v := range []string{m.published, m.jsonPublished, m.itemPublished} {
		if d := declaredDate(v); d != "" {
			declared = d
			break
		}
	}
	dd := ""
	if declared != "" {
		dd = declared[:10]
	}
	printed, updated := s.printedDates(dd)
	if mod := declaredDate(m.modified); printed != "" && mod != "" && declared != "" && printed == mod[:10] && printed != declared[:10] {
		printed = "" // the page prints its modification date
	}
	switch {
	case printed != "" && declared != "" && printed == declared[:10]:
		return declared
	case printed != "":
		return printed
	case declared != "":
		if updated != "" && updated < declared[:10] {
			return updated
		}
		return declared
	}
	return declaredDate(m.timeEl)
}

func pickLanguage(m *htmlMeta) string {
	for _, l := range []string{m.lang, m.metaLang, m.ogLocale} {
		if c := isoLanguage(l); c != "" {
			return c
		}
	}
	return ""
}

// isoLanguage reduces "en-GB", "en_US" or "EN" to "en".
func isoLanguage(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if i := strings.IndexAny(l, "-_,; "); i >= 0 {
		l = l[:i]
	}
	if len(l) != 2 || l[0] < 'a' || l[0] > 'z' || l[1] < 'a' || l[1] > 'z' {
		return ""
	}
	return l
}
