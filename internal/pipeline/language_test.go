package pipeline

import (
	"os"
	"slices"
	"testing"

	"github.com/newsgist/newsgist/internal/digest"
)

// TestEnglishOnlyStages: on text known to be in another language the
// stages with English rules are not run and the digest names them; on
// English text (or text whose language is unknown) they run and the field
// is absent.
func TestEnglishOnlyStages(t *testing.T) {
	tests := []struct {
		file    string
		skipped []string
	}{
		{"heizkosten-german.html", digest.StagesEnglishOnly},
		{"stadium-vote-kicker-header.html", nil},
		{"gates-missile-shield.txt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body, err := os.ReadFile("../../testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			d := Digest(body, digest.Source{Key: "incoming/" + tt.file}, DefaultOptions)
			if d.Status != digest.StatusOK {
				t.Fatalf("status %s: %+v", d.Status, d.Error)
			}
			if got := d.Article.EnglishOnlyStages; !slices.Equal(got, tt.skipped) {
				t.Fatalf("english_only_stages = %q, want %q", got, tt.skipped)
			}
			if len(d.Summary) == 0 {
				t.Error("no summary: the summary does not depend on the language")
			}
			if tt.skipped != nil {
				if d.Headline != "" || len(d.Quotes) != 0 || len(d.Entities.People)+len(d.Entities.Places)+len(d.Entities.Organisations) != 0 {
					t.Errorf("English-rule output on %s text: headline %q, %d quotes, entities %+v", d.Article.Language, d.Headline, len(d.Quotes), d.Entities)
				}
			} else if d.Headline == "" {
				t.Error("no headline on English text")
			}
		})
	}
}
