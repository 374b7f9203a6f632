package pipeline

import (
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/clean"
	"github.com/newsgist/newsgist/internal/digest"
)

// FuzzDigest runs the whole pipeline on arbitrary bytes: every input gives
// a digest (ok or rejected) that encodes, and nothing panics, in the
// cleaner (whose recover is seen through its message) or after it.
func FuzzDigest(f *testing.F) {
	f.Add([]byte("Mr Gates met Vladimir Putin. \"We invite Russia,\" he said. \"Join us.\""), "a.txt")
	f.Add([]byte("<html><body><h1>Title</h1><p>By Jane Doe</p><p>\"Hello,\" she said.</p></body></html>"), "a.html")
	f.Add([]byte("# Heading\n\n* item\n\nText with **bold** and a [link](http://x)."), "a.md")
	f.Add([]byte(`{"title":"T","body":"Body text. \"Quote,\" said A B."}`), "a.json")
	f.Add([]byte("\xff\xfeH\x00i\x00"), "u16.txt")
	f.Fuzz(func(t *testing.T, body []byte, name string) {
		d := Digest(body, digest.Source{Key: name}, DefaultOptions)
		if d.Status != digest.StatusOK && d.Status != digest.StatusRejected {
			t.Fatalf("status %q", d.Status)
		}
		// clean.Clean recovers from a panic as a no_text rejection: surface it.
		if d.Error != nil && strings.HasPrefix(d.Error.Message, clean.InternalErrorMessage) {
			t.Fatalf("the cleaner panicked: %s", d.Error.Message)
		}
		if _, err := digest.Marshal(d); err != nil {
			t.Fatal(err)
		}
	})
}
