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

func TestEndsMidPhrase(t *testing.T) {
	for h, want := range map[string]bool{
		"Gates offers Russia missile cooperation":  false,
		"Gates offers Russia cooperation on the":   true,
		"Gates offers Russia cooperation, but":     true,
		`Gates says "the days of the Cold War`:     true,
		"Council approves library closure (for":    true,
		"Council approves library closure, mayor,": true,
	} {
		if got := EndsMidPhrase(h); got != want {
			t.Errorf("EndsMidPhrase(%q) = %v", h, got)
		}
	}
}
