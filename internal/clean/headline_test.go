package clean

import "testing"

// TestIsHeadline: the first paragraph of a plain-text article is its title
// only when it reads as one — a sentence that ends with a full stop, also
// inside closing quotation marks, is the lead.
func TestIsHeadline(t *testing.T) {
	cases := []struct {
		p    string
		want bool
	}{
		{"Harbour board sells ferry company to Dutch investor", true},
		{`Mayor calls harbour sale "a betrayal"`, true},
		{"10 things to know about the harbour sale", true},
		{"The harbour board sold the ferry company on Monday.", false},
		{`Thanks to her new book, Ana Ruiz has a new title: "harbour poet."`, false},
		{`The mayor said the sale was "a betrayal.”`, false},
		{"the harbour board sold the ferry company", false},
	}
	for _, c := range cases {
		if got := isHeadline(c.p); got != c.want {
			t.Errorf("isHeadline(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}
