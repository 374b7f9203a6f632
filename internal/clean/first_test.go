package clean

import "testing"

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
