// Package s3event turns an S3 event notification into the list of objects to
// digest. It is the only place that knows the notification's shape.
package s3event

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/aws/aws-lambda-go/events"
)

// Notification is what S3 sends to the function: either object records, or
// the one-off s3:TestEvent that S3 sends when a notification is configured
// (which has no records, only Service/Event/Bucket fields).
type Notification struct {
	events.S3Event
	Service string `json:"Service"` // "Amazon S3" on a test event
	Event   string `json:"Event"`   // "s3:TestEvent" on a test event
	Bucket  string `json:"Bucket"`  // the bucket of a test event
}

// IsTest reports whether n is S3's configuration test event.
func (n Notification) IsTest() bool { return n.Event == "s3:TestEvent" }

// ObjectRef names one created object to digest.
type ObjectRef struct {
	Bucket    string
	Key       string // URL-decoded: "incoming/My Article(2).txt"
	VersionID string
	ETag      string
	Size      int64
	EventName string
}

// Ignored is a record that needs no digest, with the reason, for the logs.
type Ignored struct {
	EventName, Bucket, Key, Reason string
}

// Decode parses a raw notification. aws-lambda-go rejects the whole event
// when one key has a malformed %-escape; Decode then keeps every record,
// with that key as sent, so that no upload of the event is lost.
func Decode(raw []byte) (Notification, error) {
	var n Notification
	err := json.Unmarshal(raw, &n)
	if err == nil {
		return n, nil
	}
	var lenient struct {
		Records []struct {
			events.S3EventRecord
			S3 struct {
				events.S3Entity
				Object rawObject `json:"object"`
			} `json:"s3"`
		} `json:"Records"`
		Service, Event, Bucket string
	}
	if json.Unmarshal(raw, &lenient) != nil {
		return Notification{}, fmt.Errorf("decode S3 notification: %w", err)
	}
	n = Notification{Service: lenient.Service, Event: lenient.Event, Bucket: lenient.Bucket}
	for _, r := range lenient.Records {
		rec := r.S3EventRecord
		rec.S3 = r.S3.S3Entity
		rec.S3.Object = events.S3Object(r.S3.Object)
		rec.S3.Object.URLDecodedKey = decodeKey(rec.S3.Object.Key)
		n.Records = append(n.Records, rec)
	}
	return n, nil
}

// rawObject is events.S3Object without its key-decoding UnmarshalJSON.
type rawObject events.S3Object

// Refs returns the objects of n's ObjectCreated records, in record order, and
// the records it ignores: other event types (ObjectRemoved, …) and keys under
// outputPrefix (the recursion guard: a digest must never be digested, even if
// the bucket notification is misconfigured).
func Refs(n Notification, outputPrefix string) ([]ObjectRef, []Ignored) {
	var refs []ObjectRef
	var ignored []Ignored
	for _, r := range n.Records {
		key := RecordKey(r)
		bucket := r.S3.Bucket.Name
		switch {
		case !strings.HasPrefix(r.EventName, "ObjectCreated:"):
			ignored = append(ignored, Ignored{r.EventName, bucket, key, "not an ObjectCreated event"})
		case outputPrefix != "" && strings.HasPrefix(key, outputPrefix):
			ignored = append(ignored, Ignored{r.EventName, bucket, key, "key is under the output prefix " + outputPrefix})
		case strings.HasSuffix(key, "/"):
			ignored = append(ignored, Ignored{r.EventName, bucket, key, "folder placeholder"})
		default:
			refs = append(refs, ObjectRef{
				Bucket:    bucket,
				Key:       key,
				VersionID: r.S3.Object.VersionID,
				ETag:      strings.Trim(r.S3.Object.ETag, `"`),
				Size:      r.S3.Object.Size,
				EventName: r.EventName,
			})
		}
	}
	return refs, ignored
}

// RecordKey is the decoded object key of a notification record. Records
// built in code rather than decoded from JSON carry only the raw,
// URL-encoded key, which is decoded here the same way.
func RecordKey(r events.S3EventRecord) string {
	if r.S3.Object.URLDecodedKey != "" {
		return r.S3.Object.URLDecodedKey
	}
	return decodeKey(r.S3.Object.Key)
}

// decodeKey undoes S3's form encoding of keys in notifications ("+" is a
// space, %xx an escaped byte). A malformed escape leaves the key as sent.
func decodeKey(k string) string {
	d, err := url.QueryUnescape(k)
	if err != nil {
		return k
	}
	return d
}
