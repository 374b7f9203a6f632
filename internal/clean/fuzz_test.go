package clean

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// FuzzClean checks that Clean never panics and that what it returns is
// well formed. Run it locally: go test ./internal/clean -run '^$' -fuzz FuzzClean -fuzztime 60s
func FuzzClean(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
			f.Add(b, filepath.Base(p), "")
		}
	}
	for _, s := range []string{"", "<p>x</p>", `{"body":"x"}`, "# T\n\nx", "%PDF-1.4", "\xff\xfe<\x00p\x00>\x00", "â€™Ã©", "By A\nLONDON (R) - x"} {
		f.Add([]byte(s), "a.txt", "text/plain; charset=windows-1252")
	}
	f.Add(gz("<p>hello</p>"), "a.html.gz", "")
	f.Fuzz(func(t *testing.T, body []byte, name, ct string) {
		a, err := Clean(body, name, ct)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if a.Text == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Byline) {
			t.Fatalf("malformed article %+v", a)
		}
		switch a.Format {
		case "text", "html", "markdown", "json":
		default:
			t.Fatalf("format %q", a.Format)
		}
	})
}
