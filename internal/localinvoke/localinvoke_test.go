package localinvoke

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgist/newsgist/internal/digest"
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
		byEvent[inv.Event] = inv
	}
	want := map[string][]string{ // event file -> digest keys it must write
		"seed-article.json":    {"summaries/gates-missile-shield.txt.json"},
		"html-article.json":    {"summaries/harbour-tunnel-vote.html.json"},
		"key-with-spaces.json": {"summaries/2026/11/Missile shield (analysis).txt.json"},
		"multi-record.json":    {"summaries/gates-missile-shield.txt.json", "summaries/2026/11/harbour-tunnel-vote.html.json"},
		"s3-test-event.json":   {},
		"output-prefix.json":   {},
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
	// The function logs JSON through log/slog.
	if !strings.Contains(logs.String(), `"msg":"article digested"`) {
		t.Errorf("no structured log line from the function:\n%s", logs.String())
	}
}
