package summary

import (
	"strings"
	"testing"
)

// TestNamedFully: a headline names a person as fully as the article does,
// except where the short form is the right one or the fuller form could
// be someone else.
func TestNamedFully(t *testing.T) {
	const quinlan = "Former harbour master Mara Quinlan launched her campaign for mayor of Eastholm on Monday.\n\n" +
		"\"The port needs a voice,\" Quinlan said. Ms Quinlan, 52, ran the harbour for ten years.\n\n" +
		"Quinlan supporters gathered outside the town hall."
	const rees = "Daniel Rees and his sister Laura Rees founded the bakery in 2004.\n\n" +
		"\"We started with one oven,\" Rees said. Lord Rees, their father, said he was proud."
	cases := []struct{ name, text, headline, want string }{
		{"surname", quinlan, "Quinlan is betting that she can win over the east of the town", "Mara Quinlan is betting that she can win over the east of the town"},
		{"courtesy title goes", quinlan, "Ms Quinlan ran the harbour for ten years", "Mara Quinlan ran the harbour for ten years"},
		{"possessive", quinlan, "Quinlan's campaign opened on Monday", "Mara Quinlan's campaign opened on Monday"},
		{"already full", quinlan, "Mara Quinlan launched her campaign for mayor", "Mara Quinlan launched her campaign for mayor"},
		{"a name as a modifier stays", quinlan, "The Quinlan campaign opened on Monday", "The Quinlan campaign opened on Monday"},
		{"a name before a noun stays", quinlan, "A crowd of Quinlan supporters gathered outside the town hall", "A crowd of Quinlan supporters gathered outside the town hall"},
		{"two people share the surname", rees, "Rees said the bakery started with one oven", "Rees said the bakery started with one oven"},
		{"a noble title is the name", rees, "Lord Rees said he was proud", "Lord Rees said he was proud"},
		// Each guard on an article of its own.
		{"a noble title is the name, one person", "Greville Janner sat in the Lords for years.\n\nLord Janner, 86, said he was unwell. \"I am tired,\" Janner said.",
			"Lord Janner signed a letter to the clerk", "Lord Janner signed a letter to the clerk"},
		{"a name particle before it", "Former president Richard von Arden died in 2015.\n\nHis son was stabbed on Tuesday. \"He was kind,\" Arden said in 2014, and Mr Arden's widow agreed.",
			"The son of former president Richard von Arden was stabbed", "The son of former president Richard von Arden was stabbed"},
		{"a village is no short form", "Prince Charles visited his village on Monday.\n\nKing George Poundbury was a name on a sign. Poundbury has 4,000 residents.",
			"The prince will name a pub in Poundbury", "The prince will name a pub in Poundbury"},
		{"a letter outside A to Z", "Former minister Łukasz Ćwik launched his campaign on Monday.\n\n\"We will win,\" Ćwik said. Mr Ćwik, 52, was a teacher.",
			"Ćwik is betting on the east of the town", "Łukasz Ćwik is betting on the east of the town"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := AnalyseText(c.text).d
			if got := strings.Join(d.namedFully(strings.Fields(c.headline), 99), " "); got != c.want {
				t.Errorf("namedFully(%q)\n got  %q\n want %q", c.headline, got, c.want)
			}
		})
	}
}

// TestNamedSubject: a subject that only describes what the title names
// gets the name, when the kinds agree.
func TestNamedSubject(t *testing.T) {
	const motors = "Los Angeles — The Japanese carmaker has finally shown the production model of its open-top coupe at the city's motor show.\n\n" +
		"Earlier this year, Kanto Motors revealed a concept version of the car."
	const korea = "The government has unveiled a plan to cut the cost of solar panels by half by 2030.\n\n" +
		"South Korea's energy ministry said the plan would help manufacturers."
	// The band's tour bears its name in capitals; "Bandit" is another word.
	const band = "The harbour band said on Monday that it would play a summer season of shows across the coast.\n\n" +
		"Singer Ann Lowe announced The Harbour Band Reunion Tour at the Pier Hall."
	const bandit = "The harbour band said on Monday that it would play a summer season of shows across the coast.\n\n" +
		"Its drummer once played in Banditry, a punk group."
	cases := []struct{ name, text, title, headline, want string }{
		{"company", motors, "Kanto Motors takes the roof off its coupe", "The Japanese carmaker has finally shown the production model of its open-top coupe", "Kanto Motors has finally shown the production model of its open-top coupe"},
		{"government and a place", korea, "South Korea's roadmap to cheaper solar power", "The government has unveiled a plan to cut the cost of solar panels by half", "South Korea has unveiled a plan to cut the cost of solar panels by half"},
		{"a company noun under a place", korea, "South Korea's roadmap to cheaper solar power", "The company has unveiled a plan to cut the cost of solar panels by half", "The company has unveiled a plan to cut the cost of solar panels by half"},
		{"government under a company", motors, "Kanto Motors takes the roof off its coupe", "The government has finally shown the production model of its open-top coupe", "The government has finally shown the production model of its open-top coupe"},
		{"no title", motors, "", "The Japanese carmaker has finally shown the production model of its open-top coupe", "The Japanese carmaker has finally shown the production model of its open-top coupe"},
		{"a sentence-case title's first word", band, "Band sets a summer tour of the coast", "The harbour band said it would play a summer season of shows", "The harbour band said it would play a summer season of shows"},
		{"a title-case title's words", band, "Harbour Band Sets Summer Tour", "The harbour band said it would play a summer season of shows", "The harbour band said it would play a summer season of shows"},
		{"a name inside a longer word", bandit, "Bandit sets a summer tour of the coast", "The harbour band said it would play a summer season of shows", "The harbour band said it would play a summer season of shows"},
		{"other noun", motors, "Kanto Motors takes the roof off its coupe", "The new coupe has finally been shown at the city's motor show", "The new coupe has finally been shown at the city's motor show"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := AnalyseText(c.text).d
			if got := strings.Join(d.namedSubject(strings.Fields(c.headline), c.title), " "); got != c.want {
				t.Errorf("namedSubject(%q)\n got  %q\n want %q", c.headline, got, c.want)
			}
		})
	}
}

// TestNamedKeepsTheLengthBound: naming fully never takes a headline over
// MaxHeadlineWords.
func TestNamedKeepsTheLengthBound(t *testing.T) {
	text := "Mara Quinlan, Daniel Rees and Ngozi Okafor signed the harbour deal on Monday.\n\n" +
		"\"It is done,\" Quinlan said. Rees said the deal was fair, and Okafor said she agreed. Mr Rees, Ms Okafor and Ms Quinlan left together."
	d := AnalyseText(text).d
	h := strings.Fields("Quinlan, Rees and Okafor signed the long-awaited harbour and ferry deal with the county council on a wet Monday in the town")
	if len(h) > MaxHeadlineWords {
		t.Fatalf("test headline has %d words", len(h))
	}
	if got := d.named(h, "", -1); len(got) > MaxHeadlineWords {
		t.Errorf("named gives %d words: %q", len(got), strings.Join(got, " "))
	}
}

// TestNamedStaysTheArticles: naming people fully stops where the headline
// would no longer be the article's words (under fromBodyShare of its word
// trigrams): the first person is named, or none.
func TestNamedStaysTheArticles(t *testing.T) {
	const text = "Former harbour master Mara Quinlan launched her campaign for mayor of Eastholm on Monday, and Councillor Tom Reyes backed her.\n\n" +
		"Quinlan said Reyes was the reason she ran. Mr Reyes, 61, said the port needed her. Reyes praised Quinlan in 2019 too."
	d := AnalyseText(text).d
	cases := []struct{ headline, want string }{
		// Both named: "and tom reyes" is the only new trigram of 14.
		{"Quinlan launched her campaign for mayor of Eastholm on Monday, and Reyes backed her", "Mara Quinlan launched her campaign for mayor of Eastholm on Monday, and Tom Reyes backed her"},
		// Both would leave 4 new trigrams of 9; the first alone 1 of 8.
		{"Quinlan said Reyes was the reason she ran", "Mara Quinlan said Reyes was the reason she ran"},
		// One trigram: naming anyone fully leaves half of it new.
		{"Reyes praised Quinlan", "Reyes praised Quinlan"},
	}
	for _, c := range cases {
		if got := strings.Join(d.named(strings.Fields(c.headline), "", -1), " "); got != c.want {
			t.Errorf("named(%q)\n got  %q\n want %q", c.headline, got, c.want)
		}
	}
}

// TestNamedPerson: a subject that only describes a person gets the name of
// the one person the sentence before (or, for the first sentence, the
// title) names, when the description's noun and gender allow it.
func TestNamedPerson(t *testing.T) {
	const singer = "After a decade away, Maria Ferrante has a new stage name: \"the harbour poet.\"\n\n" +
		"The three-time Grammy-winning singer-songwriter returns to the Lyric Theatre this month with a show of sea shanties.\n\n" +
		"Ferrante, 51, told reporters she had written the songs on a trawler."
	const two = "Councillor Amos Kettering and his rival Priya Lal met on Tuesday.\n\n" +
		"The veteran councillor said the budget would pass without a single change to the harbour fund.\n\n" +
		"Kettering was first elected in 1998, and Lal in 2016."
	const lead = "The Oscar-nominated actress will lead the festival jury in Cannes this year and present its closing award, organisers said on Monday.\n\n" +
		"Dana Whitcombe, 44, said she was honoured. Whitcombe has made 30 films."
	const role = "Standfirst.\n\nThe mayor revisited her own promise to rebuild the harbour as a way to rally the council behind the ferry plan.\n\nThis is not about me, Mayor Ruiz told her aides as she worked on one of the last speeches of her term. Ms Ruiz said the town had waited long enough."
	cases := []struct{ name, text, title, headline, want string }{
		{"the one person with the role", role, "", "The mayor revisited her own promise to rebuild the harbour as a way to rally the council behind the ferry plan",
			"Ruiz revisited her own promise to rebuild the harbour as a way to rally the council behind the ferry plan"},
		{"the sentence before", singer, "", "The three-time Grammy-winning singer-songwriter returns to the Lyric Theatre this month with a show of sea shanties",
			"Maria Ferrante returns to the Lyric Theatre this month with a show of sea shanties"},
		{"two people, the role decides", two, "", "The veteran councillor said the budget would pass without a single change to the harbour fund",
			"Amos Kettering said the budget would pass without a single change to the harbour fund"},
		{"the title names the first sentence's person", lead, "Dana Whitcombe to head Cannes jury", "The Oscar-nominated actress will lead the festival jury in Cannes this year and present its closing award",
			"Dana Whitcombe will lead the festival jury in Cannes this year and present its closing award"},
		{"no title, nobody before", lead, "", "The Oscar-nominated actress will lead the festival jury in Cannes this year and present its closing award",
			"The Oscar-nominated actress will lead the festival jury in Cannes this year and present its closing award"},
		{"a short headline would not be the article's words", lead, "Dana Whitcombe to head Cannes jury", "The Oscar-nominated actress will lead the festival jury",
			"The Oscar-nominated actress will lead the festival jury"},
		{"a gender that does not agree", lead, "Dana Whitcombe to head Cannes jury", "The Oscar-nominated actor will lead the festival jury in Cannes this year and present its closing award",
			"The Oscar-nominated actor will lead the festival jury in Cannes this year and present its closing award"},
		{"a plural description", singer, "", "The three-time Grammy-winning singers return to the Lyric Theatre this month",
			"The three-time Grammy-winning singers return to the Lyric Theatre this month"},
		{"not a person", singer, "", "The three-time Grammy-winning album returns to the charts this month",
			"The three-time Grammy-winning album returns to the charts this month"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := AnalyseText(c.text)
			d := doc.d
			i := 1
			if strings.HasPrefix(c.text, c.headline[:20]) {
				i = 0
			}
			if got := strings.Join(d.namedPerson(strings.Fields(c.headline), c.title, i), " "); got != c.want {
				t.Errorf("namedPerson(%q)\n got  %q\n want %q", c.headline, got, c.want)
			}
		})
	}
}

// TestNamedPronoun: a pronoun in a headline's subject is given the name of
// the one person it points back to, of its gender, named fully; not when
// the gender disagrees, a name stands before it or two people share the
// surname.
func TestNamedPronoun(t *testing.T) {
	const story = "Harbour master Tom Hale has run the port of Eastholm for twenty years.\n\n" +
		"His team is stepping up its behind-the-scenes talks with the ferry company over the new summer timetable for the island crossings.\n\n" +
		"Hale said the talks would end by May. Tom Hale said the ferry company had been fair."
	doc := AnalyseText(story)
	headline := strings.Fields("His team is stepping up its behind-the-scenes talks with the ferry company over the new summer timetable")
	if got := strings.Join(doc.d.namedPronoun(headline, "", 1), " "); !strings.HasPrefix(got, "Tom Hale's team is stepping up") {
		t.Errorf("namedPronoun: got %q, want Tom Hale's team", got)
	}
	her := append([]string{"Her"}, headline[1:]...)
	if got := doc.d.namedPronoun(her, "", 1); got[0] != "Her" {
		t.Errorf("namedPronoun gave %q a man's name", strings.Join(got, " "))
	}
	named := strings.Fields("Eastholm and his team are stepping up their talks with the ferry company over the new summer timetable")
	if got := doc.d.namedPronoun(named, "", 1); got[2] != "his" {
		t.Errorf("namedPronoun replaced a pronoun after a name: %q", strings.Join(got, " "))
	}
	const abstract = "ABSTRACT.\n\nHis long harbour campaign can be seen as the last, wheezing gasp of the old ferry families of the island.\n\n" +
		"Life on the island was good for a young Tom Hale. Mr. Hale sailed every summer, he said. Mara Quell remembers Hale at the yacht club, and Hale remembers her. Hale left in 1990."
	doc = AnalyseText(abstract)
	headline = strings.Fields("His long harbour campaign can be seen as the last, wheezing gasp of the old ferry families of the island")
	if got := strings.Join(doc.d.namedPronoun(headline, "", 1), " "); !strings.HasPrefix(got, "Tom Hale's long harbour campaign") {
		t.Errorf("namedPronoun: got %q, want the person the article is about", got)
	}
	const two = "Harbour master Tom Hale has run the port for twenty years, and his brother Sam Hale runs the boatyard.\n\n" +
		"His team is stepping up its behind-the-scenes talks with the ferry company over the new summer timetable for the island crossings."
	doc = AnalyseText(two)
	headline = strings.Fields("His team is stepping up its behind-the-scenes talks with the ferry company over the new summer timetable")
	if got := doc.d.namedPronoun(headline, "", 1); got[0] != "His" {
		t.Errorf("namedPronoun chose one of two Hales: %q", strings.Join(got, " "))
	}
}
