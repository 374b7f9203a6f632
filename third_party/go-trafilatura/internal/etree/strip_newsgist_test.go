package etree

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestStripAllTagsAtOnce checks the newsgist patch: stripping or removing
// several tags in one walk gives the tree that upstream's tag-by-tag loop
// gives, in either order of the tags.
func TestStripAllTagsAtOnce(t *testing.T) {
	pages := []string{
		`<div><b>bold <i>both</i> tail</b> text <i>italic <b>inner</b></i> end</div>`,
		`<p>one <span>a</span><em>b</em> after <span>c <em>d <span>e</span></em></span> last</p>`,
		`<ul><li>x<aside>ad<nav>menu</nav>tail1</aside>t2<nav>n</nav>t3<!-- c -->t4<aside>z</aside></li></ul>`,
	}
	tagSets := [][]string{{"b", "i"}, {"i", "b"}, {"span", "em"}, {"em", "span"}, {"aside", "nav"}, {"nav", "aside"}}
	render := func(n *html.Node) string {
		var b strings.Builder
		if err := html.Render(&b, n); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, page := range pages {
		for _, tags := range tagSets {
			for _, remove := range []bool{false, true} {
				once, _ := html.Parse(strings.NewReader(page))
				byTag, _ := html.Parse(strings.NewReader(page))
				if remove {
					StripElements(once, false, tags...)
					for _, tag := range tags {
						StripElements(byTag, false, tag)
					}
				} else {
					StripTags(once, tags...)
					for _, tag := range tags {
						StripTags(byTag, tag)
					}
				}
				if a, b := render(once), render(byTag); a != b {
					t.Errorf("%s %v remove=%v:\none walk %s\nby tag   %s", page, tags, remove, a, b)
				}
			}
		}
	}
}
