package entities

import (
	"reflect"
	"testing"
)

// TestGeneralEvidence covers round two of issue 14: rules that rest on the
// structure of the text rather than on words seen on one page. A rare given
// name is a person by what surrounds it, an acronym the text defines with
// ordinary words is a term, a name before a model number is a product, and
// a party tag's state is listed as written and grouped with the state's
// full name when the article also writes it.
func TestGeneralEvidence(t *testing.T) {
	tests := []struct {
		name                          string
		text                          string
		people, places, organisations []string
	}{
		{"a given name no list knows is a person by the speech verb or an action",
			"\"We played with energy tonight,\" said Tavion Greer, who finished with 19 points. Odell Brisco drilled a 3-pointer late.",
			[]string{"Tavion Greer", "Odell Brisco"}, nil, nil},
		{"a city before a paper's own name makes a newspaper",
			"The story first ran in the Hartford Courant and was picked up by the Raleigh Ledger.",
			nil, nil, []string{"Hartford Courant", "Raleigh Ledger"}},
		{"an acronym defined by ordinary words is a term, one defined by a name is the name's",
			"Binge eating disorder (BED) affects millions. BED is treatable, the National Eating Disorders Association (NEDA) said. " +
				"Savers chasing FIRE (financial independence, retire early) cut spending. FIRE is not for everyone, NEDA added.",
			nil, nil, []string{"National Eating Disorders Association"}},
		{"an acronym of a capitalised name is no term: a company's name may have no organisation word",
			"International Business Machines (IBM) reported higher sales. IBM said cloud revenue grew.",
			nil, nil, []string{"IBM"}},
		{"a name before a model number is a product",
			"Harlow unveiled the Harlow Vanta 700 Roadster in Detroit. The gorgeous VX 700 grand tourer goes on sale in May. " +
				"Megan Ostrander 3 saves. Palm Grove 3, Seaview 1.",
			[]string{"Megan Ostrander"}, []string{"Detroit"}, nil},
		{"an acronym defined in the plural, from hyphenated words, is a term",
			"Smell relies on G protein-coupled receptors (GPCRs) in the nose. When a GPCR binds a molecule, the cell responds, said Nadia Perrin.",
			[]string{"Nadia Perrin"}, nil, nil},
		{"a title in quotation marks after a work noun is a work; an event is no organisation",
			"In his book \"Quiet Money: A Plan for Saving\", Colm Avery explains the method. " +
				"Avery spoke at the Harbour City Three-Day Event and at the Boston Auto Show, Project Manager Ines Dorado said.",
			[]string{"Colm Avery", "Ines Dorado"}, nil, nil},
		{"box-score lines name players, after a colon too",
			"Northgate (2-0): Tamsin Okafor 21 points and 4 steals. Rhea Kallis 9 points.\n\n" +
				"Eastfield (0-2): Jovan Achterberg 2 goals, 1 assist. Palm Grove 18 22 13 17.",
			[]string{"Tamsin Okafor", "Rhea Kallis", "Jovan Achterberg"}, nil, nil},
		{"a role noun before a name makes a person",
			"The clinic will be led by dressage rider Wiebke Falster and trainer Osric Penhall.",
			[]string{"Wiebke Falster", "Osric Penhall"}, nil, nil},
		{"a party tag's state as written, grouped with the full name",
			"Sen. Dana Whitcomb, R-Neb., called the report troubling. Whitcomb has represented Nebraska since 2015. " +
				"Rep. Luis Ortega (D-NY) and Rep. Carla Vance, D-Minn., signed the letter.",
			[]string{"Dana Whitcomb", "Luis Ortega", "Carla Vance"}, []string{"Nebraska", "NY", "Minn."}, nil},
	}
	norm := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findText(tt.text, nil)
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
