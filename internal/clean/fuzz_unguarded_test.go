package clean

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzCleanUnguarded fuzzes clean, the function under Clean's recover:
// Clean turns a panic into a no_text rejection, which would hide it from
// FuzzClean; here a panic fails the run and leaves a crasher. Run it:
// go test ./internal/clean -run '^$' -fuzz FuzzCleanUnguarded -fuzztime 60s
func FuzzCleanUnguarded(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*.*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
			f.Add(b, filepath.Base(p), "")
		}
	}
	for _, s := range []string{
		"<b><i>x</b></i><p><a>y</p></a>", "<table><tr><td><p>x</table>", "\"\"\"\"",
		"T\x00h\x00e\x00 \x00c\x00a\x00t\x00.\x00", "<html><head><meta charset=utf-16></head><body><p>x",
		"# T\n\n> q\n\n```\ncode\n```", `{"articleBody":"<p>x</p>","headline":"T"}`, "By A B\nLONDON, May 1 (Reuters) - x",
	} {
		f.Add([]byte(s), "a.html", "")
	}
	f.Add(gz("<p>hello</p>"), "a.html.gz", "")
	f.Fuzz(func(t *testing.T, body []byte, name, ct string) {
		a, err := clean(body, name, ct, 0)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if a.Text == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Byline) {
			t.Fatalf("malformed article %+v", a)
		}
	})
}
