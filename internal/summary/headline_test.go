package summary

import (
	"strings"
	"testing"
)

func TestCompress(t *testing.T) {
	cases := []struct{ in, want string }{
		{"WASHINGTON (Reuters) - The Senate passed a $1.2 trillion infrastructure bill on Tuesday, sending it to the House.", "The Senate passed a $1.2 trillion infrastructure bill"},
		{"(CNN)Blues legend B.B. King was hospitalized for dehydration, though the ailment didn't keep him out for long.", "Blues legend B.B. King was hospitalized for dehydration"},
		{"The government will raise the minimum wage to £10 an hour next year, officials said on Monday.", "The government will raise the minimum wage to £10 an hour next year"},
		{"Police said on Friday that a man had been arrested over the theft of paintings from the museum.", "A man had been arrested over the theft of paintings from the museum"},
		{"LONDON -- Shares in Acme (ACME.L) rose 5% after the company reported record profits.", "Shares in Acme rose 5% after the company reported record profits"},
		{"HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party presidential candidate Jill Stein was escorted off the premises of Hofstra University on Monday afternoon, hours before the start of the first debate.", "Green Party presidential candidate Jill Stein was escorted off the premises of Hofstra University"},
	}
	cases = append(cases,
		struct{ in, want string }{"Curtis will take charge of Saturday's match against Bournemouth.", "Curtis will take charge of Saturday's match against Bournemouth"},
		struct{ in, want string }{"The man is said to have been spying on a committee.", "The man is said to have been spying on a committee"},
		// No cut inside "by just 312 votes" or "in real terms".
		struct{ in, want string }{"An independent candidate has won the race to become mayor of Eastholm by just 312 votes, ending 24 years of control by the two main parties.", "An independent candidate has won the race to become mayor of Eastholm"},
		struct{ in, want string }{"A new funding formula announced by ministers will leave many rural heads worse off in real terms next year.", "A new funding formula announced by ministers will leave many rural heads worse off"},
		// A head attribution stays when the rest starts with a pronoun.
		struct{ in, want string }{"Business owners on Riverside Parade say they are at breaking point after the river burst its banks.", "Business owners on Riverside Parade say they are at breaking point"},
		// A day after "of" stays: removing it would leave "hours of and".
		struct{ in, want string }{"Thieves broke into the museum in the early hours of Tuesday and escaped with a gold brooch.", "Thieves broke into the museum in the early hours of Tuesday and escaped"},
	)
	// Too long: what precedes or interrupts the main clause goes before
	// its end is cut, and a cut never leaves the subject without its verb.
	cases = append(cases, []struct{ in, want string }{
		// An opening subordinate clause.
		{"While most of the town slept through the storm on Sunday night, volunteers at the harbour worked to keep three fishing boats from sinking.", "Volunteers at the harbour worked to keep three fishing boats from sinking"},
		{"Two years ago, over a cup of tea, my neighbour lent me a battered paperback that would change how I think about cities.", "My neighbour lent me a battered paperback that would change how I think about cities"},
		// A phrase joined by "and" runs on to the next comma: the main clause stays.
		{"Despite the rain, and the wind that battered the coast all weekend, thousands of runners completed the city marathon in record numbers.", "Thousands of runners completed the city marathon in record numbers"},
		// An appositive between the subject and its verb.
		{"Councillor Maria Okafor, the most senior member of the planning committee and a critic of the scheme, is likely to vote against the harbour plan next week.", "Councillor Maria Okafor is likely to vote against the harbour plan next week"},
		{"A group of teachers, worried that the county is cutting music lessons in rural schools, has offered to run free classes on Saturdays.", "A group of teachers has offered to run free classes on Saturdays"},
		{"The merger of the two regional bus companies, which became final on Tuesday, will create the largest operator in the north of the country.", "The merger of the two regional bus companies will create the largest operator"},
		{"The merger of the two regional newspaper groups, which became final on Tuesday, will create a single printing company in the north.", "The merger of the two regional newspaper groups will create a single printing company"},
		{"Though electric buses are the most popular choice of the county's transport planners and cost the least to run, the council voted to buy diesel ones.", "The council voted to buy diesel ones"},
		// A parenthesis between dashes.
		{"Two climbers — a Scot and a New Zealander — who had been missing on the glacier since Friday were found alive by a helicopter crew.", "Two climbers were found alive by a helicopter crew"},
		// A relative clause on the subject.
		{"A FARMER who found a rare Roman coin while ploughing a field near the river has been paid a record sum by the museum.", "A FARMER has been paid a record sum by the museum"},
		// A cut at a phrase boundary, not after "to no longer".
		{"The harbour board faced strong local and national criticism over its decision to no longer allow fishing boats to moor in the old dock.", "The harbour board faced strong local and national criticism over its decision"},
		// No cut inside "between slim and none".
		{"Club captain Dan Reyes admits that his team's hopes of promotion are now somewhere between slim and none after the defeat.", "Club captain Dan Reyes admits that his team's hopes of promotion are now somewhere"},
		// A named day stays; a dateline with any source in brackets goes.
		{"Black Friday is going to be bigger than ever for shops selling televisions this year.", "Black Friday is going to be bigger than ever for shops selling televisions this year"},
		{"PORTSMOUTH, Hampshire (Harbour News Now) - Engineers have confirmed a crack in the old sea wall.", "Engineers have confirmed a crack in the old sea wall"},
		{"Hong Kong (CNN Business)A muddled view of the trade talks is weighing on investors again.", "A muddled view of the trade talks is weighing on investors again"},
		// A date after the cue is no subject: the attribution stays.
		{"WASHINGTON — The agency announced Nov. 18 that it was adding five companies to its supply contract.", "The agency announced Nov. 18 that it was adding five companies to its supply contract"},
		// "since Friday" goes whole, never leaving "since were".
		{"Two walkers who had been missing on the moor since Friday were found safe.", "Two walkers who had been missing on the moor were found safe"},
	}...)
	for _, c := range cases {
		got := Compress(c.in)
		if got != c.want {
			t.Errorf("Compress(%q)\n got  %q\n want %q", c.in, got, c.want)
		}
		if n := len(strings.Fields(got)); n > MaxHeadlineWords || EndsMidPhrase(got) {
			t.Errorf("%q: %d words, mid-phrase %v", got, n, EndsMidPhrase(got))
		}
	}
}

func TestCompressNeverEndsMidPhrase(t *testing.T) {
	long := "The committee of the regional assembly in the north of the country voted for a plan to build a new bridge over the river in the centre of the town by the end of the decade"
	got := Compress(long)
	if n := len(strings.Fields(got)); n > MaxHeadlineWords || EndsMidPhrase(got) {
		t.Errorf("%q: %d words", got, n)
	}
}

// TestCompressNeverStartsWithRelative: dropping an intro whose comma closes
// nothing must not leave a headline that opens with "Which is big, ...".
func TestCompressNeverStartsWithRelative(t *testing.T) {
	for _, s := range []string{
		"In the old harbour town, which is big, the mayor, who is old, said that the council would, after a long and bitter debate in the chamber, approve the plan.",
		"After the storm, when the river rose above the old flood wall near the market square, volunteers filled sandbags through the night.",
	} {
		h := Compress(s)
		if first := strings.ToLower(strings.Fields(h + " x")[0]); relativePronouns[first] {
			t.Errorf("Compress(%q) = %q opens with a relative pronoun", s, h)
		}
	}
}

func TestEndsMidPhrase(t *testing.T) {
	for h, want := range map[string]bool{
		"Gates offers Russia missile cooperation":  false,
		"Gates offers Russia cooperation on the":   true,
		"Gates offers Russia cooperation, but":     true,
		`Gates says "the days of the Cold War`:     true,
		"Council approves library closure (for":    true,
		"Council approves library closure, mayor,": true,
		"Councillor Okafor is likely":              true,
		"Ferry fares are set":                      true,
		"Hopes are between slim":                   true,
	} {
		if got := EndsMidPhrase(h); got != want {
			t.Errorf("EndsMidPhrase(%q) = %v", h, got)
		}
	}
}

// FuzzCompress: any sentence gives a headline of at most MaxHeadlineWords
// words, without panicking.
func FuzzCompress(f *testing.F) {
	for _, s := range []string{
		"WASHINGTON (Reuters) - The Senate passed a bill on Tuesday, sending it to the House.",
		"Councillor Maria Okafor, the most senior member of the committee, is likely to vote against the plan next week.",
		"A, , b, , c is d e f g h i j k l m n o p q r s t.",
		"While x, y — z — who a b c has been d e f g h i j k l m n o p, between q",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n := countWords(Compress(s)); n > MaxHeadlineWords {
			t.Errorf("Compress(%q) has %d words", s, n)
		}
	})
}
