package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Before extraction, page widgets that a reader does not see as part of
// the story are taken out of the DOM, so their text can never run into a
// sentence ("Rep. Jane DoeJane DoeSenator from…" from a hover card): hover
// cards, tooltips and pop-ups, hidden elements, and lists of related or
// similar stories (an element so named whose text is mostly links). A <br>
// becomes a line break in the text, so the lines it separates never join.
// Each removal is reported in boilerplate_removed.

// maxWidgetText bounds what is removed as a widget: a hidden container
// with more text than this is more likely the article itself.
const maxWidgetText = 1500

// removeWidgets prunes widgets under n, except inside keep (the headline's
// container is never removed), and returns a summary of each removal.
func removeWidgets(n, keep *html.Node) []string {
	var removed []string
	lists := listWidgets(n)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if tagAtom(c) == atom.Br {
					n.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, c)
				} else if inlineCustom(c) {
					// go-trafilatura drops an unknown element inside a
					// paragraph and the text after it ("(<x-source>1
					// </x-source>)."): its children take its place
					for g := c.FirstChild; g != nil; g = c.FirstChild {
						c.RemoveChild(g)
						n.InsertBefore(g, c)
					}
					n.RemoveChild(c)
					next = c.PrevSibling
					if next == nil {
						next = n.FirstChild
					} else {
						next = next.NextSibling
					}
				} else if !contains(c, keep) && isWidget(c, lists) {
					if t := strings.Join(blockTexts(c), " "); t != "" {
						removed = append(removed, summarize(collapseSpace(normalizeChars(t))))
					}
					n.RemoveChild(c)
				} else {
					walk(c)
				}
			}
			c = next
		}
	}
	walk(n)
	return removed
}

// isWidget: a pop-up or hidden element, a pull quote, a list of teasers
// or tags (lists), or a related-stories list.
func isWidget(n *html.Node, lists map[*html.Node]bool) bool {
	switch tagAtom(n) {
	case atom.Body, atom.Article, atom.Main, atom.Html:
		return false
	}
	if popup(n) {
		return textLen(n) <= maxWidgetText
	}
	if lists[n] {
		return true
	}
	if len(n.Attr) == 0 {
		return false
	}
	// a pull quote repeats a sentence of the story in large type
	if classOrIDHas(n, "pullquote", "pull-quote", "pull_quote") {
		return textLen(n) <= 600
	}
	if !classOrIDHas(n, "related", "similar", "recommend", "more-stories") {
		return false
	}
	total := textLen(n)
	return total > 0 && total <= maxWidgetText && linkTextLen(n)*10 >= total*6
}

// linkTextLen counts the bytes of text inside links under n.
func linkTextLen(n *html.Node) int {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return textLen(n)
	}
	t := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t += linkTextLen(c)
	}
	return t
}

// leadBlock returns the text of a summary or standfirst block just below
// the headline (class "summary", "standfirst", "lede", "intro") when it
// reads as a paragraph of at least 15 words, or "". Extractors that pick
// the story's body element leave it out.
func leadBlock(n *html.Node) string {
	if n == nil {
		return ""
	}
	t := collapseSpace(normalizeChars(strings.Join(blockTexts(n), " ")))
	if n := len(strings.Fields(t)); n < 15 || n > 150 || !endsSentence(t) {
		return ""
	}
	return t
}

func leadClass(class string) bool {
	for _, f := range strings.Fields(strings.ToLower(class)) {
		for _, k := range []string{"summary", "standfirst", "lede", "intro", "article-lead", "article__lead", "story-lead"} {
			if strings.Contains(f, k) && !strings.Contains(f, "introduc") {
				return true
			}
		}
	}
	return false
}

// listWidgets finds, in one pass, lists of story teasers and of subject
// tags, whatever their class:
//   - a teaser list has at least three child elements, three quarters of
//     them a linked heading (a heading inside a link or a link inside a
//     heading) with at most 300 bytes of text;
//   - a tag list is an element whose text is mostly links marked
//     rel="tag" (at least three).
func listWidgets(root *html.Node) map[*html.Node]bool {
	items := map[*html.Node]map[*html.Node]bool{} // list -> its teaser children
	tags := map[*html.Node]int{}                  // container -> rel=tag links under it
	var walk func(n *html.Node, inLink, inHeading bool)
	walk = func(n *html.Node, inLink, inHeading bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			link, heading := inLink, inHeading
			switch tagAtom(c) {
			case atom.A:
				link = true
				if hasToken(attr(c, "rel"), "tag") {
					for p, i := c.Parent, 0; p != nil && i < 3; p, i = p.Parent, i+1 {
						tags[p]++
					}
				}
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				heading = true
			}
			if link && heading && !(inLink && inHeading) {
				// the innermost of the link and the heading: its
				// ancestors up to four levels are the candidate items
				for x, i := c, 0; x.Parent != nil && i < 5; x, i = x.Parent, i+1 {
					if items[x.Parent] == nil {
						items[x.Parent] = map[*html.Node]bool{}
					}
					items[x.Parent][x] = true
				}
			}
			walk(c, link, heading)
		}
	}
	walk(root, false, false)
	out := map[*html.Node]bool{}
	for list, kids := range items {
		if len(kids) < 3 || textLen(list) > 2*maxWidgetText {
			continue
		}
		teasers, all := 0, 0
		for c := list.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				all++
				if kids[c] && textLen(c) <= 300 {
					teasers++
				}
			}
		}
		if teasers >= 3 && teasers*4 >= all*3 {
			out[list] = true
		}
	}
	for n, k := range tags {
		if k < 3 {
			continue
		}
		if total := textLen(n); total <= maxWidgetText && relTagText(n)*10 >= total*6 {
			out[n] = true
		}
	}
	return out
}

// relTagText counts the bytes of text in rel="tag" links under n.
func relTagText(n *html.Node) int {
	t := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if tagAtom(c) == atom.A && hasToken(attr(c, "rel"), "tag") {
			t += textLen(c)
		} else {
			t += relTagText(c)
		}
	}
	return t
}

// hasToken reports whether the space-separated list v holds tok, in any
// case.
func hasToken(v, tok string) bool {
	for _, f := range strings.Fields(v) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// inlineCustom: a custom element (a tag name with a hyphen) inside a
// paragraph.
func inlineCustom(n *html.Node) bool {
	if n.DataAtom != 0 || !strings.Contains(n.Data, "-") {
		return false
	}
	for p, i := n.Parent, 0; p != nil && i < 4; p, i = p.Parent, i+1 {
		if p.Type == html.ElementNode && p.DataAtom == atom.P {
			return true
		}
	}
	return false
}
