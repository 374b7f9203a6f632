package entities

import (
	"reflect"
	"testing"
)

// TestJunkAndTypes covers the junk and typing errors a reader found on real
// pages (issue 14), each in invented text written the way news pages are:
// glued names from adjacent page elements, headings and teasers, credit
// lines, a person inside an organisation, split organisations, mistyped
// places and companies, duplicates, and names a reader would want listed.
func TestJunkAndTypes(t *testing.T) {
	tests := []struct {
		name                          string
		text                          string
		known                         []string // quote speakers
		people, places, organisations []string
	}{
		{"one entity per referent under its fullest name",
			"WASHINGTON (AP) — Rep. Ilhan Omar, D-Minn., said on Tuesday she would vote against the bill.\n\n" +
				"Omar, who was elected in 2018, told reporters the measure went too far. \"We can do better,\" Rep. Omar said.",
			[]string{"Ilhan Omar"},
			[]string{"Ilhan Omar"}, []string{"Washington", "Minn."}, []string{"AP"}},
		{"glued names from a newsletter box are refused",
			"Ilhan OmarIlhan OmarHillicon Valley\n\nKristi NoemKristi Lynn NoemSouth Dakota\n\n" +
				"Rep. Ilhan Omar met Gov. Kristi Noem of South Dakota on Friday to discuss farm aid.",
			nil,
			[]string{"Ilhan Omar", "Kristi Noem"}, []string{"South Dakota"}, nil},
		{"headings, teasers and interjections are no names",
			"Questioning Kessler\n\nLawmakers pressed the witness for four hours on Tuesday.\n\n" +
				"Less Money\n\nThe budget fell by a tenth. Barely anyone noticed. You've seen this before.\n\n" +
				"Hey Twitter, the caption read.",
			nil,
			nil, nil, []string{"Twitter"}},
		{"a person glued to an organisation is split at the role",
			"The trade was first reported by CBS Sports NFL Insider Jason La Canfora on Sunday morning.",
			nil,
			[]string{"Jason La Canfora"}, nil, []string{"CBS Sports NFL"}},
		{"an organisation with and stays whole",
			"The U.S. Securities and Exchange Commission opened an inquiry. The Food and Drug Administration declined to comment.",
			nil,
			nil, nil, []string{"U.S. Securities and Exchange Commission", "Food and Drug Administration"}},
		{"a capital is a place, a label short form an organisation",
			"New Delhi said on Monday it would respond. Big Machine Label Group sold its catalogue in June, and Big Machine said the sale was final.",
			nil,
			nil, []string{"New Delhi"}, []string{"Big Machine Label Group"}},
		{"companies named only in a list introduced by a plural noun",
			"The five companies selected by the agency were Kestrelon, Marlowe, Halden Aerospace, Selene Express and Orbitvale.",
			nil,
			nil, nil, []string{"Kestrelon", "Marlowe", "Halden Aerospace", "Selene Express", "Orbitvale"}},
		{"a list typed by its members",
			"He has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United.",
			nil,
			nil, nil, []string{"FC Porto", "Inter Milan", "Chelsea", "Real Madrid", "Manchester United"}},
		{"newspapers and teams after a city",
			"The chain owns the Baltimore Sun and the Hartford Courant. The Oklahoma City Thunder beat the Lakers, and the Thunder play again on Friday.",
			nil,
			nil, nil, []string{"Baltimore Sun", "Hartford Courant", "Oklahoma City Thunder", "Lakers"}},
		{"credit lines are no entities",
			"The committee met on Tuesday. Senator Maria Lopez chaired it.\n\n" +
				"Associated Press writers Alan Ferris and Jo Tamsin contributed to this report.\n\n" +
				"By Dana Kell",
			nil,
			[]string{"Maria Lopez"}, nil, nil},
		{"products, programmes and events are left out",
			"Nimbus costs $9.99 a month for its Nimbus Pro subscription, and a $129.99 Launch Edition is available. " +
				"The Blue Moon lander will fly under the Artemis program. The club won the Champions League and the World Cup was postponed.",
			nil,
			nil, nil, nil},
		{"evidence types a name: hospital, employer, appositive",
			"The president made a trip to Walter Brandt hospital on Saturday. \"It was routine,\" said Dana Whitcombe, senior vice president at Vantora. " +
				"Mario Ferrante, the company's chief operating officer, said Quellix would expand.",
			nil,
			[]string{"Dana Whitcombe", "Mario Ferrante"}, nil, []string{"Walter Brandt", "Vantora"}},
		{"acronyms and short forms join the full name; places as the text writes them",
			"The International Criminal Court (ICC) will rule next month. The ICC said it had received the file from GateHouse Media. " +
				"GateHouse declined to comment. Officials in the U.S. and the UK welcomed the move.",
			nil,
			nil, []string{"U.S.", "UK"}, []string{"International Criminal Court", "GateHouse Media"}},
		{"a lone first name, a royal title, a speaker that is a company",
			"Jamal Pryor scored 25. Jamal also had 11 rebounds. Prince Harold met Queen Margaret III, and Harold left early. " +
				"Shares of retail giant Home Depot fell after Home Depot said sales were slowing.",
			[]string{"Home Depot"},
			[]string{"Jamal Pryor", "Prince Harold", "Queen Margaret III"}, nil, []string{"Home Depot"}},
		{"a place with its state or country, a hyphenated pair, a state abbreviation",
			"\"We are doing very well,\" President Trump said at a rally in Alexandria, La., on Wednesday. Duncan Moffat of Perthshire, Scotland, fell ill. " +
				"Exports fell under the U.S.-Canada deal.",
			nil,
			[]string{"Trump", "Duncan Moffat"}, []string{"Alexandria", "La.", "Perthshire", "Scotland", "U.S.", "Canada"}, nil},
		{"labels, agencies side by side, a group named for its cause",
			"Switzerland (Group D): Fifth appearance\n\nDenmark will fill the empty slot in Path C.\n\n" +
				"The letter from Parents for Camp Relief was sent on Monday. Tickets for Hartford sold out.\n\nMore AP NBA: https://apnews.com/NBA",
			nil,
			nil, []string{"Switzerland", "Denmark", "Hartford"}, []string{"Parents for Camp Relief", "AP", "NBA"}},
		{"two companies hyphenated are no name",
			"Newspaper chain Gannett bought GateHouse Media. The Gannett-Gatehouse merger closed on Tuesday, Gannett said.",
			nil,
			nil, nil, []string{"Gannett", "GateHouse Media"}},
		{"a name with its own 's, a title only in a heading, a company named Express",
			"Shares of retail giant Lowe's rose after Lowe's said sales grew. Apple's shares fell.\n\nTime for Dr. Sherlock\n\n" +
				"As Sherlock would say, it was elementary. \"Going to Pasta Express in Dorking is an unusual thing for me to do,\" he said.",
			nil,
			nil, []string{"Dorking"}, []string{"Lowe's", "Apple", "Pasta Express"}},
		{"a ticker makes a company, a bracketed acronym of the name does not",
			"Shares of Calder Foods (CLDR) rose 4%. The Human Landing System (HLS) will carry two astronauts.",
			nil,
			nil, nil, []string{"Calder Foods"}},
		{"a person's company is no sign the person is one; a club's manager is",
			"Corvel took a stake in Nadia Brennan's company. Halloran became Westbury's manager on Wednesday.",
			nil,
			[]string{"Nadia Brennan"}, nil, []string{"Westbury"}},
		{"a corporate suffix abbreviated and in full is one company",
			"Sierra Nevada Corp. will build the lander. Sierra Nevada Corporation said it was ready.",
			nil,
			nil, nil, []string{"Sierra Nevada Corporation"}},
		{"an adjective before an organisation noun, an office named for a post, an award, a lander beside the Moon",
			"Federal prosecutors charged two guards. Internal memo: Federal prison guards slept. The federal case goes on.\n\n" +
				"The inquiry by the DHS Office of Inspector General found overcrowding. She won the Philip K. Dick Award. " +
				"The company's Blue Moon could land on the Moon by 2024.",
			nil,
			nil, nil, []string{"DHS Office of Inspector General"}},
		{"a department named both ways is one",
			"The Department of Justice opened an inquiry. A Justice Department spokesman declined to comment.",
			nil,
			nil, nil, []string{"Department of Justice"}},
		{"a masthead word starting a name, an account type",
			"Post Malone said he would tour with the band. Savers should open a Roth IRA, Glen Sorensen said.",
			nil,
			[]string{"Post Malone", "Glen Sorensen"}, nil, nil},
	}
	knownMisses := map[string]string{}
	norm := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if why := knownMisses[tt.name]; why != "" {
				t.Skip("known miss: " + why)
			}
			got := findText(tt.text, tt.known)
			if !reflect.DeepEqual(got.People, norm(tt.people)) {
				t.Errorf("people = %q, want %q", got.People, norm(tt.people))
			}
			if !reflect.DeepEqual(got.Places, norm(tt.places)) {
				t.Errorf("places = %q, want %q", got.Places, norm(tt.places))
			}
			if !reflect.DeepEqual(got.Organisations, norm(tt.organisations)) {
				t.Errorf("organisations = %q, want %q", got.Organisations, norm(tt.organisations))
			}
		})
	}
}

func TestTransliterated(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{{"Zelensky", "Zelenskiy", true}, {"Zelenskyy", "Zelensky", true}, {"Johnson", "Johnston", false}, {"Gates", "Gates", false}, {"Li", "Lie", false}} {
		if got := transliterated(tc.a, tc.b); got != tc.want {
			t.Errorf("transliterated(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestMentions checks the mention counts grouped under each name.
func TestMentions(t *testing.T) {
	got := findText("Rep. Ilhan Omar spoke first. Omar said the International Criminal Court (ICC) was right. "+
		"The ICC agreed with Omar.", nil)
	// The parenthesised "(ICC)" defines the acronym and is not counted.
	want := map[string]int{"Ilhan Omar": 3, "International Criminal Court": 2}
	if !reflect.DeepEqual(got.Mentions, want) {
		t.Errorf("mentions = %v, want %v", got.Mentions, want)
	}
}
