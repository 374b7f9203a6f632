package store_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/newsgist/newsgist/internal/s3test"
	"github.com/newsgist/newsgist/internal/store"
)

// Each store passes the same contract checks.
func TestStores(t *testing.T) {
	srv, err := s3test.Start("drop")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	stores := map[string]store.Store{
		"s3":  store.S3{Client: srv.Client},
		"dir": store.Dir{Root: t.TempDir()},
	}
	for name, st := range stores {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			bucket := "drop"
			body := []byte("Naïve café article “quoted”.\n")
			key := "incoming/2026/11/My Article(2).txt"
			meta := map[string]string{"source-key": "incoming%2Fa"}
			if err := st.Put(ctx, bucket, key, body, "text/plain; charset=utf-8", meta); err != nil {
				t.Fatal(err)
			}
			obj, err := st.Get(ctx, bucket, key, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(obj.Body, body) || obj.Size != int64(len(body)) || obj.ETag == "" {
				t.Errorf("got %+v", obj)
			}
			_, err = st.Get(ctx, bucket, key, 10)
			var tooLarge *store.TooLargeError
			if !errors.As(err, &tooLarge) || tooLarge.Size != int64(len(body)) || tooLarge.Limit != 10 {
				t.Errorf("over the limit: err = %v", err)
			}
			if _, err := st.Get(ctx, bucket, "incoming/missing.txt", 1<<20); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("missing object: err = %v, want ErrNotFound", err)
			}
		})
	}
}

func TestS3PutSetsContentTypeAndMetadata(t *testing.T) {
	srv, err := s3test.Start("out")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	st := store.S3{Client: srv.Client}
	ctx := context.Background()
	if err := st.Put(ctx, "out", "summaries/a.json", []byte(`{}`), "application/json", map[string]string{"source-key": "incoming/a.txt"}); err != nil {
		t.Fatal(err)
	}
	head, err := srv.Client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("out"), Key: aws.String("summaries/a.json")})
	if err != nil {
		t.Fatal(err)
	}
	if aws.ToString(head.ContentType) != "application/json" || head.Metadata["source-key"] != "incoming/a.txt" {
		t.Errorf("content type %q, metadata %v", aws.ToString(head.ContentType), head.Metadata)
	}
}

func TestDirRejectsEscapingKeys(t *testing.T) {
	st := store.Dir{Root: t.TempDir()}
	if err := st.Put(context.Background(), "", "../escape.json", []byte("x"), "", nil); err == nil {
		t.Error("a key with .. was written outside the root")
	}
}
