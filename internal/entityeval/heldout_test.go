package entityeval

import (
	"bytes"
	"strings"
	"testing"
)

// TestHeldOutDisjoint checks the held-out set shares no page with the
// tuning set, lists no page twice and has no empty entity.
func TestHeldOutDisjoint(t *testing.T) {
	tuning := map[string]bool{}
	for _, p := range Gold {
		tuning[p.File] = true
	}
	seen := map[string]bool{}
	for _, p := range HeldOut {
		if tuning[p.File] {
			t.Errorf("%s is in both Gold and HeldOut", p.File)
		}
		if seen[p.File] {
			t.Errorf("%s is listed twice in HeldOut", p.File)
		}
		seen[p.File] = true
		for _, l := range lists(p) {
			for _, e := range l {
				for _, f := range strings.Split(e, "|") {
					if Normalise(f) == "" {
						t.Errorf("%s: empty form in %q", p.File, e)
					}
				}
			}
		}
	}
	if len(HeldOut) != 12 {
		t.Errorf("HeldOut has %d pages, want 12", len(HeldOut))
	}
}

// TestCommandHeldOut checks -heldout makes the command read the held-out
// pages, not the tuning pages (with a missing data directory, the error
// names the first page it tried).
func TestCommandHeldOut(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-data", t.TempDir()}, Gold[0].File},
		{[]string{"-heldout", "-data", t.TempDir()}, HeldOut[0].File},
	} {
		err := Command(tc.args, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Command(%q) error = %v, want one naming %s", tc.args, err, tc.want)
		}
	}
}
