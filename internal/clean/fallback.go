package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// When go-trafilatura finds no article element it falls back to the text
// of the whole body, run together: on a page whose story is bare text
// between <br>s in a <div> beside menus and archive lists, the digest
// would be every menu entry with the story somewhere inside. The page's
// densest block stands in then: the element with the most text of its own
// (text directly inside it or in its inline markup, not in links or child
// blocks), read one paragraph per block or blank line, leaving out
// paragraphs that are mostly link text.

// minOwnText is how much text of its own (bytes) the densest block needs
// to replace the extraction.
const minOwnText = 200

// dumped reports an extraction that is the page's whole text run
// together: one paragraph holding at least half of the body's text
// (bodyText bytes), on a page at least a third of whose text is links
// (counted only then: most extractions have no such paragraph).
func dumped(paras []string, bodyText int, body *html.Node) bool {
	if bodyText == 0 {
		return false
	}
	for _, p := range paras {
		if len(p)*2 >= bodyText {
			return linkTextLen(body)*3 >= bodyText
		}
	}
	return false
}

// densestBlock returns the paragraphs of the element with the most text of
// its own, or nil when no element has minOwnText.
func densestBlock(body *html.Node) []string {
	var best *html.Node
	bestOwn := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipScan(c) {
				continue
			}
			if isBlock(c) {
				if own := ownText(c); own > bestOwn {
					best, bestOwn = c, own
				}
			}
			walk(c)
		}
	}
	walk(body)
	if best == nil || bestOwn < minOwnText {
		return nil
	}
	var out []string
	for _, ch := range blockChunks(best) {
		if ch.links*2 <= len(ch.text) {
			out = append(out, ch.text)
		}
	}
	return out
}

// ownText counts the bytes of text directly inside n or in its inline
// markup, leaving out links and child blocks.
func ownText(n *html.Node) int {
	t := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			t += len(strings.TrimSpace(c.Data))
		case html.ElementNode:
			if isBlock(c) || tagAtom(c) == atom.A || skipScan(c) {
				continue
			}
			t += ownText(c)
		}
	}
	return t
}

// chunk is a paragraph of text and how many of its bytes are link text.
type chunk struct {
	text  string
	links int
}

// blockChunks is blockTexts with the link text of each paragraph counted.
func blockChunks(n *html.Node) []chunk {
	var out []chunk
	var cur strings.Builder
	links, lastBr := 0, false
	flush := func() {
		if t := collapseSpace(normalizeChars(cur.String())); t != "" {
			out = append(out, chunk{t, min(links, len(t))})
		}
		cur.Reset()
		links = 0
	}
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				lastBr = false
				if inLink {
					links += len(strings.TrimSpace(n.Data))
				}
			}
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipScan(n) || tagAtom(n) == atom.Button {
				return
			}
			switch {
			case tagAtom(n) == atom.Br:
				if lastBr {
					flush()
				}
				cur.WriteByte(' ')
				lastBr = true
				return
			case isBlock(n):
				lastBr = false
				flush()
				defer flush()
			case tagAtom(n) == atom.A:
				inLink = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	flush()
	return out
}

// A paragraph whose text is all one link or a run of links ("Moon
// landers: the plans so far", "(Read also: … – PHOTOS)") is a teaser for
// another page, not story text; the extractor loses the links, so such
// paragraphs are noted on the page before extraction. List items and
// headings are left alone: a buyer's guide links its product names.

// linkBlocks returns the normalised text of each short <p> (at most 300
// bytes) under n whose text is at least 80% link text.
func linkBlocks(n *html.Node) map[string]bool {
	out := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch tagAtom(c) {
			case atom.P:
				if t := textLen(c); t >= 15 && t <= 300 && linkTextLen(c)*10 >= t*8 {
					out[collapseSpace(normalizeChars(nodeText(c)))] = true
				}
				continue
			case atom.Script, atom.Style, atom.A:
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

// dropLinkBlocks removes the paragraphs that are link-only blocks of the
// page, reporting each after the widgets.
func dropLinkBlocks(paras []string, links map[string]bool, removed []string) ([]string, []string) {
	if len(links) == 0 {
		return paras, removed
	}
	kept := paras[:0]
	for _, p := range paras {
		if links[p] {
			removed = append(removed, summarize(p))
			continue
		}
		kept = append(kept, p)
	}
	return kept, removed
}
