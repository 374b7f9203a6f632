package pipeline

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsgist/newsgist/internal/digest"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json from the current code (review the diff)")

// articles lists the test articles: every file directly in testdata/.
func articles(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		t.Fatal("no test articles")
	}
	return names
}

func goldenPath(name string) string {
	return filepath.Join("../../testdata/golden", strings.TrimSuffix(name, filepath.Ext(name))+".json")
}

func digestFile(t *testing.T, name string) (digest.Digest, []byte) {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("../../testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	d := Digest(body, digest.Source{Key: "incoming/" + name, Size: int64(len(body))}, DefaultOptions)
	out, err := digest.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return d, out
}

// TestGolden compares the digest of every test article with its golden file.
// After an intended change, run `go test ./internal/pipeline -update` and
// review the diff of testdata/golden before committing it.
func TestGolden(t *testing.T) {
	for _, name := range articles(t) {
		t.Run(name, func(t *testing.T) {
			_, got := digestFile(t, name)
			path := goldenPath(name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("no golden digest (run go test ./internal/pipeline -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("digest differs from %s (run with -update and review the diff)\n%s", path, firstDifference(string(want), string(got)))
			}
		})
	}
}

func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			return "line " + itoa(i+1) + ":\n  want " + wl[i] + "\n  got  " + gl[i]
		}
	}
	return "lengths differ"
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// TestDigestsAreDeterministic: the same input gives the same bytes.
func TestDigestsAreDeterministic(t *testing.T) {
	for _, name := range articles(t) {
		_, a := digestFile(t, name)
		_, b := digestFile(t, name)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs gave different digests", name)
		}
	}
}

// TestGoldenFilesMatchTheSchema validates every golden digest, and a
// rejected one, against the published JSON Schema.
func TestGoldenFilesMatchTheSchema(t *testing.T) {
	schemaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(digest.JSONSchema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/golden/*.json")
	if len(files) < len(articles(t)) {
		t.Errorf("%d golden files for %d articles", len(files), len(articles(t)))
	}
	rejected, _ := digest.Marshal(digest.Rejected(digest.Source{Key: "incoming/a.pdf"}, digest.CodeBinary, "a PDF document"))
	docs := map[string][]byte{"rejected": rejected}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[f] = b
	}
	for name, b := range docs {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("%s does not match the schema: %v", name, err)
		}
	}
}

// TestOffsetsPointIntoTheText checks every summary line and quote against
// article.text, counting code points as the schema says.
func TestOffsetsPointIntoTheText(t *testing.T) {
	for _, name := range articles(t) {
		d, _ := digestFile(t, name)
		if d.Article == nil {
			continue
		}
		runes := []rune(d.Article.Text)
		for _, s := range d.Summary {
			if s.Start < 0 || s.End > len(runes) || s.Start >= s.End {
				t.Errorf("%s: summary offsets %d-%d out of range", name, s.Start, s.End)
				continue
			}
			if got := string(runes[s.Start:s.End]); got != s.Text {
				t.Errorf("%s: text[%d:%d] = %q, summary line is %q", name, s.Start, s.End, got, s.Text)
			}
		}
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(runes) || q.Start >= q.End {
				t.Errorf("%s: quote offsets %d-%d out of range", name, q.Start, q.End)
				continue
			}
			span := string(runes[q.Start:q.End])
			first := strings.Fields(q.Text)[0]
			if !strings.Contains(span, first) {
				t.Errorf("%s: text[%d:%d] = %q does not hold quote %q", name, q.Start, q.End, span, q.Text)
			}
		}
	}
}

// TestSpeakersAreEntities: a quote's speaker that is a name (capitalised
// words, no possessive) is the same string as a person or organisation in
// the digest's entities, so one referent has one name across the digest.
func TestSpeakersAreEntities(t *testing.T) {
	named := 0
	for _, name := range articles(t) {
		d, _ := digestFile(t, name)
		listed := map[string]bool{}
		for _, n := range append(append([]string(nil), d.Entities.People...), d.Entities.Organisations...) {
			listed[n] = true
		}
		for _, q := range d.Quotes {
			if !isName(q.Speaker) {
				continue
			}
			named++
			if !listed[q.Speaker] {
				t.Errorf("%s: speaker %q of %q is not among the entities %q / %q", name, q.Speaker, q.Text, d.Entities.People, d.Entities.Organisations)
			}
		}
	}
	if named < 10 {
		t.Errorf("only %d named speakers in testdata: the test checks too little", named)
	}
}

// isName: two or more words, each capitalised, and no possessive ("Robert
// Gates", not "a Russian official" or "Swift's rep").
func isName(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 || strings.ContainsAny(s, "'’") {
		return false
	}
	for _, x := range w {
		if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
