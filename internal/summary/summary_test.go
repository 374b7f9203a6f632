package summary

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// seed returns the seed article's body without its newsletter footer.
func seed(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/gates-missile-shield.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if i := strings.Index(text, "Sign up to our free newsletters"); i >= 0 {
		text = text[:i]
	}
	return strings.TrimSpace(text)
}

func TestSeedSummary(t *testing.T) {
	text := seed(t)
	got := Summarise(text, 3)
	if len(got) != 3 {
		t.Fatalf("got %d sentences", len(got))
	}
	for i, s := range got {
		t.Logf("%.3f %s", s.Score, s.Text)
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d offsets do not match its text", i)
		}
		if i > 0 && s.Start < got[i-1].End {
			t.Errorf("sentences out of article order")
		}
		if strings.HasPrefix(s.Text, `"`) || strings.Count(s.Text, `"`)%2 == 1 {
			t.Errorf("quote fragment in summary: %q", s.Text)
		}
		for _, bad := range []string{"Sign up", "newsletter", "unsubscribe", "Mailchimp"} {
			if strings.Contains(s.Text, bad) {
				t.Errorf("footer line in summary: %q", s.Text)
			}
		}
	}
	if !strings.HasPrefix(got[0].Text, "US Defence Secretary Robert Gates offered Russia") {
		t.Errorf("the lead is not in the summary: %q", got[0].Text)
	}
}

// The whole unstripped file too: the footer lines must never be picked.
func TestSeedSummaryWithFooter(t *testing.T) {
	b, err := os.ReadFile("../../testdata/gates-missile-shield.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range Summarise(string(b), 5) {
		for _, bad := range []string{"Sign up", "newsletter", "unsubscribe", "Mailchimp", "mailing list"} {
			if strings.Contains(s.Text, bad) {
				t.Errorf("footer line in summary: %q", s.Text)
			}
		}
	}
}

func TestSeedHeadline(t *testing.T) {
	h := Headline(seed(t))
	t.Logf("headline: %q", h)
	if n := len(strings.Fields(h)); n < 5 || n > MaxHeadlineWords {
		t.Errorf("headline %q has %d words", h, n)
	}
	if EndsMidPhrase(h) || strings.HasSuffix(h, ".") || strings.Contains(h, "yesterday") {
		t.Errorf("headline %q does not read as a headline", h)
	}
	if !strings.Contains(h, "Gates") || !strings.Contains(h, "Russia") {
		t.Errorf("headline %q misses the gist", h)
	}
}

func TestSummariseEdgeCases(t *testing.T) {
	if Summarise("", 3) != nil || Summarise("Some text here that is fine.", 0) != nil {
		t.Error("empty input or n=0 gave sentences")
	}
	if Headline("") != "" || Headline("   ") != "" {
		t.Error("empty input gave a headline")
	}
	// Too few good sentences: return what there is.
	got := Summarise("Short one. The council approved the new budget for the city on Tuesday evening.", 3)
	if len(got) != 1 {
		t.Errorf("got %d sentences: %+v", len(got), got)
	}
	if h := Headline("Short one?"); h == "" || len(strings.Fields(h)) > MaxHeadlineWords {
		t.Errorf("headline of a question-only text = %q", h)
	}
}

func TestSkipsPoorLines(t *testing.T) {
	text := `By Jane Smith, Political Reporter

PUBLISHED: 10:01 EST, 3 May 2015 | UPDATED: 12:00 EST, 3 May 2015

The city council voted on Tuesday to close the central library for two years of repairs.

Why does this matter to readers in the city?

"It is a sad day for everyone who loves books.

The repairs will cost $12 million and will be paid for by a bond approved last year.

Click here to sign up for our daily newsletter and never miss a story.

Library users will be able to borrow books from three branch libraries during the closure.`
	for _, s := range Summarise(text, 3) {
		for _, bad := range []string{"By Jane", "PUBLISHED", "Why does", "sad day", "Click here"} {
			if strings.Contains(s.Text, bad) {
				t.Errorf("poor line picked: %q", s.Text)
			}
		}
	}
	if h := Headline(text); !strings.HasPrefix(h, "The city council voted") || len(strings.Fields(h)) > MaxHeadlineWords {
		t.Errorf("headline %q", h)
	}
}

// TestPageThatOpensWithHeadings: a page whose cleaned text still opens with
// related-story headings, a menu in capitals and a fragment cut at a comma.
// The headline comes from the first statement, not from a heading, and the
// summary skips the menu and the fragment.
func TestPageThatOpensWithHeadings(t *testing.T) {
	text := `Regional Music Awards 2026

Five Things We Learned From the Awards Night

Folk Duo Added to Festival Line-up

HOME NEWS SPORT WEATHER TRAVEL BUSINESS CULTURE PROPERTY JOBS CONTACT US NOW.

, who played the hall in 1986, said the band had never sounded better.

The Harbour Lights will reunite for a thirty-date tour next spring, forty years after their first record.

Founding members Ann Price and Tom Okoro will be joined by the band's original drummer.

Tickets go on sale on Friday through the venues and the band's website.`
	if h := Headline(text); !strings.HasPrefix(h, "The Harbour Lights will reunite") {
		t.Errorf("headline %q, want the first statement", h)
	}
	for _, s := range Summarise(text, 3) {
		if strings.Contains(s.Text, "HOME NEWS") || strings.HasPrefix(s.Text, ",") {
			t.Errorf("poor line picked: %q", s.Text)
		}
	}
}

func TestBaselines(t *testing.T) {
	text := seed(t)
	if got := Lead(text, 3); len(got) != 3 || !strings.HasPrefix(got[0].Text, "US Defence") {
		t.Errorf("Lead = %+v", got)
	}
	got := TextRank(text, 3)
	if len(got) != 3 {
		t.Fatalf("TextRank gave %d", len(got))
	}
	for i := 1; i < len(got); i++ {
		if got[i].Start < got[i-1].Start {
			t.Error("TextRank output not in article order")
		}
	}
}

// TestRankWeightIsTextRank checks the Rank weight against the TextRank
// baseline: with every other weight at zero and no sentence filtered or
// weakened, the ranking must pick exactly TextRank's sentences; with the
// tuned weights it must not (the seed's TextRank differs from its lead).
func TestRankWeightIsTextRank(t *testing.T) {
	text := strings.Join([]string{
		"The harbour authority approved a new ferry terminal for the eastern docks on Monday.",
		"Officials expect the ferry terminal to carry two million passengers a year once the docks reopen.",
		"A local bakery celebrated its fiftieth anniversary with free bread for every customer.",
		"The terminal plan includes a bus link from the docks to the city centre and a new car park.",
		"Residents near the eastern docks said they welcomed the ferry terminal but feared more traffic.",
		"The weather on Monday was mild with light winds from the south for most of the afternoon.",
		"Construction of the ferry terminal is due to start in spring and finish within two years.",
	}, " ")
	p := Params{Rank: 1, Weak: 1, KeyTerms: 10}
	got, want := AnalyseText(text).SummaryWith(3, p), TextRank(text, 3)
	if len(got) != 3 || len(want) != 3 {
		t.Fatalf("got %d and %d sentences", len(got), len(want))
	}
	for i := range got {
		if got[i].Start != want[i].Start {
			t.Errorf("sentence %d: rank-only picked %q, TextRank %q", i, got[i].Text, want[i].Text)
		}
	}
	for _, s := range got {
		if strings.Contains(s.Text, "bakery") || strings.Contains(s.Text, "weather") {
			t.Errorf("off-topic sentence picked: %q", s.Text)
		}
	}
	seedText := seed(t)
	tuned, tr := Summarise(seedText, 3), TextRank(seedText, 3)
	same := len(tuned) == len(tr)
	for i := 0; same && i < len(tr); i++ {
		same = tuned[i].Start == tr[i].Start
	}
	if same {
		t.Error("the tuned ranking equals TextRank on the seed: the Rank weight leaks into the defaults")
	}
}

func TestLargeInput(t *testing.T) {
	para := "The council approved a budget of $3.5 million for the new library on Tuesday. Critics said the plan was too expensive for the city.\n\n"
	text := strings.Repeat(para, 20000) // about 2.7 MB
	// The text has two distinct sentences: a summary never repeats one.
	got := Summarise(text, 3)
	if len(got) != 2 || got[0].Text == got[1].Text {
		t.Errorf("got %d sentences: %v", len(got), got)
	}
	if h := Headline(text); h == "" {
		t.Error("no headline")
	}
}

func BenchmarkSummarise(b *testing.B) {
	text := seed(b)
	text = strings.Repeat(text+"\n\n", 2) // about 1,000 words
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Summarise(text, 3)
	}
}

func BenchmarkHeadline(b *testing.B) {
	text := seed(b)
	text = strings.Repeat(text+"\n\n", 2)
	for b.Loop() {
		Headline(text)
	}
}

func BenchmarkSummariseLarge(b *testing.B) {
	text := strings.Repeat(seed(b)+"\n\n", 200) // about 100,000 words
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Summarise(text, 3)
	}
}

// TestSummaryLines: the rules for summary sentences, on articles written in
// the style of real pages.
func TestSummaryLines(t *testing.T) {
	cases := []struct {
		name string
		text string
		n    int
		not  []string // no summary sentence may contain these
		want []string // some summary sentence must contain each
	}{
		{name: "no sentence from inside a quotation",
			text: `The county council voted on Tuesday to close four of its eleven libraries by the end of the year, citing a budget gap of £4m.

"We have looked at every option. The authorities in the capital have left us with nothing. This is the saddest decision I have taken," council leader Mary Ellison said.

Campaigners said they would seek a judicial review of the decision.

The libraries affected are in Ashby, Carnford, Denholme and Eastwick.`,
			n:    3,
			not:  []string{"The authorities in the capital have left us"},
			want: []string{"voted on Tuesday to close four"}},
		{name: "a pronoun sentence only with the sentence it depends on",
			text: `A 19-year-old student has won the national young composer award for a piece written on her phone.

The winner with her trophy at the ceremony on Saturday

She wrote the award-winning piece on her phone during her daily commute to the music college.

Organisers said a record 1,400 pieces had been entered this year.`,
			n:   2,
			not: []string{"She wrote"}},
		{name: "the hook's set-up before the news is no summary line",
			text: `To Mara Quinlan, ferries are not the point.

They are only a means to the end she has chased for nine years as harbour master, with no sign of slowing.

Boats also mean little to Quinlan without trade attached, so she was pleased when her latest plan won the backing of the harbour board.

The board voted on Monday to close Eastholm quay to ferries from April and move the service to the new terminal at Westport, ending a dispute that has run since 2019.

The move will save £2m a year and cut crossing times by ten minutes, the board said.

Fishermen said they would appeal against the decision.`,
			n:    3,
			not:  []string{"only a means to the end", "Boats also mean little"},
			want: []string{"voted on Monday to close"}},
		{name: "no promo's exclamation and no signpost to a list",
			text: `The harbour board has cut the price of a season ticket for the Eastholm ferry by a fifth from April.

Some of the best ferry deals we have ever seen on the coast are already available now!

Here are 10 tips to make the most of the new season ticket.

The board said the cut would cost it about £300,000 a year.

Passengers had asked for lower fares since the crossing was rebuilt in 2019.`,
			n:    3,
			not:  []string{"already available now", "Here are 10 tips"},
			want: []string{"cut the price of a season ticket", "cost it about £300,000"}},
		{name: "no signpost that opens with Here's",
			text: `The harbour board has cut the price of a season ticket for the Eastholm ferry by a fifth from April.

Here's what the cheaper season ticket for the Eastholm ferry means for passengers.

The board said the cut would cost it about £300,000 a year.

Passengers had asked for lower fares since the crossing was rebuilt in 2019.`,
			n:    3,
			not:  []string{"Here's what"},
			want: []string{"cost it about £300,000", "Passengers had asked"}},
		{name: "a page of exclamations still has its summary",
			text: `The harbour festival opened on Saturday with a parade of boats along the Eastholm quay!

Twelve bands played on the slipway until midnight, watched by a crowd of about 4,000 people!

The festival runs until the end of October, with a market on every weekend!`,
			n:    3,
			want: []string{"opened on Saturday", "Twelve bands played", "runs until the end of October"}},
		{name: "a quotation attributed to a pronoun only with the sentence that names its speaker",
			text: `The harbour board approved plans on Monday for a deep-water berth at Eastholm, the first new quay on the coast in forty years.

Quinlan was adamant.

"Without a deep-water berth at Eastholm, the harbour board will lose the big ships and the quay will not last another forty years," she said.

Work will begin in the spring, weather permitting.

Tea and cakes were served at the town hall afterwards.`,
			n:   3,
			not: []string{"will lose the big ships"}},
		{name: "no aside in brackets",
			text: `The harbour board voted on Monday to sell the old ferry terminal to a hotel group for £12m.

(That figure comes from a leaked copy of the board's minutes, which the board has not confirmed.)

The terminal has stood empty since the ferry service moved to the new quay in 2019.

The hotel group plans 120 rooms and a public café on the quayside.`,
			n:    3,
			not:  []string{"That figure comes from"},
			want: []string{"voted on Monday to sell"}},
		{name: "never a duplicate",
			text: `Flood barriers will be installed along the river by the spring, the environment agency has announced.

Flood barriers will be installed along the river by the spring, the environment agency has announced.

The barriers cost £2m and protect about 300 homes in the lower town.

Residents have campaigned for them since the floods of 2015.`,
			n:    3,
			want: []string{"cost £2m"}},
		{name: "never a standfirst and the lead that restates it",
			text: `Ferry fares to the islands will rise by a fifth from April, the harbour board said.

Ferry fares to the three islands will rise by a fifth from April, the harbour board said on Tuesday, blaming the cost of fuel.

The board said the rise would add about £6 to a return ticket for a car.

Islanders have asked the county council to subsidise the crossing.`,
			n:    3,
			want: []string{"add about £6", "Islanders have asked"}},
		{name: "no dateline or agency at a line's start",
			text: `PORT ELLIS, Maine (AP) — The harbour board voted on Monday to close the old fish market after 90 years, citing falling catches.

The market's 14 traders will move to a new hall on the quay by June.

Traders said the move would cost them customers in the town centre.`,
			n:    3,
			not:  []string{"(AP)", "PORT ELLIS"},
			want: []string{"The harbour board voted on Monday"}},
		{name: "a sentence that opens on \"Which\" only with the one it refers to",
			text: `The harbour board has closed the north pier after engineers found cracks in the pier's supports.

Anglers were told on Friday.

Which is not to say the harbour board expects the north pier's cracked supports to keep the pier closed for long.

A café at the south end of the promenade stays open through the winter.`,
			n:   2,
			not: []string{"Which is not to say"}},
		{name: "a statement that lost its full stop is kept",
			text: `The county council approved a new central library on Monday after a two-hour debate. The library will cost £12m and open in the old market hall in 2028

A heading with no full stop

Councillors voted seven to two in favour.`,
			n:    3,
			want: []string{"The library will cost £12m"},
			not:  []string{"A heading"}},
		{name: "never a promo",
			text: `Welcome to Gadget Weekly's daily deals, your source for the best bargains on the web.

A regional airline has cancelled all flights from Eastholm airport after its only fuel supplier went out of business.

About 2,000 passengers were affected on Monday, the airport said.

The airline said it hoped to resume flights within a week.`,
			n:   3,
			not: []string{"Welcome to", "your source for"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Summarise(c.text, c.n)
			seen := map[string]bool{}
			for _, s := range got {
				if c.text[s.Start:s.End] != s.Text {
					t.Errorf("offsets %d–%d give %q, not %q", s.Start, s.End, c.text[s.Start:s.End], s.Text)
				}
				if seen[s.Text] {
					t.Errorf("duplicate %q", s.Text)
				}
				seen[s.Text] = true
				for _, bad := range c.not {
					if strings.Contains(s.Text, bad) {
						t.Errorf("summary has %q: %q", bad, s.Text)
					}
				}
			}
			for _, w := range c.want {
				found := false
				for _, s := range got {
					found = found || strings.Contains(s.Text, w)
				}
				if !found {
					t.Errorf("no summary sentence has %q: %v", w, got)
				}
			}
		})
	}
}

// TestSummaryForTitle: the page title says what the news is, and the
// sentence that says it joins the summary.
func TestSummaryForTitle(t *testing.T) {
	text := `Earlier this year, the carmaker showed a concept of an open-top version of its grand tourer at the Geneva show.

At the time, the company called the car a study, although it looked ready for the showroom.

Now, at the Eastholm motor show, the carmaker has unveiled the production convertible, which goes on sale in March.

The interior is largely unchanged from the coupe.`
	title := "Carmaker unveils production convertible at Eastholm show"
	got := AnalyseText(text).SummaryFor(title, 2)
	found := false
	for _, s := range got {
		found = found || strings.Contains(s.Text, "has unveiled the production convertible")
	}
	if !found {
		t.Errorf("summary misses the sentence the title points to: %v", got)
	}
}

func TestAppendStemIsStem(t *testing.T) {
	for _, w := range []string{"Smith's", "U.S.", "—", "bus", "class", "news", "Tests,", `"Hello`, "(Reuters)",
		"café", "Zürich's", "10,000", "well-known", "it's", "Its", "A", "’s", "ss", "BOSSES", "Status."} {
		if got, want := string(appendStem(nil, w)), stem(w); got != want {
			t.Errorf("appendStem(%q) = %q, stem = %q", w, got, want)
		}
	}
}

func TestShouting(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"HOME NEWS SPORT WEATHER BUSINESS CULTURE", true},
		{"SIGN UP FOR OUR NEWSLETTER and more", true},
		{"The council voted on Monday to close the library.", false},
		{"ÉDITION SPÉCIALE DU SOIR POUR LES ABONNÉS", true},
		{"NASA and the ESA said the launch of the probe would slip.", false},
	} {
		if got := shouting(c.s); got != c.want {
			t.Errorf("shouting(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// bareWord's shortcut for words without an edge mark agrees with the
// plain trim.
func TestBareWordMatchesTrim(t *testing.T) {
	for _, w := range []string{"", "word", "word,", "“Quoted”", "—", "‘x’", "(a)", "U.S.", "naïve", "é", "über—", "-x-", "it’s", "\xe2", "a\xe2"} {
		if got, want := bareWord(w), strings.Trim(w, bareMarks); got != want {
			t.Errorf("bareWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestSummaryKeepsTheHeadlineSentence: once the headline has been read, the
// summary states the news it states, even in one sentence; without the
// headline (text in another language, where the pipeline makes none) the
// summary is the ranking's alone.
func TestSummaryKeepsTheHeadlineSentence(t *testing.T) {
	const text = `To Mara Quinlan, ferries are not the point.

They are only a means to the end she has chased for nine years as harbour master, with no sign of slowing.

Boats also mean little to Quinlan without trade attached, so she was pleased when her latest plan won the backing of the harbour board.

The board voted on Monday to close Eastholm quay to ferries from April and move the service to the new terminal at Westport, ending a dispute that has run since 2019.

The move will save £2m a year and cut crossing times by ten minutes, the board said.`
	const news = "voted on Monday to close Eastholm quay"
	doc := AnalyseText(text)
	if h := doc.HeadlineFor(""); !strings.Contains(h, "voted to close Eastholm quay") {
		t.Fatalf("headline %q: the test needs the board's vote as the headline", h)
	}
	for _, n := range []int{1, 2, 3} {
		s := doc.SummaryFor("", n)
		if !slices.ContainsFunc(s, func(l Sentence) bool { return strings.Contains(l.Text, news) }) {
			t.Errorf("SummaryFor(%d) = %v: no line states the headline's news", n, s)
		}
	}
	unread := AnalyseText(text).SummaryFor("", 1)
	if len(unread) != 1 || strings.Contains(unread[0].Text, news) {
		t.Errorf("SummaryFor(1) with no headline read = %v: want the ranking's first line", unread)
	}
}
