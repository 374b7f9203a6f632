package s3event

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// Every event the repository ships (events/) is accepted, with the shape and
// the object the file means.
func TestParseShippedEvents(t *testing.T) {
	tests := []struct {
		file    string
		shape   Shape
		bucket  string
		key     string // the first object named, decoded
		records int    // notification records, SQS messages or batch tasks
	}{
		{"seed-article.json", ShapeS3, "newsgist-drop-local", "incoming/gates-missile-shield.txt", 1},
		{"key-with-spaces.json", ShapeS3, "newsgist-drop-local", "incoming/2026/11/Missile shield (analysis).txt", 1},
		{"multi-record.json", ShapeS3, "newsgist-drop-local", "incoming/gates-missile-shield.txt", 3},
		{"s3-test-event.json", ShapeS3Test, "newsgist-drop-local", "", 0},
		{"sqs-s3-notification.json", ShapeSQS, "", "", 2},
		{"eventbridge-object-created.json", ShapeEventBridge, "newsgist-drop-local", "incoming/eventbridge/rail-strike-related-stories.html", 1},
		{"batch-task-v1.json", ShapeBatch, "newsgist-drop-local", "incoming/backfill/wildfire-hard-wrapped.txt", 1},
		{"batch-task-v2.json", ShapeBatch, "newsgist-drop-local", "incoming/backfill/Museum theft (captions).html", 1},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p, err := Parse(readFile(t, "../../events/"+tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if p.Shape != tt.shape {
				t.Fatalf("shape %s, want %s", p.Shape, tt.shape)
			}
			var n, bucket, key = 0, "", ""
			switch p.Shape {
			case ShapeSQS:
				n = len(p.Messages)
			case ShapeBatch:
				n = len(p.Batch.Tasks)
				bucket, key = p.Batch.Tasks[0].Bucket, p.Batch.Tasks[0].Key
			case ShapeS3Test:
				bucket = p.Notification.Bucket
			default:
				n = len(p.Notification.Records)
				refs, _ := Refs(p.Notification, "summaries/")
				bucket, key = refs[0].Bucket, refs[0].Key
			}
			if n != tt.records || bucket != tt.bucket || key != tt.key {
				t.Errorf("got %d records, first s3://%s/%s; want %d, s3://%s/%s", n, bucket, key, tt.records, tt.bucket, tt.key)
			}
		})
	}
}

func TestParseSQSBodies(t *testing.T) {
	p, err := Parse(readFile(t, "../../events/sqs-s3-notification.json"))
	if err != nil {
		t.Fatal(err)
	}
	first, err := ParseMessageBody(p.Messages[0].Body)
	if err != nil || first.Shape != ShapeS3 {
		t.Fatalf("first body: %v %v", first.Shape, err)
	}
	refs, _ := Refs(first.Notification, "summaries/")
	if len(refs) != 1 || refs[0].Key != "incoming/queued/library-reopening.md" || refs[0].ETag != "0123456789abcdef0123456789abcdef" {
		t.Errorf("refs %+v", refs)
	}
	second, err := ParseMessageBody(p.Messages[1].Body)
	if err != nil || second.Shape != ShapeS3Test {
		t.Errorf("second body: %v %v", second.Shape, err)
	}
	// A queue message must not smuggle in another queue's batch.
	if _, err := ParseMessageBody(string(readFile(t, "../../events/sqs-s3-notification.json"))); !errors.Is(err, ErrUnknownPayload) {
		t.Errorf("an SQS batch inside a message: %v", err)
	}
}

func TestEventBridgeRecord(t *testing.T) {
	p, err := Parse(readFile(t, "../../events/eventbridge-object-created.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := p.Notification.Records[0]
	if r.EventName != "ObjectCreated:PutObject" || r.S3.Object.Sequencer != "0A1B2C3D4E5F678903" || r.S3.Object.Size != 5000 {
		t.Errorf("record %+v", r)
	}
	deleted := strings.Replace(string(readFile(t, "../../events/eventbridge-object-created.json")), `"Object Created"`, `"Object Deleted"`, 1)
	p, err = Parse([]byte(deleted))
	if err != nil {
		t.Fatal(err)
	}
	if refs, ignored := Refs(p.Notification, "summaries/"); len(refs) != 0 || len(ignored) != 1 {
		t.Errorf("an Object Deleted event is digested: %+v", refs)
	}
}

// Payloads the function does not know fail with an error that says what they
// look like, never as an empty success.
func TestParseUnknownPayloads(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want string // in the error
	}{
		{"empty object", `{}`, "top-level keys []"},
		{"not JSON", `{"hello":`, "not a JSON object"},
		{"array", `[1,2]`, "not a JSON object"},
		{"null", `null`, "top-level keys []"},
		{"no records", `{"Records":[]}`, "no records"},
		{"destination record", string(readFile(t, "../../testdata/events/unknown-destination-record.json")), "destination record"},
		{"SNS", string(readFile(t, "../../testdata/events/unknown-sns.json")), `"aws:sns"`},
		{"EventBridge from EC2", string(readFile(t, "../../testdata/events/unknown-ec2-eventbridge.json")), "from aws.ec2"},
		{"batch schema 3.0", `{"invocationSchemaVersion":"3.0","invocationId":"x","tasks":[]}`, `schema "3.0"`},
		{"mixed sources", `{"Records":[{"eventSource":"aws:s3"},{"eventSource":"aws:sqs"}]}`, "record 1 comes from"},
		{"EventBridge S3 without a key", `{"source":"aws.s3","detail-type":"Object Created","detail":{"bucket":{"name":"b"}}}`, "without bucket name or object key"},
		{"API Gateway", `{"resource":"/","httpMethod":"POST","body":"{}"}`, "[body httpMethod resource]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.raw))
			if !errors.Is(err, ErrUnknownPayload) {
				t.Fatalf("Parse = %s, %v; want ErrUnknownPayload", p.Shape, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
}

func TestCreated(t *testing.T) {
	n := Created("drop", "incoming/a b+c.txt", "v1", "e1", 10)
	refs, ignored := Refs(n, "summaries/")
	if len(ignored) != 0 || len(refs) != 1 {
		t.Fatalf("refs %+v ignored %+v", refs, ignored)
	}
	if r := refs[0]; r.Key != "incoming/a b+c.txt" || r.VersionID != "v1" || r.ETag != "e1" || r.Bucket != "drop" {
		t.Errorf("ref %+v", r)
	}
	// The same notification after a JSON round trip (as a queue would carry it).
	if got := decodeKey(n.Records[0].S3.Object.Key); got != "incoming/a b+c.txt" {
		t.Errorf("encoded key decodes to %q", got)
	}
}
