package clean

import (
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var datePattern = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$`)

func mustClean(t *testing.T, body []byte, name, ct string) Article {
	t.Helper()
	a, err := Clean(body, name, ct)
	if err != nil {
		t.Fatalf("Clean(%q): %v", name, err)
	}
	checkInvariants(t, a)
	return a
}

const story = "The mayor said on Tuesday that the new bus lanes would open in May, two months later than planned.\n\n" +
	"\"We would rather get it right than get it quick,\" she told reporters outside city hall.\n\n" +
	"Work on the lanes began in January and is expected to cost about 4 million euros."

func TestBoilerplateBothDirections(t *testing.T) {
	// Story sentences mentioning subscriptions, newsletters or cookies stay.
	keep := []string{
		"Residents who subscribe to the council's flood alerts will receive a text message when river levels rise.",
		"The company said it had 2.3 million subscribers at the end of March, up from 1.9 million a year earlier.",
		"\"I never signed up for this,\" said Ms Ortiz, who subscribed to the newsletter in 2019 and says her data was sold.",
		"Regulators have fined the firm for placing cookies on users' devices without consent, the watchdog said on Monday.",
		"Share prices fell 3% after the announcement, and analysts said the company's advertising revenue would suffer.",
		"The bakery's owner said she had followed the story of the closure on Facebook, Twitter and local radio.",
		"Read said the team would review the footage before deciding whether to appeal.",
		"Copyright lawyers said the ruling could affect thousands of artists.",
		"He asked customers to sign up for a loyalty card, which the chain says 40,000 people have done.",
		"Topics discussed included housing, transport, schools and the state of the high street, she said.",
	}
	drop := []string{
		"Sign up to our free newsletters",
		"Subscribe to our newsletter for the latest news",
		"Get the best updates straight to your inbox:",
		"We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.",
		"Subscribe now for unlimited digital access",
		"Already a subscriber? Log in",
		"You have reached your limit of free articles this month.",
		"Share this article",
		"Follow us on Twitter",
		"Facebook Twitter LinkedIn Email",
		"Advertisement",
		"Story continues below advertisement",
		"READ MORE: Council tax to rise by 5%",
		"Photo: John Smith/Reuters",
		"© 2024 Example News Ltd",
		"All rights reserved.",
		"Leave a comment",
		"Tags: transport, buses, city council, budget",
		"(Reporting by Jane Doe; Editing by John Roe)",
		"https://www.example.com/news/article/bus-lanes-delayed-12345.php",
		"Write to Jane Doe at jane.doe@example.com",
		"This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution, visit our reprints page.",
		"Copyright Example News 2019 - ISSN: 1234-5678",
		"The square at dusk, photos © Example Agency, 2018",
	}
	for _, k := range keep {
		a := mustClean(t, []byte(story+"\n\n"+k+"\n\nThe council will vote on the final design next month."), "s.txt", "")
		if !strings.Contains(a.Text, k) {
			t.Errorf("story sentence removed: %q (boilerplate %q)", k, a.Boilerplate)
		}
		if len(a.Boilerplate) != 0 {
			t.Errorf("boilerplate reported for %q: %q", k, a.Boilerplate)
		}
	}
	for _, d := range drop {
		a := mustClean(t, []byte(story+"\n\n"+d+"\n\nThe council will vote on the final design next month."), "s.txt", "")
		if strings.Contains(a.Text, d) {
			t.Errorf("boilerplate kept: %q", d)
		}
		if len(a.Boilerplate) != 1 || !strings.HasPrefix(d, strings.TrimSuffix(a.Boilerplate[0], "...")) {
			t.Errorf("Boilerplate = %q, want [%q]", a.Boilerplate, d)
		}
		if !strings.HasSuffix(a.Text, "The council will vote on the final design next month.") {
			t.Errorf("story after the boilerplate lost: %q", a.Text)
		}
	}
}

func TestRelatedList(t *testing.T) {
	in := story + "\n\nRelated stories\n\nBus fares frozen for a second year\n\nNew cycle path opens along the river\n\n" +
		"The mayor will present the plans to the council on Thursday."
	a := mustClean(t, []byte(in), "x.txt", "")
	if strings.Contains(a.Text, "Bus fares frozen") || strings.Contains(a.Text, "cycle path") {
		t.Errorf("related list kept: %q", a.Text)
	}
	if !strings.HasSuffix(a.Text, "The mayor will present the plans to the council on Thursday.") {
		t.Errorf("story after list lost: %q", a.Text)
	}
	if len(a.Boilerplate) != 3 {
		t.Errorf("Boilerplate = %q", a.Boilerplate)
	}
}

func TestDecoding(t *testing.T) {
	text := "Zoë’s café served crème brûlée — “délicieux”, said José."
	want := "Zoë's café served crème brûlée — \"délicieux\", said José."
	cp1252, _ := charmap.Windows1252.NewEncoder().String(text)
	latin1, _ := charmap.ISO8859_15.NewEncoder().String("Zoë a dit « oui » à José.")
	utf16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(text)
	utf16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(text + "\n\n" + text)
	pad := strings.Repeat("<meta name=\"keywords\" content=\"news, food, restaurants, reviews\">\n", 30)
	cases := []struct {
		name, body, file, ct, want string
	}{
		{"utf-8", text, "a.txt", "", want},
		{"utf-8 BOM", "\xef\xbb\xbf" + text, "a.txt", "", want},
		{"windows-1252 fallback", cp1252, "a.txt", "", want},
		{"content-type charset", latin1, "a.txt", "text/plain; charset=ISO-8859-15", "Zoë a dit « oui » à José."},
		{"utf-16 BE with BOM", utf16be, "a.txt", "", want},
		{"utf-16 LE without BOM", utf16le, "a.txt", "", want + "\n\n" + want},
		{"meta charset after 1024 bytes", "<html><head><title>t</title>" + pad + "<meta charset=\"windows-1252\"></head><body><p>" + cp1252 + "</p></body></html>", "a.html", "", want},
		{"http-equiv", "<html><head>" + pad + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>" + cp1252 + "</p></body></html>", "a.html", "", want},
		{"wrong content-type charset ignored when invalid", text, "a.txt", "text/plain; charset=utf-8", want},
		{"mojibake repaired", "Zoëâ€™s cafÃ© served crÃ¨me brÃ»lÃ©e â€” â€œdÃ©licieuxâ€, said JosÃ©.", "a.txt", "", want},
		{"soft hyphens and zero-width", "Zo\u00eb's ca\u0301fe\u0301\u00ad\u200b served crème brûlée — \"délicieux\", said José.", "a.txt", "", "Zoë's cafécafé"[:0] + "Zoë's cáfé served crème brûlée — \"délicieux\", said José."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := mustClean(t, []byte(tc.body), tc.file, tc.ct)
			if a.Text != tc.want {
				t.Errorf("Text = %q\nwant   %q", a.Text, tc.want)
			}
		})
	}
}

func TestFormatDetection(t *testing.T) {
	cases := []struct {
		name, body, file, ct, format, text string
	}{
		{"html fragment", "<p>First paragraph of the story.</p><p>Second paragraph, with <b>bold</b> text.</p>", "a", "", "html",
			"First paragraph of the story.\n\nSecond paragraph, with bold text."},
		{"html by content despite .txt", "<!DOCTYPE html><html><body><p>Only paragraph here.</p></body></html>", "a.txt", "text/plain", "html", "Only paragraph here."},
		{"markdown by extension", "Some *emphasis* and a [link](http://x.y).\n\nSecond para.", "a.md", "", "markdown",
			"Some emphasis and a link.\n\nSecond para."},
		{"markdown by content", "# Title here\n\nIntro with **bold**.\n\n- one\n- two\n", "a", "", "markdown", "Intro with bold.\n\none\n\ntwo"},
		{"json", `{"title": "T", "text": "Body one.\n\nBody two."}`, "a", "", "json", "Body one.\n\nBody two."},
		{"json html body", `{"headline": "T", "articleBody": "<p>Para one.</p><p>Para two.</p>"}`, "a.json", "", "json", "Para one.\n\nPara two."},
		{"json nested", `{"data": {"article": {"title": "T", "content": ["Para one.", "Para two."]}}}`, "a.json", "", "json", "Para one.\n\nPara two."},
		{"plain text with angle bracket", "Inflation was < 2% last year, the bank said.\n\nIt expects 3% next year.", "a", "", "text",
			"Inflation was < 2% last year, the bank said.\n\nIt expects 3% next year."},
		{"gzip html", "", "a.html.gz", "", "html", "Compressed paragraph."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(tc.body)
			if tc.name == "gzip html" {
				body = gz("<html><body><p>Compressed paragraph.</p></body></html>")
			}
			a := mustClean(t, body, tc.file, tc.ct)
			if a.Format != tc.format || a.Text != tc.text {
				t.Errorf("got %s %q, want %s %q", a.Format, a.Text, tc.format, tc.text)
			}
		})
	}
}

func TestPlainTextHeader(t *testing.T) {
	in := "Ministers unveil plan to cut hospital waiting lists\n\nBy JANE SMITH\nLONDON (Reuters) - Ministers on Monday unveiled a plan to cut hospital waiting lists by a third within two years.\n\n\"This is the most ambitious plan in a generation,\" the health secretary said."
	a := mustClean(t, []byte(in), "story.txt", "")
	if a.Title != "Ministers unveil plan to cut hospital waiting lists" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Byline != "Jane Smith" {
		t.Errorf("Byline = %q", a.Byline)
	}
	// The dateline stays in the text, as it does in an HTML page, so both
	// formats give the later stages the same article.
	if !strings.HasPrefix(a.Text, "LONDON (Reuters) - Ministers on Monday unveiled a plan") {
		t.Errorf("dateline lost or byline left in the text: %q", a.Text)
	}
	// With no byline, the dateline's agency credits the story.
	c := mustClean(t, []byte("Ministers unveil plan\n\nLONDON (Reuters) - Ministers on Monday unveiled a plan to cut hospital waiting lists by a third."), "story.txt", "")
	if c.Byline != "Reuters" {
		t.Errorf("Byline = %q, want the dateline's agency", c.Byline)
	}
	// A first paragraph that is a full sentence is not a title.
	b := mustClean(t, []byte(story), "s.txt", "")
	if b.Title != "" || !strings.HasPrefix(b.Text, "The mayor said on Tuesday") {
		t.Errorf("sentence taken as title: %q / %q", b.Title, b.Text)
	}
}

func TestHardWrapped(t *testing.T) {
	in := "The city council voted on Tuesday to approve a new budget that includes\n" +
		"funding for three new libraries and a well-\nknown arts festival. The vote was 7 to 2.\n" +
		"\"We are proud of this budget,\" the mayor said after the meeting, adding\n" +
		"that the libraries would open by the end of next year at the latest.\n"
	a := mustClean(t, []byte(in), "w.txt", "")
	want := "The city council voted on Tuesday to approve a new budget that includes funding for three new libraries and a well-known arts festival. The vote was 7 to 2.\n\n" +
		"\"We are proud of this budget,\" the mayor said after the meeting, adding that the libraries would open by the end of next year at the latest."
	if a.Text != want {
		t.Errorf("Text = %q\nwant   %q", a.Text, want)
	}
}

func TestHTMLMetadata(t *testing.T) {
	page := `<html lang="fr-FR"><head><title>Le budget adopté | Le Journal</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-15T09:30:00+01:00","author":{"name":"Marie Curie"}}</script>
</head><body><article><h1>Autre titre</h1><p class="signature">Marie Curie</p><p>Le conseil municipal a adopté mardi un budget de 12 millions d'euros pour la rénovation des écoles de la ville.</p>
<p>« C'est un budget historique », a déclaré la maire devant les élus réunis en séance publique.</p></article></body></html>`
	a := mustClean(t, []byte(page), "p.html", "text/html")
	if a.Title != "Autre titre" || a.Byline != "Marie Curie" || a.Published != "2024-01-15T09:30:00+01:00" || a.Language != "fr" {
		t.Errorf("metadata = %q %q %q %q", a.Title, a.Byline, a.Published, a.Language)
	}
	if got := stripSiteSuffix("Le budget adopté | Le Journal", "", true); got != "Le budget adopté" {
		t.Errorf("stripSiteSuffix = %q", got)
	}
	b := mustClean(t, []byte(`<html><head><title>Budget passes after long debate - The Daily Planet</title></head><body><p>The budget passed late on Tuesday after a long debate in the chamber.</p><time datetime="2021-06-01">June 1</time></body></html>`), "p.html", "")
	if b.Title != "Budget passes after long debate" || b.Published != "2021-06-01" {
		t.Errorf("title/date = %q %q", b.Title, b.Published)
	}
}

func TestDeeplyNestedHTML(t *testing.T) {
	page := "<html><head><title>x</title></head><body>" + strings.Repeat("<div>", 2000) + "<p>The only paragraph of the story.</p><script>var x = 1;</script>" + strings.Repeat("</div>", 2000) + "</body></html>"
	a := mustClean(t, []byte(page), "deep.html", "")
	if a.Text != "The only paragraph of the story." {
		t.Errorf("Text = %q", a.Text)
	}
}

func TestNeverPanics(t *testing.T) {
	inputs := [][]byte{
		nil, {0}, {0xff, 0xfe}, {0xfe, 0xff, 0}, {0xef, 0xbb, 0xbf}, []byte("<"), []byte("<html"), []byte("{"), []byte("[]"),
		[]byte(`{"body": 3}`), []byte(`{"body": {"text": ["a", {"x": 1}]}}`), []byte("# \n\n```"), []byte("\x1f\x8b"), []byte("---\ntitle: x\n---\n"),
		[]byte("By\n\nBy Jo"), []byte(strings.Repeat("<div>", 5000)), []byte("â€"), []byte("Ã"),
	}
	// clean, not Clean: Clean's recover would turn a panic into no_text
	// and this test could never fail.
	for _, in := range inputs {
		clean(in, "x", "", 0)
		clean(in, "x.html", "text/html; charset=utf-16", 0)
		clean(in, "x.md", "text/markdown; charset=bogus", 0)
	}
}
