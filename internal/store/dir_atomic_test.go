package store_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgist/newsgist/internal/store"
)

// listFiles returns every path under root (relative, slash-separated), files
// and directories alike, so a stray temporary file cannot hide.
func listFiles(t *testing.T, root string) []string {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == root {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		if d.IsDir() {
			rel += "/"
		}
		paths = append(paths, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

// A reader polling the final path while digests of different sizes are
// written over and over sees one whole digest or the other, never a mix or a
// truncated file.
func TestDirPutNeverShowsAPartialFile(t *testing.T) {
	tests := []struct {
		name string
		a, b []byte
	}{
		{"small and large", []byte(`{"v":"a"}`), bytes.Repeat([]byte("b"), 256<<10)},
		{"same size", bytes.Repeat([]byte("x"), 64<<10), bytes.Repeat([]byte("y"), 64<<10)},
		{"large and empty", bytes.Repeat([]byte("z"), 128<<10), []byte{}},
	}
	const writes = 200
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			st := store.Dir{Root: root}
			ctx := context.Background()
			key := "summaries/2026/a.json"
			if err := st.Put(ctx, "", key, tt.a, "application/json", nil); err != nil {
				t.Fatal(err)
			}
			final := filepath.Join(root, filepath.FromSlash(key))

			done, started := make(chan struct{}), make(chan struct{})
			var wg sync.WaitGroup
			var reads int
			var bad error
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-done:
						return
					default:
					}
					got, err := os.ReadFile(final)
					reads++
					if reads == 1 {
						close(started) // the writes begin only once the reader reads
					}
					if err != nil {
						bad = err
						return
					}
					if !bytes.Equal(got, tt.a) && !bytes.Equal(got, tt.b) {
						bad = fmt.Errorf("read %d bytes starting %q: neither whole body", len(got), got[:min(len(got), 20)])
						return
					}
				}
			}()
			<-started
			var putErr error
			for i := range writes {
				body := tt.a
				if i%2 == 0 {
					body = tt.b
				}
				if putErr = st.Put(ctx, "", key, body, "application/json", nil); putErr != nil {
					break
				}
			}
			close(done)
			wg.Wait()
			if putErr != nil {
				t.Fatal(putErr)
			}
			if bad != nil {
				t.Fatalf("after %d reads: %v", reads, bad)
			}
			if reads < 2 {
				t.Errorf("only %d reads: the reader never overlapped the writes", reads)
			}
			// The last write (i = writes-1, odd) was a.
			if got, _ := os.ReadFile(final); !bytes.Equal(got, tt.a) {
				t.Errorf("final content is %d bytes, want the last body (%d bytes)", len(got), len(tt.a))
			}
			if got, want := listFiles(t, root), []string{"summaries/", "summaries/2026/", "summaries/2026/a.json"}; !slices.Equal(got, want) {
				t.Errorf("files left: %q, want %q", got, want)
			}
		})
	}
}

// Put creates the directories of nested keys, replaces an existing digest
// whole (longer or shorter), leaves no temporary file behind, and makes the
// file mode 0644.
func TestDirPutWritesWholeFiles(t *testing.T) {
	long := bytes.Repeat([]byte("long digest "), 1000)
	tests := []struct {
		name   string
		bucket string
		key    string
		bodies [][]byte // written in order; the last must be read back
		files  []string // everything under the root afterwards
	}{
		{
			name:   "nested key, no bucket",
			key:    "summaries/2026/11/deep/a b.json",
			bodies: [][]byte{[]byte(`{"status":"ok"}`)},
			files:  []string{"summaries/", "summaries/2026/", "summaries/2026/11/", "summaries/2026/11/deep/", "summaries/2026/11/deep/a b.json"},
		},
		{
			name:   "nested key in a bucket",
			bucket: "out",
			key:    "summaries/x/y.json",
			bodies: [][]byte{[]byte(`{}`)},
			files:  []string{"out/", "out/summaries/", "out/summaries/x/", "out/summaries/x/y.json"},
		},
		{
			name:   "longer then shorter",
			key:    "s/a.json",
			bodies: [][]byte{long, []byte(`{"short":1}`)},
			files:  []string{"s/", "s/a.json"},
		},
		{
			name:   "shorter then longer",
			key:    "s/a.json",
			bodies: [][]byte{[]byte(`{"short":1}`), long},
			files:  []string{"s/", "s/a.json"},
		},
		{
			name:   "replaced by empty",
			key:    "a.json",
			bodies: [][]byte{long, {}},
			files:  []string{"a.json"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			st := store.Dir{Root: root}
			ctx := context.Background()
			for _, body := range tt.bodies {
				if err := st.Put(ctx, tt.bucket, tt.key, body, "application/json", nil); err != nil {
					t.Fatal(err)
				}
			}
			want := tt.bodies[len(tt.bodies)-1]
			obj, err := st.Get(ctx, tt.bucket, tt.key, 0)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(obj.Body, want) || obj.Size != int64(len(want)) {
				t.Errorf("read back %d bytes, want %d", len(obj.Body), len(want))
			}
			if got := listFiles(t, root); !slices.Equal(got, tt.files) {
				t.Errorf("files: %q, want %q", got, tt.files)
			}
			// Readable by all, like a digest written by summarise -o, not
			// the 0600 of the temporary file.
			info, err := os.Stat(filepath.Join(root, tt.bucket, filepath.FromSlash(tt.key)))
			if err != nil {
				t.Fatal(err)
			}
			if got := info.Mode().Perm() & 0o777; got != 0o644 {
				t.Errorf("mode %#o, want 0644", got)
			}
		})
	}
}

// A Put that fails for a real reason returns an error naming the path, leaves
// whatever was there untouched, and leaves no temporary file behind.
func TestDirPutFailureLeavesNoTemporaryFile(t *testing.T) {
	tests := []struct {
		name  string
		key   string
		setup func(t *testing.T, root string)
		files []string // everything under the root afterwards
	}{
		{
			// The temporary file is written, then the rename fails: the
			// cleanup path.
			name: "a directory where the file should go",
			key:  "summaries/a.json",
			setup: func(t *testing.T, root string) {
				mustMkdir(t, filepath.Join(root, "summaries", "a.json", "inner"))
			},
			files: []string{"summaries/", "summaries/a.json/", "summaries/a.json/inner/"},
		},
		{
			name: "an empty directory where the file should go",
			key:  "summaries/a.json",
			setup: func(t *testing.T, root string) {
				mustMkdir(t, filepath.Join(root, "summaries", "a.json"))
			},
			files: []string{"summaries/", "summaries/a.json/"},
		},
		{
			// Also the cleanup path, and a failure root cannot override.
			name:  "a file name too long for the file system",
			key:   "summaries/" + strings.Repeat("n", 300) + ".json",
			setup: func(t *testing.T, root string) {},
			files: []string{"summaries/"},
		},
		{
			name: "a file where a directory should go",
			key:  "summaries/2026/a.json",
			setup: func(t *testing.T, root string) {
				mustMkdir(t, filepath.Join(root, "summaries"))
				mustWrite(t, filepath.Join(root, "summaries", "2026"), "not a directory")
			},
			files: []string{"summaries/", "summaries/2026"},
		},
		{
			name: "a read-only directory",
			key:  "summaries/a.json",
			setup: func(t *testing.T, root string) {
				if os.Geteuid() == 0 {
					t.Skip("root can write into a read-only directory")
				}
				dir := filepath.Join(root, "summaries")
				mustMkdir(t, dir)
				mustWrite(t, filepath.Join(dir, "a.json"), "old")
				if err := os.Chmod(dir, 0o555); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { os.Chmod(dir, 0o755) })
			},
			files: []string{"summaries/", "summaries/a.json"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			tt.setup(t, root)
			st := store.Dir{Root: root}
			err := st.Put(context.Background(), "", tt.key, []byte(`{"new":true}`), "application/json", nil)
			if err == nil {
				t.Fatal("Put succeeded")
			}
			if want := filepath.Join(root, filepath.FromSlash(tt.key)); !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not name %s", err, want)
			}
			if got := listFiles(t, root); !slices.Equal(got, tt.files) {
				t.Errorf("files: %q, want %q", got, tt.files)
			}
		})
	}
}

func mustMkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

func mustWrite(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}
