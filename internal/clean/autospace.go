package clean

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// autospace puts a space where an inline element's text meets the text
// beside it across a change between ideographic and Latin script
// ("ソフト<a>KeePass</a>の" reads "ソフト KeePass の"), as CSS
// text-autospace (ideograph-alpha) renders it. Without the space the Latin
// word is glued to its neighbours and no later stage can tell the words
// apart. Text inside one text node is left as written.
func autospace(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		autospace(c)
		if isBlock(c) {
			continue
		}
		if p := c.PrevSibling; p != nil && p.Type == html.TextNode {
			if r, _ := utf8.DecodeLastRuneInString(p.Data); (ideographic(r) || latinAlnum(r)) && scriptChange(r, edgeRune(c, false)) {
				p.Data += " "
			}
		}
		if s := c.NextSibling; s != nil && s.Type == html.TextNode {
			if r, _ := utf8.DecodeRuneInString(s.Data); (ideographic(r) || latinAlnum(r)) && scriptChange(edgeRune(c, true), r) {
				s.Data = " " + s.Data
			}
		}
	}
}

// edgeRune is the first rune of n's text, or with last its last rune (0
// when it has no text); it stops at the first text node it meets.
func edgeRune(n *html.Node, last bool) rune {
	c := n.FirstChild
	if last {
		c = n.LastChild
	}
	for ; c != nil; c = step(c, last) {
		if c.Type == html.TextNode && c.Data != "" {
			if last {
				r, _ := utf8.DecodeLastRuneInString(c.Data)
				return r
			}
			r, _ := utf8.DecodeRuneInString(c.Data)
			return r
		}
		if r := edgeRune(c, last); r != 0 {
			return r
		}
	}
	return 0
}

func step(c *html.Node, back bool) *html.Node {
	if back {
		return c.PrevSibling
	}
	return c.NextSibling
}

// scriptChange reports whether a and b, adjacent, pass between an
// ideographic script (Han, kana, Hangul) and a Latin letter or digit.
func scriptChange(a, b rune) bool {
	return ideographic(a) && latinAlnum(b) || latinAlnum(a) && ideographic(b)
}

func ideographic(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func latinAlnum(r rune) bool {
	return r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// hasIdeographs reports whether s holds any ideographic character, so that
// pages in alphabetic scripts skip autospace.
func hasIdeographs(s string) bool {
	for i := 0; i < len(s); i++ {
		// Runes from U+1100 on are encoded from lead byte 0xE1 on: the
		// other bytes need no decoding.
		if s[i] < 0xE1 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if r >= noIdeographs[0] && r < noIdeographs[1] {
			continue // punctuation and symbols: curly quotes, dashes, bullets
		}
		if ideographic(r) {
			return true
		}
	}
	return false
}

// noIdeographs is a range of runes none of which is ideographic (tested),
// so that hasIdeographs skips the table look-ups for them.
var noIdeographs = [2]rune{0x1200, 0x2E80}
