package handler_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/s3test"
	"github.com/newsgist/newsgist/internal/store"
)

// event builds a notification the way Lambda delivers it: as JSON, so that
// aws-lambda-go decodes the keys exactly as in production.
func event(t *testing.T, bucket string, records ...[2]string) json.RawMessage {
	t.Helper()
	var recs []string
	for _, r := range records {
		recs = append(recs, fmt.Sprintf(`{"eventSource":"aws:s3","eventName":%q,"s3":{"bucket":{"name":%q},"object":{"key":%q,"size":1,"eTag":"etag-from-event"}}}`, r[0], bucket, r[1]))
	}
	return json.RawMessage(`{"Records":[` + strings.Join(recs, ",") + `]}`)
}

type fixture struct {
	srv *s3test.Server
	h   *handler.Handler
}

func setup(t *testing.T, cfg handler.Config, wrap func(http.Handler) http.Handler) fixture {
	t.Helper()
	srv, err := s3test.StartWrapped(wrap, "drop", "digests")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	client := s3.New(s3.Options{
		Region: s3test.Region, BaseEndpoint: aws.String(srv.URL), UsePathStyle: true,
		Credentials: srv.Client.Options().Credentials, RetryMaxAttempts: 1,
	})
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	return fixture{srv: srv, h: &handler.Handler{Store: store.S3{Client: client}, Config: cfg, Log: log}}
}

func (f fixture) put(t *testing.T, bucket, key string, body []byte) {
	t.Helper()
	if err := (store.S3{Client: f.srv.Client}).Put(context.Background(), bucket, key, body, "", nil); err != nil {
		t.Fatal(err)
	}
}

func (f fixture) digest(t *testing.T, bucket, key string) (digest.Digest, *s3.GetObjectOutput) {
	t.Helper()
	out, err := f.srv.Client.GetObject(context.Background(), &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		t.Fatalf("no digest at s3://%s/%s: %v", bucket, key, err)
	}
	defer out.Body.Close()
	var d digest.Digest
	if err := json.NewDecoder(out.Body).Decode(&d); err != nil {
		t.Fatal(err)
	}
	return d, out
}

func (f fixture) keys(t *testing.T, bucket string) []string {
	out, err := f.srv.Client.ListObjectsV2(context.Background(), &s3.ListObjectsV2Input{Bucket: aws.String(bucket)})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, o := range out.Contents {
		keys = append(keys, aws.ToString(o.Key))
	}
	return keys
}

func separateBucket() handler.Config {
	c := handler.DefaultConfig
	c.OutputBucket = "digests"
	return c
}

func TestSeedArticleEndToEnd(t *testing.T) {
	f := setup(t, separateBucket(), nil)
	seed, err := os.ReadFile("../../testdata/gates-missile-shield.txt")
	if err != nil {
		t.Fatal(err)
	}
	f.put(t, "drop", "incoming/2026/11/gates missile.txt", seed)
	res, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/2026/11/gates+missile.txt"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Digests) != 1 || res.Digests[0].Digest != "digests/summaries/2026/11/gates missile.txt.json" {
		t.Fatalf("result = %+v", res)
	}
	d, obj := f.digest(t, "digests", "summaries/2026/11/gates missile.txt.json")
	if d.Status != digest.StatusOK || d.Article == nil {
		t.Fatalf("status %s error %+v", d.Status, d.Error)
	}
	if got := aws.ToString(obj.ContentType); got != "application/json" {
		t.Errorf("content type %q", got)
	}
	if obj.Metadata["source-key"] != "incoming/2026/11/gates%20missile.txt" || obj.Metadata["source-etag"] == "" {
		t.Errorf("metadata %v", obj.Metadata)
	}
	if d.Source.Key != "incoming/2026/11/gates missile.txt" || d.Source.Bucket != "drop" || d.Source.Size != int64(len(seed)) || d.Source.Format != "text" {
		t.Errorf("source %+v", d.Source)
	}
	if strings.Contains(d.Article.Text, "Mailchimp") || strings.Contains(d.Article.Text, "newsletter") {
		t.Error("the newsletter footer is still in the text")
	}
	if len(d.Summary) == 0 || d.Headline == "" || len(d.Quotes) == 0 {
		t.Errorf("empty analysis: headline %q, %d summary lines, %d quotes", d.Headline, len(d.Summary), len(d.Quotes))
	}
	if keys := f.keys(t, "drop"); len(keys) != 1 {
		t.Errorf("the drop bucket gained objects: %v", keys)
	}
}

func TestURLEncodedKeys(t *testing.T) {
	f := setup(t, separateBucket(), nil)
	f.put(t, "drop", "incoming/My Article(2).txt", []byte("The council met on Monday. \"We will act,\" said the mayor, Jane Doe."))
	if _, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/My+Article%282%29.txt"})); err != nil {
		t.Fatal(err)
	}
	d, _ := f.digest(t, "digests", "summaries/My Article(2).txt.json")
	if d.Source.Key != "incoming/My Article(2).txt" || d.Status != digest.StatusOK {
		t.Errorf("source %+v status %s", d.Source, d.Status)
	}
}

func TestBadInputGetsARejectedDigest(t *testing.T) {
	cfg := separateBucket()
	cfg.MaxObjectBytes = 1000
	tests := []struct {
		name, key string
		body      []byte
		code      string
	}{
		{"empty", "incoming/empty.txt", []byte{}, digest.CodeEmpty},
		{"pdf", "incoming/report.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), digest.CodeBinary},
		{"png", "incoming/photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"), digest.CodeBinary},
		{"too large", "incoming/huge.txt", []byte(strings.Repeat("Words of a long article. ", 100)), digest.CodeTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := setup(t, cfg, nil)
			f.put(t, "drop", tt.key, tt.body)
			if _, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", tt.key})); err != nil {
				t.Fatalf("bad input must not fail the invocation: %v", err)
			}
			d, _ := f.digest(t, "digests", cfg.OutputKey(tt.key))
			if d.Status != digest.StatusRejected || d.Error == nil || d.Error.Code != tt.code || d.Error.Message == "" {
				t.Errorf("status %s error %+v, want rejected %s", d.Status, d.Error, tt.code)
			}
			if d.Source.Key != tt.key {
				t.Errorf("source key %q", d.Source.Key)
			}
		})
	}
}

func TestDeletedObjectGetsANotFoundDigest(t *testing.T) {
	f := setup(t, separateBucket(), nil)
	if _, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/gone.txt"})); err != nil {
		t.Fatal(err)
	}
	d, _ := f.digest(t, "digests", "summaries/gone.txt.json")
	if d.Error == nil || d.Error.Code != digest.CodeNotFound {
		t.Errorf("error %+v", d.Error)
	}
}

func TestTransientFaultsFailTheInvocation(t *testing.T) {
	var failing atomic.Bool
	throttle := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if failing.Load() && r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/drop/") {
				w.Header().Set("Content-Type", "application/xml")
				w.WriteHeader(http.StatusServiceUnavailable)
				io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>`)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
	f := setup(t, separateBucket(), throttle)
	f.put(t, "drop", "incoming/a.txt", []byte("The council met. It agreed the budget."))
	f.put(t, "drop", "incoming/b.txt", []byte("The council met again. It agreed the plan."))
	failing.Store(true)
	ev := event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"}, [2]string{"ObjectCreated:Put", "incoming/b.txt"})
	if _, err := f.h.Handle(context.Background(), ev); err == nil {
		t.Fatal("a throttled read must fail the invocation so that Lambda retries it")
	}
	if keys := f.keys(t, "digests"); len(keys) != 0 {
		t.Errorf("digests written for unread objects: %v", keys)
	}
	failing.Store(false)
	res, err := f.h.Handle(context.Background(), ev)
	if err != nil || len(res.Digests) != 2 {
		t.Fatalf("the retry: %+v, %v", res, err)
	}
}

func TestEventsThatNeedNoDigest(t *testing.T) {
	tests := []struct {
		name string
		raw  json.RawMessage
	}{
		{"S3 test event", json.RawMessage(`{"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-11-26T10:00:00.000Z","Bucket":"drop","RequestId":"R","HostId":"H"}`)},
		{"object removed", event(t, "drop", [2]string{"ObjectRemoved:Delete", "incoming/a.txt"})},
		{"digest under the output prefix", event(t, "drop", [2]string{"ObjectCreated:Put", "summaries/a.json"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := handler.DefaultConfig // same-bucket layout: the recursion guard matters
			f := setup(t, cfg, nil)
			f.put(t, "drop", "summaries/a.json", []byte(`{}`))
			res, err := f.h.Handle(context.Background(), tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Digests) != 0 {
				t.Errorf("digests written: %+v", res.Digests)
			}
			if keys := f.keys(t, "drop"); len(keys) != 1 {
				t.Errorf("objects now: %v", keys)
			}
		})
	}
}

func TestSameBucketLayout(t *testing.T) {
	f := setup(t, handler.DefaultConfig, nil)
	f.put(t, "drop", "incoming/2026/11/a b.txt", []byte("The mayor resigned on Friday. She said she was tired."))
	if _, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/2026/11/a+b.txt"})); err != nil {
		t.Fatal(err)
	}
	f.digest(t, "drop", "summaries/2026/11/a b.txt.json")
}

func TestEachObjectIsReadOnce(t *testing.T) {
	// The handler reads each object once (GET with a size check), never
	// HEAD then GET: count the requests the real server sees.
	var gets, heads atomic.Int32
	count := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			switch {
			case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/drop/"):
				gets.Add(1)
			case r.Method == http.MethodHead:
				heads.Add(1)
			}
			next.ServeHTTP(w, r)
		})
	}
	f := setup(t, separateBucket(), count)
	f.put(t, "drop", "incoming/a.txt", []byte("The council met. It agreed the budget."))
	if _, err := f.h.Handle(context.Background(), event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"})); err != nil {
		t.Fatal(err)
	}
	if gets.Load() != 1 || heads.Load() != 0 {
		t.Errorf("%d GETs and %d HEADs for one article, want 1 and 0", gets.Load(), heads.Load())
	}
}
