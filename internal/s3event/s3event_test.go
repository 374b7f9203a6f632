package s3event

import (
	"os"
	"testing"

	"github.com/aws/aws-lambda-go/events"
)

func TestRefs(t *testing.T) {
	tests := []struct {
		name        string
		raw         string
		wantKeys    []string
		wantIgnored int
		wantTest    bool
	}{
		{
			name:     "escaped key with plus and percent escapes",
			raw:      `{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"drop"},"object":{"key":"incoming/My+Article%282%29.txt","size":12,"eTag":"\"abc\"","versionId":"v1"}}}]}`,
			wantKeys: []string{"incoming/My Article(2).txt"},
		},
		{
			name:     "several records keep their order",
			raw:      `{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"key":"incoming/a.txt"}}},{"eventName":"ObjectCreated:CompleteMultipartUpload","s3":{"bucket":{"name":"b"},"object":{"key":"incoming/b.html"}}}]}`,
			wantKeys: []string{"incoming/a.txt", "incoming/b.html"},
		},
		{
			name:        "removed objects are ignored",
			raw:         `{"Records":[{"eventName":"ObjectRemoved:Delete","s3":{"bucket":{"name":"b"},"object":{"key":"incoming/a.txt"}}}]}`,
			wantIgnored: 1,
		},
		{
			name:        "recursion guard: output prefix is never processed",
			raw:         `{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"key":"summaries/a.json"}}}]}`,
			wantIgnored: 1,
		},
		{
			name:     "S3 test event has no records",
			raw:      `{"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-11-26T10:00:00.000Z","Bucket":"drop","RequestId":"X","HostId":"Y"}`,
			wantTest: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Decode([]byte(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			refs, ignored := Refs(n, "summaries/")
			if n.IsTest() != tt.wantTest {
				t.Errorf("IsTest = %v", n.IsTest())
			}
			if len(refs) != len(tt.wantKeys) {
				t.Fatalf("got %d refs %+v, want %v", len(refs), refs, tt.wantKeys)
			}
			for i, r := range refs {
				if r.Key != tt.wantKeys[i] {
					t.Errorf("key %d = %q, want %q", i, r.Key, tt.wantKeys[i])
				}
			}
			if len(ignored) != tt.wantIgnored {
				t.Errorf("ignored = %+v, want %d", ignored, tt.wantIgnored)
			}
		})
	}
}

// One key with a malformed escape must not cost the other records of the
// event (aws-lambda-go alone rejects the whole event).
func TestMalformedEscapeKeepsEveryRecord(t *testing.T) {
	n, err := Decode([]byte(`{"Records":[` +
		`{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"key":"incoming/100%.txt","size":3}}},` +
		`{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"key":"incoming/a+b.txt","eTag":"\"e\""}}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	refs, _ := Refs(n, "summaries/")
	if len(refs) != 2 || refs[0].Key != "incoming/100%.txt" || refs[0].Size != 3 || refs[1].Key != "incoming/a b.txt" || refs[1].ETag != "e" || refs[1].Bucket != "b" {
		t.Errorf("refs = %+v", refs)
	}
	if _, err := Decode([]byte(`{"Records": "nope"}`)); err == nil {
		t.Error("a payload that is not a notification was accepted")
	}
}

func TestETagUnquotedAndFields(t *testing.T) {
	n, _ := Decode([]byte(`{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"drop"},"object":{"key":"incoming/x.txt","size":42,"eTag":"\"d41d8\"","versionId":"3HL4"}}}]}`))
	refs, _ := Refs(n, "summaries/")
	want := ObjectRef{Bucket: "drop", Key: "incoming/x.txt", VersionID: "3HL4", ETag: "d41d8", Size: 42, EventName: "ObjectCreated:Put"}
	if refs[0] != want {
		t.Errorf("got %+v, want %+v", refs[0], want)
	}
}

func TestRecordsBuiltInCodeAreDecoded(t *testing.T) {
	n := Notification{S3Event: events.S3Event{Records: []events.S3EventRecord{{
		EventName: "ObjectCreated:Put",
		S3:        events.S3Entity{Object: events.S3Object{Key: "incoming/a+b%C3%A9.txt"}},
	}}}}
	refs, _ := Refs(n, "summaries/")
	if refs[0].Key != "incoming/a bé.txt" {
		t.Errorf("key = %q", refs[0].Key)
	}
}

func TestEveryEventFileDecodes(t *testing.T) {
	files, _ := os.ReadDir("../../events")
	for _, f := range files {
		raw, err := os.ReadFile("../../events/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Decode(raw); err != nil {
			t.Errorf("%s: %v", f.Name(), err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"key":"incoming/a%20b.txt"}}}]}`))
	f.Add([]byte(`{"Event":"s3:TestEvent"}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		n, err := Decode(raw)
		if err != nil {
			return
		}
		Refs(n, "summaries/")
	})
}

func TestRecordKey(t *testing.T) {
	rec := func(raw, decoded string) events.S3EventRecord {
		var r events.S3EventRecord
		r.S3.Object.Key, r.S3.Object.URLDecodedKey = raw, decoded
		return r
	}
	tests := []struct {
		r    events.S3EventRecord
		want string
	}{
		{rec("incoming/a+b%282%29.txt", "incoming/a b(2).txt"), "incoming/a b(2).txt"},
		{rec("incoming/a+b%282%29.txt", ""), "incoming/a b(2).txt"}, // built in code
		{rec("incoming/100%zz.txt", ""), "incoming/100%zz.txt"},     // malformed escape: as sent, never ""
	}
	for _, tt := range tests {
		if got := RecordKey(tt.r); got != tt.want {
			t.Errorf("RecordKey(%q) = %q, want %q", tt.r.S3.Object.Key, got, tt.want)
		}
	}
}
