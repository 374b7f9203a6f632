package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/pipeline"
	"github.com/newsgist/newsgist/internal/s3event"
	"github.com/newsgist/newsgist/internal/store"
)

// watch turns a local directory into the S3 drop folder: every file that
// appears (or changes) under DIR/incoming/ is digested through the same
// handler as the Lambda, into DIR/summaries/.
func watch(args []string) error {
	fset := flag.NewFlagSet("watch", flag.ContinueOnError)
	interval := fset.Duration("interval", time.Second, "how often to look for new files")
	once := fset.Bool("once", false, "digest what is there now, then exit")
	fset.Usage = func() {
		fmt.Fprintln(fset.Output(), "usage: newsgist watch [-once] [-interval 1s] DIR")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	if fset.NArg() != 1 {
		fset.Usage()
		return fmt.Errorf("want one directory")
	}
	root := fset.Arg(0)
	cfg, err := handler.ConfigFromEnv(os.Getenv)
	if err != nil {
		return err
	}
	cfg.OutputBucket = ""
	pipeline.SetMemoryLimit(os.Getenv)
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	h := &handler.Handler{Store: store.Dir{Root: root}, Config: cfg, Log: logger}
	in := filepath.Join(root, filepath.FromSlash(cfg.InputPrefix))
	if err := os.MkdirAll(in, 0o755); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	w := &watcher{h: h, root: root, in: in, seen: map[string]fileState{}}
	logger.Info("watching", "folder", in, "digests", filepath.Join(root, filepath.FromSlash(cfg.OutputPrefix)))
	for {
		if _, err := w.pass(ctx); err != nil {
			if *once {
				// No next pass: the caller must learn that files failed.
				return fmt.Errorf("some files could not be digested: %w", err)
			}
			logger.Error("some files failed; they will be tried again", "error", err)
		}
		if *once {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(*interval):
		}
	}
}

// watcher digests the files of a drop folder, one pass at a time.
type watcher struct {
	h    *handler.Handler
	root string               // the store's root: keys are paths relative to it
	in   string               // the drop folder, under root
	seen map[string]fileState // key → the file when last handed to h
}

// fileState is what a pass remembers of a file to tell whether it changed:
// its modification time alone misses a rewrite within the same clock tick
// of the file system, so its size is compared too.
type fileState struct {
	mod  time.Time
	size int64
}

// pass digests the files under w.in that are new or changed since the last
// pass and returns how many it handed to the handler. Rejected articles get a
// rejected digest and count as done. If the handler fails (a transient fault
// on any file), every file of the pass is forgotten so that the next pass
// tries them all again, as Lambda retries a whole event.
func (w *watcher) pass(ctx context.Context) (int, error) {
	n := newFiles(w.root, w.in, w.seen)
	if len(n.Records) == 0 {
		return 0, nil
	}
	if _, err := w.h.HandleNotification(ctx, n); err != nil {
		for _, r := range n.Records {
			delete(w.seen, r.S3.Object.URLDecodedKey)
		}
		return len(n.Records), err
	}
	return len(n.Records), nil
}

// newFiles builds an S3 notification for files under in that are new or
// changed (in modification time or size) since the last look, as S3 would
// for uploads to the drop folder.
//
// Hidden files and folders (".upload-in-progress.txt", ".staging/") are not
// articles. A file that has gone is forgotten, so one put back later (even
// with the same modification time and size) is digested again.
func newFiles(root, in string, seen map[string]fileState) s3event.Notification {
	var n s3event.Notification
	present := map[string]bool{}
	defer func() {
		for key := range seen {
			if !present[key] {
				delete(seen, key)
			}
		}
	}()
	filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && path != in {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return nil
		}
		key := filepath.ToSlash(rel)
		present[key] = true
		now := fileState{mod: info.ModTime(), size: info.Size()}
		if last, ok := seen[key]; ok && last.mod.Equal(now.mod) && last.size == now.size {
			return nil
		}
		seen[key] = now
		n.Records = append(n.Records, events.S3EventRecord{
			EventName: "ObjectCreated:Put",
			S3: events.S3Entity{
				Object: events.S3Object{Key: url.QueryEscape(key), URLDecodedKey: key, Size: info.Size()},
			},
		})
		return nil
	})
	return n
}
