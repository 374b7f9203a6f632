package entities

import (
	"reflect"
	"testing"
)

// TestIndexedOrganisations: an organisation is listed under the fullest
// form the article's name index gives it, the form quote speakers take.
func TestIndexedOrganisations(t *testing.T) {
	for _, c := range []struct {
		name, text string
		orgs       []string
	}{
		{
			name: "an acronym that skips the first word of the name",
			text: "Officials at the Danish Institute for Marine Research sampled the bay on Monday.\n\n" +
				"The IMR said the algae had spread since May.",
			orgs: []string{"Danish Institute for Marine Research"},
		},
		{
			name: "a company under its fullest form",
			text: "Harlow Label Group bought the catalogue last year.\n\n" +
				"Harlow Records said the deal was fair, and Harlow Label Group declined to comment further.",
			orgs: []string{"Harlow Label Group"},
		},
		{
			name: "an acronym the article never spells out stays",
			text: "The Danish Institute for Marine Research sampled the bay. The WHO said it would send experts.",
			orgs: []string{"Danish Institute for Marine Research", "WHO"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := findText(c.text, nil).Organisations
			if !reflect.DeepEqual(got, c.orgs) {
				t.Errorf("organisations %q, want %q", got, c.orgs)
			}
		})
	}
}
