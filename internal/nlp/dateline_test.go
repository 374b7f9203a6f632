package nlp

import "testing"

func TestDateline(t *testing.T) {
	known := map[string]bool{"Berlin": true, "Hong Kong": true, "Santa Fe": true}
	words := DatelineWords{
		IsPlace: func(s string) bool { return known[s] },
		IsLabel: func(s string) bool { return s == "Group" },
	}
	tests := []struct {
		text string
		want Dateline
		ok   bool
	}{
		{"SANTA FE, N.M. (AP) — The governor signed the bill on Tuesday.",
			Dateline{Span: Span{0, 24}, Place: "Santa Fe", Region: "N.M.", Agency: "AP"}, true},
		{"BERLIN -- Officials met again.", Dateline{Span: Span{0, 10}, Place: "Berlin"}, true},
		{"Hong Kong (CNN Business) Shares fell.", Dateline{Span: Span{0, 25}, Place: "Hong Kong", Agency: "CNN Business"}, true},
		{"Markets slid.\n\nST. JOSEPH, Mo. — Rain fell.", Dateline{Span: Span{15, 35}, Place: "St. Joseph", Region: "Mo."}, true},
		{"EXCLUSIVE — The mayor will resign.", Dateline{}, false},      // a label, no known place
		{"Berlin (Group D) — The draw was made.", Dateline{}, false},   // a label in brackets
		{"MADRID (2019) — The figures were out.", Dateline{}, false},   // a figure, no agency
		{"One.\nTwo.\nThree.\nBERLIN — Late news.", Dateline{}, false}, // only the first three lines
		{"BERLIN, March 3 (Reuters) - Talks resumed.", Dateline{Span: Span{0, 28}, Place: "Berlin", Agency: "Reuters"}, true},
		{"SANTA FE, N.M., Jan. 9 (UPI) — Snow closed roads.", Dateline{Span: Span{0, 33}, Place: "Santa Fe", Region: "N.M.", Agency: "UPI"}, true},
		{"BERLIN ― Officials met again.", Dateline{Span: Span{0, 11}, Place: "Berlin"}, true},   // a horizontal bar
		{"BERLIN--Officials met again.", Dateline{}, false},                                     // no space before the dash
		{"TAXES WILL RISE FOR MOST FAMILIES IN BERLIN NEXT YEAR — The plan", Dateline{}, false}, // a heading in capitals
		{"Hong Kong, China (Reuters) Shares fell.", Dateline{}, false},                          // a title-case city takes no region
	}
	for _, tt := range tests {
		got, ok := NewDocument(tt.text).Dateline(words)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Dateline(%q) = %+v, %v; want %+v, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSourceMark(t *testing.T) {
	tests := []struct{ in, rest string }{
		{"(CNN) -- The storm moved north.", "The storm moved north."},
		{"(CNN)The storm moved north.", "The storm moved north."},
		{"LONDON, England (CNN) -- The storm moved north.", "The storm moved north."},
		{"Hong Kong (CNN Business) Shares fell for a third day.", "Shares fell for a third day."},
		{"WASHINGTON, D.C. (AP) -- Senators met.", "Senators met."},
		{"SANTA FE, N.M. (KOB) — The governor signed the bill.", "The governor signed the bill."},
		{"WASHINGTON, Jan 5 (Reuters) - Senators met.", "Senators met."},
		{"Dec 29 (Reuters) - Senators met.", "Senators met."},
		{"WASHINGTON — Senators met.", "Senators met."},
		{"EXCLUSIVE — The mayor will resign on Friday.", "The mayor will resign on Friday."},
		{"Indianapolis – The city council voted on the budget.", "The city council voted on the budget."},
		{"Springfield, Ill. — The city council voted on the budget.", "The city council voted on the budget."},
		{"(Photo of the mayor) The mayor spoke.", "The mayor spoke."},
		// not source marks
		{"Indianapolis – a short one.", "Indianapolis – a short one."},
		{"Gov. Ann Lee — who faces a recall — spoke.", "Gov. Ann Lee — who faces a recall — spoke."},
		{"Ann Lee (pictured) said the vote was close.", "Ann Lee (pictured) said the vote was close."},
		{"NASA (the agency) said the launch was delayed.", "NASA (the agency) said the launch was delayed."},
		{"NASA-backed teams won.", "NASA-backed teams won."},
		{"The mayor spoke.", "The mayor spoke."},
		{"US-China talks — the first in a year — began.", "US-China talks — the first in a year — began."},
	}
	for _, tt := range tests {
		if got := tt.in[SourceMark(tt.in):]; got != tt.rest {
			t.Errorf("after SourceMark(%q): %q, want %q", tt.in, got, tt.rest)
		}
	}
}
