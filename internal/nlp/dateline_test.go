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
		{"Albany, NY – The range of new bus routes has cut journey times across the city.", "The range of new bus routes has cut journey times across the city."},
		{"Eastport, N.Y. – The range of new bus routes has cut journey times across the city.", "The range of new bus routes has cut journey times across the city."},
		{"New York, NY – The council voted on the budget on Monday.", "The council voted on the budget on Monday."},
		{"(Photo of the mayor) The mayor spoke.", "The mayor spoke."},
		{"HarbourTimes.net - Ferry fares will rise in April.", "Ferry fares will rise in April."},
		{"Eastholm-News.co.uk — Ferry fares will rise in April.", "Ferry fares will rise in April."},
		{"Harbourtimes.com -- WASHINGTON — Senators met.", "Senators met."},
		// not source marks
		{"Indianapolis – a short one.", "Indianapolis – a short one."},
		{"Amazon.com shares rose — the first gain in a week.", "Amazon.com shares rose — the first gain in a week."},
		{"No. 5 - the last seed - lost.", "No. 5 - the last seed - lost."},
		{"U.S. - China talks began.", "U.S. - China talks began."},
		{"Gov. Ann Lee — who faces a recall — spoke.", "Gov. Ann Lee — who faces a recall — spoke."},
		{"Ann Lee (pictured) said the vote was close.", "Ann Lee (pictured) said the vote was close."},
		{"NASA (the agency) said the launch was delayed.", "NASA (the agency) said the launch was delayed."},
		{"NASA-backed teams won.", "NASA-backed teams won."},
		{"The mayor spoke.", "The mayor spoke."},
		{"US-China talks — the first in a year — began.", "US-China talks — the first in a year — began."},
		{"Lee, NYPD – the first on the scene – spoke.", "Lee, NYPD – the first on the scene – spoke."},
	}
	for _, tt := range tests {
		if got := tt.in[SourceMark(tt.in):]; got != tt.rest {
			t.Errorf("after SourceMark(%q): %q, want %q", tt.in, got, tt.rest)
		}
	}
}

// TestLineDateline: every form of wire dateline cleaning reads at the head
// of a paragraph, and line heads that are none.
func TestLineDateline(t *testing.T) {
	const body = "Officials said the ports would stay closed."
	tests := []struct {
		name, head string
		want       Dateline // its Span is filled in from head
		ok         bool
	}{
		{"agency", "LONDON (Reuters) - ", Dateline{Place: "London", Agency: "Reuters"}, true},
		{"date", "WASHINGTON, June 3 (AP) — ", Dateline{Place: "Washington", Agency: "AP"}, true},
		{"place only", "PARIS — ", Dateline{Place: "Paris"}, true},
		{"region", "HALIFAX, Nova Scotia (AP) — ", Dateline{Place: "Halifax", Region: "Nova Scotia", Agency: "AP"}, true},
		{"dots", "ST. PAUL, Minn. (AP) — ", Dateline{Place: "St. Paul", Region: "Minn.", Agency: "AP"}, true},
		{"apostrophe", "COX'S BAZAR, Bangladesh (AFP) — ", Dateline{Place: "Cox's Bazar", Region: "Bangladesh", Agency: "AFP"}, true},
		{"hyphen, en dash", "WINSTON-SALEM, N.C. (AP) – ", Dateline{Place: "Winston-Salem", Region: "N.C.", Agency: "AP"}, true},
		{"capitals beyond ASCII", "SÃO PAULO (Reuters) - ", Dateline{Place: "São Paulo", Agency: "Reuters"}, true},
		{"region beyond ASCII", "BOGOTÁ, Colômbia (EFE) — ", Dateline{Place: "Bogotá", Region: "Colômbia", Agency: "EFE"}, true},
		{"full month", "GENEVA, September 12 (Reuters) - ", Dateline{Place: "Geneva", Agency: "Reuters"}, true},
		{"region with of", "KINSHASA, Democratic Republic of the Congo (Reuters) - ", Dateline{Place: "Kinshasa", Region: "Democratic Republic of the Congo", Agency: "Reuters"}, true},
		{"region with and", "PORT OF SPAIN, Trinidad and Tobago (AP) — ", Dateline{Place: "Port Of Spain", Region: "Trinidad and Tobago", Agency: "AP"}, true},
		{"no space before the dash", "BERLIN (dpa)— ", Dateline{Place: "Berlin", Agency: "dpa"}, true},
		{"double hyphen", "MANILA (AP) -- ", Dateline{Place: "Manila", Agency: "AP"}, true},
		{"ampersand", "NEW YORK (Dow Jones & Co) — ", Dateline{Place: "New York", Agency: "Dow Jones & Co"}, true},
		{"region and date", "SANTA FE, N.M., Jan. 9 (UPI) — ", Dateline{Place: "Santa Fe", Region: "N.M.", Agency: "UPI"}, true},
		// not datelines
		{"title case", "Washington (AP) — ", Dateline{}, false},
		{"date, no place", "Dec 29 (Reuters) - ", Dateline{}, false},
		{"two letters", "US — ", Dateline{}, false},
		{"digits", "COVID-19 — ", Dateline{}, false},
		{"a year in brackets", "MADRID (2019) — ", Dateline{}, false},
		{"no dash", "LONDON (Reuters) ", Dateline{}, false},
		{"no space after the dash", "PARIS —", Dateline{}, false},
	}
	for _, tt := range tests {
		text := tt.head + body
		got, ok := LineDateline(text)
		want := tt.want
		if tt.ok {
			want.Span = Span{0, len(tt.head)}
		}
		if got != want || ok != tt.ok {
			t.Errorf("%s: LineDateline(%q) = %+v, %v; want %+v, %v", tt.name, text, got, ok, want, tt.ok)
		}
	}
}

// TestSourceMarkWiderForms: the forms LineDateline added to the recogniser
// are source marks too.
func TestSourceMarkWiderForms(t *testing.T) {
	for _, in := range []string{
		"SÃO PAULO (Reuters) - Shares rose.",
		"GENEVA, September 12 (Reuters) - Shares rose.",
		"KINSHASA, Democratic Republic of Congo (Reuters) - Shares rose.",
		"Tokyo (Kyodo) Shares rose.",
	} {
		if got := in[SourceMark(in):]; got != "Shares rose." {
			t.Errorf("after SourceMark(%q): %q", in, got)
		}
	}
}

func TestWireCredit(t *testing.T) {
	for _, tt := range []struct{ agency, want string }{
		{"AP", "Associated Press"}, {"Ap", "Associated Press"}, {"Reuters", "Reuters"}, {"REUTERS", "Reuters"},
		{"DPA", "dpa"}, {"Kyodo", "Kyodo"}, {"CNN", ""}, {"BBC", ""}, {"", ""}, {"Dow Jones", ""},
	} {
		if got := WireCredit(tt.agency); got != tt.want {
			t.Errorf("WireCredit(%q) = %q, want %q", tt.agency, got, tt.want)
		}
	}
}
