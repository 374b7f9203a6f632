package clean

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fileCase is one article in testdata with what Clean must find in it.
type fileCase struct {
	file, contentType              string
	format                         string
	title, byline, published, lang string
	first                          string   // prefix of the first body paragraph
	kept                           []string // substrings that must stay in Text
	removed                        []string // substrings that must not be in Text
	boilerplate                    []string // prefixes of reported boilerplate blocks, in order
	paragraphs                     int      // exact paragraph count, when non-zero
}

var fileCases = []fileCase{
	{
		file: "gates-missile-shield.txt", format: "text", lang: "en",
		first: "US Defence Secretary Robert Gates offered Russia",
		kept: []string{
			`"The days of the Cold War are over and no one should seek a return to them," said Mr Gates`,
			`Interfax quoted him as saying.`,
			"A Russian official who briefed reporters said",
		},
		removed: []string{"Sign up", "inbox", "mailing list", "unsubscribe", "Mailchimp"},
		boilerplate: []string{
			"Sign up to our free newsletters",
			"Get the best updates straight to your inbox:",
			"Please select at least one mailing list.",
			"You can unsubscribe at any time",
		},
		paragraphs: 10,
	},
	{
		file: "city-council-cookie-banner.html", format: "html",
		title: "Council approves 20mph limit for city centre streets", byline: "Priya Raman",
		published: "2024-03-12T18:05:00Z", lang: "en",
		first: "Drivers in Northgate will face a 20mph speed limit",
		kept: []string{
			`"This is about making our streets safer for the people who live, work and shop here," said Councillor Helen Okafor`,
			`She added: "I've waited ten years to be able to cross my own street without running."`,
			"£420,000",
		},
		removed:    []string{"cookies", "Accept all", "Share on Facebook", "Morning Briefing", "All rights reserved", "Home News Sport", "By Priya Raman"},
		paragraphs: 7,
	},
	{
		file: "rail-strike-related-stories.html", format: "html",
		title: "Rail workers to strike over Christmas after pay talks collapse", byline: "Tom Hartley and Ellen Marsh",
		published: "2023-12-04T07:30:00Z", lang: "en",
		first: "Train services across the region face severe disruption",
		kept: []string{
			`"The offer on the table is fair and affordable, and it is the best in the industry this year," the spokesperson added.`,
			`told the Post the strike was "the worst possible news`,
		},
		removed:    []string{"Related stories", "Bus drivers accept pay deal", "Follow us on Facebook", "Leave a comment", "Comments are closed", "Copyright"},
		paragraphs: 8,
	},
	{
		file: "flood-defences-windows-1252.html", format: "html",
		title: "Café owners count cost as flood defences fail again", byline: "Siân Llewelyn", published: "2022-11-18", lang: "en",
		first: `Business owners on Riverside Parade say they are "at breaking point"`,
		kept: []string{
			`Renée Dubois, who has run the Crêperie Dubois for 11 years`,
			`"We've lost everything again – the fridges, the stock, the furniture," she said.`,
			"The £2.4m flood barrier",
		},
		removed:     []string{"Photo:", "Valley Gazette 2022"},
		boilerplate: []string{"Photo: Flood water on Riverside Parade"},
		paragraphs:  5,
	},
	{
		file: "school-funding-utf16.txt", format: "text",
		title: `School funding deal leaves rural heads "worse off"`, byline: "Daniel Ferreira",
		published: "2023-09-05", lang: "en",
		first: "Head teachers in rural schools say a new national funding formula",
		kept: []string{
			`"It's a cut dressed up as a rise," said Moira Campbell`,
			`"Every school will receive more money per pupil next year than this year," she told MPs`,
		},
		removed:     []string{"Share this article", "All rights reserved", "Published:"},
		boilerplate: []string{"Share this article", "Copyright © 2023 Regional News Service."},
		paragraphs:  5,
	},
	{
		file: "wildfire-hard-wrapped.txt", format: "text",
		title: "Wildfire forces thousands to flee hillside towns", byline: "Maria Delgado", lang: "en",
		// the dateline stays in the text, as in an HTML page (the headline leaves it out)
		first: "LOS ANGELES (Reuters) - A fast-moving wildfire tore through dry brush in the hills north of Los Angeles on Wednesday, forcing more than 12,000 people",
		kept: []string{
			`"We are asking people not to wait. If you are told to go, go now," Los Angeles County Fire Chief Anthony Marrone told a news conference.`,
			`"We grabbed the dog, the passports and the photo albums, and that was it," said Linda Cho, 58,`,
		},
		removed:     []string{"Editing by", "\n\nThe Ridge Fire had burned about 8,500 acres by late afternoon and was 5%\n"},
		boilerplate: []string{"(Reporting by Maria Delgado; Editing by Paul Simao)"},
		paragraphs:  6,
	},
	{
		file: "library-reopening.md", format: "markdown",
		title: "Central library reopens after £6m refurbishment", byline: "Aisha Khan", published: "2024-06-14", lang: "en",
		first: "The city's central library reopened to the public on Saturday",
		kept: []string{
			"according to the city council, which owns",
			`"Libraries are not just about books any more, they are about giving people space," said chief librarian Owen Price.`,
			"\n\na recording studio that can be booked free of charge\n\n",
			`adding: "It's lighter, it's warmer and the coffee is better."`,
		},
		removed:     []string{"**", "](", "![", "# ", "_Owen", "---", "Read more", "branch libraries"},
		boilerplate: []string{"Read more: Council sets out plans for branch libraries"},
	},
	{
		file: "election-results-json.json", format: "json",
		title: "Independent candidate wins mayoral race by 312 votes", byline: "Grace Liu",
		published: "2024-05-03T01:45:00+01:00", lang: "en",
		first: "An independent candidate has won the race to become mayor of Eastholm",
		kept: []string{
			`"People have told me again and again that they want someone who puts Eastholm first," Ms Adeyemi said in her victory speech.`,
			`"I wish her well, and I hope she keeps her promises on housing," he told reporters.`,
		},
		removed:     []string{"politics newsletter"},
		boilerplate: []string{"Sign up to our politics newsletter"},
		paragraphs:  5,
	},
	{
		file: "streaming-service-subscribers-story.html", format: "html",
		title: "Streaming service loses 1.2 million subscribers after price rise", byline: "Jordan Ellis",
		published: "2024-07-23T21:10:00Z", lang: "en",
		first: "Shares in StreamCo fell 14% in after-hours trading",
		kept: []string{
			// Story sentences about subscribing stay.
			"About 40% of new customers chose to subscribe to the cheaper plan with advertising",
			"viewers were increasingly willing to subscribe and cancel month by month.",
			`"What matters is that the subscribers who stay are watching more and paying more."`,
			"StreamCo still has 68 million paying subscribers worldwide",
		},
		removed:     []string{"unlimited access", "Already a subscriber", "Advertisement", "Most popular", "Chipmaker"},
		boilerplate: []string{"Subscribe now for unlimited access", "Already a subscriber? Log in to continue reading."},
		paragraphs:  6,
	},
	{
		file: "bridge-closure-subscribe-alerts.txt", format: "text",
		title: "Bridge to close for six weeks for urgent repairs", byline: "Callum Reid", published: "2024-01-09", lang: "en",
		first: "The Kingsway Bridge will close to all traffic for six weeks from Monday",
		kept: []string{
			"Residents can subscribe to text alerts from the council for daily updates on the work",
			`"We don't take a decision like this lightly, but safety has to come first," said Fiona Grant`,
			`said: "January is hard enough. Six weeks without passing traffic could finish some of us off."`,
		},
		removed: []string{"Updated 10:32", "Share this story", "WhatsApp", "daily newsletter", "inbox", "mailing list", "unsubscribe"},
		boilerplate: []string{
			"Share this story", "Facebook Twitter WhatsApp Email", "Sign up for our daily newsletter",
			"Get the best updates straight to your inbox:", "Please select at least one mailing list.", "You can unsubscribe at any time",
		},
		paragraphs: 6,
	},
	{
		file: "museum-theft-captions.html", format: "html",
		title: "Thieves steal gold brooch from city museum in night raid", byline: "Pieter de Vries",
		published: "2024-02-20T06:15:00+01:00", lang: "en",
		first: "AMSTERDAM — Thieves broke into the Stadsmuseum",
		kept: []string{
			`"It is a black day for the museum and for the city," director Ingrid Hoekstra said at a press conference.`,
			`told the paper the thieves had "almost certainly been sent to order". He added that the brooch was "far too famous to fence".`,
		},
		removed:     []string{"Advertisement", "Getty Images", "Photo: Jan Bakker", "Follow Lowlands", "Van Gogh letters", "© 2024"},
		boilerplate: []string{"Advertisement", "(Photo by Jan Bakker/ANP/AFP via Getty Images)"},
		paragraphs:  6,
	},
	{
		file: "port-expansion-mojibake.html", format: "html",
		title: "Port expansion wins approval despite protests", byline: "Chloe Martin", lang: "en",
		first: "The élite planning committee approved the £300m expansion",
		kept: []string{
			`"This is a decision for the next 50 years," said committee chair Josh Brennan. "We've listened carefully to every objection."`,
			`"It's not over," said Naomi Fitch`,
		},
		paragraphs: 4,
	},
}

func TestCleanFiles(t *testing.T) {
	for _, tc := range fileCases {
		t.Run(tc.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("..", "..", "testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Clean(body, tc.file, tc.contentType)
			if err != nil {
				t.Fatalf("Clean: %v", err)
			}
			check := func(field, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("Format", a.Format, tc.format)
			check("Title", a.Title, tc.title)
			check("Byline", a.Byline, tc.byline)
			check("Published", a.Published, tc.published)
			check("Language", a.Language, tc.lang)
			paras := strings.Split(a.Text, "\n\n")
			if !strings.HasPrefix(paras[0], tc.first) {
				t.Errorf("first paragraph = %q, want prefix %q", paras[0], tc.first)
			}
			for _, k := range tc.kept {
				if !strings.Contains(a.Text, k) {
					t.Errorf("Text lost %q", k)
				}
			}
			for _, r := range tc.removed {
				if strings.Contains(a.Text, r) {
					t.Errorf("Text still has %q", r)
				}
			}
			if tc.paragraphs != 0 && len(paras) != tc.paragraphs {
				t.Errorf("%d paragraphs, want %d:\n%s", len(paras), tc.paragraphs, strings.Join(paras, "\n---\n"))
			}
			if tc.boilerplate != nil {
				if len(a.Boilerplate) != len(tc.boilerplate) {
					t.Errorf("Boilerplate = %q, want %d blocks %q", a.Boilerplate, len(tc.boilerplate), tc.boilerplate)
				} else {
					for i, want := range tc.boilerplate {
						if !strings.HasPrefix(a.Boilerplate[i], want) {
							t.Errorf("Boilerplate[%d] = %q, want prefix %q", i, a.Boilerplate[i], want)
						}
					}
				}
			}
			checkInvariants(t, a)
		})
	}
}

// checkInvariants holds for every successful Clean.
func checkInvariants(t *testing.T, a Article) {
	t.Helper()
	for _, s := range append([]string{a.Text, a.Title, a.Byline}, a.Boilerplate...) {
		if !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8: %q", s)
		}
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("not NFC: %q", s)
		}
		for _, bad := range []string{"â€", "Ã©", "Ã¨", "Â£", "Â ", "\u00AD", "\u200B", "\uFEFF", "\u2019", "\u201C", "\u201D", "\uFFFD", "\r"} {
			if strings.Contains(s, bad) {
				t.Errorf("%q found in %q", bad, s)
			}
		}
	}
	if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, "\n") || strings.HasSuffix(a.Text, "\n") {
		t.Errorf("paragraph separators: %q", a.Text)
	}
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p != strings.TrimSpace(p) || strings.Contains(p, "  ") || strings.Contains(p, "\n") || strings.Contains(p, "\t") {
			t.Errorf("whitespace not normalised: %q", p)
		}
	}
	if a.Published != "" && !datePattern.MatchString(a.Published) {
		t.Errorf("Published %q is not RFC 3339", a.Published)
	}
	if a.Boilerplate == nil {
		t.Errorf("Boilerplate is nil, want an empty list")
	}
}

func TestRejections(t *testing.T) {
	cases := []struct {
		name, file, ct string
		body           []byte
		code           string
	}{
		{"empty", "a.txt", "", nil, "empty"},
		{"whitespace", "a.txt", "", []byte(" \n\t\r\n "), "empty"},
		{"pdf", "report.pdf", "application/pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "binary"},
		{"png", "photo.png", "", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), "binary"},
		{"jpeg", "photo.jpg", "image/jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01"), "binary"},
		{"zip", "story.docx", "", []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"), "binary"},
		{"gif", "a.gif", "", []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00"), "binary"},
		{"nul bytes", "a.bin", "", []byte("abc\x00\x01\x02\x03\xff\xfe\x00\x00\x10\x11 data\x00\x00\x00\x07"), "binary"},
		{"bad utf-8 after BOM", "a.txt", "", []byte("\xef\xbb\xbfHello \xff\xfe world"), "undecodable"},
		{"html without text", "a.html", "text/html", []byte("<html><head><title>x</title></head><body><script>var a=1;</script><div></div></body></html>"), "no_text"},
		{"json without body", "a.json", "application/json", []byte(`{"id": 3, "tags": ["a", "b"]}`), "no_text"},
		{"control characters", "a.txt", "", []byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18 hi"), "undecodable"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Clean(tc.body, tc.file, tc.ct)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *Error with code %q", err, tc.code)
			}
			if ce.Code != tc.code {
				t.Fatalf("code = %q (%v), want %q", ce.Code, err, tc.code)
			}
			if ce.Message == "" || !strings.Contains(err.Error(), tc.code) {
				t.Fatalf("unhelpful error %q", err.Error())
			}
		})
	}
}
