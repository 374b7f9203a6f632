package clean

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestFirstBytes checks the first-byte filter against the regexp itself:
// for every rule and every ASCII byte, a paragraph starting with that byte
// that the regexp could match must pass the filter.
func TestFirstBytes(t *testing.T) {
	for _, c := range []struct {
		expr   string
		filter bool   // expect a filter
		starts string // bytes that must be allowed
		not    string // bytes that must be refused
	}{
		{`(?i)^sign[ -]?up\b`, true, "sS", "axZ1 "},
		{`(?i)^(©|\(c\)|copyright)`, true, "(cC", "ab"},
		{`(?i)^a|b`, false, "", ""},          // one branch unanchored
		{`(?i)\bmailchimp\b`, false, "", ""}, // unanchored
		{`(?i)^x*`, false, "", ""},           // may match the empty string
	} {
		f := firstBytes(c.expr)
		if (f != nil) != c.filter {
			t.Errorf("%s: filter %v, want %v", c.expr, f != nil, c.filter)
			continue
		}
		for _, b := range []byte(c.starts) {
			if !f[b] {
				t.Errorf("%s: %q refused", c.expr, b)
			}
		}
		for _, b := range []byte(c.not) {
			if f[b] {
				t.Errorf("%s: %q allowed", c.expr, b)
			}
		}
	}
	// Every real rule: a byte the filter refuses never starts a match.
	filtered := 0
	for _, ru := range rules {
		if ru.first == nil {
			continue
		}
		filtered++
		for b := 0; b < 128; b++ {
			if ru.first[b] {
				continue
			}
			for _, tail := range []string{"ign up for our newsletter", "opyright 2024 Acme", "hare", "", " comments", "mail"} {
				if s := string(rune(b)) + tail; ru.re.MatchString(s) {
					t.Errorf("%s matches %q but the filter refuses %q", ru.re, s, rune(b))
				}
			}
		}
	}
	if filtered < len(rules)/2 {
		t.Errorf("only %d of %d rules filtered", filtered, len(rules))
	}
}

// TestFirstBytesChangeNothing cleans every testdata article with the
// first-byte filters and without them: the text and the removed blocks must
// be the same.
func TestFirstBytesChangeNothing(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*.*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	removing := 0
	unfiltered := make([]rule, len(rules))
	for i, ru := range rules {
		ru.first = nil
		unfiltered[i] = ru
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		with, errWith := Clean(raw, filepath.Base(f), "")
		saved := rules
		rules = unfiltered
		without, errWithout := Clean(raw, filepath.Base(f), "")
		rules = saved
		if (errWith == nil) != (errWithout == nil) || !reflect.DeepEqual(with, without) {
			t.Errorf("%s: cleaning differs with the first-byte filters", f)
		}
		if len(with.Boilerplate) > 0 {
			removing++
		}
	}
	if removing < 3 {
		t.Errorf("only %d testdata articles have boilerplate removed: the comparison proves little", removing)
	}
}
