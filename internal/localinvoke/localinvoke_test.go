package localinvoke

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/handler"
)

// TestEveryEventThroughTheRuntimeAPI builds bootstrap, runs it under the
// Lambda Runtime Interface Emulator against a local S3 server, posts every
// file of events/ and checks the digests that land in the digest bucket.
func TestEveryEventThroughTheRuntimeAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two binaries; skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var logs bytes.Buffer
	invs, err := Run(ctx, Options{RepoRoot: "../..", Log: &logs})
	if err != nil {
		t.Fatalf("%v\nlogs:\n%s", err, logs.String())
	}
	byEvent := map[string]Invocation{}
	for _, inv := range invs {
		byEvent[filepath.Base(inv.Event)] = inv
		if inv.Failed {
			t.Errorf("%s: error response %s", inv.Event, inv.Response)
		}
	}
	want := map[string][]string{ // event file -> digest keys it must write
		"seed-article.json":               {"summaries/gates-missile-shield.txt.json"},
		"html-article.json":               {"summaries/harbour-tunnel-vote.html.json"},
		"key-with-spaces.json":            {"summaries/2026/11/Missile shield (analysis).txt.json"},
		"multi-record.json":               {"summaries/gates-missile-shield.txt.json", "summaries/2026/11/harbour-tunnel-vote.html.json"},
		"s3-test-event.json":              {},
		"output-prefix.json":              {},
		"sqs-s3-notification.json":        {handler.DefaultConfig.OutputKey("incoming/queued/library-reopening.md")},
		"eventbridge-object-created.json": {handler.DefaultConfig.OutputKey("incoming/eventbridge/rail-strike-related-stories.html")},
		"batch-task-v1.json":              {handler.DefaultConfig.OutputKey("incoming/backfill/wildfire-hard-wrapped.txt")},
		"batch-task-v2.json":              {handler.DefaultConfig.OutputKey("incoming/backfill/Museum theft (captions).html")},
	}
	// Each payload is answered in its sender's shape.
	responses := map[string]string{
		"seed-article.json":               `"digests":[{`,
		"sqs-s3-notification.json":        `{"batchItemFailures":[]}`,
		"eventbridge-object-created.json": `"digests":[{`,
		"batch-task-v1.json":              `"results":[{"taskId":"dGFza2lkZ29lc2hlcmUK","resultCode":"Succeeded","resultString":"ok -> s3://newsgist-digests-local/` + handler.DefaultConfig.OutputKey("incoming/backfill/wildfire-hard-wrapped.txt") + `"}]`,
		"batch-task-v2.json":              `"invocationSchemaVersion":"2.0","treatMissingKeysAs":"PermanentFailure"`,
	}
	for event, want := range responses {
		if got := byEvent[event].Response; !strings.Contains(got, want) {
			t.Errorf("%s: response %s, want %s in it", event, got, want)
		}
	}
	files, _ := os.ReadDir("../../events")
	if len(files) != len(want) {
		t.Errorf("%d event files, this test knows %d: add the new one here", len(files), len(want))
	}
	for event, keys := range want {
		inv, ok := byEvent[event]
		if !ok {
			t.Errorf("%s was not invoked", event)
			continue
		}
		if len(inv.Digests) != len(keys) {
			t.Errorf("%s wrote %d digests, want %d: %v", event, len(inv.Digests), len(keys), inv.Digests)
		}
		for _, k := range keys {
			body, ok := inv.Digests[k]
			if !ok {
				t.Errorf("%s: no digest at %s", event, k)
				continue
			}
			var d digest.Digest
			if err := json.Unmarshal(body, &d); err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			if d.Status != digest.StatusOK || d.Article == nil || d.Headline == "" || len(d.Summary) == 0 {
				t.Errorf("%s: status %s, error %+v", k, d.Status, d.Error)
			}
			if d.Source.Bucket != DropBucket || !strings.HasPrefix(d.Source.Key, "incoming/") {
				t.Errorf("%s: source %+v", k, d.Source)
			}
		}
	}
	// The function logs JSON through the lambdacontext handler, with the
	// request id, and one EMF line per record.
	if !strings.Contains(logs.String(), `"message":"article digested"`) || !strings.Contains(logs.String(), `"requestId":"`) {
		t.Errorf("no structured log line with a request id from the function:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), `"_aws":{"CloudWatchMetrics":[{"Dimensions":[["FunctionName"]],"Metrics":[{"Name":"DigestsOK"`) {
		t.Errorf("no EMF line from the function:\n%s", logs.String())
	}

	// A payload the function does not know gets an error response.
	invs, err = Run(ctx, Options{RepoRoot: "../..", Events: []string{"../../testdata/events/unknown-empty.json", "../../testdata/events/unknown-destination-record.json"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, inv := range invs {
		if !inv.Failed || !strings.Contains(inv.Response, "unknown payload") || len(inv.Digests) != 0 {
			t.Errorf("%s: failed %v, response %s, %d digests", inv.Event, inv.Failed, inv.Response, len(inv.Digests))
		}
	}
	var report bytes.Buffer
	Report(&report, invs)
	if !strings.Contains(report.String(), "unknown-empty.json: error response {") {
		t.Errorf("report:\n%s", report.String())
	}
}
