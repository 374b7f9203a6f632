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
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := AnalyseText(c.text).d
			if got := strings.Join(d.namedFully(strings.Fields(c.headline)), " "); got != c.want {
				t.Errorf("namedFully(%q)\n got  %q\n want %q", c.headline, got, c.want)
			}
		})
	}
}
