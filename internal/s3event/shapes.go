package s3event

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/aws/aws-lambda-go/events"
)

// Shape names the kind of payload the function was invoked with.
type Shape string

// The payloads the function accepts. Anything else is an error.
const (
	ShapeS3          Shape = "s3"          // an S3 event notification (Records, eventSource aws:s3)
	ShapeS3Test      Shape = "s3-test"     // the s3:TestEvent S3 sends when a notification is configured
	ShapeSQS         Shape = "sqs"         // SQS messages whose bodies are S3 notifications
	ShapeEventBridge Shape = "eventbridge" // an EventBridge event from S3 (aws.s3)
	ShapeBatch       Shape = "s3-batch"    // an S3 Batch Operations invocation, schema 1.0 or 2.0
)

// Payload is a decoded invocation payload. Exactly one of its parts is set,
// according to Shape.
type Payload struct {
	Shape Shape
	// Notification is set for ShapeS3, ShapeS3Test and ShapeEventBridge (an
	// EventBridge event becomes a notification of one record).
	Notification Notification
	// Messages is set for ShapeSQS.
	Messages []events.SQSMessage
	// Batch is set for ShapeBatch.
	Batch BatchJob
}

// BatchJob is an S3 Batch Operations invocation, schema 1.0 or 2.0.
type BatchJob struct {
	SchemaVersion string // "1.0" or "2.0"
	InvocationID  string
	JobID         string
	Tasks         []BatchTask
}

// BatchTask is one object of a Batch Operations invocation.
type BatchTask struct {
	TaskID    string
	Bucket    string // the bucket name (1.0 gives an ARN, which is reduced to its name)
	Key       string // URL-decoded
	VersionID string
}

// ErrUnknownPayload is wrapped by Parse's error for a payload the function
// does not know; the invocation must fail so that it is retried and kept.
var ErrUnknownPayload = errors.New("unknown payload")

// probe holds the top-level fields that tell the shapes apart.
type probe struct {
	Records []struct {
		EventSource string `json:"eventSource"`
		// SNS spells it EventSource; encoding/json matches case-insensitively,
		// so this one field sees both spellings.
	} `json:"Records"`
	Event                   string          `json:"Event"`
	DetailType              string          `json:"detail-type"`
	Source                  string          `json:"source"`
	InvocationSchemaVersion string          `json:"invocationSchemaVersion"`
	Tasks                   json.RawMessage `json:"tasks"`
	RequestContext          json.RawMessage `json:"requestContext"`
	RequestPayload          json.RawMessage `json:"requestPayload"`
}

// Parse tells the accepted payloads apart and decodes one. An unknown
// payload — `{}`, a Lambda destination record, an SNS message, an EventBridge
// event from another service — is an error wrapping ErrUnknownPayload that
// says what it looks like.
func Parse(raw []byte) (Payload, error) {
	var p probe
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		return Payload{}, fmt.Errorf("%w: not a JSON object: %v", ErrUnknownPayload, err)
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return Payload{}, fmt.Errorf("%w: %v", ErrUnknownPayload, err)
	}
	switch {
	case p.RequestContext != nil && p.RequestPayload != nil:
		return Payload{}, fmt.Errorf("%w: a Lambda destination record (a failed invocation), not an event; replay its requestPayload with `newsgist redrive`", ErrUnknownPayload)
	case p.Records != nil:
		return parseRecords(raw, p)
	case p.Event == "s3:TestEvent":
		n, err := Decode(raw)
		if err != nil {
			return Payload{}, err
		}
		return Payload{Shape: ShapeS3Test, Notification: n}, nil
	case p.DetailType != "" && p.Source != "":
		return parseEventBridge(raw, p)
	case p.InvocationSchemaVersion != "" && p.Tasks != nil:
		return parseBatch(raw, p.InvocationSchemaVersion)
	}
	keys := make([]string, 0, len(top))
	for k := range top {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return Payload{}, fmt.Errorf("%w: top-level keys [%s] match no S3 notification, SQS batch, EventBridge event or S3 Batch Operations task", ErrUnknownPayload, strings.Join(keys, " "))
}

func parseRecords(raw []byte, p probe) (Payload, error) {
	if len(p.Records) == 0 {
		return Payload{}, fmt.Errorf("%w: a Records list with no records", ErrUnknownPayload)
	}
	source := p.Records[0].EventSource
	for i, r := range p.Records {
		if r.EventSource != source {
			return Payload{}, fmt.Errorf("%w: record %d comes from %q, record 0 from %q", ErrUnknownPayload, i, r.EventSource, source)
		}
	}
	switch source {
	case "aws:s3":
		n, err := Decode(raw)
		if err != nil {
			return Payload{}, err
		}
		return Payload{Shape: ShapeS3, Notification: n}, nil
	case "aws:sqs":
		var ev events.SQSEvent
		if err := json.Unmarshal(raw, &ev); err != nil {
			return Payload{}, fmt.Errorf("decode SQS batch: %w", err)
		}
		return Payload{Shape: ShapeSQS, Messages: ev.Records}, nil
	}
	return Payload{}, fmt.Errorf("%w: records from %q (want aws:s3 or aws:sqs)", ErrUnknownPayload, source)
}

// eventBridgeDetail is the detail of an S3 event delivered by EventBridge.
type eventBridgeDetail struct {
	Bucket struct {
		Name string `json:"name"`
	} `json:"bucket"`
	Object struct {
		Key       string `json:"key"`
		Size      int64  `json:"size"`
		ETag      string `json:"etag"`
		VersionID string `json:"version-id"`
		Sequencer string `json:"sequencer"`
	} `json:"object"`
	Reason string `json:"reason"`
}

// eventBridgeNames maps the detail types of S3's EventBridge events to the
// event names of S3 notifications, so that both take the same path.
var eventBridgeNames = map[string]string{
	"Object Created":           "ObjectCreated:",
	"Object Deleted":           "ObjectRemoved:",
	"Object Restore Completed": "ObjectRestore:Completed",
}

func parseEventBridge(raw []byte, p probe) (Payload, error) {
	if p.Source != "aws.s3" {
		return Payload{}, fmt.Errorf("%w: an EventBridge event from %s (%q), not from S3", ErrUnknownPayload, p.Source, p.DetailType)
	}
	var ev struct {
		Time   string            `json:"time"`
		Region string            `json:"region"`
		Detail eventBridgeDetail `json:"detail"`
	}
	if err := json.Unmarshal(raw, &ev); err != nil {
		return Payload{}, fmt.Errorf("decode EventBridge event: %w", err)
	}
	d := ev.Detail
	if d.Bucket.Name == "" || d.Object.Key == "" {
		return Payload{}, fmt.Errorf("%w: an S3 EventBridge event (%q) without bucket name or object key", ErrUnknownPayload, p.DetailType)
	}
	name, ok := eventBridgeNames[p.DetailType]
	if !ok {
		name = "EventBridge:" + p.DetailType // logged and ignored: not ObjectCreated
	}
	if strings.HasSuffix(name, ":") {
		name += d.Reason // "ObjectCreated:PutObject", as close as EventBridge says
	}
	var rec events.S3EventRecord
	rec.EventSource = "aws:s3"
	rec.AWSRegion = ev.Region
	rec.EventName = name
	rec.S3.Bucket.Name = d.Bucket.Name
	rec.S3.Object = events.S3Object{
		Key:           d.Object.Key,
		URLDecodedKey: decodeKey(d.Object.Key),
		Size:          d.Object.Size,
		ETag:          d.Object.ETag,
		VersionID:     d.Object.VersionID,
		Sequencer:     d.Object.Sequencer,
	}
	var n Notification
	n.Records = []events.S3EventRecord{rec}
	return Payload{Shape: ShapeEventBridge, Notification: n}, nil
}

func parseBatch(raw []byte, version string) (Payload, error) {
	if version != "1.0" && version != "2.0" {
		return Payload{}, fmt.Errorf("%w: S3 Batch Operations schema %q (want 1.0 or 2.0)", ErrUnknownPayload, version)
	}
	var ev struct {
		InvocationID string `json:"invocationId"`
		Job          struct {
			ID string `json:"id"`
		} `json:"job"`
		Tasks []struct {
			TaskID      string `json:"taskId"`
			S3Key       string `json:"s3Key"`
			S3VersionID string `json:"s3VersionId"`
			S3BucketARN string `json:"s3BucketArn"` // 1.0
			S3Bucket    string `json:"s3Bucket"`    // 2.0
		} `json:"tasks"`
	}
	if err := json.Unmarshal(raw, &ev); err != nil {
		return Payload{}, fmt.Errorf("decode S3 Batch Operations invocation: %w", err)
	}
	job := BatchJob{SchemaVersion: version, InvocationID: ev.InvocationID, JobID: ev.Job.ID}
	for _, t := range ev.Tasks {
		bucket := t.S3Bucket
		if bucket == "" {
			// arn:aws:s3:::bucket-name
			bucket = t.S3BucketARN[strings.LastIndex(t.S3BucketARN, ":")+1:]
		}
		job.Tasks = append(job.Tasks, BatchTask{TaskID: t.TaskID, Bucket: bucket, Key: decodeKey(t.S3Key), VersionID: t.S3VersionID})
	}
	return Payload{Shape: ShapeBatch, Batch: job}, nil
}

// Created returns a notification of one ObjectCreated record for an object
// named outside a notification (a Batch Operations task, a backfill listing),
// so that it takes the same path as an upload.
func Created(bucket, key, versionID, etag string, size int64) Notification {
	var rec events.S3EventRecord
	rec.EventSource = "aws:s3"
	rec.EventName = "ObjectCreated:Backfill"
	rec.S3.Bucket.Name = bucket
	rec.S3.Object = events.S3Object{
		Key:           url.QueryEscape(key),
		URLDecodedKey: key,
		VersionID:     versionID,
		ETag:          etag,
		Size:          size,
	}
	var n Notification
	n.Records = []events.S3EventRecord{rec}
	return n
}

// ParseMessageBody decodes the body of an SQS message: an S3 notification,
// S3's test event, or an S3 EventBridge event sent to the queue by a rule.
func ParseMessageBody(body string) (Payload, error) {
	p, err := Parse([]byte(body))
	if err != nil {
		return Payload{}, err
	}
	switch p.Shape {
	case ShapeS3, ShapeS3Test, ShapeEventBridge:
		return p, nil
	}
	return Payload{}, fmt.Errorf("%w: an SQS message whose body is a %s payload (want an S3 notification)", ErrUnknownPayload, p.Shape)
}
