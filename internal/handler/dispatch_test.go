package handler_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/s3event"
)

// failPaths answers 503 SlowDown (transient) or 403 AccessDenied (permanent)
// to GETs of the given object paths, in front of the real in-memory server.
func failPaths(status int, paths ...string) func(http.Handler) http.Handler {
	code := map[int]string{http.StatusServiceUnavailable: "SlowDown", http.StatusForbidden: "AccessDenied"}[status]
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodGet && slices.Contains(paths, r.URL.Path) {
				w.Header().Set("Content-Type", "application/xml")
				w.WriteHeader(status)
				fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>%s</Code><Message>injected</Message></Error>`, code)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func sqsMessage(id, body string) events.SQSMessage {
	return events.SQSMessage{MessageId: id, Body: body, EventSource: "aws:sqs"}
}

func sqsEvent(t *testing.T, msgs ...events.SQSMessage) json.RawMessage {
	t.Helper()
	raw, err := json.Marshal(events.SQSEvent{Records: msgs})
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

const article = "The council met on Monday and agreed the budget. \"We will act,\" said the mayor, Jane Doe."

// Exactly the messages that failed are reported: one throttled read, one body
// that is not an S3 notification. The others are digested (or, for the test
// event, need nothing).
func TestInvokeSQSReportsExactlyTheFailedMessages(t *testing.T) {
	f := setup(t, separateBucket(), failPaths(http.StatusServiceUnavailable, "/drop/incoming/b.txt"))
	f.put(t, "drop", "incoming/a.txt", []byte(article))
	f.put(t, "drop", "incoming/b.txt", []byte(article))
	f.put(t, "drop", "incoming/c d.txt", []byte(article))
	ev := sqsEvent(t,
		sqsMessage("m-a", string(event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"}))),
		sqsMessage("m-b", string(event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/b.txt"}))),
		sqsMessage("m-junk", `{"hello":"world"}`),
		sqsMessage("m-test", `{"Service":"Amazon S3","Event":"s3:TestEvent","Bucket":"drop"}`),
		sqsMessage("m-cd", string(event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/c+d.txt"}))),
	)
	out, err := f.h.Invoke(context.Background(), ev)
	if err != nil {
		t.Fatalf("an SQS batch answers per message, never fails whole: %v", err)
	}
	resp, ok := out.(events.SQSEventResponse)
	if !ok {
		t.Fatalf("response %T", out)
	}
	var failed []string
	for _, f := range resp.BatchItemFailures {
		failed = append(failed, f.ItemIdentifier)
	}
	if !slices.Equal(failed, []string{"m-b", "m-junk"}) {
		t.Errorf("batchItemFailures %v, want [m-b m-junk]", failed)
	}
	if keys := f.keys(t, "digests"); !slices.Equal(keys, []string{handler.DefaultConfig.OutputKey("incoming/a.txt"), handler.DefaultConfig.OutputKey("incoming/c d.txt")}) {
		t.Errorf("digests %v", keys)
	}
	body, _ := json.Marshal(out)
	if !strings.Contains(string(body), `"batchItemFailures":[{"itemIdentifier":"m-b"}`) {
		t.Errorf("wire shape %s", body)
	}
}

// A message whose object's read hangs runs out of its share of the time
// alone: the messages after it are digested, and only it is reported.
func TestInvokeSQSOneHangingMessageFailsAlone(t *testing.T) {
	f := setup(t, separateBucket(), hangGets("/incoming/hangs"))
	var msgs []events.SQSMessage
	for _, name := range []string{"hangs", "a", "b", "c"} {
		key := "incoming/" + name + ".txt"
		f.put(t, "drop", key, []byte(article))
		msgs = append(msgs, sqsMessage("m-"+name, string(event(t, "drop", [2]string{"ObjectCreated:Put", key}))))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Second)
	defer cancel()
	out, err := f.h.Invoke(ctx, sqsEvent(t, msgs...))
	if err != nil {
		t.Fatal(err)
	}
	var failed []string
	for _, f := range out.(events.SQSEventResponse).BatchItemFailures {
		failed = append(failed, f.ItemIdentifier)
	}
	if !slices.Equal(failed, []string{"m-hangs"}) {
		t.Errorf("batchItemFailures %v, want [m-hangs]", failed)
	}
	if n := len(f.keys(t, "digests")); n != 3 {
		t.Errorf("%d digests, want the three healthy messages'", n)
	}
}

func TestInvokeSQSAllGoodReportsNoFailures(t *testing.T) {
	f := setup(t, separateBucket(), nil)
	f.put(t, "drop", "incoming/a.txt", []byte(article))
	out, err := f.h.Invoke(context.Background(), sqsEvent(t, sqsMessage("m-a", string(event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"})))))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(out)
	if string(body) != `{"batchItemFailures":[]}` {
		t.Errorf("response %s", body)
	}
}

func TestInvokeEventBridge(t *testing.T) {
	f := setup(t, separateBucket(), nil)
	f.put(t, "drop", "incoming/eventbridge/a b.txt", []byte(article))
	raw := `{"version":"0","detail-type":"Object Created","source":"aws.s3","region":"us-east-1",
	  "detail":{"bucket":{"name":"drop"},"object":{"key":"incoming/eventbridge/a+b.txt","size":90,"etag":"e","sequencer":"01"},"reason":"PutObject"}}`
	out, err := f.h.Invoke(context.Background(), json.RawMessage(raw))
	if err != nil {
		t.Fatal(err)
	}
	res := out.(handler.Result)
	if len(res.Digests) != 1 || res.Digests[0].Digest != "digests/"+handler.DefaultConfig.OutputKey("incoming/eventbridge/a b.txt") || res.Digests[0].Status != "ok" {
		t.Errorf("result %+v", res)
	}
}

func TestInvokeBatchOperations(t *testing.T) {
	tests := []struct {
		name   string
		wrap   func(http.Handler) http.Handler
		code   string
		result string // in the result string
	}{
		{"succeeded", nil, handler.BatchSucceeded, "ok -> s3://digests/" + handler.DefaultConfig.OutputKey("incoming/backfill/a b.txt")},
		{"throttled", failPaths(http.StatusServiceUnavailable, "/drop/incoming/backfill/a b.txt"), handler.BatchTemporaryFailure, "SlowDown"},
		// an unreadable object gets a rejected digest (nothing lost) and the task is listed as failed
		{"access denied", failPaths(http.StatusForbidden, "/drop/incoming/backfill/a b.txt"), handler.BatchPermanentFailure, "rejected (unreadable) -> s3://digests/"},
	}
	for _, tt := range tests {
		for _, schema := range []string{"1.0", "2.0"} {
			t.Run(tt.name+" "+schema, func(t *testing.T) {
				f := setup(t, separateBucket(), tt.wrap)
				f.put(t, "drop", "incoming/backfill/a b.txt", []byte(article))
				bucket := `"s3BucketArn":"arn:aws:s3:::drop"`
				if schema == "2.0" {
					bucket = `"s3Bucket":"drop"`
				}
				raw := fmt.Sprintf(`{"invocationSchemaVersion":%q,"invocationId":"inv-1","job":{"id":"job-1"},
				  "tasks":[{"taskId":"t-1","s3Key":"incoming/backfill/a+b.txt","s3VersionId":null,%s},
				           {"taskId":"t-2","s3Key":"summaries/x.json","s3VersionId":null,%s}]}`, schema, bucket, bucket)
				out, err := f.h.Invoke(context.Background(), json.RawMessage(raw))
				if err != nil {
					t.Fatal(err)
				}
				resp := out.(handler.BatchResponse)
				if resp.InvocationSchemaVersion != schema || resp.InvocationID != "inv-1" || resp.TreatMissingKeysAs != handler.BatchPermanentFailure || len(resp.Results) != 2 {
					t.Fatalf("response %+v", resp)
				}
				if r := resp.Results[0]; r.TaskID != "t-1" || r.ResultCode != tt.code || !strings.Contains(r.ResultString, tt.result) {
					t.Errorf("task 1: %+v, want %s with %q", r, tt.code, tt.result)
				}
				if r := resp.Results[1]; r.TaskID != "t-2" || r.ResultCode != handler.BatchSucceeded {
					t.Errorf("task under the output prefix: %+v", r)
				}
			})
		}
	}
}

// Payloads the function does not know fail the invocation (so that Lambda
// retries them and keeps them in the failure destination) and write nothing.
func TestInvokeUnknownPayloadsFail(t *testing.T) {
	files := []string{"unknown-empty.json", "unknown-destination-record.json", "unknown-sns.json", "unknown-ec2-eventbridge.json"}
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile("../../testdata/events/" + name)
			if err != nil {
				t.Fatal(err)
			}
			f := setup(t, separateBucket(), nil)
			f.put(t, "drop", "incoming/gates-missile-shield.txt", []byte(article))
			if _, err := f.h.Invoke(context.Background(), raw); !errors.Is(err, s3event.ErrUnknownPayload) {
				t.Errorf("Invoke: %v, want ErrUnknownPayload", err)
			}
			if _, err := f.h.Handle(context.Background(), raw); !errors.Is(err, s3event.ErrUnknownPayload) {
				t.Errorf("Handle: %v, want ErrUnknownPayload", err)
			}
			if keys := f.keys(t, "digests"); len(keys) != 0 {
				t.Errorf("digests written: %v", keys)
			}
		})
	}
}

func TestHandleRefusesShapesThatNeedInvoke(t *testing.T) {
	f := setup(t, separateBucket(), nil)
	raw := sqsEvent(t, sqsMessage("m", string(event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"}))))
	if _, err := f.h.Handle(context.Background(), raw); !errors.Is(err, s3event.ErrUnknownPayload) {
		t.Errorf("Handle on an SQS batch: %v", err)
	}
}
