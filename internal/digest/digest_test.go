package digest

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestOffsetsMatchRuneCount(t *testing.T) {
	texts := []string{
		"",
		"plain ascii",
		"Zoë said “ça va” — é",
		strings.Repeat("aé€😀", 700), // crosses many index blocks, mid-rune block edges
	}
	for _, text := range texts {
		o := NewOffsets(text)
		for b := 0; b <= len(text); b++ {
			if !utf8.RuneStart(safeByte(text, b)) {
				continue
			}
			if got, want := o.Rune(b), utf8.RuneCountInString(text[:b]); got != want {
				t.Fatalf("len %d: Rune(%d) = %d, want %d", len(text), b, got, want)
			}
		}
		if got := o.Rune(len(text) + 10); got != utf8.RuneCountInString(text) {
			t.Errorf("past the end: %d", got)
		}
	}
}

func safeByte(s string, i int) byte {
	if i >= len(s) {
		return 'x'
	}
	return s[i]
}

func TestRejectedHasEmptyListsNotNull(t *testing.T) {
	b, err := Marshal(Rejected(Source{Key: "incoming/a.pdf"}, CodeBinary, "a PDF document, not an article"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"status": "rejected"`, `"code": "binary"`, `"summary": []`, `"quotes": []`, `"people": []`, `"article": null`} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %s in\n%s", want, s)
		}
	}
}

// TestCodesMatchSchema: the error codes the code can write are exactly the
// schema's enum, in its order.
func TestCodesMatchSchema(t *testing.T) {
	var s struct {
		Properties struct {
			Error struct {
				Properties struct {
					Code struct {
						Enum []string `json:"enum"`
					} `json:"code"`
				} `json:"properties"`
			} `json:"error"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(JSONSchema, &s); err != nil {
		t.Fatal(err)
	}
	if got := s.Properties.Error.Properties.Code.Enum; !slices.Equal(got, Codes) {
		t.Errorf("schema.json error codes %q, digest.Codes %q", got, Codes)
	}
}
