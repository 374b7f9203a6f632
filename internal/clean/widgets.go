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
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if tagAtom(c) == atom.Br {
					n.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, c)
				} else if !contains(c, keep) && isWidget(c) {
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

// isWidget: a pop-up or hidden element, or a related-stories list.
func isWidget(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.Body, atom.Article, atom.Main, atom.Html:
		return false
	}
	if popup(n) {
		return textLen(n) <= maxWidgetText
	}
	c := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	// a pull quote repeats a sentence of the story in large type
	if strings.Contains(c, "pullquote") || strings.Contains(c, "pull-quote") || strings.Contains(c, "pull_quote") {
		return textLen(n) <= 600
	}
	if !strings.Contains(c, "related") && !strings.Contains(c, "similar") && !strings.Contains(c, "recommend") && !strings.Contains(c, "more-stories") {
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
