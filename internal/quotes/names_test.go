package quotes

import "testing"

// TestNameBoundaries covers capitalised words wrongly kept in a speaker's
// name: a role or a place before a first name, a heading in the paragraph
// before, and a named appositive after a description.
func TestNameBoundaries(t *testing.T) {
	cases := []speakerCase{
		{
			name:  "acronym and role word before a first name",
			text:  `"The launch window opens in March," ESA Administrator Maria Ruiz said in a statement.`,
			wants: []want{{text: "The launch window opens in March", speaker: "Maria Ruiz", mention: "ESA Administrator Maria Ruiz", cue: "said in a statement"}},
			roles: []string{"ESA Administrator"},
		},
		{
			name: "plural hyphenated role before a first name",
			text: "Singer-songwriters Tom Reed and Ann Lee will tour together in May.\n\n" +
				`"We can't wait to be back on the road," Reed said.`,
			wants: []want{{text: "We can't wait", speaker: "Tom Reed", mention: "Reed", cue: "said"}},
		},
		{
			name: "place after a preposition before a first name",
			text: "The former envoy to Norway Jim Hale changed his account on Friday.\n\n" +
				`"I think the talks were going nowhere," Hale said.`,
			wants: []want{{text: "I think the talks were going nowhere", speaker: "Jim Hale", mention: "Hale", cue: "said"}},
		},
		{
			// and a fictional catchphrase ("As Holmes would say") is no quotation
			name:  "a heading is not part of the name after it",
			text:  "Time for Dr. Holmes\n\nAt first the clinic was baffled. Dr. Holmes said, \"The game is afoot.\" As Holmes would say, \"Elementary.\"",
			wants: []want{{text: "The game is afoot.", speaker: "Holmes", mention: "Dr. Holmes", cue: "said"}},
		},
		{
			// a surname that is also a title ("Doctor", "Judge") is the name once the full name is known
			name: "surname that is a title word",
			text: "\"Print has shrunk every single year,\" says media analyst Alan Doctor.\n\n" +
				`"Nobody has a plan for what comes next," Doctor says. "Nobody."`,
			wants: []want{
				{text: "Print has shrunk every single year", speaker: "Alan Doctor", mention: "Alan Doctor", cue: "says"},
				{text: "Nobody has a plan for what comes next ... Nobody.", speaker: "Alan Doctor", mention: "Doctor", cue: "says"},
			},
			roles: []string{"media analyst", "media analyst", "media analyst"},
		},
		{
			name:  "named appositive after a description",
			text:  `"The evidence is not strong enough to bring charges," Norway's chief prosecutor, Liv Andersen, said on Monday.`,
			wants: []want{{text: "The evidence is not strong enough", speaker: "Liv Andersen", mention: "Liv Andersen", cue: "said"}},
		},
	}
	runSpeakerCases(t, cases)
}

// TestRelativeClauseSpeaker: the subject of "who described ..." is the noun
// phrase the relative pronoun follows, not the start of the sentence.
func TestRelativeClauseSpeaker(t *testing.T) {
	text := `The hearing follows the testimony on Monday of three officials, including a senior Navy engineer who described the repairs as "badly rushed."`
	check(t, text, extractText(text, 3), []want{
		{text: "badly rushed.", speaker: "a senior Navy engineer", mention: "a senior Navy engineer", cue: "described", partial: true},
	})
}
