package entityeval

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestRealWords(t *testing.T) {
	for in, want := range map[string]string{
		"Lowe’s":                   "lowe's",
		"U.S.":                     "u s",
		"Westminster Magistrate's": "westminster magistrate's",
		"Take-Two Interactive":     "take two interactive",
		"Dennis Schröder":          "dennis schröder",
		"  E! News ":               "e news",
		"ﬁrm":                      "firm", // NFKC
	} {
		if got := RealWords(in); got != want {
			t.Errorf("RealWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestScoreReal checks the reference scorer's definitions on one invented
// page: strict set intersection, lenient greedy matching in sorted order
// (a surname alone matches, a second form of a matched name counts as a
// false positive), places and organisations by word runs.
func TestScoreReal(t *testing.T) {
	pages := []RealPage{{ID: "page0001",
		People:        []string{"Gordon Sondland", "Fiona Hill", "Williams"},
		Organisations: []string{"GateHouse Media", "Tribune"},
		Places:        []string{"U.S.", "Kyiv"}}}
	preds := [][][]string{{
		{"Sondland", "Gordon Sondland", "Fiona Hill", "Kevin Williams", "Hill Fiona"},
		{"GateHouse", "Chicago Tribune"},
		{"United States", "Kyiv"},
	}}
	counts, misses := ScoreReal(pages, preds)
	want := []RealCounts{
		// sorted preds: fiona hill, gordon sondland, hill fiona, kevin williams, sondland
		{Strict: 2, Lenient: 3, Pred: 5, Gold: 3},
		{Strict: 0, Lenient: 2, Pred: 2, Gold: 2},
		{Strict: 1, Lenient: 1, Pred: 2, Gold: 2},
	}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("counts = %+v, want %+v", counts, want)
	}
	if len(misses) != 2 || !reflect.DeepEqual(misses[0].FalsePos, []string{"hill fiona", "sondland"}) ||
		!reflect.DeepEqual(misses[1].Missed, []string{"u s"}) {
		t.Errorf("misses = %+v", misses)
	}
	p, r, f := counts[0].PRF(counts[0].Lenient)
	if p != 0.6 || r != 1 || f != 0.75 {
		t.Errorf("PRF = %v %v %v, want 0.6 1 0.75", p, r, f)
	}
}

func TestReadRealLabels(t *testing.T) {
	path := filepath.Join(t.TempDir(), "entities.jsonl")
	line := `{"id": "abc", "people": ["Ann Lee"], "organisations": [], "places": ["Leeds"]}` + "\n\n"
	if err := os.WriteFile(path, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	pages, err := ReadRealLabels(path)
	if err != nil || len(pages) != 1 || pages[0].ID != "abc" || pages[0].Places[0] != "Leeds" {
		t.Fatalf("ReadRealLabels = %+v, %v", pages, err)
	}
	if _, err := ReadRealLabels(filepath.Join(t.TempDir(), "none.jsonl")); err == nil {
		t.Error("missing file: no error")
	}
}

// TestCommandReal checks -real reads the labels given by -labels and
// digests their pages from -data (a missing page is an error naming it).
func TestCommandReal(t *testing.T) {
	labels := filepath.Join(t.TempDir(), "entities.jsonl")
	line := `{"id": "0123456789abcdef", "people": [], "organisations": [], "places": []}` + "\n"
	if err := os.WriteFile(labels, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Command([]string{"-real", "-labels", labels, "-data", t.TempDir()}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "0123456789abcdef.html.gz") {
		t.Errorf("Command(-real) error = %v, want one naming the page", err)
	}
	if err := Command([]string{"-real", "-labels", filepath.Join(t.TempDir(), "none")}, io.Discard); err == nil {
		t.Error("Command(-real) with no labels file: no error")
	}
}

func TestRealMatch(t *testing.T) {
	typ := func(people bool) string {
		if people {
			return "people"
		}
		return "organisations"
	}
	for _, c := range []struct {
		people bool
		p, g   string
		want   bool
	}{
		{true, "ilhan omar", "ilhan omar", true},
		{true, "omar", "ilhan omar", true},
		{true, "rep ilhan omar", "ilhan omar", false},
		{true, "ilhan abdullahi omar", "ilhan omar", true},
		{true, "ilhan smith", "ilhan omar", false},
		{false, "securities and exchange commission", "u s securities and exchange commission", true},
		{false, "exchange", "securities and exchange commission", true},
		{false, "new york", "york", true},
		{false, "new delhi", "delhi india", false},
	} {
		if got := realMatch(typ(c.people), c.p, c.g); got != c.want {
			t.Errorf("realMatch(%v, %q, %q) = %v", c.people, c.p, c.g, got)
		}
	}
}
