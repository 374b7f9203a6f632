package redrive

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/newsgist/newsgist/internal/s3event"
	"github.com/newsgist/newsgist/internal/sqstest"
)

// fakeLambda records asynchronous invocations the way the Lambda API takes
// them (POST /2015-03-31/functions/NAME/invocations, X-Amz-Invocation-Type:
// Event, answered 202), refusing those for a function named "refuse".
type fakeLambda struct {
	mu       sync.Mutex
	payloads []string
	names    []string
}

func (f *fakeLambda) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/2015-03-31/functions/"), "/invocations")
	if r.Header.Get("X-Amz-Invocation-Type") != "Event" {
		http.Error(w, "want an asynchronous invocation", http.StatusBadRequest)
		return
	}
	if strings.Contains(name, "refuse") {
		w.Header().Set("X-Amzn-Errortype", "ResourceNotFoundException")
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"Type":"User","message":"Function not found"}`)
		return
	}
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.payloads = append(f.payloads, string(body))
	f.names = append(f.names, name)
	f.mu.Unlock()
	w.WriteHeader(http.StatusAccepted)
}

func setup(t *testing.T) (*sqstest.Server, *fakeLambda, *lambda.Client) {
	t.Helper()
	q := sqstest.Start(sqstest.Queue{Name: "failed"})
	t.Cleanup(q.Close)
	fl := &fakeLambda{}
	ls := httptest.NewServer(fl)
	t.Cleanup(ls.Close)
	lc := lambda.New(lambda.Options{Region: "us-east-1", BaseEndpoint: aws.String(ls.URL),
		Credentials: credentials.NewStaticCredentialsProvider("test", "test", ""), RetryMaxAttempts: 1})
	return q, fl, lc
}

func send(t *testing.T, q *sqstest.Server, body string) {
	t.Helper()
	if _, err := q.Client.SendMessage(context.Background(), &sqs.SendMessageInput{QueueUrl: aws.String(q.QueueURL("failed")), MessageBody: aws.String(body)}); err != nil {
		t.Fatal(err)
	}
}

func TestRunReplaysDestinationRecords(t *testing.T) {
	q, fl, lc := setup(t)
	record, err := os.ReadFile("../../testdata/events/unknown-destination-record.json")
	if err != nil {
		t.Fatal(err)
	}
	for range 12 { // more than one receive batch
		send(t, q, string(record))
	}
	send(t, q, `{"hello":"not a record"}`)
	var logs bytes.Buffer
	c, err := Run(context.Background(), Options{SQS: q.Client, Lambda: lc, QueueURL: q.QueueURL("failed"), Log: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if c != (Counts{Replayed: 12, Skipped: 1}) {
		t.Errorf("counts %v", c)
	}
	if q.Len("failed") != 1 {
		t.Errorf("%d messages left, want the skipped one", q.Len("failed"))
	}
	// Each replay is the original S3 event, which the function accepts.
	for i, p := range fl.payloads {
		parsed, err := s3event.Parse([]byte(p))
		if err != nil || parsed.Shape != s3event.ShapeS3 {
			t.Fatalf("payload %d: %v %v", i, parsed.Shape, err)
		}
		if fl.names[i] != "arn:aws:lambda:us-east-1:123456789012:function:newsgist-SummariseFunction" {
			t.Errorf("invoked %s", fl.names[i])
		}
	}
	var orig struct{ RequestPayload json.RawMessage }
	json.Unmarshal(record, &orig)
	if len(fl.payloads) != 12 || !jsonEqual(fl.payloads[0], string(orig.RequestPayload)) {
		t.Errorf("%d payloads; first %s", len(fl.payloads), fl.payloads[0])
	}
	if !strings.Contains(logs.String(), "not a Lambda destination record") {
		t.Errorf("the skipped message is not logged:\n%s", logs.String())
	}
}

func TestRunLeavesRefusedAndDryRunMessages(t *testing.T) {
	q, fl, lc := setup(t)
	record, _ := os.ReadFile("../../testdata/events/unknown-destination-record.json")
	send(t, q, string(record))
	send(t, q, string(record))
	c, err := Run(context.Background(), Options{SQS: q.Client, Lambda: lc, QueueURL: q.QueueURL("failed"), DryRun: true})
	if err != nil || c.Replayed != 2 || len(fl.payloads) != 0 || q.Len("failed") != 2 {
		t.Errorf("dry run: %v %v, %d invoked, %d left", c, err, len(fl.payloads), q.Len("failed"))
	}
	q2, fl2, lc2 := setup(t)
	send(t, q2, string(record))
	c, err = Run(context.Background(), Options{SQS: q2.Client, Lambda: lc2, QueueURL: q2.QueueURL("failed"), Function: "refuse-me"})
	if err != nil || c.Failed != 1 || len(fl2.payloads) != 0 || q2.Len("failed") != 1 {
		t.Errorf("refused: %v %v, %d left", c, err, q2.Len("failed"))
	}
	q3, fl3, lc3 := setup(t)
	for range 5 {
		send(t, q3, string(record))
	}
	c, err = Run(context.Background(), Options{SQS: q3.Client, Lambda: lc3, QueueURL: q3.QueueURL("failed"), Max: 3, Function: "newsgist-fn"})
	if err != nil || c.Replayed != 3 || q3.Len("failed") != 2 || fl3.names[0] != "newsgist-fn" {
		t.Errorf("max 3: %v %v, %d left, names %v", c, err, q3.Len("failed"), fl3.names)
	}
}

func jsonEqual(a, b string) bool {
	var x, y any
	json.Unmarshal([]byte(a), &x)
	json.Unmarshal([]byte(b), &y)
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return bytes.Equal(xa, ya)
}
