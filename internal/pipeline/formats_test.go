package pipeline

import (
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/digest"
)

// TestSameArticleAsTextAndHTML: every plain-text article of testdata (the
// seed, a wire story with a dateline, hard-wrapped text…) and the same
// paragraphs in a news page's HTML give the same entities and quote
// speakers, so nothing downstream depends on the format it came in.
func TestSameArticleAsTextAndHTML(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*.txt")
	if err != nil || len(files) < 3 {
		t.Fatalf("testdata/*.txt: %v %v", files, err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) { sameAsHTML(t, f) })
	}
}

func sameAsHTML(t *testing.T, file string) {
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := Digest(raw, digest.Source{Key: "incoming/" + filepath.Base(file)}, DefaultOptions)
	if text.Status != digest.StatusOK {
		t.Skipf("text digest %s", text.Status)
	}
	if !utf8.Valid(raw) {
		t.Skip("not UTF-8 text")
	}
	var page strings.Builder
	page.WriteString("<!doctype html><html lang=\"en\"><head><title>News</title></head><body>" +
		"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><main><article>")
	// The title line becomes the <h1>; a short line with no closing
	// punctuation at the start of a block (a byline, a date) its own <p>;
	// the hard-wrapped lines of a paragraph are joined into one <p>.
	for _, b := range strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n\n") {
		var para []string
		for _, l := range strings.Split(strings.TrimSpace(b), "\n") {
			l = strings.TrimSpace(l)
			switch {
			case l == "":
			case l == text.Article.Title:
				page.WriteString("<h1>" + html.EscapeString(l) + "</h1>\n")
			case len(para) == 0 && len(l) < 60 && !strings.ContainsAny(l[len(l)-1:], ".!?\"'”:"):
				page.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
			default:
				para = append(para, l)
			}
		}
		if len(para) > 0 {
			page.WriteString("<p>" + html.EscapeString(strings.Join(para, " ")) + "</p>\n")
		}
	}
	page.WriteString("</article></main><footer>© Example News</footer></body></html>")
	page2 := Digest([]byte(page.String()), digest.Source{Key: "incoming/seed.html"}, DefaultOptions)
	if page2.Status != digest.StatusOK {
		t.Fatalf("HTML digest %s: %+v", page2.Status, page2.Error)
	}
	for _, c := range []struct {
		what      string
		txt, html []string
	}{
		{"people", text.Entities.People, page2.Entities.People},
		{"places", text.Entities.Places, page2.Entities.Places},
		{"organisations", text.Entities.Organisations, page2.Entities.Organisations},
		{"speakers", speakers(text), speakers(page2)},
	} {
		if !slices.Equal(c.txt, c.html) {
			t.Errorf("%s differ:\n text %q\n html %q", c.what, c.txt, c.html)
		}
	}
}

func speakers(d digest.Digest) []string {
	var out []string
	for _, q := range d.Quotes {
		out = append(out, q.Speaker)
	}
	return out
}
