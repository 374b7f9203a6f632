package quotes

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/nlp"
)

// extractText analyses text and extracts its quotations, as the pipeline does.
func extractText(text string, maxKey int) []Quote {
	return Extract(nlp.NewDocument(text), maxKey)
}

func readArticle(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if i := strings.Index(s, "Sign up to our free newsletters"); i >= 0 {
		s = s[:i] // the newsletter footer the cleaner removes
	}
	return strings.TrimSpace(s)
}

type want struct {
	text, speaker, mention, role, cue, via string
	partial                                bool
}

func check(t *testing.T, text string, got []Quote, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, q := range got {
			t.Logf("got %q by %q (%q, cue %q)", q.Text, q.Speaker, q.SpeakerMention, q.Cue)
		}
		t.Fatalf("got %d quotes, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		q := got[i]
		if !strings.HasPrefix(q.Text, w.text) {
			t.Errorf("quote %d text %q, want prefix %q", i, q.Text, w.text)
		}
		if q.Speaker != w.speaker || q.SpeakerMention != w.mention || q.Cue != w.cue || q.Partial != w.partial || q.Via != w.via {
			t.Errorf("quote %d %q: speaker %q mention %q cue %q via %q partial %v; want %q %q %q %q %v",
				i, w.text, q.Speaker, q.SpeakerMention, q.Cue, q.Via, q.Partial, w.speaker, w.mention, w.cue, w.via, w.partial)
		}
		if w.role != "" && q.Role != w.role {
			t.Errorf("quote %d %q: role %q, want %q", i, w.text, q.Role, w.role)
		}
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
			t.Errorf("quote %d: bad span %d-%d", i, q.Start, q.End)
		}
		for _, p := range q.Parts {
			if p.Start < q.Start || p.End > q.End {
				t.Errorf("quote %d: part %v outside %d-%d", i, p, q.Start, q.End)
			}
		}
	}
}

func TestGatesArticle(t *testing.T) {
	text := readArticle(t, "gates-missile-shield.txt")
	got := extractText(text, 3)
	check(t, text, got, []want{
		{text: "The days of the Cold War are over and no one should seek a return to them", speaker: "Robert Gates", mention: "Mr Gates", role: "US Defence Secretary", cue: "said"},
		{text: "We invite Russia to join our defensive endeavour as a partner.", speaker: "Robert Gates", role: "US Defence Secretary"},
		{text: "serious and principled", speaker: "a Russian official", mention: "A Russian official", cue: "said", partial: true},
		{text: "The Russian position on this issue remains unchanged", speaker: "Anatoly Serdyukov", mention: "he", role: "Russian Defence Minister", cue: "said"},
		{text: "The strategic missile defence system is a serious destabilising factor", speaker: "Anatoly Serdyukov", mention: "him", cue: "quoted him as saying", via: "Interfax"},
	})
	if got[0].Text != "The days of the Cold War are over and no one should seek a return to them" {
		t.Errorf("text %q", got[0].Text)
	}
	keys := 0
	for _, q := range got {
		if q.Key {
			keys++
		}
		if text[q.Start] != '"' || text[q.End-1] != '"' {
			t.Errorf("span of %q does not run mark to mark: %q", q.Text, text[q.Start:q.End])
		}
	}
	if keys != 3 {
		t.Errorf("%d key quotes, want 3", keys)
	}
	if got[2].Key {
		t.Errorf("the partial fragment should not be key")
	}
}

func TestPatterns(t *testing.T) {
	text := readArticle(t, "quotes-patterns.txt")
	check(t, text, extractText(text, 5), []want{
		// one quotation broken by its attribution sentence
		{text: "We are running out of water under the keels ... Another two winters", speaker: "Helen Marsh", mention: "Ms Marsh", role: "Port Authority Chairwoman", cue: "told"},
		{text: "The silt is full of old paint", speaker: "Hugh Hill", mention: "Hugh Hill", role: "doctor", cue: "said"},
		{text: "We have asked for the tests three times ... and three times", speaker: "Hugh Hill", mention: "he", cue: "added"},
		{text: "The money is in the budget ... The work will start in the spring.", speaker: "Daniel Okafor", mention: "the minister", role: "transport minister", cue: "said"},
		{text: "constructive and detailed", speaker: "a spokeswoman", mention: "A spokeswoman", cue: "said", partial: true},
		{text: "Our crews are ready", speaker: "Tom Reyes", mention: "Tom Reyes", role: "site manager", cue: "—"},
		{text: "We will publish the survey", speaker: "Helen Marsh", mention: "Mrs Marsh", cue: "posted"},
		{text: "nobody is going to lose a job", speaker: "Daniel Okafor", mention: "Mr Okafor", cue: "according to"},
		{text: "Marsh is not the problem.", speaker: "Helen Marsh", mention: "her", cue: "quoted her as saying", via: "Local radio"},
		// the so-called "harbour plan" and the film "Low Water" are not quotes
	})
}

func TestBritishAndGuillemets(t *testing.T) {
	text := readArticle(t, "quotes-british.txt")
	check(t, text, extractText(text, 5), []want{
		{text: "We told them in March that the wall was cracking ... Nobody came.", speaker: "Gwen Price", mention: "Gwen Price", cue: "said"},
		{text: "They looked at it for ten minutes and drove off", speaker: "Alan Moss", mention: "he", cue: "said"},
		{text: "safe and regularly inspected", speaker: "a company spokesman", mention: "A company spokesman", cue: "said", partial: true},
		{text: "We are watching the water levels every hour", speaker: "the county engineer", mention: "the county engineer", cue: "said"},
	})
}

func TestSpans(t *testing.T) {
	cases := []struct {
		name, text string
		texts      []string
	}{
		{"curly", "“Yes,” she said.", []string{"Yes"}},
		{"split", `"We will win," he said, "and soon."`, []string{"We will win ... and soon."}},
		{"running", "He said:\n\n\"First paragraph.\n\n\"Second paragraph.\"", []string{"First paragraph. ... Second paragraph."}},
		{"apostrophes", "It's the players' union, isn't it? \"Don't,\" said Ann Lee.", []string{"Don't"}},
		{"scare", `The so-called "woke" agenda and "Top Gun" were mentioned.`, nil},
		{"unclosed", `"This never closes, he said`, []string{"This never closes, he said"}},
		{"empty", ``, nil},
		{"lone mark", `"`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := extractText(c.text, 1)
			var texts []string
			for _, q := range got {
				texts = append(texts, q.Text)
			}
			if strings.Join(texts, "|") != strings.Join(c.texts, "|") {
				t.Errorf("got %q, want %q", texts, c.texts)
			}
		})
	}
}

func TestMaxKey(t *testing.T) {
	text := readArticle(t, "quotes-patterns.txt")
	for _, k := range []int{0, 1, 2} {
		n := 0
		for _, q := range extractText(text, k) {
			if q.Key {
				n++
			}
		}
		if n != k {
			t.Errorf("maxKey %d: %d key quotes", k, n)
		}
	}
}

// A megabyte of repeated article text gives the quotes of one copy, once per
// copy: nothing is lost or merged across paragraphs at scale. (Its speed is
// measured by BenchmarkExtractLarge, never by a timed test.)
func TestLargeInputKeepsEveryQuote(t *testing.T) {
	base := readArticle(t, "quotes-patterns.txt")
	one := len(extractText(base, 0))
	if one == 0 {
		t.Fatal("no quotes in the base article")
	}
	var b strings.Builder
	copies := 0
	for b.Len() < 1<<20 {
		b.WriteString(base)
		b.WriteString("\n\n")
		copies++
	}
	if got := len(extractText(b.String(), 10)); got != one*copies {
		t.Errorf("%d quotes in %d copies, want %d", got, copies, one*copies)
	}
	// Pathological shapes must not panic or invent quotes from nothing.
	extractText(strings.Repeat(`a "b `, 1<<16), 10)
	extractText(strings.Repeat(`they called it "x" and `, 1<<13), 10)
}

// FuzzExtract seeds are short on purpose: the fuzzing engine minimises every
// new interesting input by trying O(n²) byte-range removals, for up to a
// minute each (-fuzzminimizetime), so whole-article seeds left the engine
// minimising multi-kilobyte inputs at "0 execs/sec" for most of a run. The
// whole articles are covered by the table tests above.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“A,” he said, “B.”\n\n«C» ‘D’ '\"",
		`"The days are over," Mr Gates, the US Defence Secretary, said. "We invite Russia."`,
		"Robert Gates said:\n\n\"First paragraph.\n\n\"Second paragraph.\"",
		`Interfax quoted him as saying: "It is a serious factor." A Russian official said it was "serious and principled".`,
		`According to Mr Okafor, "nobody is going to lose a job." "Our crews are ready" — Tom Reyes, site manager.`,
		"'We told them in March,' said Gwen Price. 'Nobody came.'\n\nShe said the dam was 'safe'.",
		`Said Ellis: "x". The so-called "harbour plan" and the film "Low Water". It's the players' union.`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range extract(nlp.NewDocument(s), 3) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End {
				t.Fatalf("bad span %d-%d in %d bytes", q.Start, q.End, len(s))
			}
			for _, p := range q.Parts {
				if p.Start < q.Start || p.End > q.End || p.Start > p.End {
					t.Fatalf("bad part %v of %d-%d", p, q.Start, q.End)
				}
			}
		}
	})
}

// TestSpeakerRules covers attribution rules found wrong on the project's
// own test articles, each on short text in their style.
func TestSpeakerRules(t *testing.T) {
	cases := []speakerCase{
		{
			// a nominal subject keeps the place after "on": the place is not the speaker
			name:  "nominal with place",
			text:  `Business owners on Riverside Parade say they are "at breaking point" after the river burst its banks.`,
			wants: []want{{text: "at breaking point", speaker: "business owners on Riverside Parade", mention: "Business owners on Riverside Parade", cue: "say", partial: true}},
		},
		{
			name:  "bare plural nominal",
			text:  `Business owners say they are "at breaking point".`,
			wants: []want{{text: "at breaking point", speaker: "business owners", mention: "Business owners", cue: "say", partial: true}},
		},
		{
			// a noun for people ("shopkeepers") heads the description too; "they" refers to it
			name: "they after plural nominal",
			text: `Shopkeepers on Riverside Parade said they were "at breaking point". "We are ruined," they said.`,
			wants: []want{
				{text: "at breaking point", speaker: "shopkeepers on Riverside Parade", mention: "Shopkeepers on Riverside Parade", cue: "said", partial: true},
				{text: "We are ruined", speaker: "shopkeepers on Riverside Parade", mention: "they", cue: "said"},
			},
		},
		{
			// a nominal subject keeps its organisation, never a fragment of its name
			name:  "nominal with organisation",
			text:  `Analysts at the Institute for Fiscal Studies said the figures showed "a real-terms squeeze for the smallest schools".`,
			wants: []want{{text: "a real-terms squeeze", speaker: "analysts at the Institute for Fiscal Studies", mention: "Analysts at the Institute for Fiscal Studies", cue: "said", partial: true}},
		},
		{
			name:  "spokesperson for an organisation",
			text:  `A spokesperson for Western Lines said the company was "deeply disappointed" and urged the union to return.`,
			wants: []want{{text: "deeply disappointed", speaker: "a spokesperson for Western Lines", mention: "A spokesperson for Western Lines", cue: "said", partial: true}},
		},
		{
			// a pronoun takes the most recent speaker of its gender, nominal ones included
			name: "he after an unnamed spokesman",
			text: "Renée Dubois said the water reached her waist. \"We've lost everything again,\" she said.\n\n" +
				"An agency spokesman said the barrier \"performed as designed\" but had been overtopped. \"No defence can remove the risk entirely,\" he added.",
			wants: []want{
				{text: "We've lost everything again", speaker: "Renée Dubois", mention: "she", cue: "said"},
				{text: "performed as designed", speaker: "an agency spokesman", mention: "An agency spokesman", cue: "said", partial: true},
				{text: "No defence can remove the risk entirely", speaker: "an agency spokesman", mention: "he", cue: "added"},
			},
		},
		{
			name: "she after an unnamed spokeswoman, not the man named before",
			text: "\"The work is safe,\" said Mr Tom Reyes.\n\n" +
				"A spokeswoman for the firm said it was \"constructive\" but slow. \"We will respond in writing,\" she added.",
			wants: []want{
				{text: "The work is safe", speaker: "Tom Reyes", mention: "Mr Tom Reyes", cue: "said"},
				{text: "constructive", speaker: "a spokeswoman", mention: "A spokeswoman", cue: "said", partial: true},
				{text: "We will respond in writing", speaker: "a spokeswoman", mention: "she", cue: "added"},
			},
		},
		{
			// an unnamed subject of the sentence just before is the most recent candidate
			name: "she after the education secretary",
			text: "\"It's a cut dressed up as a rise,\" said Moira Campbell, head of Glenmuir Primary.\n\n" +
				"The education secretary insisted the formula was fair. \"Every school will receive more money per pupil,\" she told MPs.",
			wants: []want{
				{text: "It's a cut dressed up as a rise", speaker: "Moira Campbell", mention: "Moira Campbell", cue: "said"},
				{text: "Every school will receive more money per pupil", speaker: "the education secretary", mention: "she", cue: "told"},
			},
		},
		{
			// a capitalised common noun before a name is a role; an age is never one
			name:  "role before a name, age after it",
			text:  `Visitor Jean Morris, 81, said she was "thrilled" with the result, adding: "It's lighter, it's warmer and the coffee is better."`,
			wants: []want{{text: "thrilled", speaker: "Jean Morris", mention: "Visitor Jean Morris", role: "visitor", cue: "said", partial: true}, {text: "It's lighter", speaker: "Jean Morris", role: "visitor"}},
			roles: []string{"visitor", "visitor"},
		},
		{
			// an appositive "of the X" is not the speaker
			name:  "of-appositive with a plural possessive",
			text:  `Daniel Obi, of the Westbury Rail Users' Association, told the Post the strike was "the worst possible news for people who have already paid for tickets".`,
			wants: []want{{text: "the worst possible news", speaker: "Daniel Obi", mention: "Daniel Obi", cue: "told", partial: true}},
		},
		{
			// a relative clause is not a role
			name:  "relative clause appositive",
			text:  `Sandeep Gill, who runs a hardware shop near the bridge, said: "January is hard enough."`,
			wants: []want{{text: "January is hard enough.", speaker: "Sandeep Gill", mention: "Sandeep Gill", cue: "said"}},
			roles: []string{""},
		},
		{
			// a role's sentence-initial word and its short of-phrase belong to it
			name: "roles around a name",
			text: "Opposition leader Mark Jessop called the vote \"a decision made in a hurry\" and said businesses had not been consulted.\n\n" +
				`"Safety has to come first," said Fiona Grant, the council's director of highways.`,
			wants: []want{
				{text: "a decision made in a hurry", speaker: "Mark Jessop", mention: "Mark Jessop", cue: "called", partial: true},
				{text: "Safety has to come first", speaker: "Fiona Grant", mention: "Fiona Grant", cue: "said"},
			},
			roles: []string{"opposition leader", "council's director of highways"},
		},
		{
			name:  "age appositive",
			text:  `"We grabbed the dog and that was it," said Linda Cho, 58, who fled her home.`,
			wants: []want{{text: "We grabbed the dog and that was it", speaker: "Linda Cho", mention: "Linda Cho", cue: "said"}},
			roles: []string{""},
		},
	}
	runSpeakerCases(t, cases)
}
