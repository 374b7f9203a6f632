package entities

import (
	"reflect"
	"testing"

	"github.com/newsgist/newsgist/internal/nlp"
)

// findText is Find on the analysis of text.
func findText(text string, known []string) Entities {
	return Find(nlp.NewDocument(text), known)
}

func TestFind(t *testing.T) {
	tests := []struct {
		name          string
		text          string
		known         []string
		people        []string
		places        []string
		organisations []string
	}{
		{
			name: "titles, surnames and a gazetteer",
			text: "US Defence Secretary Robert Gates met Russian President Vladimir Putin in Moscow and Washington.\n\n" +
				"Mr Gates, former CIA director, said the Pentagon would go ahead. Mr Putin spoke to President George W. Bush, Poland and the Czech Republic.",
			people:        []string{"Robert Gates", "Vladimir Putin", "George W. Bush"},
			places:        []string{"US", "Moscow", "Washington", "Poland", "Czech Republic"},
			organisations: []string{"CIA", "Pentagon"},
		},
		{
			name:          "a named speaker and an organisation with an org word",
			text:          "The Bank of England raised rates on Thursday. Andrew Bailey said inflation was too high.",
			people:        []string{"Andrew Bailey"},
			places:        []string{},
			organisations: []string{"Bank of England"},
		},
		{
			name: "places after prepositions, organisations with and, no lone org words",
			text: "Residents fled their homes in Sylmar on Wednesday. The California Department of Forestry and Fire Protection said the fire was 5% contained.\n\n" +
				"Union general secretary Carol Denning told the Post that shares in StreamCo fell. Southern California Edison said it cut power.",
			people:        []string{"Carol Denning"},
			places:        []string{"Sylmar"},
			organisations: []string{"California Department of Forestry and Fire Protection", "StreamCo"},
		},
		{
			name:          "quote speakers come first",
			text:          "Anatoly Serdyukov reacted coolly. The minister said nothing more.",
			known:         []string{"Anatoly Serdyukov", "a Russian official"},
			people:        []string{"Anatoly Serdyukov"},
			places:        []string{},
			organisations: []string{},
		},
		{
			name: "a speaker whose given name is also a sentence starter",
			text: "\"Half my followers skipped it,\" said Will Hargreave, a consultant for online sellers. " +
				"Will the platform change the feature? Nobody knows.",
			known:         []string{"Will Hargreave"},
			people:        []string{"Will Hargreave"},
			places:        []string{},
			organisations: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findText(tt.text, tt.known)
			if !reflect.DeepEqual(got.People, tt.people) {
				t.Errorf("people = %q, want %q", got.People, tt.people)
			}
			if !reflect.DeepEqual(got.Places, tt.places) {
				t.Errorf("places = %q, want %q", got.Places, tt.places)
			}
			if !reflect.DeepEqual(got.Organisations, tt.organisations) {
				t.Errorf("organisations = %q, want %q", got.Organisations, tt.organisations)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Mr Gates met Vladimir Putin in Moscow.\n\nThe CIA said so.")
	f.Add("Rep. Ilhan Omar, D-Minn., said Lowe's (LOW) fell. Ilhan OmarIlhan Omar\n\nCorvel-Nadia Brennan, R-TX. (HLS) D-")
	f.Add("Group D\n\nBy Jane Doe\n\nAP writers A B contributed to this report. The Office of Inspector General of")
	f.Fuzz(func(t *testing.T, s string) { findText(s, nil) })
}
