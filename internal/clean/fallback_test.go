package clean

import (
	"fmt"
	"strings"
	"testing"
)

// archiveMenu is site chrome made of links: a month archive and a menu,
// as on a small municipal news site.
func archiveMenu() string {
	var b strings.Builder
	b.WriteString(`<ul class="menu">`)
	for _, s := range []string{"Home", "News", "Downloads", "The city", "Councils", "Services", "Contacts", "Tenders", "Transparency", "Ombudsman"} {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, strings.ToLower(s), s)
	}
	b.WriteString(`</ul><ul class="archive">`)
	for y := 2010; y <= 2018; y++ {
		for _, m := range []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
			fmt.Fprintf(&b, `<li><a href="/news?y=%d&m=%s">%s %d <span>(12)</span></a></li>`, y, m, m, y)
		}
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// TestStructuralJunk: junk recognised by its markup, and text the
// extractor would lose, whatever the class names and phrases.
func TestStructuralJunk(t *testing.T) {
	story := `<p>The city council voted on Tuesday to close the old pool on Mill Street at the end of the summer and to build a new one next to the school.</p>
<p>The new pool will have six lanes and a teaching basin, and is expected to open in the spring of 2026 if the tender goes to plan.</p>
<p>Swimming clubs welcomed the decision but asked the council to keep the old pool open until the new one is ready.</p>`
	tests := []struct {
		name       string
		page       string
		want, gone []string
	}{
		{
			// go-trafilatura finds no article element and returns the
			// whole body run together: the block with the most text of
			// its own stands in, one paragraph per blank line
			name: "bare text between <br>s beside link menus",
			page: `<html><body><div class="col-side">` + archiveMenu() + `</div><div class="col-main">
<p class="title">Vandals break into two clinic vans</p>
<small><b>05/10/2018</b> - Posted by: Rita Moss - Category: <a href="/c/health">Health</a></small><br><br>
Staff at the home-care service found two of its five vans broken into on Friday morning. The batteries had been taken and the doors were damaged. The police were called and a report was filed. Patients booked for the morning are being given new appointments, and the service expects to be back to normal by the afternoon.<br><br><br>
<div class="share"><a href="/s/fb">Facebook</a> <a href="/s/tw">Twitter</a> <a href="/back">Back</a></div></div></body></html>`,
			want: []string{"Staff at the home-care service found two of its five vans", "back to normal by the afternoon."},
			gone: []string{"January 2014", "Transparency", "Facebook", "Posted by"},
		},
		{
			// teasers inside the article: each item a linked heading with
			// a one-line dek, in a list whose class says nothing
			name: "list of linked-heading teasers",
			page: `<html><body><article><h1>Council votes to replace Mill Street pool</h1>` + story + `
<div class="box-c7"><div class="row-x">
<div class="cell"><h3><a href="/a/1">Library hours cut over summer</a></h3><p>Branches close at 5pm.</p></div>
<div class="cell"><h3><a href="/a/2">Road works on the ring road</a></h3><p>Expect delays until May.</p></div>
<div class="cell"><a href="/a/3"><h4>New playground opens</h4></a><p>The first in the east end.</p></div>
</div></div></article></body></html>`,
			want: []string{"The city council voted on Tuesday", "keep the old pool open"},
			gone: []string{"Library hours cut", "Road works", "New playground", "Expect delays"},
		},
		{
			name: "rel=tag list after the story",
			page: `<html><body><article><h1>Council votes to replace Mill Street pool</h1>` + story + `
<strong>Tags<br><a href="/t/pool" rel="tag">pool</a>, <a href="/t/council" rel="tag">city council</a>, <a href="/t/sport" rel="tag">sport</a>, <a href="/t/schools" rel="tag">schools</a></strong></article></body></html>`,
			want: []string{"The city council voted on Tuesday", "keep the old pool open"},
			gone: []string{"Tags", "city council, sport"},
		},
		{
			// a custom element inside a paragraph (a citation badge):
			// the text after it stays
			name: "custom element inside a paragraph",
			page: `<html><body><article><h1>Council votes to replace Mill Street pool</h1>
<p>About one in five residents swims at least once a month, according to the council's survey (<cite-badge source="City survey"><a href="/survey">1</a></cite-badge>). The rest rarely use the pool.</p>` + story + `</article></body></html>`,
			want: []string{"according to the council's survey (1). The rest rarely use the pool."},
		},
		{
			// a date-only line in Portuguese and a credit line with a
			// date below the first paragraph are metadata
			name: "date and credit lines near the top",
			page: `<html><body><article><h1>Council votes to replace Mill Street pool</h1>
<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p>` + story + `</article></body></html>`,
			want: []string{"The city council voted on Tuesday"},
			gone: []string{"janeiro"},
		},
		{
			// a paragraph that is only a link to another story
			name: "link-only paragraph inside the story",
			page: `<html><body><article><h1>Council votes to replace Mill Street pool</h1>` + story + `
<p><strong><a href="/a/9">How the east end lost its last lido, and what came after</a></strong></p>
<p>Work on the new pool is due to start in September.</p></article></body></html>`,
			want: []string{"keep the old pool open", "due to start in September."},
			gone: []string{"last lido"},
		},
		{
			// the declared authors printed as a bare line above the story
			name: "a line that is only the byline",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":["Ada Stone","Ben Hale"]}</script></head><body><article><h1>Council votes to replace Mill Street pool</h1>
<p>Ada Stone and Ben Hale</p>` + story + `</article></body></html>`,
			want: []string{"The city council voted on Tuesday"},
			gone: []string{"Ada Stone"},
		},
		{
			name: "two <br>s end a paragraph",
			page: `<html><body><article><h1>Council votes to replace Mill Street pool</h1>` + story + `
<p>The vote was close.<br><br>Seven members backed the plan and six opposed it, saying the old pool could be repaired for less.</p></article></body></html>`,
			want: []string{"The vote was close.\n\nSeven members backed the plan"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean([]byte(tt.page), "page.html", "text/html")
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, a.Text)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(a.Text, g) {
					t.Errorf("text keeps %q:\n%s", g, a.Text)
				}
			}
		})
	}
}
