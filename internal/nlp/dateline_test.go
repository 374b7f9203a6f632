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
	}
	for _, tt := range tests {
		got, ok := NewDocument(tt.text).Dateline(words)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Dateline(%q) = %+v, %v; want %+v, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}
