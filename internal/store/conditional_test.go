package store_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/newsgist/newsgist/internal/s3test"
	"github.com/newsgist/newsgist/internal/store"
)

func etagOf(b string) string {
	sum := md5.Sum([]byte(b))
	return hex.EncodeToString(sum[:])
}

func meta(etag string) map[string]string {
	return map[string]string{"source-bucket": "drop", "source-key": "incoming/a%20b.txt", "source-etag": etag}
}

type freshFixture struct {
	srv    *s3test.Server
	fresh  store.Fresh
	puts   atomic.Int32 // PUTs to the digest bucket
	before func()       // run before the next digest PUT reaches the server
}

func newFresh(t *testing.T) *freshFixture {
	t.Helper()
	f := &freshFixture{}
	srv, err := s3test.StartWrapped(func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodPut && strings.HasPrefix(r.URL.Path, "/digests/") {
				f.puts.Add(1)
				if hook := f.before; hook != nil {
					f.before = nil
					hook()
				}
			}
			next.ServeHTTP(w, r)
		})
	}, "drop", "digests")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	f.srv = srv
	f.fresh = store.Fresh{S3: store.S3{Client: srv.Client}}
	return f
}

func (f *freshFixture) upload(t *testing.T, body string) {
	t.Helper()
	if err := (store.S3{Client: f.srv.Client}).Put(context.Background(), "drop", "incoming/a b.txt", []byte(body), "", nil); err != nil {
		t.Fatal(err)
	}
}

func (f *freshFixture) digest(t *testing.T) (string, string) {
	t.Helper()
	out, err := f.srv.Client.GetObject(context.Background(), &s3.GetObjectInput{Bucket: aws.String("digests"), Key: aws.String("summaries/a b.json")})
	if err != nil {
		return "", ""
	}
	defer out.Body.Close()
	b, _ := io.ReadAll(out.Body)
	return string(b), out.Metadata["source-etag"]
}

func TestFreshWritesTheCurrentSourcesDigest(t *testing.T) {
	f := newFresh(t)
	f.upload(t, "version one")
	if err := f.fresh.Put(context.Background(), "digests", "summaries/a b.json", []byte(`{"v":1}`), "application/json", meta(etagOf("version one"))); err != nil {
		t.Fatal(err)
	}
	if body, etag := f.digest(t); body != `{"v":1}` || etag != etagOf("version one") {
		t.Fatalf("digest %s for %s", body, etag)
	}
	// Version two is uploaded; its digest replaces the first.
	f.upload(t, "version two")
	if err := f.fresh.Put(context.Background(), "digests", "summaries/a b.json", []byte(`{"v":2}`), "application/json", meta(etagOf("version two"))); err != nil {
		t.Fatal(err)
	}
	// The first version's event arrives late (a retry, a reordered queue):
	// its digest is dropped (ErrSuperseded), the newer one stays.
	if err := f.fresh.Put(context.Background(), "digests", "summaries/a b.json", []byte(`{"v":1}`), "application/json", meta(etagOf("version one"))); !errors.Is(err, store.ErrSuperseded) {
		t.Fatalf("stale digest: err = %v, want ErrSuperseded", err)
	}
	if body, _ := f.digest(t); body != `{"v":2}` {
		t.Errorf("a stale digest won: %s", body)
	}
	// A duplicate delivery of version two writes nothing.
	n := f.puts.Load()
	if err := f.fresh.Put(context.Background(), "digests", "summaries/a b.json", []byte(`{"v":2}`), "application/json", meta(etagOf("version two"))); err != nil {
		t.Fatal(err)
	}
	if f.puts.Load() != n {
		t.Errorf("a duplicate rewrote the digest")
	}
}

// Another writer stores a digest between this one's checks and its write:
// the conditional write fails and the checks run again on what is stored.
func TestFreshLosesTheRaceSafely(t *testing.T) {
	f := newFresh(t)
	f.upload(t, "version one")
	// The interloper: version two is uploaded and its digest written just
	// before version one's digest write reaches S3.
	f.before = func() {
		f.upload(t, "version two")
		in := &s3.PutObjectInput{Bucket: aws.String("digests"), Key: aws.String("summaries/a b.json"), Body: bytes.NewReader([]byte(`{"v":2}`)), Metadata: meta(etagOf("version two"))}
		if _, err := f.srv.Client.PutObject(context.Background(), in); err != nil {
			t.Error(err)
		}
	}
	if err := f.fresh.Put(context.Background(), "digests", "summaries/a b.json", []byte(`{"v":1}`), "application/json", meta(etagOf("version one"))); !errors.Is(err, store.ErrSuperseded) {
		t.Fatalf("after losing the race to a newer source: err = %v, want ErrSuperseded", err)
	}
	if body, etag := f.digest(t); body != `{"v":2}` || etag != etagOf("version two") {
		t.Errorf("after the race: %s for %s", body, etag)
	}
	if got := f.puts.Load(); got != 2 { // the losing conditional PUT, the interloper's
		t.Errorf("%d PUTs", got)
	}
}

// Without source metadata (a local tool's write) Put is a plain write.
func TestFreshWithoutSourceMetadata(t *testing.T) {
	f := newFresh(t)
	if err := f.fresh.Put(context.Background(), "digests", "summaries/a b.json", []byte(`{}`), "application/json", nil); err != nil {
		t.Fatal(err)
	}
	if body, _ := f.digest(t); body != `{}` {
		t.Errorf("digest %q", body)
	}
}

// TestFreshWithoutSourceETag: a digest whose source ETag was never read (a
// too-large or unreadable object's rejected digest) is written, not dropped
// as if a newer upload had superseded it.
func TestFreshWithoutSourceETag(t *testing.T) {
	f := newFresh(t)
	f.upload(t, "an article")
	if err := f.fresh.Put(context.Background(), "digests", "summaries/a b.json", []byte(`{"status":"rejected"}`), "application/json", meta("")); err != nil {
		t.Fatal(err)
	}
	if body, _ := f.digest(t); body != `{"status":"rejected"}` {
		t.Errorf("digest %q, want the rejected digest written", body)
	}
}

// TestFreshWhenMissingKeysAnswer403: a role without s3:ListBucket gets 403,
// not 404, for a HEAD of a key that does not exist; the first digest of an
// article is still written.
func TestFreshWhenMissingKeysAnswer403(t *testing.T) {
	srv, err := s3test.StartWrapped(func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodHead {
				next.ServeHTTP(w, r)
				return
			}
			rec := httptest.NewRecorder()
			next.ServeHTTP(rec, r)
			if rec.Code == http.StatusNotFound {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			for k, v := range rec.Header() {
				w.Header()[k] = v
			}
			w.WriteHeader(rec.Code)
		})
	}, "drop", "digests")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	body := "an article"
	if err := (store.S3{Client: srv.Client}).Put(context.Background(), "drop", "incoming/a b.txt", []byte(body), "", nil); err != nil {
		t.Fatal(err)
	}
	fresh := store.Fresh{S3: store.S3{Client: srv.Client}}
	if err := fresh.Put(context.Background(), "digests", "summaries/a b.json", []byte(`{}`), "application/json", meta(etagOf(body))); err != nil {
		t.Fatalf("first digest not written: %v", err)
	}
	out, err := srv.Client.HeadObject(context.Background(), &s3.HeadObjectInput{Bucket: aws.String("digests"), Key: aws.String("summaries/a b.json")})
	if err != nil || out.Metadata["source-etag"] != etagOf(body) {
		t.Errorf("digest not stored: %v %v", out, err)
	}
}

// A digest of the same source made by another build (a release) replaces
// the stored one; the same build's duplicate does not.
func TestFreshRewritesAnotherBuildsDigest(t *testing.T) {
	f := newFresh(t)
	f.upload(t, "version one")
	build := func(b string) map[string]string {
		m := meta(etagOf("version one"))
		m["digest-build"] = b
		return m
	}
	for i, tt := range []struct {
		build, body string
		puts        int32
	}{
		{"r1", `{"v":"r1"}`, 1},
		{"r1", `{"v":"r1 again"}`, 1}, // duplicate: not rewritten
		{"r2", `{"v":"r2"}`, 2},       // the next release: rewritten
	} {
		if err := f.fresh.Put(context.Background(), "digests", "summaries/a b.json", []byte(tt.body), "application/json", build(tt.build)); err != nil {
			t.Fatal(err)
		}
		if got := f.puts.Load(); got != tt.puts {
			t.Errorf("step %d (build %s): %d PUTs, want %d", i, tt.build, got, tt.puts)
		}
	}
	if body, _ := f.digest(t); body != `{"v":"r2"}` {
		t.Errorf("digest %s, want the second build's", body)
	}
}
