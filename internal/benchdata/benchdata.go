// Package benchdata generates news articles of a given size for benchmarks:
// plain text and HTML pages built deterministically from hand-written
// sentence templates (paragraphs of reporting, direct quotes with
// attributions in the usual newspaper forms, named people, places and
// organisations, a newsletter footer in text and cookie banner, navigation,
// share and related lists in HTML). The same arguments always give the same
// bytes, so benchmark figures compare across runs and machines.
package benchdata

import (
	"fmt"
	"html"
	"strings"
)

// Size is one generated article size with its benchmark name.
type Size struct {
	Name  string
	Bytes int
}

// Sizes are the sizes the benchmarks run: 1 KB to 1 MB.
var Sizes = []Size{{"1KB", 1 << 10}, {"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}}

type person struct{ first, last, role, org, pronoun string }

var people = []person{
	{"Margaret", "Okafor", "chief executive", "the Harbour Authority", "she"},
	{"David", "Lindqvist", "transport secretary", "the Department for Transport", "he"},
	{"Priya", "Raman", "professor of economics", "the University of Leeds", "she"},
	{"Tomasz", "Wójcik", "union leader", "the Rail Workers' Union", "he"},
	{"Helen", "Marchetti", "mayor", "Northbridge City Council", "she"},
	{"Samuel", "Adeyemi", "spokesman", "the Ministry of Defence", "he"},
	{"Claire", "Dubois", "director", "the European Environment Agency", "she"},
	{"Kenji", "Watanabe", "analyst", "Fitch Ratings", "he"},
	{"Fiona", "MacLeod", "shadow chancellor", "the Labour Party", "she"},
	{"Rafael", "Ortega", "head of operations", "Atlantic Shipping Group", "he"},
	{"Aisha", "Bello", "senior researcher", "the Institute for Fiscal Studies", "she"},
	{"George", "Whitfield", "police commissioner", "the Metropolitan Police", "he"},
}

var places = []string{"London", "Manchester", "Glasgow", "Brussels", "Warsaw", "Lagos",
	"Northbridge", "the Thames estuary", "Cardiff", "Rotterdam", "Belfast", "Dublin"}

var topics = []string{"the harbour tunnel", "the rail strike", "the flood defences", "the school funding formula",
	"the port expansion", "the missile shield", "the library reopening", "the energy price cap",
	"the bridge closure", "the wildfire response", "the museum theft", "the council budget"}

var numbers = []string{"42 per cent", "1,200 jobs", "17 miles", "9,000 homes",
	"three years", "12 months", "2.4 per cent", "6,500 passengers", "80 days"}

var money = []string{"£3.5 billion", "$640 million", "£250,000", "€1.2 billion", "£48 million"}

var days = []string{"on Monday", "on Tuesday", "yesterday", "last week", "on Friday", "earlier this month",
	"on Sunday", "late on Thursday"}

// Reporting sentences. {P} a full name with role, {N} a full name, {S} a
// surname, {H} Mr or Ms, {O} an organisation, {L} a place, {T} a topic,
// {X} a quantity, {M} an amount of money, {Y} a number of years, {D} a day.
var reporting = []string{
	"{O} announced {D} that work on {T} would cost {M}, well above the original estimate.",
	"{P} told reporters in {L} that the plan had been reviewed twice by independent engineers.",
	"The decision follows months of negotiations between {O} and local residents in {L}.",
	"Critics of {T} argue that the figures published by {O} understate the long-term risks.",
	"{N} has faced growing pressure from within {O} over the handling of {T}.",
	"According to documents seen by this newspaper, officials in {L} were warned about {T} {D}.",
	"The proposal would affect {X} across the region, the report estimated.",
	"Campaigners gathered outside the offices of {O} in {L} {D}, holding banners and chanting.",
	"{H} {S} declined to comment on whether the timetable for {T} would slip again.",
	"{H} {S} said the consultation would remain open until the end of the year.",
	"Figures released {D} showed a fall of {X} compared with the same period last year.",
	"In a statement, {O} said it remained committed to delivering {T} on schedule.",
	"The scheme, first proposed in 2019, has been delayed several times by legal challenges.",
	"{P} is expected to give evidence to a parliamentary committee next month.",
	"Residents of {L} said they had not been consulted before the announcement was made.",
	"Dr. {S} of {O} described the findings as preliminary but significant.",
	"Shares in {O} fell by 2.4 per cent in early trading after the news, before recovering slightly.",
	"It is the third time in {Y} years that {T} has been the subject of an official inquiry.",
}

// Quoted passages, with attributions in the common newspaper forms.
var quoted = []string{
	"\"We have always been clear that {T} must be paid for fairly,\" said {P}.",
	"\"This is a serious and principled decision, and we stand by it,\" {N} said {D}.",
	"{P} said: \"Nobody should be in any doubt about how important {T} is for {L}.\"",
	"\"The numbers simply do not add up,\" {H} {S} said. \"We will keep asking questions until we get answers.\"",
	"\"It is a disaster for families in {L},\" said {H} {S}, adding that {X} were at risk.",
	"{O} quoted {N} as saying the costs were \"entirely manageable\" over the long term.",
	"Asked about {T}, {N} replied: \"I have nothing further to add at this stage.\"",
	"\"We were not told,\" one resident said. \"Nobody from {O} has knocked on a single door.\"",
	"\"Our position remains unchanged,\" {pronoun} said, speaking after the meeting in {L}.",
	"In an interview with Reuters, {N} described the plan as \"a reckless gamble with public money\".",
	"\"I think,\" {N} said, \"that we will look back on this as a turning point for {L}.\"",
	"'The strategic case is overwhelming,' {N}, {role} of {O}, said in a statement.",
}

var headlines = []string{
	"{O} defends {M} plan for {T}",
	"Row over {T} deepens as {L} residents demand answers",
	"{N} under pressure as costs of {T} rise to {M}",
}

// gen is a small deterministic generator (an LCG) so the articles do not
// depend on math/rand's algorithms across Go versions.
type gen struct{ state uint64 }

func (g *gen) intn(n int) int {
	g.state = g.state*6364136223846793005 + 1442695040888963407
	return int((g.state >> 33) % uint64(n))
}

func (g *gen) fill(tmpl string) string {
	p := people[g.intn(len(people))]
	r := strings.NewReplacer(
		"{P}", fmt.Sprintf("%s %s, the %s of %s,", p.first, p.last, p.role, p.org),
		"{N}", p.first+" "+p.last,
		"{S}", p.last,
		"{O}", p.org,
		"{role}", p.role,
		"{H}", map[string]string{"he": "Mr", "she": "Ms"}[p.pronoun],
		"{M}", money[g.intn(len(money))],
		"{Y}", []string{"two", "five", "ten", "twenty"}[g.intn(4)],
		"{pronoun}", p.pronoun,
		"{L}", places[g.intn(len(places))],
		"{T}", topics[g.intn(len(topics))],
		"{X}", numbers[g.intn(len(numbers))],
		"{D}", days[g.intn(len(days))],
	)
	s := r.Replace(tmpl)
	// "{P}" ends in a comma for mid-sentence use (an appositive); at the
	// end of a sentence the comma goes.
	s = strings.ReplaceAll(s, ",.", ".")
	return strings.ToUpper(s[:1]) + s[1:]
}

// paragraph returns 1–4 sentences, about one in three paragraphs a quote.
func (g *gen) paragraph() string {
	if g.intn(3) == 0 {
		s := g.fill(quoted[g.intn(len(quoted))])
		if g.intn(2) == 0 {
			s += " " + g.fill(reporting[g.intn(len(reporting))])
		}
		return s
	}
	n := 1 + g.intn(4)
	parts := make([]string, n)
	used := map[int]bool{}
	for i := range parts {
		k := g.intn(len(reporting))
		for used[k] {
			k = (k + 1) % len(reporting)
		}
		used[k] = true
		parts[i] = g.fill(reporting[k])
	}
	return strings.Join(parts, " ")
}

// paragraphs returns paragraphs whose text (joined by blank lines) has at
// least size bytes, or at least words words when words > 0.
func paragraphs(seed uint64, size, words int) (title string, ps []string) {
	g := &gen{state: seed*0x9E3779B97F4A7C15 + 1}
	title = g.fill(headlines[g.intn(len(headlines))])
	n, w := 0, 0
	for (words > 0 && w < words) || (words == 0 && n < size) {
		p := g.paragraph()
		if words > 0 {
			if f := strings.Fields(p); w+len(f) > words {
				p = strings.Join(f[:words-w], " ")
				if !strings.HasSuffix(p, ".") {
					p += "."
				}
			}
			w += len(strings.Fields(p))
		}
		ps = append(ps, p)
		n += len(p) + 2
	}
	return title, ps
}

const textFooter = "\n\nSign up to our free newsletters\n\nGet the best updates straight to your inbox:\n" +
	"Please select at least one mailing list.\n\nYou can unsubscribe at any time by clicking the link in the footer of our emails.\n"

// Text returns a plain-text article of about size bytes (the body alone is
// at least size-200 bytes; a title line and a newsletter footer are added).
func Text(size int) string {
	title, ps := paragraphs(uint64(size), max(size-200, 200), 0)
	return title + "\n\n" + strings.Join(ps, "\n\n") + textFooter
}

// Words returns a plain-text article whose body has exactly n words, with a
// title line and a newsletter footer.
func Words(n int) string {
	title, ps := paragraphs(uint64(n)+7, 0, n)
	return title + "\n\n" + strings.Join(ps, "\n\n") + textFooter
}

// HTML returns an HTML page of about size bytes: head metadata (title,
// description, JSON-LD with datePublished and author), a cookie banner,
// navigation, the article body in <p> elements with a byline and <time>,
// a share list, a related-stories list and a footer. The body text is the
// same generator's, so HTML(n) carries less text than Text(n).
func HTML(size int) string {
	const chrome = 2600 // bytes of markup around the body, roughly
	title, ps := paragraphs(uint64(size)+3, max(size-chrome, 300)*10/11, 0)
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%s | The Northbridge Chronicle</title>
<meta name="description" content="%s">
<meta property="og:title" content="%s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"2024-03-14T09:30:00Z","author":{"@type":"Person","name":"Jane Holloway"}}</script>
<style>body{font-family:serif}.nav a{margin:0 4px}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>
</head><body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.</p><button>Accept all</button><button>Manage preferences</button></div>
<header><nav class="nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
<h1>%s</h1>
<p class="byline">By <a rel="author" href="/authors/jane-holloway">Jane Holloway</a>, Transport Correspondent</p>
<time datetime="2024-03-14T09:30:00Z">14 March 2024</time>
`, esc(title), esc(ps[0]), esc(title), title, esc(title))
	for i, p := range ps {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 3 {
			b.WriteString(`<figure><img src="/img/harbour.jpg" alt="The harbour at dawn"><figcaption>The harbour at dawn. Photograph: Chronicle staff</figcaption></figure>` + "\n")
		}
	}
	b.WriteString(`</article>
<div class="share"><ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Share by email</a></li></ul></div>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/1">Council approves emergency budget for flood defences</a></li>
<li><a href="/news/2">Rail strike: what you need to know</a></li>
<li><a href="/news/3">Harbour tunnel vote delayed again</a></li>
</ul></aside>
<div class="newsletter"><p>Sign up to our free newsletters. Get the best updates straight to your inbox.</p></div>
</main>
<footer><p>© 2024 The Northbridge Chronicle. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body></html>
`)
	return b.String()
}
