package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestAutospace(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<p>パスワード管理ソフト<a href="/k">KeePass</a>の起動</p>`, "パスワード管理ソフト KeePass の起動"},
		{`<p>최신 <b>iOS</b>업데이트</p>`, "최신 iOS 업데이트"},
		{`<p>价格为<span><i>100</i></span>元</p>`, "价格为 100 元"},
		{`<p>Read <a href="/x">the report</a>, then vote.</p>`, "Read the report, then vote."}, // Latin only: untouched
		{`<p>日本語<a>東京</a>です</p>`, "日本語東京です"},                                                   // one script: untouched
		{`<p>ソフトKeePassの</p>`, "ソフトKeePassの"},                                                  // one text node: as written
	} {
		doc, err := html.Parse(strings.NewReader(c.in))
		if err != nil {
			t.Fatal(err)
		}
		autospace(doc)
		var b strings.Builder
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.TextNode {
				b.WriteString(n.Data)
			}
			for k := n.FirstChild; k != nil; k = k.NextSibling {
				walk(k)
			}
		}
		walk(doc)
		if got := b.String(); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestHasIdeographs(t *testing.T) {
	if hasIdeographs("Plain English – with dashes, “quotes” and café") {
		t.Error("Latin text has no ideographs")
	}
	if !hasIdeographs("Tokyo 東京") || !hasIdeographs("서울") {
		t.Error("Han and Hangul are ideographic here")
	}
}

func TestNoIdeographsRange(t *testing.T) {
	for r := noIdeographs[0]; r < noIdeographs[1]; r++ {
		if ideographic(r) {
			t.Fatalf("%U is ideographic", r)
		}
	}
	if !hasIdeographs("Tokyo “東京” — 2024") || hasIdeographs("Tokyo “Tokio” — 2024 ‘’…•") {
		t.Error("hasIdeographs misreads a quoted name")
	}
}
