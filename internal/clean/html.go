package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgist/newsgist/internal/credit"
	"github.com/newsgist/newsgist/internal/nlp"
)

// trafilaturaOptions: no fallback extractors, no date search and no
// metadata search keep a page at a few milliseconds; the metadata we need
// is read from the DOM here (readMeta).
var trafilaturaOptions = trafilatura.Options{
	ExcludeComments: true,
	HtmlDateMode:    trafilatura.Disabled,
	Focus:           trafilatura.Balanced,
	SkipMetadata:    true,
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

// visibleLen approximates the length of the text a reader sees under n
// (nodeText's length, without building it): each text node's words and
// one separator, leaving out scripts and styles.
func visibleLen(n *html.Node) int {
	switch n.Type {
	case html.TextNode:
		if t := strings.TrimSpace(n.Data); t != "" {
			return len(t) + 1
		}
		return 0
	case html.ElementNode:
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
			return 0
		}
	}
	t := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t += visibleLen(c)
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
	body := findFirst(doc, atom.Body)
	if body == nil {
		body = doc
	}
	title, h1 := pickTitle(&m)
	scan := scanPage(body, h1, &m)
	widgets := removeWidgets(body, h1)
	if hasIdeographs(s) {
		autospace(body)
	}
	linkOnly := linkBlocks(body)
	// A fragment or tiny page is all content: the extractor would fall
	// back to a whole-body dump anyway.
	bodyText := visibleLen(body)
	if short := bodyText < 400; !short {
		res, err := trafilatura.ExtractDocument(doc, trafilaturaOptions)
		if err == nil && res != nil && res.ContentNode != nil {
			paras = dedupe(blockTexts(res.ContentNode))
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
	if dumped(paras, bodyText, body) {
		if alt := densestBlock(body); len(alt) > 0 {
			paras = alt
		}
	}
	if len(paras) == 0 {
		paras = blockTexts(body)
	} else if lead := leadBlock(scan.lead); lead != "" && !coveredBy(lead, paras) {
		paras = append([]string{lead}, paras...)
	}
	a := Article{Format: "html"}
	a.Title = title
	a.Byline = pickByline(&m, scan)
	a.Published = pickPublished(&m, scan)
	for i := range paras {
		paras[i] = collapseSpace(normalizeChars(paras[i]))
	}
	paras = dropEmpty(paras)
	paras, widgets = dropLinkBlocks(paras, linkOnly, widgets)
	paras = headerLines(&a, paras)
	return finishHTML(a, paras, &m, widgets)
}

// headerLines removes the headline, byline and date lines that open the
// text (metadata, not body), and a credit or date line among the first
// three paragraphs (a lead paragraph can come before them), filling the
// byline and date from them when they are still empty.
func headerLines(a *Article, paras []string) []string {
	lead := true
	for i := 0; i < len(paras); {
		p := paras[i]
		switch {
		case lead && sameText(p, a.Title):
		case lead && a.Byline == "" && credit.Byline(p):
			a.Byline = cleanByline(p)
		case a.Byline != "" && (sameText(p, a.Byline) || isBylineOf(p, a.Byline) || creditDateLine(p, a.Byline)):
		case len(p) < 80 && (isDateLine(p) || dateOnlyLine(p)):
			if a.Published == "" {
				a.Published = declaredDate(p)
			}
		default:
			lead = false
			if i++; i >= 3 {
				return paras
			}
			continue
		}
		paras = append(paras[:i], paras[i+1:]...)
	}
	return paras
}

// creditDateLine: a short line with the byline's name and a date
// ("05/10/2018 - Publicado por: Jane Doe - Categoria: Saúde").
func creditDateLine(p, byline string) bool {
	if len(p) > 200 || !strings.Contains(strings.ToLower(p), strings.ToLower(byline)) {
		return false
	}
	d, _ := findDate(p, true)
	return d != ""
}

// dateOnlyLine: a short line that is a printed date and time in any of the
// languages findDate reads ("segunda-feira, 22 de janeiro de 2018 às
// 0:13"): besides the date, at most two words of four letters or more (a
// weekday, the month) and no sentence end.
func dateOnlyLine(p string) bool {
	if len(p) > 60 || endsSentence(p) {
		return false
	}
	if d, _ := findDate(p, true); d == "" {
		return false
	}
	long := 0
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if utf8.RuneCountInString(w) >= 4 {
			long++
		}
	}
	return long <= 2
}

// finishHTML completes an HTML article: a wire agency's dateline ("(AP)")
// credits the agency when the page prints no byline, and the language is
// read from the text, the markup (<html lang>, og:locale) only when the
// text cannot tell. Widgets removed before extraction are reported first
// in Boilerplate.
func finishHTML(a Article, paras []string, m *htmlMeta, widgets []string) (Article, error) {
	a, err := finish(a, paras)
	if len(widgets) > 0 {
		a.Boilerplate = append(widgets, a.Boilerplate...)
	}
	if a.Byline == "" {
		first, _, _ := strings.Cut(a.Text, "\n\n")
		if dl, ok := nlp.LineDateline(first); ok {
			a.Byline = nlp.WireCredit(dl.Agency)
		}
	}
	if a.Language == "" {
		// the markup, else whatlanggo's best guess however unsure
		a.Language = pickLanguage(m)
		if a.Language == "" && a.Text != "" {
			a.Language = whatlanggo.DetectLang(a.Text).Iso6391()
		}
	}
	return a, err
}

// coveredBy reports whether the extraction already holds the start of p.
func coveredBy(p string, paras []string) bool {
	key := p[:min(len(p), 60)]
	for _, q := range paras {
		if strings.Contains(collapseSpace(normalizeChars(q)), key) {
			return true
		}
	}
	return false
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
// paragraph per block, inline markup flattened, one <br> kept as a space
// and two (a blank line) ending the paragraph.
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
	lastBr := false // a <br> ended the text so far: a second one ends the paragraph
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if strings.TrimSpace(n.Data) == "" {
				afterInline = false
				cur.WriteString(n.Data)
				return
			}
			lastBr = false
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
				// one <br> is a line break, two a blank line: a new
				// paragraph, as a browser shows it
				if lastBr {
					flush()
				} else {
					cur.WriteByte(' ')
				}
				lastBr = true
				return
			}
			if isBlock(n) {
				lastBr = false
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

func sameText(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.EqualFold(strings.Trim(a, " .\"'"), strings.Trim(b, " .\"'"))
}

// isBylineOf: a short credit line (see credit.Label) naming the byline
// ("By Jane Doe | Staff Writer" for "Jane Doe").
func isBylineOf(p, byline string) bool {
	if len(p) > len(byline)+40 {
		return false
	}
	return credit.Label(p) > 0 && strings.Contains(strings.ToLower(p), strings.ToLower(byline))
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
