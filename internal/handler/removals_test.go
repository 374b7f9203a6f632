package handler_test

import (
	"context"
	"net/http"
	"slices"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/store"
)

func TestDeletedArticlesLoseTheirDigests(t *testing.T) {
	tests := []struct {
		name      string
		on        bool
		reupload  bool // the article is uploaded again before the deletion's event arrives
		wantAfter []string
	}{
		{"on", true, false, nil},
		{"on, uploaded again since", true, true, []string{handler.DefaultConfig.OutputKey("incoming/a b.txt")}},
		{"off", false, false, []string{handler.DefaultConfig.OutputKey("incoming/a b.txt")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := setup(t, separateBucket(), nil)
			f.h.Store = store.Fresh{S3: f.h.Store.(store.S3)}
			f.h.DeleteDigests = tt.on
			f.put(t, "drop", "incoming/a b.txt", []byte(article))
			if _, err := f.h.Invoke(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a+b.txt"})); err != nil {
				t.Fatal(err)
			}
			if _, err := f.srv.Client.DeleteObject(context.Background(), &s3.DeleteObjectInput{Bucket: aws.String("drop"), Key: aws.String("incoming/a b.txt")}); err != nil {
				t.Fatal(err)
			}
			if tt.reupload {
				f.put(t, "drop", "incoming/a b.txt", []byte(article+" Updated."))
			}
			if _, err := f.h.Invoke(context.Background(), event(t, "drop", [2]string{"ObjectRemoved:Delete", "incoming/a+b.txt"})); err != nil {
				t.Fatal(err)
			}
			if got := f.keys(t, "digests"); !slices.Equal(got, tt.wantAfter) {
				t.Errorf("digests after the deletion: %v, want %v", got, tt.wantAfter)
			}
		})
	}
}

func TestDeleteDigestsNeedsAStoreThatCan(t *testing.T) {
	f := setup(t, separateBucket(), nil)
	f.h.DeleteDigests = true // with the plain store.S3
	if _, err := f.h.Invoke(context.Background(), event(t, "drop", [2]string{"ObjectRemoved:Delete", "incoming/a.txt"})); err == nil {
		t.Error("no error")
	}
}

// An article uploaded again while its first version is being digested: the
// first digest is not written (the second upload's event writes its own),
// and the record says so instead of claiming a digest was written.
func TestSupersededDigestIsReportedNotWritten(t *testing.T) {
	var f fixture
	reupload := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(w, r)
			if r.Method == http.MethodGet && r.URL.Path == "/drop/incoming/a.txt" {
				f.put(t, "drop", "incoming/a.txt", []byte(article+" Updated."))
			}
		})
	}
	f = setup(t, separateBucket(), reupload)
	f.h.Store = store.Fresh{S3: f.h.Store.(store.S3)}
	f.put(t, "drop", "incoming/a.txt", []byte(article))
	res, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Digests) != 1 || res.Digests[0].Status != handler.StatusSuperseded || res.Digests[0].Digest != "" {
		t.Errorf("result %+v, want one superseded record with no digest", res.Digests)
	}
	if got := f.keys(t, "digests"); len(got) != 0 {
		t.Errorf("digests %v, want none", got)
	}
}

// Every digest names the build that made it, so that store.Fresh rewrites
// it after a release.
func TestDigestNamesItsBuild(t *testing.T) {
	f := setup(t, separateBucket(), nil)
	f.put(t, "drop", "incoming/a.txt", []byte(article))
	if _, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"})); err != nil {
		t.Fatal(err)
	}
	out, err := f.srv.Client.HeadObject(context.Background(), &s3.HeadObjectInput{Bucket: aws.String("digests"), Key: aws.String(handler.DefaultConfig.OutputKey("incoming/a.txt"))})
	if err != nil {
		t.Fatal(err)
	}
	if got := out.Metadata["digest-build"]; got == "" || got != handler.BuildID() {
		t.Errorf("digest-build metadata %q, want %q", got, handler.BuildID())
	}
}
