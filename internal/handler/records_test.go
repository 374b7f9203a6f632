package handler_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/store"
)

const brief = "The council met on Tuesday. \"We will not sign a blank cheque,\" said councillor Maria Okafor. The vote is in March."

// s3Limits answers like S3 for requests that break its limits: a key over
// 1,024 bytes (KeyTooLongError) and user metadata over 2 KB
// (MetadataTooLarge); gofakes3 does not check them.
func s3Limits(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPut {
			_, key, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
			meta := 0
			for name, v := range r.Header {
				if n := strings.ToLower(name); strings.HasPrefix(n, "x-amz-meta-") {
					meta += len(n) - len("x-amz-meta-") + len(strings.Join(v, ""))
				}
			}
			switch {
			case len(key) > store.MaxKeyBytes:
				s3Error(w, http.StatusBadRequest, "KeyTooLongError", "Your key is too long")
				return
			case meta > store.MaxMetadataBytes:
				s3Error(w, http.StatusBadRequest, "MetadataTooLarge", "Your metadata headers exceed the maximum allowed metadata size.")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func s3Error(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(status)
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>`+code+`</Code><Message>`+msg+`</Message></Error>`)
}

// Three sources that the old layout gave one digest key (story.json) now
// give three digests.
func TestCollidingNamesGetThreeDigests(t *testing.T) {
	f := setup(t, separateBucket(), nil)
	f.put(t, "drop", "incoming/story.txt", []byte(brief))
	f.put(t, "drop", "incoming/story.html", []byte("<html><body><article><p>"+brief+"</p></article></body></html>"))
	f.put(t, "drop", "incoming/story", []byte(brief))
	ev := event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/story.txt"}, [2]string{"ObjectCreated:Put", "incoming/story.html"}, [2]string{"ObjectCreated:Put", "incoming/story"})
	if _, err := f.h.Handle(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"summaries/story.txt.json": "text", "summaries/story.html.json": "html", "summaries/story.json": "text"}
	if keys := f.keys(t, "digests"); len(keys) != 3 {
		t.Fatalf("digests %q, want 3", keys)
	}
	for key, format := range want {
		d, _ := f.digest(t, "digests", key)
		if d.Status != digest.StatusOK || d.Source.Format != format {
			t.Errorf("%s: status %s format %s", key, d.Status, d.Source.Format)
		}
	}
}

// Keys that S3 accepts for the article but that break its limits for the
// digest end in a stored digest without failing the invocation: no retry
// could help.
func TestKeysOverS3LimitsAreNotRetried(t *testing.T) {
	long := "incoming/" + strings.Repeat("k", 1024-len("incoming/")-4) + ".txt" // 1,024 bytes: legal
	cjk := "incoming/" + strings.Repeat("港", 230) + ".txt"                      // 703 bytes, 2,079 escaped
	if len(long) != 1024 || len(cjk) < 700 {
		t.Fatalf("key sizes %d, %d", len(long), len(cjk))
	}
	var logs bytes.Buffer
	f := setup(t, separateBucket(), s3Limits)
	f.h.Log = slog.New(slog.NewJSONHandler(&logs, nil))
	f.put(t, "drop", long, []byte(brief))
	f.put(t, "drop", cjk, []byte(brief))
	ev := event(t, "drop", [2]string{"ObjectCreated:Put", url.QueryEscape(long)}, [2]string{"ObjectCreated:Put", url.QueryEscape(cjk)})
	res, err := f.h.Handle(context.Background(), ev)
	if err != nil {
		t.Fatalf("a permanent error failed the invocation (Lambda would retry it): %v", err)
	}
	if len(res.Digests) != 2 {
		t.Fatalf("result %+v", res)
	}
	// The long key: a rejected digest under the fallback key, naming the source.
	fb := f.h.Config.FallbackKey("drop", long)
	d, _ := f.digest(t, "digests", fb)
	if d.Status != digest.StatusRejected || d.Error.Code != digest.CodeUnstorable || d.Source.Key != long || !strings.Contains(d.Error.Message, "1,024") && !strings.Contains(d.Error.Message, "1024") {
		t.Errorf("fallback digest: %s %+v source %q", d.Status, d.Error, d.Source.Key[:20])
	}
	if res.Digests[0].Digest != "digests/"+fb {
		t.Errorf("result names %q, want the fallback key", res.Digests[0].Digest)
	}
	// The CJK key: the whole digest at its own key, without the source-key
	// metadata that S3 would refuse.
	d, obj := f.digest(t, "digests", f.h.Config.OutputKey(cjk))
	if d.Status != digest.StatusOK || d.Source.Key != cjk {
		t.Errorf("CJK digest: %s %+v", d.Status, d.Error)
	}
	if _, ok := obj.Metadata["source-key"]; ok || obj.Metadata["source-etag"] == "" {
		t.Errorf("metadata %v", obj.Metadata)
	}
	for _, want := range []string{"digest stored under the fallback key", "source-key metadata omitted"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("no %q in the logs", want)
		}
	}
}

// Permanent errors from the digest bucket (access denied, no such bucket)
// are logged with the source key and do not fail the invocation; a
// transient one still does.
func TestPermanentPutErrors(t *testing.T) {
	tests := []struct {
		name, code string
		status     int
		wantErr    bool
	}{
		{"access denied", "AccessDenied", http.StatusForbidden, false},
		{"no such bucket", "NoSuchBucket", http.StatusNotFound, false},
		{"internal error", "InternalError", http.StatusInternalServerError, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var puts atomic.Int32
			deny := func(next http.Handler) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					if r.Method == http.MethodPut && strings.HasPrefix(r.URL.Path, "/digests/") {
						puts.Add(1)
						s3Error(w, tt.status, tt.code, "no")
						return
					}
					next.ServeHTTP(w, r)
				})
			}
			var logs bytes.Buffer
			f := setup(t, separateBucket(), deny)
			f.h.Log = slog.New(slog.NewJSONHandler(&logs, nil))
			f.put(t, "drop", "incoming/a.txt", []byte(brief))
			res, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"}))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if len(res.Digests) != 1 || res.Digests[0].Status != "lost" || puts.Load() != 2 {
				t.Errorf("result %+v after %d puts, want one lost digest after the key and the fallback key", res, puts.Load())
			}
			var rec map[string]any
			for line := range strings.Lines(logs.String()) {
				json.Unmarshal([]byte(line), &rec)
				if rec["level"] == "ERROR" {
					break
				}
			}
			if rec["key"] != "incoming/a.txt" || rec["error_code"] != tt.code {
				t.Errorf("last error log %v, want the source key and %s", rec, tt.code)
			}
		})
	}
}

// hangGets makes every GET of a path containing part hang until the client
// gives up, in front of the real in-memory S3 server.
func hangGets(part string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodGet && strings.Contains(r.URL.Path, part) {
				<-r.Context().Done()
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// In a 10-record event where one record's read hangs, that record runs out
// of its share of the time alone: the nine others are digested, and the
// invocation fails (so that Lambda retries the one).
func TestOneHangingRecordDoesNotStarveTheOthers(t *testing.T) {
	f := setup(t, separateBucket(), hangGets("/incoming/hangs"))
	var recs [][2]string
	for i, name := range []string{"a", "b", "hangs", "c", "d", "e", "f", "g", "h", "i"} {
		key := "incoming/" + name + ".txt"
		if i != 2 {
			f.put(t, "drop", key, []byte(brief))
		}
		recs = append(recs, [2]string{"ObjectCreated:Put", key})
	}
	f.put(t, "drop", "incoming/hangs.txt", []byte(brief))
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Second)
	defer cancel()
	start := time.Now()
	res, err := f.h.Handle(ctx, event(t, "drop", recs...))
	if err == nil || !strings.Contains(err.Error(), "hangs.txt") {
		t.Fatalf("err = %v, want the hanging record's failure", err)
	}
	if len(res.Digests) != 9 || len(f.keys(t, "digests")) != 9 {
		t.Fatalf("%d digests, want the nine healthy records: %+v", len(res.Digests), res.Digests)
	}
	if el := time.Since(start); el > 4*time.Second {
		t.Errorf("took %s, past the invocation's deadline", el)
	}
}

// An article that cannot be read for good gets an unreadable digest and
// does not fail the invocation; a throttled read still does (see
// TestTransientFaultsFailTheInvocation).
func TestPermanentReadErrorGetsAnUnreadableDigest(t *testing.T) {
	deny := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodGet && r.URL.Path == "/drop/incoming/secret.txt" {
				s3Error(w, http.StatusForbidden, "AccessDenied", "Access Denied")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
	f := setup(t, separateBucket(), deny)
	f.put(t, "drop", "incoming/secret.txt", []byte(brief))
	if _, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/secret.txt"})); err != nil {
		t.Fatalf("a permanent read error failed the invocation: %v", err)
	}
	d, _ := f.digest(t, "digests", "summaries/secret.txt.json")
	if d.Status != digest.StatusRejected || d.Error.Code != digest.CodeUnreadable || !strings.Contains(d.Error.Message, "AccessDenied") {
		t.Errorf("digest %s %+v", d.Status, d.Error)
	}
}

// In a local folder (newsgist watch), a file name that fits but whose
// digest name would not (over 255 bytes) gets its rejected digest under the
// fallback key instead of failing every pass.
func TestDirFileNameTooLongForItsDigest(t *testing.T) {
	root := t.TempDir()
	key := "incoming/" + strings.Repeat("n", 250) + ".txt" // a 254-byte file name
	st := store.Dir{Root: root}
	if err := st.Put(context.Background(), "", key, []byte(brief), "", nil); err != nil {
		t.Fatal(err)
	}
	h := &handler.Handler{Store: st, Config: handler.DefaultConfig, Log: slog.New(slog.NewJSONHandler(io.Discard, nil))}
	res, err := h.Handle(context.Background(), event(t, "", [2]string{"ObjectCreated:Put", key}))
	if err != nil {
		t.Fatalf("a name too long for the file system failed the pass: %v", err)
	}
	fb := h.Config.FallbackKey("", key)
	if len(res.Digests) != 1 || res.Digests[0].Digest != "/"+fb {
		t.Fatalf("result %+v, want the fallback key %s", res, fb)
	}
	obj, err := st.Get(context.Background(), "", fb, 0)
	if err != nil {
		t.Fatal(err)
	}
	var d digest.Digest
	if err := json.Unmarshal(obj.Body, &d); err != nil || d.Error == nil || d.Error.Code != digest.CodeUnstorable || d.Source.Key != key {
		t.Errorf("fallback digest %+v, %v", d.Error, err)
	}
}
