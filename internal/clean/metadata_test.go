package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCleanByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By JANE SMITH", "Jane Smith"},
		{"By LISA MARTIN, OWEN DALY and RUTH KAPOOR, Associated Press", "Lisa Martin and Owen Daly and Ruth Kapoor"},
		{"Tom Harlow, AP National Political Writer", "Tom Harlow"},
		{"Analysis by Dana Price, CNN Editor-at-large", "Dana Price"},
		{"Written by Mara Lind, MS, RD", "Mara Lind"},
		{"by Ken Oduya | November 18, 2019 12:01 PM Print this article", "Ken Oduya"},
		{"By Carla Stone November 15, 2019", "Carla Stone"},
		{"Sara Vik 1 day ago", "Sara Vik"},
		{"By WESTERN HERALD STAFF NOVEMBER 20, 2019 10:43", "Western Herald Staff"},
		{"The Associated Press", "Associated Press"},
		{"Posted by Vortex", "Vortex"},
		{"Posted on November 19, 2019 by siteadmin", "siteadmin"},
		{"Текст: Анна Белова", "Анна Белова"},
		{"Pieter de Vries", "Pieter de Vries"},
		{"Nama (wajib)", ""},
		{"Published 11:34 PM EST Nov 19, 2019", ""},
		{"Staff writer", ""},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		in         string
		monthFirst bool
		want       string
	}{
		{"Published 7:07 PM EST Nov 19, 2019", true, "2019-11-19"},
		{"Monday, November 18th, 2019 at 11:08 a.m.", true, "2019-11-18"},
		{"19 November 2019 • 1:16pm", true, "2019-11-19"},
		{"publiziert am 30. Juli 2018", false, "2018-07-30"},
		{"segunda-feira, 22 de janeiro de 2018 às 0:13", false, "2018-01-22"},
		{"05/10/2018 - Publicado por: Ana Lima", false, "2018-10-05"},
		{"05/10/2018", true, "2018-05-10"},
		{"by Lighthouse ／ 2016.12.01", true, "2016-12-01"},
		{"2018年8月16日", true, "2018-08-16"},
		{"02 Ago 2017", false, "2017-08-02"},
		{"31 February 2019", true, ""},
		{"call 555-0142 today", true, ""},
	}
	for _, tt := range tests {
		if got, _ := findDate(tt.in, tt.monthFirst); got != tt.want {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDeclaredDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0001-01-01T00:00:00Z", ""},
		{"1970-01-01T00:00:00Z", ""},
		{"2019-11-20T01:53:14Z", "2019-11-20T01:53:14Z"},
		{"2019-11-19T18:53:14-08:00", "2019-11-19T18:53:14-08:00"},
		{"01:38:07 PM IST Nov 20, 2019", "2019-11-20"},
		{"soon", ""},
	}
	for _, tt := range tests {
		if got := declaredDate(tt.in); got != tt.want {
			t.Errorf("declaredDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHTMLMetadataSources checks the order of sources on small pages, one
// failure kind each.
func TestHTMLMetadataSources(t *testing.T) {
	body := `<p>The council approved the new budget on Tuesday after a debate that lasted more than four hours, with a majority of eight to three.</p>
<p>The mayor said the plan would protect libraries and parks while keeping council tax rises below inflation for a third year.</p>`
	tests := []struct {
		name, head, top                    string
		title, byline, published, language string
	}{
		{name: "visible h1 over og:title",
			head:  `<meta property="og:title" content="Budget passes"><title>Budget passes | Town Post</title>`,
			top:   `<h1>Council approves budget after four-hour debate</h1>`,
			title: "Council approves budget after four-hour debate"},
		{name: "logo h1 linking home skipped",
			head:  `<title>Council approves budget - Town Post</title><meta property="og:site_name" content="Town Post">`,
			top:   `<a href="/"><h1>Town Post</h1></a>`,
			title: "Council approves budget"},
		{name: "publisher as author never a byline",
			head: `<meta name="author" content="Town Post Media"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Town Post Media"}}</script>`,
			top:  `<h1>Council approves budget</h1>`},
		{name: "declared person not shown on the page",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ola Nordmann"}}</script>`,
			top:  `<h1>Council approves budget</h1>`},
		{name: "declared person shown",
			head:   `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ola Nordmann"}}</script>`,
			top:    `<h1>Council approves budget</h1><div class="credit">Ola Nordmann</div>`,
			byline: "Ola Nordmann"},
		{name: "rel=author links joined",
			top:    `<h1>Council approves budget</h1><p class="meta">By <a rel="author" href="/a">Ana Lima</a>, <a rel="author" href="/b">Raj Patel</a> <time datetime="2024-03-05T10:00:00Z">March 5, 2024</time></p>`,
			byline: "Ana Lima and Raj Patel", published: "2024-03-05"},
		{name: "zero JSON-LD date, printed date wins",
			head:      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>`,
			top:       `<h1>Council approves budget</h1><div class="publish-date">Published 2:16 AM EST Mar 6, 2024</div>`,
			published: "2024-03-06"},
		{name: "printed update date is not the publication date",
			head:      `<meta property="article:published_time" content="2024-03-05T09:00:00+00:00">`,
			top:       `<h1>Council approves budget</h1><span class="date">Updated March 7, 2024</span>`,
			published: "2024-03-05T09:00:00Z"},
		{name: "masthead date above the headline ignored",
			head:      `<meta property="article:published_time" content="2024-03-05T09:00:00+00:00">`,
			top:       `<div class="today">Friday, March 8, 2024</div><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/opinion">Opinion</a> <a href="/travel">Travel</a> <a href="/weather">Weather</a></nav><div class="promo">Sign up for the morning briefing and get the day's top stories from our newsroom delivered to your inbox before breakfast every weekday, with the weather, the traffic and the best of our sport and culture pages.</div><h1>Council approves budget</h1>`,
			published: "2024-03-05T09:00:00Z"},
		{name: "language from the text, not the markup",
			head:     `<meta http-equiv="content-language" content="de">`,
			top:      `<h1>Council approves budget</h1>`,
			language: "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body>" + tt.top + body + "</body></html>"
			a := mustClean(t, []byte(page), "p.html", "")
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if a.Byline != tt.byline {
				t.Errorf("Byline = %q, want %q", a.Byline, tt.byline)
			}
			if !strings.HasPrefix(a.Published, tt.published) || (tt.published == "") != (a.Published == "") {
				t.Errorf("Published = %q, want %q", a.Published, tt.published)
			}
			if tt.language != "" && a.Language != tt.language {
				t.Errorf("Language = %q, want %q", a.Language, tt.language)
			}
		})
	}
}

func TestWidgetsNeverGlue(t *testing.T) {
	page := `<html><body><article><h1>Senator wins changes to rail bill</h1>
<p>The committee advanced the bill after Sen. <a href="/p/1">Dana Whitfield</a><span class="hovercard"><span>Dana Whitfield</span><a href="/s/2">Whitfield presses for bridge repairs</a> MORE</span> (D-Ore.) secured changes to the route.</p>
<p>Path A: Iceland, Norway<br>Path B: Wales, Ireland<br>Path C: Scotland, Serbia</p>
<p>The vote was 14 to 9, and the bill now goes to the full Senate, where leaders expect a vote before the spring recess begins.</p>
</article></body></html>`
	a := mustClean(t, []byte(page), "p.html", "")
	for _, bad := range []string{"WhitfieldDana", "WhitfieldWhitfield", "MORE", "IrelandPath", "NorwayPath"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text has %q: %q", bad, a.Text)
		}
	}
	if !strings.Contains(a.Text, "Sen. Dana Whitfield (D-Ore.) secured") {
		t.Errorf("lead lost the name: %q", a.Text)
	}
	if len(a.Boilerplate) == 0 || !strings.Contains(a.Boilerplate[0], "Whitfield presses") {
		t.Errorf("hover card not reported: %q", a.Boilerplate)
	}
}

// TestMetadataStyles: hand-made pages in byline, date and headline styles
// the earlier tests do not cover, each read for title, byline, published
// date and language (the metadata a reader sees).
func TestMetadataStyles(t *testing.T) {
	tests := []struct {
		file                               string
		title, byline, published, language string
	}{
		// "By A and B | Reuters" in a <p class="byline">: the agency after
		// the bar is not a name
		{"river-dredging-wire-byline.html", "Port authority approves river dredging plan despite fishing concerns",
			"Ines Carvalho and Tomas Brekke", "2022-04-09", "en"},
		// JSON-LD lists the authors in another order than the page: the
		// page's order wins; the declared date-time is kept
		{"clinic-funding-jsonld-authors.html", "Rural clinics win three more years of state funding",
			"Owen Mabry and Priya Raman", "2023-02-14T09:30:00-06:00", "en"},
		// a date printed only in a <time> without datetime, the credit in
		// a class="writer" span
		{"orchard-frost-time-text.html", "Late frost damages cherry orchards across the valley",
			"Hannah Osei", "2021-05-03", "en"},
		// an <h1> inside <header> after a kicker link; "Updated" printed
		// before "Published" in one line and no declared date; a job
		// title after the name
		{"stadium-vote-kicker-header.html", "Why the stadium vote split the council",
			"Lena Fischer", "2020-10-21", "en"},
		// the only <h1> is the section's name; the headline is an <h2>;
		// a day-month date with "10.00 GMT" and a "Last modified" line
		{"ferry-strike-section-h1.html", "Ferry crews walk out over rosters as island services halt",
			"Fiona MacLeod", "2021-03-04", "en"},
		// German: "Von" credit in class="autor", "12. Dezember 2023"
		{"heizkosten-german.html", "Stadtwerke senken die Fernwärmepreise zum Jahreswechsel",
			"Katrin Böhm", "2023-12-12", "de"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("../../testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Clean(body, tt.file, "text/html")
			if err != nil {
				t.Fatal(err)
			}
			got := []string{a.Title, a.Byline, a.Published, a.Language}
			want := []string{tt.title, tt.byline, tt.published, tt.language}
			for i, f := range []string{"title", "byline", "published", "language"} {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", f, got[i], want[i])
				}
			}
			// the credit, date and kicker lines are metadata, not body
			first, _, _ := strings.Cut(a.Text, "\n\n")
			for _, bad := range []string{tt.byline, "Reuters", "Updated", "City Hall", "Von "} {
				if strings.HasPrefix(first, bad) {
					t.Errorf("text starts with %q: %q", bad, first)
				}
			}
		})
	}
}

func TestDatesIn(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		updates []bool
	}{
		{"Updated October 22, 2020 at 9:12 a.m. | Published October 21, 2020 at 2:05 p.m.",
			[]string{"2020-10-22", "2020-10-21"}, []bool{true, false}},
		{"Published 4 March 2021, last modified 5 March 2021", []string{"2021-03-04", "2021-03-05"}, []bool{false, true}},
		{"Thursday 4 March 2021 10.00 GMT", []string{"2021-03-04"}, []bool{false}},
		{"Aktualisiert am 12.12.2023", []string{"2023-12-12"}, []bool{true}},
	}
	for _, tt := range tests {
		ds := datesIn(tt.in, true)
		if len(ds) != len(tt.want) {
			t.Errorf("datesIn(%q) = %v, want %v", tt.in, ds, tt.want)
			continue
		}
		for i, d := range ds {
			if d.val != tt.want[i] || labelSaysUpdate(d.label) != tt.updates[i] {
				t.Errorf("datesIn(%q)[%d] = %q label %q (update %v), want %q update %v", tt.in, i, d.val, d.label, labelSaysUpdate(d.label), tt.want[i], tt.updates[i])
			}
		}
	}
}

func TestMonthFirst(t *testing.T) {
	tests := []struct {
		lang string
		want bool
	}{
		{"", true}, {"en", true}, {"en-US", true}, {"en-GB", false}, {"en_AU", false}, {"en-in", false}, {"de-DE", false}, {"pt", false},
	}
	for _, tt := range tests {
		if got := monthFirst(tt.lang); got != tt.want {
			t.Errorf("monthFirst(%q) = %v, want %v", tt.lang, got, tt.want)
		}
	}
	// a British page's 02/05/2024 is 2 May
	page := `<html lang="en-GB"><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise from June</h1>
<p class="byline">By Ann Lowe</p><p class="date">02/05/2024</p>
<p>Ferry fares on the island routes will rise by six percent from the first of June, the operator said on Thursday.</p>
<p>The operator said fuel and wages had both risen faster than expected over the winter.</p></article></body></html>`
	if a := mustClean(t, []byte(page), "f.html", "text/html"); a.Published != "2024-05-02" {
		t.Errorf("published = %q, want 2024-05-02", a.Published)
	}
}

func TestStripSection(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Opinion | The pool vote was a mistake", "The pool vote was a mistake"},
		{"Live updates | Storm hits the coast", "Storm hits the coast"},
		{"Storm hits the coast | Live", "Storm hits the coast | Live"},
		{"A | B", "A | B"},
	}
	for _, tt := range tests {
		if got := stripSection(tt.in); got != tt.want {
			t.Errorf("stripSection(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsOutlet(t *testing.T) {
	outlets := []string{"annapolis times", "the evening courier", "courier media group"}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Annapolis Times", true},
		{"The Evening Courier", true},
		{"Courier", true}, // a word of the outlet's name
		{"Ann", false},    // not a whole word of "annapolis times"
		{"Tim", false},
		{"Jane Doe", false},
	} {
		if got := isOutlet(c.name, outlets); got != c.want {
			t.Errorf("isOutlet(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestHeaderDateLines(t *testing.T) {
	for _, c := range []struct {
		line       string
		dateOnly   bool
		creditDate bool // with the byline "Jane Doe"
	}{
		{"segunda-feira, 22 de janeiro de 2018 às 0:13", true, false},
		{"November 19, 2019 4:32 PM", true, false},
		{"05/10/2018 - Publicado por: Jane Doe - Categoria: Saúde", false, true},
		{"Jane Doe | March 3, 2021", true, true},
		{"The council met on November 19, 2019 to vote on the budget.", false, false},
		{"Jane Doe wrote about the vote.", false, false},
	} {
		if got := dateOnlyLine(c.line); got != c.dateOnly {
			t.Errorf("dateOnlyLine(%q) = %v", c.line, got)
		}
		if got := creditDateLine(c.line, "Jane Doe"); got != c.creditDate {
			t.Errorf("creditDateLine(%q) = %v", c.line, got)
		}
	}
}

// TestDatelineCreditsAgency: an unsigned HTML story whose first paragraph
// opens with a wire dateline is credited to the agency, and the dateline
// stays in the text.
func TestDatelineCreditsAgency(t *testing.T) {
	page := `<html><head><title>Storm closes ports</title></head><body><article><h1>Storm closes ports</h1>
<p>HALIFAX, Nova Scotia (AP) — A winter storm closed three ports along the coast on Tuesday, stranding dozens of cargo ships offshore.</p>
<p>The port authority said the ports would reopen once the winds dropped below gale force, probably on Thursday.</p>
<p>Shipping companies said the delays would cost them several million dollars a day.</p></article></body></html>`
	a := mustClean(t, []byte(page), "storm.html", "")
	if a.Byline != "Associated Press" {
		t.Errorf("Byline = %q, want Associated Press", a.Byline)
	}
	if !strings.HasPrefix(a.Text, "HALIFAX, Nova Scotia (AP) — A winter storm") {
		t.Errorf("Text = %q", a.Text)
	}
}
