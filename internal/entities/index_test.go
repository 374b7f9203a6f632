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

// TestIndexedPeople: a person written under two full forms is listed once,
// under the name the index gives (the quote speaker's), and two people
// with one surname stay two.
func TestIndexedPeople(t *testing.T) {
	for _, c := range []struct {
		name, text string
		people     []string
	}{
		{
			name: "a middle initial and the middle name",
			text: "The prize went to the crime writer Peter J. Haskins, who died in 2006.\n\n" +
				"Peter James Haskins was born in Leeds. Haskins wrote nine books.",
			people: []string{"Peter J. Haskins"},
		},
		{
			name:   "brothers keep their names",
			text:   "Mike Tolland and Dale Tolland opened the shop in 1998. Dale Tolland said trade was slow, and Mike Tolland agreed.",
			people: []string{"Mike Tolland", "Dale Tolland"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := findText(c.text, nil).People
			if !reflect.DeepEqual(got, c.people) {
				t.Errorf("people %q, want %q", got, c.people)
			}
		})
	}
}
