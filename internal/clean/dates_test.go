package clean

import (
	"testing"
	"time"
)

// TestDateReader covers the one reader of a stated date on the values and
// lines every caller gives it: meta and JSON-LD values, JSON fields, front
// matter, plain-text date lines and HTML header lines.
func TestDateReader(t *testing.T) {
	tests := []struct{ in, want string }{
		// machine-readable values, read whole
		{"2024-06-03", "2024-06-03"},
		{"2024/06/03", "2024-06-03"},
		{"20240603", "2024-06-03"},
		{"2024-06-03T10:32:00Z", "2024-06-03T10:32:00Z"},
		{"2024-06-03T10:32:00.250+02:00", "2024-06-03T10:32:00+02:00"},
		{"2024-06-03 10:32", "2024-06-03T10:32:00Z"},
		{"Mon, 03 Jun 2024 10:32:00 +0100", "2024-06-03T10:32:00+01:00"},
		{"0001-01-01T00:00:00Z", ""},
		// printed dates, the first one found
		{"June 3, 2024", "2024-06-03"},
		{"JUNE 3, 2024", "2024-06-03"},
		{"Monday, 3 June 2024", "2024-06-03"},
		{"Sept. 5, 2023 at 4:10 p.m.", "2023-09-05"},
		{"Published: 3rd June 2024 | Updated: 4 June 2024", "2024-06-03"},
		{"Updated 2024-06-03T10:32:00Z", "2024-06-03T10:32:00Z"},
		{"Posted 2024-06-03 10:32 by the desk", "2024-06-03T10:32:00Z"},
		{"Stand: 14.06.2024, 09:12 Uhr", "2024-06-14"},
		{"05.10.2018", "2018-10-05"}, // dotted: day first
		{"05/10/2018", "2018-05-10"}, // slashes on a page of unknown language: month first
		{"call 555-0142 today", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := declaredDate(tt.in); got != tt.want {
			t.Errorf("declaredDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWholeDate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"June 3, 2024", true},
		{"Monday, June 3, 2024", true},
		{"Mon 3 June 2024", true},
		{"3 June 2024", true},
		{"2024-06-03T10:32:00Z", true},
		{"14.06.2024", true},
		{"Council votes on June 3, 2024", false},
		{"June 3, 2024: the vote", false},
		{"Someday, June 3, 2024", false},
	} {
		if got := wholeDate(tt.in); got != tt.want {
			t.Errorf("wholeDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestTellsTime covers the date-line test of plain text: a label line
// counts as a date line only when it gives a date or a time.
func TestTellsTime(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Updated 10:32 GMT", true},
		{"Posted 9.15 p.m.", true},
		{"Updated 3 hours ago", true},
		{"Updated moments ago", true},
		{"Updated June 3", true},
		{"Aktualisiert am 3. Juni", true},
		{"Published 2024-06-03", true},
		{"Published: Sept. 5, 2023", true},
		{"Published by the city council", false},
		{"Updated with reaction from the mayor", false},
		{"Posted in Politics", false},
		{"Date: Mayor 3", false},
	} {
		if got := tellsTime(tt.in); got != tt.want {
			t.Errorf("tellsTime(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestDateOrTimeAt covers where a byline's names end: at the first date,
// time or stamp word.
func TestDateOrTimeAt(t *testing.T) {
	for _, tt := range []struct {
		in, before string
	}{
		{"Jane Doe 3 hours ago", "Jane Doe "},
		{"Jane Doe November 15, 2019", "Jane Doe "},
		{"Jane Doe | 10:32 am", "Jane Doe | "},
		{"Jane Doe Published 2019", "Jane Doe "},
		{"Jane Doe · Updated", "Jane Doe · "},
		{"Jane Doe Aktualisiert", "Jane Doe "},
		{"Jane Doe and Tom Roe", "Jane Doe and Tom Roe"},
	} {
		at := dateOrTimeAt(tt.in)
		if at < 0 {
			at = len(tt.in)
		}
		if got := tt.in[:at]; got != tt.before {
			t.Errorf("dateOrTimeAt(%q) cuts %q, want %q", tt.in, got, tt.before)
		}
	}
}

// FuzzDateReader checks that the date reader never panics, that what it
// returns is an RFC 3339 date or date-time of a plausible year, and that
// reading what it returns gives the same value back.
func FuzzDateReader(f *testing.F) {
	for _, s := range []string{"June 3, 2024", "2024-06-03T10:32:00Z", "Updated 2024-06-03 10:32 by", "14.06.2024", "Mon, 03 Jun 2024 10:32:00 +0100", "3rd de junio de 2024", "2018年8月16日", "20240603", "0001-01-01T00:00:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := declaredDate(s)
		if d == "" {
			return
		}
		if _, err := time.Parse("2006-01-02", d[:min(len(d), 10)]); err != nil || !plausible(d) {
			t.Fatalf("declaredDate(%q) = %q", s, d)
		}
		if len(d) > 10 {
			if _, err := time.Parse(time.RFC3339, d); err != nil {
				t.Fatalf("declaredDate(%q) = %q: %v", s, d, err)
			}
		}
		if again := declaredDate(d); again != d {
			t.Fatalf("declaredDate(%q) = %q, but declaredDate(%q) = %q", s, d, d, again)
		}
	})
}
