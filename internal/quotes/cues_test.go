package quotes

import "testing"

// TestMoreCues covers attributions news pages write that the cue list
// missed: a cue verb after an adverb or an auxiliary with an appositive
// between, "comments X", and "As X put it".
func TestMoreCues(t *testing.T) {
	cases := []struct {
		name, text string
		wants      []want
	}{
		{
			name:  "comments before the speaker, split quotation",
			text:  `"We are delighted with the new season," comments Priya Nair in a statement, "and we hope the fans are too."`,
			wants: []want{{text: "We are delighted with the new season ... and we hope the fans are too.", speaker: "Priya Nair", mention: "Priya Nair", cue: "comments"}},
		},
		{
			name:  "comments before a speaker with an of-phrase",
			text:  `"We designed the hull to float in rough water," comments Arjun Mehta of the design office.`,
			wants: []want{{text: "We designed the hull to float in rough water", speaker: "Arjun Mehta", mention: "Arjun Mehta", cue: "comments"}},
		},
		{
			name: "adverb between speaker and cue",
			text: "Prison officer Peter Walsh was charged on Friday.\n\n" +
				`"I forgot to lock the gate," Walsh allegedly told a colleague. "Nobody checked."`,
			wants: []want{
				// one quotation broken by its attribution sentence
				{text: "I forgot to lock the gate ... Nobody checked.", speaker: "Peter Walsh", mention: "Walsh", cue: "told"},
			},
		},
		{
			name:  "has written after an appositive",
			text:  `"Rents will keep rising until more homes are built," Maria Lopez, a senior fellow at the Harbour Institute, has written.`,
			wants: []want{{text: "Rents will keep rising", speaker: "Maria Lopez", mention: "Maria Lopez", cue: "written"}},
		},
		{
			name: "as X put it",
			text: "The bridge was designed by Daniel Okafor in 1998.\n\n" +
				`As Okafor put it, "The bridge was never built for this much traffic."`,
			wants: []want{{text: "The bridge was never built for this much traffic.", speaker: "Daniel Okafor", mention: "Okafor", cue: "put it"}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			check(t, c.text, extractText(c.text, 3), c.wants)
		})
	}
}
