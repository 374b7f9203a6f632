package backfill_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/newsgist/newsgist/internal/backfill"
	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/s3event"
	"github.com/newsgist/newsgist/internal/s3test"
	"github.com/newsgist/newsgist/internal/sqstest"
	"github.com/newsgist/newsgist/internal/store"
)

const article = "The council met on Monday and agreed the budget. \"We will act,\" said the mayor, Jane Doe."

func fill(t *testing.T, srv *s3test.Server) []string {
	t.Helper()
	st := store.S3{Client: srv.Client}
	var keys []string
	for i := range 23 {
		k := fmt.Sprintf("incoming/2026/%02d story %d.txt", i%12+1, i)
		keys = append(keys, k)
		if err := st.Put(context.Background(), "drop", k, []byte(article), "text/plain", nil); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range []string{"incoming/2026/", "incoming/summaries/x.json"} {
		if err := st.Put(context.Background(), "drop", k, []byte("{}"), "", nil); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(keys)
	return keys
}

// Backfill through the queue: every article becomes one message the
// function digests like an upload; resuming after a page sends the rest
// only.
func TestBackfillThroughTheQueue(t *testing.T) {
	srv, err := s3test.Start("drop", "digests")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	keys := fill(t, srv)
	q := sqstest.Start(sqstest.Queue{Name: "ingest"})
	defer q.Close()

	var saved []string
	opt := backfill.Options{S3: srv.Client, SQS: q.Client, Bucket: "drop", Prefix: "incoming/", OutputPrefix: "incoming/summaries/",
		QueueURL: q.QueueURL("ingest"), PageSize: 10,
		Page: func(c backfill.Counts, last string) error { saved = append(saved, last); return nil }}
	c, err := backfill.Run(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if c != (backfill.Counts{Listed: 25, Sent: 23, Skipped: 2}) || len(saved) != 3 {
		t.Fatalf("counts %v, %d pages", c, len(saved))
	}
	bodies := q.Bodies("ingest")
	var got []string
	for _, b := range bodies {
		p, err := s3event.ParseMessageBody(b)
		if err != nil {
			t.Fatal(err)
		}
		refs, _ := s3event.Refs(p.Notification, "summaries/")
		got = append(got, refs[0].Key)
		if refs[0].ETag == "" || refs[0].Size != int64(len(article)) {
			t.Errorf("ref %+v", refs[0])
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, keys) {
		t.Errorf("sent %v\nwant %v", got, keys)
	}

	// The function digests the queue's messages (one SQS batch of 10 at a time).
	h := &handler.Handler{Store: store.S3{Client: srv.Client}, Config: handler.DefaultConfig, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	h.Config.OutputBucket = "digests"
	for {
		out, err := q.Client.ReceiveMessage(context.Background(), &sqs.ReceiveMessageInput{QueueUrl: aws.String(q.QueueURL("ingest")), MaxNumberOfMessages: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Messages) == 0 {
			break
		}
		var ev events.SQSEvent
		for _, m := range out.Messages {
			ev.Records = append(ev.Records, events.SQSMessage{MessageId: aws.ToString(m.MessageId), Body: aws.ToString(m.Body), EventSource: "aws:sqs"})
		}
		raw, _ := json.Marshal(ev)
		resp, err := h.Invoke(context.Background(), raw)
		if err != nil || len(resp.(events.SQSEventResponse).BatchItemFailures) != 0 {
			t.Fatalf("invoke: %+v %v", resp, err)
		}
		for _, m := range out.Messages {
			q.Client.DeleteMessage(context.Background(), &sqs.DeleteMessageInput{QueueUrl: aws.String(q.QueueURL("ingest")), ReceiptHandle: m.ReceiptHandle})
		}
	}
	list, err := srv.Client.ListObjectsV2(context.Background(), &s3.ListObjectsV2Input{Bucket: aws.String("digests")})
	if err != nil || len(list.Contents) != 23 {
		t.Errorf("%d digests, %v", len(list.Contents), err)
	}

	// Resume after the first page: only the 15 keys after it are listed.
	q2 := sqstest.Start(sqstest.Queue{Name: "ingest"})
	defer q2.Close()
	opt.SQS, opt.QueueURL, opt.StartAfter, opt.Page = q2.Client, q2.QueueURL("ingest"), saved[0], nil
	c, err = backfill.Run(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if c.Listed != 15 || q2.Len("ingest") != c.Sent || c.Sent+c.Skipped != 15 {
		t.Errorf("resumed after %q: %v, %d queued", saved[0], c, q2.Len("ingest"))
	}
}

func TestBackfillManifest(t *testing.T) {
	srv, err := s3test.Start("drop")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	keys := fill(t, srv)
	var buf bytes.Buffer
	c, err := backfill.Run(context.Background(), backfill.Options{S3: srv.Client, Bucket: "drop", Prefix: "incoming/", OutputPrefix: "incoming/summaries/", Manifest: &buf})
	if err != nil || c.Sent != 23 {
		t.Fatalf("%v %v", c, err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 23 || lines[0] != "drop,incoming%2F2026%2F01+story+0.txt" {
		t.Errorf("%d lines, first %q", len(lines), lines[0])
	}
	// A Batch Operations task built from a manifest line names the object.
	key := strings.SplitN(lines[0], ",", 2)[1]
	p, err := s3event.Parse([]byte(`{"invocationSchemaVersion":"2.0","invocationId":"i","job":{"id":"j"},"tasks":[{"taskId":"t","s3Bucket":"drop","s3Key":"` + key + `"}]}`))
	if err != nil || p.Batch.Tasks[0].Key != keys[0] {
		t.Errorf("task key %q, want %q (%v)", p.Batch.Tasks[0].Key, keys[0], err)
	}
	if _, err := backfill.Run(context.Background(), backfill.Options{S3: srv.Client, Bucket: "drop"}); err == nil {
		t.Error("neither queue nor manifest: no error")
	}
}
