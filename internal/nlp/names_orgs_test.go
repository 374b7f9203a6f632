package nlp

import "testing"

// An invented business story: a person under a shorter name, a royal
// written by title, an agency spelled out and then abbreviated, and a
// record label under two company forms.
const orgsArticle = `The Federal Aviation Administration grounded the Northgate Records jets on Monday. Kathleen Ann Marlow, the label's founder, said the FAA had acted too fast.

Prince Edward visited the hangar. Northgate Label Group said the planes were safe. Ann Marlow said the Irish Health Service Executive had asked for the flight logs.`

func TestFullestName(t *testing.T) {
	nm := IndexNames(NewDocument(orgsArticle))
	for _, c := range []struct {
		name, want string
	}{
		{"Ann Marlow", "Kathleen Ann Marlow"},           // a person's fullest name ending in it
		{"Marlow", "Kathleen Ann Marlow"},               // a surname
		{"Edward", "Prince Edward"},                     // a royal keeps the title
		{"FAA", "Federal Aviation Administration"},      // an acronym spelled out
		{"Irish HSE", "Irish Health Service Executive"}, // the acronym's first word kept
		{"Northgate Records", "Northgate Label Group"},  // the fullest company form
		{"NTSB", "NTSB"},                                // never spelled out
		{"an agency spokesman", "an agency spokesman"},  // a description stays
		{"Harbour Lane", "Harbour Lane"},                // nothing fuller
	} {
		if got := nm.FullestName(c.name); got != c.want {
			t.Errorf("FullestName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
