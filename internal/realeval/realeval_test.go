package realeval

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/digest"
)

func TestWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Rep. Ilhan Omar's bill", []string{"rep", "ilhan", "omar's", "bill"}},
		{"It’s “fine”, isn't it?", []string{"it's", "fine", "isn't", "it"}},
		{"ﬁve—Ｆｕｌｌ width", []string{"five", "full", "width"}}, // NFKC
		{"rock'n'roll", []string{"rock'n", "roll"}},
		{"São Paulo_2019", []string{"são", "paulo_2019"}},
		{"", nil},
	} {
		if got := Words(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestGluedWords(t *testing.T) {
	body := "Gov. Kristi Noem spoke. McCain and iPhone users watched on YouTube. The LaGuardia run."
	text := "Gov. Kristi NoemKristi Noem spoke. McCain and iPhone users watched on YouTube. The LaGuardia run. country 2001Two"
	got := GluedWords(text, body)
	if want := []string{"NoemKristi"}; !slices.Equal(got, want) {
		t.Errorf("GluedWords = %q, want %q (2001Two has no lower-upper join; McCain, iPhone, YouTube and LaGuardia are spelling; like the reference, any word starting O, e, i... is passed over)", got, want)
	}
}

func TestCheckHeadline(t *testing.T) {
	body := "The city council approved the harbour tunnel on Tuesday after a long debate. " +
		"Residents of the north shore had opposed the plan for years."
	for _, c := range []struct {
		headline          string
		cut, clause, from bool
	}{
		{"The city council approved the harbour tunnel", false, true, true},                   // "on" follows: a phrase boundary
		{"The city council approved the harbour tunnel on Tuesday after a", true, true, true}, // continues in the body
		{"Residents of the north shore", true, false, true},                                   // "had" follows
		{"Subscribe now for the best deals on tunnels", false, false, false},                  // an imperative: no finite tag
		{"", false, false, false},
	} {
		v := CheckHeadline(c.headline, body)
		if c.headline == "" {
			if !v.Empty || v.AcceptableAll3 {
				t.Errorf("empty headline: %+v", v)
			}
			continue
		}
		if v.Cut != c.cut || v.Clause != c.clause || v.FromArticle != c.from {
			t.Errorf("%q: cut %v clause %v from %v, want %v %v %v (last %s)", c.headline, v.Cut, v.Clause, v.FromArticle, c.cut, c.clause, c.from, v.Last)
		}
		if v.AcceptableAll3 != (!c.cut && c.clause && c.from) {
			t.Errorf("%q: acceptable %v", c.headline, v.AcceptableAll3)
		}
	}
}

func TestAlternatives(t *testing.T) {
	got := alternatives(`local date shown; alt_published=2019-11-20 | alt_byline="Jane Roe"}`)
	if got["alt_published"] != "2019-11-20" || got["alt_byline"] != "Jane Roe" {
		t.Errorf("alternatives = %q", got)
	}
}

// TestScore runs the whole scorer on a labelled set written here, with
// digests made by hand, and checks every printed figure.
func TestScore(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("metadata.jsonl", `{"id":"p1","title":"Tunnel approved","byline":"Ann Lee and Bo Chan","published":"2019-11-20","language":"en","notes":""}
{"id":"p2","title":"Der Tunnel","byline":"","published":"2019-11-21","language":"de","notes":"alt_published=2019-11-22"}
`)
	write("quotes.jsonl", `{"id":"p1","quotes":[{"text":"We will build it","speaker":"Mary Jones","partial":false},{"text":"a historic day","speaker":"Tom Smith","partial":true},{"text":"Not now","speaker":"","partial":false}],"not_quotes":["Big Dig"]}
`)
	write("entities.jsonl", `{"id":"p1","people":["Mary Jones","Tom Smith"],"organisations":["City Council"],"places":["Oslo"]}
`)
	l, err := LoadLabels(dir)
	if err != nil {
		t.Fatal(err)
	}
	body := "The council approved the tunnel on Tuesday. \"We will build it,\" Mary Jones said."
	pages := []Page{
		{ID: "p1", Body: body, Digest: digest.Digest{Status: "ok",
			Article:  &digest.Article{Title: "Tunnel Approved!", Byline: "Bo Chan, Ann Lee", Published: "2019-11-20T10:00:00Z", Language: "en", Text: body},
			Headline: "The council approved the tunnel",
			Quotes: []digest.Quote{
				{Text: "We will build it", Speaker: "Ms Mary Jones"},
				{Text: "a historic day for the city", Speaker: "Jones", Partial: true},
				{Text: "Big Dig"},
				{Text: "Not now", Speaker: "an aide"},
			},
			Entities: digest.Entities{People: []string{"Mary Jones", "Smith"}, Organisations: []string{"Council"}, Places: []string{"Oslo", "Bergen"}},
		}},
		{ID: "p2", Body: "Der Tunnel wird gebaut.", Digest: digest.Digest{Status: "ok",
			Article: &digest.Article{Title: "Der Tunnel", Byline: "Staff", Published: "2019-11-22", Language: "en"}}},
	}
	r := Score(pages, l)
	var out bytes.Buffer
	r.Print(&out)
	for _, want := range []string{
		"newsgist digests 2/2",
		"headline: 1 English pages, acceptable by the three checks 1 (1.00); cut 0, no finite verb 0, not from the article 0, empty 0",
		"metadata (2 pages): title 1.00, byline 0.50, published 1.00",
		"language 1 of 2",
		"quotes (1 pages, 3 gold, 4 predicted): P 0.750 R 1.000 F1 0.857; speaker 0.500, strict full name 0.500 (2); partial flag right 1.000; not-quotes extracted 1 of 1",
		"wrong person 1, empty 0, partial name 0",
		"a speaker named where the label has none 1",
		"entities people        strict P 0.500 R 0.500 F1 0.500; lenient P 1.000 R 1.000 F1 1.000 (gold 2, predicted 2)",
		"entities organisations strict P 0.000 R 0.000 F1 0.000; lenient P 1.000 R 1.000 F1 1.000 (gold 1, predicted 1)",
		"entities places        strict P 0.500 R 1.000 F1 0.667; lenient P 0.500 R 1.000 F1 0.667 (gold 1, predicted 2)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}
