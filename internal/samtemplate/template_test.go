package samtemplate

import (
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// node walks a YAML mapping by keys; nil when a key is missing.
func node(n *yaml.Node, path ...string) *yaml.Node {
	if n != nil && n.Kind == yaml.DocumentNode {
		n = n.Content[0]
	}
	for _, key := range path {
		if n == nil || n.Kind != yaml.MappingNode {
			return nil
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				next = n.Content[i+1]
			}
		}
		n = next
	}
	return n
}

// text flattens a node (with its tags, such as !Sub) into one string, for
// "does this policy mention that bucket" checks.
func text(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		b.WriteString(n.Tag + " ")
	}
	b.WriteString(n.Value + " ")
	for _, c := range n.Content {
		b.WriteString(text(c))
	}
	return b.String()
}

func load(t *testing.T) *yaml.Node {
	t.Helper()
	raw, err := os.ReadFile("../../template.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("template.yaml is not YAML: %v", err)
	}
	return &doc
}

func TestFunction(t *testing.T) {
	doc := load(t)
	if got := node(doc, "Transform").Value; got != "AWS::Serverless-2016-10-31" {
		t.Errorf("Transform = %q", got)
	}
	fn := node(doc, "Resources", "SummariseFunction")
	if fn == nil {
		t.Fatal("no SummariseFunction resource")
	}
	checks := []struct{ path, want string }{
		{"Type", "AWS::Serverless::Function"},
		{"Properties.Runtime", "provided.al2023"},
		{"Properties.Handler", "bootstrap"},
		{"Properties.CodeUri", "functions/summarise/"},
		{"Metadata.BuildMethod", "go1.x"},
		{"Properties.Architectures", "arm64"},
		{"Properties.ReservedConcurrentExecutions", "!Ref ReservedConcurrency"},
	}
	for _, c := range checks {
		if got := strings.TrimSpace(text(node(fn, strings.Split(c.path, ".")...))); got != c.want {
			t.Errorf("%s = %q, want %q", c.path, got, c.want)
		}
	}
	if _, err := os.Stat("../../functions/summarise/main.go"); err != nil {
		t.Errorf("CodeUri has no main.go: %v", err)
	}
	for _, v := range []string{"INPUT_PREFIX", "OUTPUT_PREFIX", "OUTPUT_BUCKET", "SUMMARY_SENTENCES", "MAX_QUOTES", "MAX_OBJECT_BYTES", "LOG_LEVEL"} {
		if node(fn, "Properties", "Environment", "Variables", v) == nil {
			t.Errorf("environment variable %s is not set", v)
		}
	}
}

func TestEventIsFilteredOnInputPrefix(t *testing.T) {
	ev := node(load(t), "Resources", "SummariseFunction", "Properties", "Events", "ArticleUploaded", "Properties")
	if got := text(node(ev, "Events")); !strings.Contains(got, "s3:ObjectCreated:*") {
		t.Errorf("events = %q", got)
	}
	if got := text(node(ev, "Bucket")); strings.TrimSpace(got) != "!Ref DropBucket" {
		t.Errorf("bucket = %q", got)
	}
	rules := text(node(ev, "Filter", "S3Key", "Rules"))
	if !strings.Contains(rules, "prefix") || !strings.Contains(rules, "!Ref InputPrefix") {
		t.Errorf("no prefix filter on InputPrefix: %q", rules)
	}
}

func TestLeastPrivilege(t *testing.T) {
	doc := load(t)
	pol := node(doc, "Resources", "SummariseFunction", "Properties", "Policies")
	if pol == nil || len(pol.Content) != 2 {
		t.Fatalf("want exactly two policies (read input, write output), got %q", text(pol))
	}
	read := text(node(pol.Content[0], "S3ReadPolicy", "BucketName"))
	write := text(node(pol.Content[1], "S3WritePolicy", "BucketName"))
	if !strings.Contains(read, "!Sub") || !strings.Contains(read, "-drop-") {
		t.Errorf("S3ReadPolicy is not on the drop bucket by name: %q", read)
	}
	if !strings.Contains(write, "-digests-") {
		t.Errorf("S3WritePolicy is not on the digest bucket: %q", write)
	}
	all := text(pol)
	for _, bad := range []string{"S3CrudPolicy", "S3FullAccessPolicy", "AmazonS3FullAccess", "!Ref DropBucket", "!Ref DigestBucket", "GetAtt DropBucket"} {
		if strings.Contains(all, bad) {
			t.Errorf("policies mention %s (too broad, or a Bucket -> Function -> Role cycle)", bad)
		}
	}
	// The names in the policies are the names the buckets are given.
	drop := text(node(doc, "Resources", "DropBucket", "Properties", "BucketName"))
	if !strings.Contains(read, strings.TrimSpace(strings.TrimPrefix(drop, "!Sub"))) {
		t.Errorf("read policy %q does not name the drop bucket %q", read, drop)
	}
}

func TestFailuresGoToAQueue(t *testing.T) {
	doc := load(t)
	cfg := node(doc, "Resources", "SummariseFunction", "Properties", "EventInvokeConfig")
	if got := node(cfg, "DestinationConfig", "OnFailure", "Type").Value; got != "SQS" {
		t.Errorf("OnFailure type = %q", got)
	}
	dest := text(node(cfg, "DestinationConfig", "OnFailure", "Destination"))
	queue := strings.Fields(dest)
	if len(queue) < 2 || node(doc, "Resources", strings.Split(queue[1], ".")[0]) == nil {
		t.Errorf("OnFailure destination %q is not a resource of the template", dest)
	}
	if node(cfg, "MaximumRetryAttempts") == nil {
		t.Error("no MaximumRetryAttempts")
	}
}

func TestBucketsArePrivateAndTLSOnly(t *testing.T) {
	doc := load(t)
	for _, b := range []string{"DropBucket", "DigestBucket"} {
		pab := node(doc, "Resources", b, "Properties", "PublicAccessBlockConfiguration")
		for _, k := range []string{"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"} {
			if v := node(pab, k); v == nil || v.Value != "true" {
				t.Errorf("%s: %s is not true", b, k)
			}
		}
		pol := text(node(doc, "Resources", b+"Policy", "Properties", "PolicyDocument"))
		if !strings.Contains(pol, "aws:SecureTransport") || !strings.Contains(pol, "Deny") {
			t.Errorf("%s has no TLS-only policy", b)
		}
	}
	if node(doc, "Resources", "DigestBucket", "Properties", "NotificationConfiguration") != nil {
		t.Error("the digest bucket must have no notification")
	}
}

func TestOutputs(t *testing.T) {
	out := node(load(t), "Outputs")
	for _, k := range []string{"DropBucketName", "DigestBucketName", "SummariseFunctionName", "FailedEventsQueueUrl"} {
		if node(out, k) == nil {
			t.Errorf("no output %s", k)
		}
	}
}
