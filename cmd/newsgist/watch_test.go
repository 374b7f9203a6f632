package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/store"
)

// epoch is the modification time of the first version of every test file;
// later versions are given later times explicitly, so that "changed" never
// depends on the file system's clock resolution.
var epoch = time.Date(2026, 11, 3, 9, 0, 0, 0, time.UTC)

// dropFile writes root/rel (creating its folders) and sets its modification
// time to epoch plus age.
func dropFile(t *testing.T, root, rel string, body []byte, age time.Duration) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, body, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, epoch.Add(age), epoch.Add(age)); err != nil {
		t.Fatal(err)
	}
}

// newTestWatcher is the watcher that watch builds for root, with the default
// configuration and no logging.
func newTestWatcher(root string) *watcher {
	cfg := handler.DefaultConfig
	h := &handler.Handler{Store: store.Dir{Root: root}, Config: cfg, Log: slog.New(slog.DiscardHandler)}
	return &watcher{h: h, root: root, in: filepath.Join(root, "incoming"), seen: map[string]fileState{}}
}

// Each scenario runs passes of one watcher over a real folder; each step
// changes the folder, runs one pass and checks what it did.
func TestWatcherPasses(t *testing.T) {
	article, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	type step struct {
		name    string
		change  func(t *testing.T, root string) // before the pass; nil for none
		files   int                             // files handed to the handler
		fail    bool                            // the pass returns an error
		digests map[string]string               // digest (path under root) → status after the pass
		absent  []string                        // paths under root that must not exist after the pass
	}
	blockDigest := func(t *testing.T, root string) {
		// A directory where the digest should go: the store's rename fails,
		// a fault that is not the article's and goes away when the directory does.
		if err := os.MkdirAll(filepath.Join(root, "summaries", "a", "a.txt.json", "blocker"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	unblockDigest := func(t *testing.T, root string) {
		if err := os.RemoveAll(filepath.Join(root, "summaries", "a", "a.txt.json")); err != nil {
			t.Fatal(err)
		}
	}
	remove := func(rel string) func(t *testing.T, root string) {
		return func(t *testing.T, root string) {
			if err := os.Remove(filepath.Join(root, filepath.FromSlash(rel))); err != nil {
				t.Fatal(err)
			}
		}
	}
	scenarios := []struct {
		name  string
		steps []step
	}{
		{
			name: "a transient failure is retried until it succeeds",
			steps: []step{
				{
					name: "digest blocked",
					change: func(t *testing.T, root string) {
						dropFile(t, root, "incoming/a/a.txt", article, 0)
						dropFile(t, root, "incoming/b.txt", article, 0)
						blockDigest(t, root)
					},
					// b succeeds, but the pass as a whole fails.
					files: 2, fail: true,
					digests: map[string]string{"summaries/b.txt.json": "ok"},
				},
				{
					name: "still blocked: both tried again",
					// b is rewritten too, as Lambda would on a retried event.
					files: 2, fail: true,
					change:  remove("summaries/b.txt.json"),
					digests: map[string]string{"summaries/b.txt.json": "ok"},
				},
				{
					name: "unblocked", change: unblockDigest,
					files:   2,
					digests: map[string]string{"summaries/a/a.txt.json": "ok", "summaries/b.txt.json": "ok"},
				},
				{name: "done: nothing more to do", files: 0},
			},
		},
		{
			name: "a bad file gets a rejected digest once",
			steps: []step{
				{
					name: "empty and binary files",
					change: func(t *testing.T, root string) {
						dropFile(t, root, "incoming/empty.txt", nil, 0)
						dropFile(t, root, "incoming/report.pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), 0)
					},
					files:   2,
					digests: map[string]string{"summaries/empty.txt.json": "rejected", "summaries/report.pdf.json": "rejected"},
				},
				{
					// Were the files retried, the digest would come back.
					name: "not retried", change: remove("summaries/empty.txt.json"),
					files:  0,
					absent: []string{"summaries/empty.txt.json"},
				},
				{name: "still not retried", files: 0, absent: []string{"summaries/empty.txt.json"}},
			},
		},
		{
			name: "new and changed files are digested on the next pass",
			steps: []step{
				{
					// A file caught half written (here: nothing yet) is digested as it is...
					name:    "file still being written",
					change:  func(t *testing.T, root string) { dropFile(t, root, "incoming/late.txt", nil, 0) },
					files:   1,
					digests: map[string]string{"summaries/late.txt.json": "rejected"},
				},
				{
					// ...and again once the writer has finished, since its modification time moves on.
					name:    "file finished",
					change:  func(t *testing.T, root string) { dropFile(t, root, "incoming/late.txt", article, time.Second) },
					files:   1,
					digests: map[string]string{"summaries/late.txt.json": "ok"},
				},
				{
					name:    "file added later; the others are left alone",
					change:  func(t *testing.T, root string) { dropFile(t, root, "incoming/2026/new.md", article, 0) },
					files:   1,
					digests: map[string]string{"summaries/2026/new.md.json": "ok", "summaries/late.txt.json": "ok"},
				},
				{
					name: "hidden files and folders are not articles",
					change: func(t *testing.T, root string) {
						dropFile(t, root, "incoming/.upload-in-progress.txt", article, 0)
						dropFile(t, root, "incoming/.staging/draft.txt", article, 0)
					},
					files:  0,
					absent: []string{"summaries/.upload-in-progress.txt.json", "summaries/.staging/draft.txt.json"},
				},
				{
					name: "a file removed is forgotten",
					change: func(t *testing.T, root string) {
						if err := os.Remove(filepath.Join(root, "incoming/2026/new.md")); err != nil {
							t.Fatal(err)
						}
					},
					files: 0,
				},
				{
					// Put back as it was (cp -p): same modification time and size, digested again.
					name:    "a file put back is digested again",
					change:  func(t *testing.T, root string) { dropFile(t, root, "incoming/2026/new.md", article, 0) },
					files:   1,
					digests: map[string]string{"summaries/2026/new.md.json": "ok"},
				},
			},
		},
		{
			name: "a rewrite with the same modification time is noticed by its size",
			steps: []step{
				{
					name:    "empty file",
					change:  func(t *testing.T, root string) { dropFile(t, root, "incoming/a.txt", nil, 0) },
					files:   1,
					digests: map[string]string{"summaries/a.txt.json": "rejected"},
				},
				{
					// Within one tick of a coarse file system clock.
					name:    "rewritten, same modification time, different size",
					change:  func(t *testing.T, root string) { dropFile(t, root, "incoming/a.txt", article, 0) },
					files:   1,
					digests: map[string]string{"summaries/a.txt.json": "ok"},
				},
				{
					name:   "same modification time, same size: left alone",
					change: remove("summaries/a.txt.json"),
					files:  0,
					absent: []string{"summaries/a.txt.json"},
				},
			},
		},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			root := t.TempDir()
			w := newTestWatcher(root)
			for i, st := range sc.steps {
				if st.change != nil {
					st.change(t, root)
				}
				n, err := w.pass(context.Background())
				if n != st.files || (err != nil) != st.fail {
					t.Fatalf("step %d (%s): %d files, err = %v; want %d files, failure %v", i, st.name, n, err, st.files, st.fail)
				}
				checkStatuses(t, root, st.digests)
				for _, rel := range st.absent {
					if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(rel))); !os.IsNotExist(err) {
						t.Errorf("step %d (%s): %s exists (err = %v)", i, st.name, rel, err)
					}
				}
			}
		})
	}
}

// watch -once digests what is in the drop folder and returns, whether there
// is anything or not, with an error if a file failed (it will not be retried).
func TestWatchOnceExits(t *testing.T) {
	article, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		files   map[string][]byte // under root
		blocked string            // a directory made where this digest should go
		digests map[string]string
		wantErr bool
	}{
		{name: "no drop folder yet"},
		{
			name:    "good and bad files",
			files:   map[string][]byte{"incoming/a.txt": article, "incoming/x/empty.txt": nil},
			digests: map[string]string{"summaries/a.txt.json": "ok", "summaries/x/empty.txt.json": "rejected"},
		},
		{
			name:    "a file fails",
			files:   map[string][]byte{"incoming/a.txt": article, "incoming/b.txt": article},
			blocked: "summaries/a.txt.json",
			digests: map[string]string{"summaries/b.txt.json": "ok"},
			wantErr: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			for rel, body := range tt.files {
				dropFile(t, root, rel, body, 0)
			}
			if tt.blocked != "" {
				if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(tt.blocked), "blocker"), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			done := make(chan error, 1)
			go func() { done <- watch([]string{"-once", "-interval", "1h", root}) }()
			select {
			case err := <-done:
				if (err != nil) != tt.wantErr {
					t.Fatalf("err = %v, want an error: %v", err, tt.wantErr)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("watch -once did not return")
			}
			if info, err := os.Stat(filepath.Join(root, "incoming")); err != nil || !info.IsDir() {
				t.Errorf("drop folder not created: %v", err)
			}
			checkStatuses(t, root, tt.digests)
		})
	}
}
