package pipeline

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/summary"
)

// TestSeedArticle is the project's first test case: the article newsgist was
// created from, with a newsletter footer and five quotes.
func TestSeedArticle(t *testing.T) {
	body, err := os.ReadFile("../../testdata/gates-missile-shield.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := Digest(body, digest.Source{Key: "incoming/gates-missile-shield.txt"}, DefaultOptions)
	if d.Status != digest.StatusOK {
		t.Fatalf("status %s: %+v", d.Status, d.Error)
	}
	for _, footer := range []string{"Sign up", "newsletter", "Mailchimp", "unsubscribe", "mailing list"} {
		if strings.Contains(d.Article.Text, footer) {
			t.Errorf("the footer (%q) is still in the text", footer)
		}
	}
	if !strings.Contains(strings.Join(d.BoilerplateRemoved, "\n"), "Sign up to our free newsletters") {
		t.Errorf("boilerplate_removed = %q", d.BoilerplateRemoved)
	}
	if !strings.HasSuffix(d.Article.Text, "Interfax quoted him as saying.") {
		t.Errorf("the last story paragraph was lost: ...%q", d.Article.Text[max(0, len(d.Article.Text)-80):])
	}
	// The schema's contract (README): one complete statement, aiming for 15
	// words and at most 22. Since issue 12's round nine the headline keeps
	// what the cooperation is in, the story's key thing (16 words).
	if n := len(strings.Fields(d.Headline)); d.Headline == "" || n > summary.MaxHeadlineWords || strings.Contains(d.Headline, "\n") {
		t.Errorf("headline %q (%d words)", d.Headline, n)
	}
	if !strings.Contains(d.Headline, "missile defence") {
		t.Errorf("headline %q drops what the cooperation is in", d.Headline)
	}
	if len(d.Summary) != 3 {
		t.Errorf("%d summary sentences, want 3", len(d.Summary))
	}

	want := []struct {
		prefix, speaker string
		partial         bool
		via             string
	}{
		{"The days of the Cold War are over", "Robert Gates", false, ""},
		{"We invite Russia to join our defensive endeavour", "Robert Gates", false, ""},
		{"serious and principled", "a Russian official", true, ""},
		{"The Russian position on this issue remains unchanged", "Anatoly Serdyukov", false, ""},
		{"The strategic missile defence system is a serious destabilising factor", "Anatoly Serdyukov", false, "Interfax"},
	}
	if len(d.Quotes) != len(want) {
		for _, q := range d.Quotes {
			t.Logf("quote %q by %q", q.Text, q.Speaker)
		}
		t.Fatalf("%d quotes, want %d", len(d.Quotes), len(want))
	}
	for i, w := range want {
		q := d.Quotes[i]
		if !strings.HasPrefix(q.Text, w.prefix) {
			t.Errorf("quote %d = %q, want it to start %q", i, q.Text, w.prefix)
		}
		if q.Speaker != w.speaker || q.Partial != w.partial || q.Via != w.via {
			t.Errorf("quote %d %q: speaker %q partial %v via %q, want %q %v %q", i, w.prefix, q.Speaker, q.Partial, q.Via, w.speaker, w.partial, w.via)
		}
	}
	for _, p := range []string{"Robert Gates", "Vladimir Putin", "Anatoly Serdyukov"} {
		if !contains(d.Entities.People, p) {
			t.Errorf("people = %q, missing %s", d.Entities.People, p)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
