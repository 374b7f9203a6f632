package credit

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLabel(t *testing.T) {
	tests := []struct {
		in    string
		label string // the prefix Label reads as the label; "" for none
	}{
		// a preposition, in several languages and cases
		{"By Mara Lindqvist", "By "},
		{"BY MARA LINDQVIST", "BY "},
		{"by staff", "by "},
		{"By", "By"},
		{"By: Owen Tarrant", "By: "},
		{"By : Owen Tarrant", "By : "},
		{"By:Owen Tarrant", "By:"},
		{"Von Hans Keller", "Von "},
		{"von Hans Keller", "von "},
		{"Por Lucía Ferrer", "Por "},
		{"Par Jeanne Morel", "Par "},
		{"di Marco Bellini", "di "},
		{"de Ana Ribeiro", "de "},
		{"Von", "Von"},
		{"Von: redaktion", "Von: "},
		{"Por 山田太郎", "Por "},
		// after a verb or a noun
		{"Written by Ruth Okafor", "Written by "},
		{"Posted by admin", "Posted by "},
		{"Words by Isla Brennan", "Words by "},
		{"Story by Dev Raman", "Story by "},
		{"Reporting by Tom Reyes", "Reporting by "},
		{"Report by Tom Reyes", "Report by "},
		{"Analysis by Dana Price, Senior Editor", "Analysis by "},
		{"Commentary by Lee Park", "Commentary by "},
		{"Text by Ana Lima", "Text by "},
		{"Compiled by Desk Staff", "Compiled by "},
		{"Researched by Ola Berg", "Researched by "},
		{"Interview by Sam Ode", "Interview by "},
		{"Updated by Web Team", "Updated by "},
		{"Publicado por: Ana Lima", "Publicado por: "},
		{"publicada por Rita Gomes", "publicada por "},
		{"Escrito por Juan Peña", "Escrito por "},
		{"escrita por Marta Ruiz", "escrita por "},
		{"Scritto da Paolo Verdi", "Scritto da "},
		{"Geschrieben von Jana Roth", "Geschrieben von "},
		// a dated verb, a date and "by"
		{"Posted on November 19, 2019 by siteadmin", "Posted on November 19, 2019 by "},
		{"Published 3 May 2024, 9:15 am by Lena Fors", "Published 3 May 2024, 9:15 am by "},
		{"Updated: 14.06.2024 BY Desk", "Updated: 14.06.2024 BY "},
		// a field name and a colon
		{"Author: Ana Lima", "Author: "},
		{"AUTHOR : Ana Lima", "AUTHOR : "},
		{"Autor: Jan Nowak", "Autor: "},
		{"Byline: Kim Soo", "Byline: "},
		// separators before the label
		{"| By Jill Marsh", "| By "},
		{"— By Jill Marsh", "— By "},
		{" • Von Hans Keller", " • Von "},
		{"/ By Jill Marsh", "/ By "},
		// no label
		{"", ""},
		{"Byron Kessler said the vote would wait", ""},
		{"Bylines are hard", ""},
		{"By-election called in Northfield", ""},
		{"By, the river", ""},
		{"Von der Leyen spoke on Monday", ""},
		{"por favor", ""},
		{"Par exemple", ""},
		{"Di Maio resigned", ""},
		{"De Souza scored twice", ""},
		{"Da Silva said", ""},
		{"Posted on November 19, 2019", ""},
		{"Posted on November 19, 2019 | by admin", ""},
		{"Published on a long and winding road past the old mill, which stood by the river", ""},
		{"Written to the council", ""},
		{"Author", ""},
		{"Authors say", ""},
		{"Posted: 3 May 2024", ""},
		{"Reporting from Kyiv", ""},
		{"The council met by the river", ""},
		{"14 June 2024", ""},
		{"Share this article", ""},
	}
	for _, tt := range tests {
		if got := Label(tt.in); got != len(tt.label) || tt.in[:got] != tt.label {
			t.Errorf("Label(%q) = %d (%q), want %q", tt.in, got, tt.in[:got], tt.label)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"By Mara Lindqvist", true},
		{"BY MARA LINDQVIST", true},
		{"Written by Ruth Okafor", true},
		{"Words by Isla Brennan", true},
		{"Story by Dev Raman", true},
		{"Reporting by Tom Reyes", true},
		{"Author: Ana Lima", true},
		{"By Jane O'Hara-Blythe", true},
		{"By J.R. Tolliver", true},
		{"By Ana de Souza", true},
		{"By Pieter van der Berg", true},
		{"By Lisa Marr, Owen Daly and Ruth Kaye", true},
		{"By Lisa Marr & Owen Daly", true},
		{"By Jane Doe, staff writer", true},
		{"By Jane Doe, Staff Writer, Northfield Courier", true},
		{"Von Hans Keller", true},
		{"Posted on May 3, 2024 by Lena Fors", true},
		{"By Jane Doe  ", true},
		// not a byline alone
		{"By", false},
		{"By ", false},
		{"By admin", false},
		{"By the end of the year, prices rose", false},
		{"By Jane Doe | 14 June 2024", false},
		{"By Jane Doe, 14 June 2024", false},
		{"By Jane Doe,", false},
		{"By Jane Doe and", false},
		{"By A B C D E F G H I J", false},
		{"By Jane Doe, a reporter who has covered the city council for a great many years", false},
		{"By de Souza", false},
		{"Jane Doe", false},
		{"Byron Kessler", false},
	}
	for _, tt := range tests {
		if got := Byline(tt.in); got != tt.want {
			t.Errorf("Byline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"By Jane Doe", true},
		{"by Jane Doe", true},
		{"By Jane Doe and Tom Reyes, Associated Press", true},
		{"Posted by admin on the forum", true},
		{"By the end of the year, prices had doubled", true}, // a short paragraph opening "By" reads as a credit
		{"5:45 AM PST 11/19/2019 by Jane Doe", true},
		{"Updated 10:32 GMT, 4 June 2024 — by Omar Haddad", true},
		{"Associated Press writers Tom Reyes and Ana Lima contributed to this report.", true},
		{"Jane Doe contributed reporting from Lagos. Ana Lima contributed to this story.", true},
		{"Contributed to this report: nobody", false}, // no lower-case "contributed"
		{"Von der Leyen said the plan would pass.", false},
		{"The council met at 9 am and voted by a show of hands.", true}, // short, a digit, "by" inside
		{"The council voted 7-2 by", false},                             // "by" is the last word
		{"The council voted 7-2 on Tuesday.", false},
		{"Jane Doe wrote about the vote.", false},
		{"", false},
		{"By Jane Doe. " + longText, false},
	}
	for _, tt := range tests {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

const longText = "The council met on Tuesday to vote on the budget for the coming year, and after a long debate about the roads and the schools the members agreed to raise the rates by two per cent."

func TestContributor(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Tom Reyes contributed reporting.", true},
		{"Ana Lima in Lisbon contributed to this story.", true},
		{"She contributed to the fund.", false},
		{"The report was released on Monday.", false},
	} {
		if got := Contributor(tt.in); got != tt.want {
			t.Errorf("Contributor(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzLabel checks that the recogniser never panics, that a label ends on
// a rune boundary inside s and is a label on its own, and that a Byline
// opens with a Label.
func FuzzLabel(f *testing.F) {
	for _, s := range []string{"By Jane Doe", "Posted on May 3, 2024 by admin", "Von Hans", "Author: Ana", "— by", "5:45 AM by Jo", "di Marco", "Publicado por: Ana", "By Ana de Souza, Staff", "by\xffx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Label(s)
		if n < 0 || n > len(s) || !utf8.ValidString(s[n:]) && utf8.ValidString(s) {
			t.Fatalf("Label(%q) = %d", s, n)
		}
		if n > 0 && Label(s[:n]) != n {
			t.Fatalf("Label(%q) = %d, but Label(%q) = %d", s, n, s[:n], Label(s[:n]))
		}
		if Byline(s) && n == 0 {
			t.Fatalf("Byline(%q) without a Label", s)
		}
		Line(s)
	})
}

// TestLabelKinds checks that every word of lexicon.CreditLabels has a
// kind the grammar reads, so that none is listed in vain.
func TestLabelKinds(t *testing.T) {
	known := map[string]bool{kindBy: true, kindName: true, kindLower: true, kindVerb: true, kindDated: true, kindField: true}
	seen := map[string]bool{}
	for w, k := range labels().kinds {
		if !known[k] {
			t.Errorf("credit-labels.txt: %q has kind %q", w, k)
		}
		seen[k] = true
	}
	for k := range known {
		if !seen[k] {
			t.Errorf("credit-labels.txt: no word of kind %q", k)
		}
	}
}

// oldEntitiesCredit is the credit-line test entities had before Line,
// on words split at spaces: a paragraph of at most 15 words opening with
// "By"; one of at most 40 words with "contributed" and "report" or
// "story"; one of at most 15 words with a digit and "by" before its last
// word.
func oldEntitiesCredit(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 {
		return false
	}
	if len(words) <= 15 && (words[0] == "By" || words[0] == "by") {
		return true
	}
	if strings.Contains(p, "contributed") && (strings.Contains(p, "report") || strings.Contains(p, "story")) && len(words) <= 40 {
		return true
	}
	if len(words) <= 15 && strings.ContainsAny(p, "0123456789") {
		for _, w := range words[:len(words)-1] {
			if w == "by" || w == "By" {
				return true
			}
		}
	}
	return false
}

// TestLineKeepsEntitiesForms checks that every paragraph entities read
// as a credit line before Line still is one.
func TestLineKeepsEntitiesForms(t *testing.T) {
	paras := []string{
		"By Jane Doe",
		"by Jane Doe and Tom Reyes, Associated Press",
		"By the end of the year, prices had doubled",
		"By JANE DOE | 14 June 2024",
		"5:45 AM PST 11/19/2019 by Jane Doe",
		"Updated 10:32 GMT, 4 June 2024 by Omar Haddad",
		"June 4, 2024 — by the Northfield desk",
		"Associated Press writers Tom Reyes and Ana Lima contributed to this report.",
		"Ana Lima in Lisbon contributed to this story.",
		"Tom Reyes contributed reporting from Lagos, where the council met on Tuesday to vote on the harbour plan and its budget.",
		"The council met at 9 am and voted by a show of hands.",
		"The council voted 7-2 by",
		"Jane Doe wrote about the vote.",
		"Von der Leyen said the plan would pass.",
	}
	for _, p := range paras {
		if oldEntitiesCredit(p) && !Line(p) {
			t.Errorf("Line(%q) = false; entities read it as a credit line before", p)
		}
	}
}
