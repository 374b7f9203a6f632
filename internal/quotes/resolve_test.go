package quotes

import "testing"

// Systematic speaker errors seen on real pages, each pinned by invented
// sentences in news style.

// speakerCase is one text and the quotes, speakers and (when given) exact
// roles Extract must find in it.
type speakerCase struct {
	name, text string
	wants      []want
	roles      []string // exact role of each quote, when checked
}

// runSpeakerCases runs each case as a subtest.
func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := extractText(c.text, 3)
			check(t, c.text, got, c.wants)
			for i, r := range c.roles {
				if i < len(got) && got[i].Role != r {
					t.Errorf("quote %d %q: role %q, want %q", i, got[i].Text, got[i].Role, r)
				}
			}
		})
	}
}

// A he/she never resolves to a capitalised phrase that only looks like a
// name (a product, a place, a nickname for a thing): it needs some sign
// that a person is meant (a gender, a title or role, a cue verb beside it).
func TestPronounSkipsThingsThatLookLikeNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			// "Nimbus" alone is short for the product "Nimbus Plus"
			name: "product named before the speaker in the same sentence",
			text: "\"The box is the easy part,\" said Daniel Okafor, head of devices at Brightwave.\n\n" +
				"Subscribers pay $12 a month for Nimbus Plus. The secret of Nimbus, says Okafor, is the company's own fibre network. \"We own every metre of cable,\" he says.",
			wants: []want{
				{text: "The box is the easy part", speaker: "Daniel Okafor", mention: "Daniel Okafor", cue: "said"},
				{text: "We own every metre of cable", speaker: "Daniel Okafor", mention: "he", cue: "says"},
			},
		},
		{
			name: "coined term before the novelist who coined it",
			text: "Readers came to know these chapters as Cellar Passages, after the novelist Ines Waltari explained them on a podcast. " +
				"\"You only ever see one room of the house,\" she said.",
			wants: []want{
				{text: "You only ever see one room of the house", speaker: "Ines Waltari", mention: "she", cue: "said"},
			},
		},
		{
			// "Harbor" alone stands for the agency "Customs and Harbor Protection"
			name: "agency word starting the sentence",
			text: "Rep. Alan Mercer toured the port on Friday with officers from Customs and Harbor Protection.\n\n" +
				"Most of the smuggling, Mercer said, comes through the container terminal.\n\n" +
				"Harbor officers \"tell you the same thing every time — it is a flood,\" he said.",
			wants: []want{
				{text: "tell you the same thing every time", speaker: "Alan Mercer", mention: "he", cue: "said", partial: true},
			},
		},
	})
}

// A speaker is a noun phrase, never a clause: "These results were
// consistent", "That's why I always", "There's a" are what a subject
// search finds when the sentence names nobody.
func TestClauseIsNoSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:  "naming verb after a clause with 'were'",
			text:  `These results were consistent with a disorder called "miller's lung, a reaction to grain dust."`,
			wants: []want{{text: "miller's lung, a reaction to grain dust.", partial: true}},
		},
		{
			name: "description holding 'was'",
			text: "The farmer was diagnosed with what is called \"miller's lung, which is rare.\"\n\n" +
				"\"We see one case a year,\" said Dr Ruth Ames.",
			wants: []want{
				// a term after "what is called" is no quotation
				{text: "We see one case a year", speaker: "Ruth Ames", mention: "Dr Ruth Ames", cue: "said"},
			},
		},
		{
			name:  "'That's' is no determiner",
			text:  `Portions matter. That's why I always tell my readers: "a smaller plate is a smaller meal!"`,
			wants: []want{{text: "a smaller plate is a smaller meal!"}},
		},
		{
			name:  "'There's' is no determiner",
			text:  `There's an old saying in the valley that goes "the river always takes its share back in the end."`,
			wants: []want{{text: "the river always takes its share back in the end.", partial: true}},
		},
	})
}

// A first name alone is the person whose full name starts with it, not
// another person who shares the surname.
func TestFirstNameKeepsItsOwnSurnameHolder(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "brother of the man the surname belongs to",
			text: "The novelist Peter J. Marsh died in 2006, and his books went out of print.\n\n" +
				"His brother, Dale Marsh, agreed to an interview. \"We wrote to him every year,\" Dale said.",
			wants: []want{{text: "We wrote to him every year", speaker: "Dale Marsh", mention: "Dale", cue: "said"}},
		},
	})
}
