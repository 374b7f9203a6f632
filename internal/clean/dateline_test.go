package clean

import (
	"strings"
	"testing"
)

// datelineForms are the wire datelines cleaning reads at the head of a
// story's first paragraph (nlp.LineDateline), with the agency a plain-text
// story is credited to and the byline an HTML page gets (a wire service's
// name, nothing for a paper or network).
var datelineForms = []struct {
	name, head, agency, credit string
}{
	{"agency", "LONDON (Reuters) - ", "Reuters", "Reuters"},
	{"date", "WASHINGTON, June 3 (AP) — ", "AP", "Associated Press"},
	{"place only", "PARIS — ", "", ""},
	{"region", "HALIFAX, Nova Scotia (AP) — ", "AP", "Associated Press"},
	{"dots", "ST. PAUL, Minn. (AP) — ", "AP", "Associated Press"},
	{"apostrophe", "COX'S BAZAR, Bangladesh (AFP) — ", "AFP", "AFP"},
	{"hyphen, en dash", "WINSTON-SALEM, N.C. (AP) – ", "AP", "Associated Press"},
	{"capitals beyond ASCII", "SÃO PAULO (Reuters) - ", "Reuters", "Reuters"},
	{"region beyond ASCII", "BOGOTÁ, Colômbia (EFE) — ", "EFE", "EFE"},
	{"full month", "GENEVA, September 12 (Reuters) - ", "Reuters", "Reuters"},
	{"region with of", "KINSHASA, Democratic Republic of Congo (Reuters) - ", "Reuters", "Reuters"},
	{"region with and", "PORT OF SPAIN, Trinidad and Tobago (AP) — ", "AP", "Associated Press"},
	{"no space before the dash", "BERLIN (dpa)— ", "dpa", "dpa"},
	{"double hyphen", "MANILA (AP) -- ", "AP", "Associated Press"},
	{"ampersand, no wire", "NEW YORK (Dow Jones & Co) — ", "Dow Jones & Co", ""},
	{"region and date", "SANTA FE, N.M., Jan. 9 (UPI) — ", "UPI", "UPI"},
	{"network", "ATLANTA (CNN) — ", "CNN", ""},
	// not datelines: no credit
	{"title case", "Washington (AP) — ", "", ""},
	{"date, no place", "Dec 29 (Reuters) - ", "", ""},
	{"a year in brackets", "MADRID (2019) — ", "", ""},
	{"no dash", "LONDON (Reuters) ", "", ""},
}

const datelineLede = "Harbour officials said on Tuesday that the three ports would stay closed until the storm had moved out to sea."

// TestDatelineForms: an unsigned story whose first paragraph opens with a
// dateline is credited to its agency (plain text) or to the wire service
// (HTML), and the dateline stays in the text.
func TestDatelineForms(t *testing.T) {
	for _, tt := range datelineForms {
		t.Run(tt.name, func(t *testing.T) {
			first := tt.head + datelineLede
			txt := mustClean(t, []byte("Storm closes ports\n\n"+first+"\n\nShipping companies said the delays would cost them several million dollars a day."), "storm.txt", "")
			if txt.Byline != tt.agency {
				t.Errorf("text: Byline = %q, want %q", txt.Byline, tt.agency)
			}
			if !strings.HasPrefix(txt.Text, first) {
				t.Errorf("text: Text = %q", txt.Text)
			}
			page := `<html><head><title>Storm closes ports</title></head><body><article><h1>Storm closes ports</h1>
<p>` + first + `</p>
<p>The port authority said the ports would reopen once the winds dropped below gale force, probably on Thursday.</p>
<p>Shipping companies said the delays would cost them several million dollars a day.</p></article></body></html>`
			h := mustClean(t, []byte(page), "storm.html", "")
			if h.Byline != tt.credit {
				t.Errorf("HTML: Byline = %q, want %q", h.Byline, tt.credit)
			}
			if !strings.HasPrefix(h.Text, first) {
				t.Errorf("HTML: Text = %q", h.Text)
			}
		})
	}
}

// TestHardWrappedDateline: in hard-wrapped text a line that opens with a
// dateline starts a paragraph, even after a long line; a line that opens
// with capitals and a dash but no place does not.
func TestHardWrappedDateline(t *testing.T) {
	note := "Editor's note: this story was updated on Tuesday evening with new figures\n" +
		"from the port authority and a comment from the office of the harbour master.\n"
	rest := "Harbour officials said on Tuesday that the three ports would stay closed\n" +
		"until the storm had moved out to sea, stranding dozens of cargo ships that\n" +
		"had been waiting offshore since the weekend for a berth in the harbour.\n"
	tests := []struct {
		name, head string
		split      bool
	}{
		{"agency", "HALIFAX, Nova Scotia (AP) — ", true},
		{"place only", "PARIS — ", true},
		{"capitals beyond ASCII", "SÃO PAULO (Reuters) - ", true},
		{"full month", "GENEVA, September 12 (Reuters) - ", true},
		{"two letters", "US — ", false},
		{"title case", "Washington (AP) — ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustClean(t, []byte(note+tt.head+rest), "storm.txt", "")
			if got := strings.Contains(a.Text, "\n\n"+tt.head); got != tt.split {
				t.Errorf("paragraph starts at %q: %v, want %v; Text = %q", tt.head, got, tt.split, a.Text)
			}
		})
	}
}
