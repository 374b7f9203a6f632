package clean

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// trafilaturaOptions: no fallback extractors and no date search keep a
// page at a few milliseconds; metadata we need is read from the DOM here.
var trafilaturaOptions = trafilatura.Options{
	ExcludeComments: true,
	HtmlDateMode:    trafilatura.Disabled,
	Focus:           trafilatura.Balanced,
}

// htmlMeta is what is read from a page's head and markup.
type htmlMeta struct {
	ogTitle, metaTitle, titleTag, h1 string
	author, jsonAuthor, bylineEl     string
	published, jsonPublished, timeEl string
	lang, metaLang, ogLocale         string
	siteName                         string
	pText                            int // bytes of text inside <p> elements
}

// covers reports whether most of the text of paras is also in alt: the
// fallback must extend the extraction, not replace it with another part of
// the page.
func covers(alt, paras []string) bool {
	in := map[string]bool{}
	for _, p := range alt {
		in[p] = true
	}
	kept, total := 0, 0
	for _, p := range paras {
		total += len(p)
		if in[p] {
			kept += len(p)
		}
	}
	return total > 0 && kept*10 >= total*8
}

func totalLen(ps []string) int {
	n := 0
	for _, p := range ps {
		n += len(p)
	}
	return n
}

// textLen counts the bytes of text under n.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	t := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t += textLen(c)
	}
	return t
}

// cleanHTML extracts the main content of an HTML page or fragment.
func cleanHTML(s string) (Article, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		// Pathological markup (e.g. nesting deeper than the parser allows):
		// keep the text, one paragraph per block.
		return finish(Article{Format: "html"}, tokenTexts(s))
	}
	var m htmlMeta
	readMeta(doc, &m)

	var paras []string
	var detected string
	body := findFirst(doc, atom.Body)
	if body == nil {
		body = doc
	}
	// A fragment or tiny page is all content: the extractor would fall
	// back to a whole-body dump anyway.
	if short := len(nodeText(body)) < 400; !short {
		res, err := trafilatura.ExtractDocument(doc, trafilaturaOptions)
		if err == nil && res != nil && res.ContentNode != nil {
			paras = dedupe(blockTexts(res.ContentNode))
			detected = res.Metadata.Language
		}
		// When the extraction holds less than a third of the page's
		// paragraph text, let go-trafilatura compare it with its fallback
		// extractors (readability, distiller), and take their text when it
		// extends ours to at most 3.5 times its length. This costs time, so only
		// on such pages.
		if got := totalLen(paras); m.pText > 2000 && got*3 < m.pText {
			opts := trafilaturaOptions
			opts.EnableFallback = true
			if res, err := trafilatura.ExtractDocument(doc, opts); err == nil && res != nil && res.ContentNode != nil {
				alt := dedupe(blockTexts(res.ContentNode))
				if n := totalLen(alt); n > got && n*2 < got*7 && covers(alt, paras) {
					paras = alt
				}
			}
		}
	}
	if len(paras) == 0 {
		paras = blockTexts(body)
	}
	a := Article{Format: "html"}
	a.Title = pickTitle(&m)
	a.Byline = pickByline(&m)
	a.Published = firstDate(m.published, m.jsonPublished, m.timeEl)
	a.Language = pickLanguage(&m)
	if a.Language == "" {
		a.Language = isoLanguage(detected)
	}
	for i := range paras {
		paras[i] = collapseSpace(normalizeChars(paras[i]))
	}
	paras = dropEmpty(paras)
	// The headline, byline and date lines that open the text are metadata,
	// not body.
	for len(paras) > 0 {
		p := paras[0]
		switch {
		case sameText(p, a.Title):
		case a.Byline != "" && isBylineOf(p, a.Byline):
		case a.Byline == "" && bylineRe.MatchString(p):
			a.Byline = cleanByline(p)
		case len(p) < 80 && isDateLine(p):
			if a.Published == "" {
				a.Published = firstDate(p)
			}
		default:
			return finish(a, paras)
		}
		paras = paras[1:]
	}
	return finish(a, paras)
}

// dedupe drops a paragraph that is the run-together text of all the
// paragraphs before it (go-trafilatura's rescue path can add the whole
// body after its paragraphs). Repeated paragraphs are otherwise kept:
// product lists and live blogs repeat lines on purpose.
func dedupe(paras []string) []string {
	var all strings.Builder
	out := paras[:0]
	for _, p := range paras {
		key := strings.Join(strings.Fields(p), "")
		if all.Len() >= 30 && strings.HasPrefix(key, all.String()) {
			continue
		}
		all.WriteString(key)
		out = append(out, p)
	}
	return out
}

// blockTexts returns the text of each block-level element under n: one
// paragraph per block, inline markup flattened, <br> kept as a space.
func blockTexts(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	// go-trafilatura drops the white space after inline elements
	// ("<strong>Summary</strong> Studies" comes back run together): a
	// word that follows an inline element gets a space.
	afterInline := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if afterInline && n.Data != "" && cur.Len() > 0 {
				r, _ := utf8.DecodeRuneInString(n.Data)
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					cur.WriteByte(' ')
				}
			}
			afterInline = false
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch tagAtom(n) {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Button, atom.Select, atom.Textarea, atom.Head:
				return
			case atom.Br:
				cur.WriteByte(' ')
				return
			}
			if isBlock(n) {
				flush()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				flush()
				return
			}
			if a := tagAtom(n); a == atom.Td || a == atom.Th {
				cur.WriteByte(' ')
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			afterInline = n.FirstChild != nil
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return out
}

// tagAtom is the element's atom; go-trafilatura builds elements with a
// tag name but no atom.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

func isBlock(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Dd, atom.Dt,
		atom.Blockquote, atom.Pre, atom.Tr, atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Section, atom.Article,
		atom.Header, atom.Footer, atom.Aside, atom.Nav, atom.Figure, atom.Figcaption, atom.Main, atom.Hr,
		atom.Address, atom.Form, atom.Fieldset, atom.Details, atom.Summary, atom.Caption, atom.Body, atom.Html:
		return true
	}
	switch n.Data { // trafilatura's own element names
	case "head", "list", "item", "quote", "code", "lb":
		return true
	}
	return false
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && isBlock(n) {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return collapseSpace(normalizeChars(b.String()))
}

// readMeta walks the document once for title, byline, date and language
// evidence.
func readMeta(doc *html.Node, m *htmlMeta) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
				if m.lang == "" {
					m.lang = attr(n, "xml:lang")
				}
			case atom.Title:
				if m.titleTag == "" {
					m.titleTag = nodeText(n)
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = nodeText(n)
				}
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
			if ip := attr(n, "itemprop"); ip != "" {
				switch ip {
				case "datePublished":
					if m.published == "" {
						m.published = firstNonEmpty(attr(n, "content"), attr(n, "datetime"), nodeText(n))
					}
				case "author":
					if m.bylineEl == "" {
						m.bylineEl = firstNonEmpty(attr(n, "content"), nodeText(n))
					}
				}
			}
			if m.bylineEl == "" && n.DataAtom != atom.Body && n.DataAtom != atom.Meta {
				cls := strings.ToLower(attr(n, "class") + " " + attr(n, "rel"))
				if strings.Contains(cls, "byline") || strings.Contains(cls, "author") {
					if t := nodeText(n); t != "" && len(t) < 120 {
						m.bylineEl = t
					}
				}
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
	case "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
		"publish-date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
		"article.published", "original-publish-date", "citation_publication_date":
		setOnce(&m.published, val)
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

// readJSONLD takes datePublished, author and inLanguage from JSON-LD.
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
			if s, ok := x["datePublished"].(string); ok {
				setOnce(&m.jsonPublished, s)
			}
			if a := authorName(x["author"]); a != "" {
				setOnce(&m.jsonAuthor, a)
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
// name, or a list of them joined with "and".
func authorName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return strings.TrimSpace(x)
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return strings.TrimSpace(s)
		}
	case []any:
		var names []string
		for _, e := range x {
			if n := authorName(e); n != "" {
				names = append(names, n)
			}
			if len(names) == 4 {
				break
			}
		}
		return joinNames(names)
	}
	return ""
}

func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "}

// pickTitle prefers og:title, then the first <h1>, then <title> without its
// " | Site" suffix.
func pickTitle(m *htmlMeta) string {
	for _, t := range []string{m.ogTitle, m.metaTitle} {
		if t = collapseSpace(normalizeChars(t)); t != "" {
			return stripSiteSuffix(t, m.siteName, false)
		}
	}
	if m.h1 != "" && len(m.h1) < 300 {
		return m.h1
	}
	return stripSiteSuffix(m.titleTag, m.siteName, true)
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

func pickByline(m *htmlMeta) string {
	for _, b := range []string{m.author, m.jsonAuthor, m.bylineEl} {
		if b = cleanByline(b); b != "" {
			return b
		}
	}
	return ""
}

// cleanByline normalises "By JANE SMITH" and similar to "Jane Smith".
func cleanByline(b string) string {
	b = collapseSpace(normalizeChars(b))
	if b == "" || len(b) > 120 {
		return ""
	}
	if m := bylineRe.FindStringSubmatch(b); m != nil {
		b = m[1]
	}
	b = strings.TrimRight(strings.TrimSpace(b), ",;|-–—")
	if b == "" || strings.Count(b, " ") > 12 {
		return ""
	}
	return b
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

func sameText(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.EqualFold(strings.Trim(a, " .\"'"), strings.Trim(b, " .\"'"))
}

func isBylineOf(p, byline string) bool {
	if len(p) > len(byline)+40 {
		return false
	}
	return bylineRe.MatchString(p) && strings.Contains(strings.ToLower(p), strings.ToLower(byline))
}

// tokenTexts extracts text from markup with the tokenizer alone, breaking
// paragraphs at block-level tags.
func tokenTexts(s string) []string {
	z := html.NewTokenizer(strings.NewReader(s))
	var out []string
	var cur strings.Builder
	skip := 0
	flush := func() {
		if t := collapseSpace(normalizeChars(cur.String())); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return out
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			n := &html.Node{Type: html.ElementNode, Data: string(name)}
			switch tagAtom(n) {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head:
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if isBlock(n) || tagAtom(n) == atom.Br {
				flush()
			}
		}
	}
}
