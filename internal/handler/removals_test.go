package handler_test

import (
	"context"
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
