package samtemplate

import (
	"os"
	"regexp"
	"strconv"
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
		{"Properties.CodeUri", "."},
		{"Metadata.BuildMethod", "makefile"},
		{"Properties.Architectures", "arm64"},
		{"Properties.ReservedConcurrentExecutions", "!If HasReservedConcurrency !Ref ReservedConcurrency !Ref AWS::NoValue"},
		{"Properties.Tracing", "Active"},
		{"Properties.LoggingConfig.LogFormat", "JSON"},
		{"Properties.LoggingConfig.ApplicationLogLevel", "!Ref LogLevel"},
		{"Properties.LoggingConfig.LogGroup", "!Ref SummariseLogGroup"},
	}
	for _, c := range checks {
		if got := strings.Join(strings.Fields(text(node(fn, strings.Split(c.path, ".")...))), " "); got != c.want {
			t.Errorf("%s = %q, want %q", c.path, got, c.want)
		}
	}
	if _, err := os.Stat("../../Makefile"); err != nil {
		t.Errorf("CodeUri has no Makefile: %v", err)
	}
	for _, v := range []string{"INPUT_PREFIX", "OUTPUT_PREFIX", "OUTPUT_BUCKET", "SUMMARY_SENTENCES", "MAX_QUOTES", "MAX_OBJECT_BYTES", "DELETE_DIGESTS"} {
		if node(fn, "Properties", "Environment", "Variables", v) == nil {
			t.Errorf("environment variable %s is not set", v)
		}
	}
}

// Each IngestMode wires uploads under the input prefix to the function:
// Direct through a Lambda notification, SQS through a queue notification
// and an event source mapping with partial batch failures, EventBridge
// through a rule on the input prefix.
func TestIngestModes(t *testing.T) {
	doc := load(t)
	if got := text(node(doc, "Parameters", "IngestMode", "AllowedValues")); strings.Join(strings.Fields(got), " ") != "Direct SQS EventBridge" {
		t.Errorf("IngestMode values %q", got)
	}
	nc := node(doc, "Resources", "DropBucket", "Properties", "NotificationConfiguration")
	flat := strings.Join(strings.Fields(text(nc)), " ")
	for _, want := range []string{
		"!If DirectMode LambdaConfigurations Event s3:ObjectCreated:* Function !GetAtt SummariseFunction.Arn Filter S3Key Rules Name prefix Value !Ref InputPrefix",
		"!If SQSMode QueueConfigurations Event s3:ObjectCreated:* Queue !GetAtt IngestQueue.Arn Filter S3Key Rules Name prefix Value !Ref InputPrefix",
		"EventBridgeConfiguration EventBridgeEnabled true",
		"!If DeleteDigestsOn Event s3:ObjectRemoved:* Function !GetAtt SummariseFunction.Arn",
		"!If DeleteDigestsOn Event s3:ObjectRemoved:* Queue !GetAtt IngestQueue.Arn",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("notification lacks %q:\n%s", want, flat)
		}
	}
	for res, cond := range map[string]string{"S3InvokePermission": "DirectMode", "IngestQueue": "SQSMode", "IngestDLQ": "SQSMode", "IngestQueuePolicy": "SQSMode",
		"IngestEventSourceMapping": "SQSMode", "ObjectCreatedRule": "EventBridgeMode", "EventBridgeInvokePermission": "EventBridgeMode"} {
		if got := node(doc, "Resources", res, "Condition"); got == nil || got.Value != cond {
			t.Errorf("%s: condition %v, want %s", res, got, cond)
		}
	}
	esm := node(doc, "Resources", "IngestEventSourceMapping", "Properties")
	if !strings.Contains(text(node(esm, "FunctionResponseTypes")), "ReportBatchItemFailures") {
		t.Error("no ReportBatchItemFailures")
	}
	for k, v := range map[string]string{"BatchSize": "!Ref QueueBatchSize", "MaximumBatchingWindowInSeconds": "!Ref QueueBatchWindowSeconds", "ScalingConfig": "MaximumConcurrency !Ref QueueMaximumConcurrency"} {
		if got := strings.Join(strings.Fields(text(node(esm, k))), " "); got != v {
			t.Errorf("event source mapping %s = %q, want %q", k, got, v)
		}
	}
	// The queue outlives a timed-out batch, and gives up into the DLQ.
	q := node(doc, "Resources", "IngestQueue", "Properties")
	vis, _ := strconv.Atoi(node(q, "VisibilityTimeout").Value)
	timeout, _ := strconv.Atoi(node(doc, "Resources", "SummariseFunction", "Properties", "Timeout").Value)
	if vis < 6*timeout || !strings.Contains(text(node(q, "RedrivePolicy")), "IngestDLQ.Arn") {
		t.Errorf("ingest queue: visibility %d for a %d s timeout; redrive %q", vis, timeout, text(node(q, "RedrivePolicy")))
	}
	qp := strings.Join(strings.Fields(text(node(doc, "Resources", "IngestQueuePolicy", "Properties", "PolicyDocument"))), " ")
	if !strings.Contains(qp, "Service s3.amazonaws.com") || !strings.Contains(qp, "aws:SourceArn") || !strings.Contains(qp, "aws:SourceAccount") {
		t.Errorf("queue policy %q", qp)
	}
	rule := strings.Join(strings.Fields(text(node(doc, "Resources", "ObjectCreatedRule", "Properties", "EventPattern"))), " ")
	if !strings.Contains(rule, "Object Created") || !strings.Contains(rule, "prefix !Ref InputPrefix") || !strings.Contains(rule, "-drop-") {
		t.Errorf("rule pattern %q", rule)
	}
}

// The function's own policy is written out: s3:GetObject on the input prefix
// of the drop bucket, s3:PutObject on the output prefix of the digest bucket
// (or of the drop bucket when SameBucketOutput is true), and in SQS mode
// reading the ingest queue.
func TestLeastPrivilege(t *testing.T) {
	doc := load(t)
	pol := node(doc, "Resources", "SummariseFunction", "Properties", "Policies")
	if pol == nil || len(pol.Content) != 1 {
		t.Fatalf("want exactly one inline policy document, got %q", text(pol))
	}
	stmts := node(pol.Content[0], "Statement")
	if stmts == nil || len(stmts.Content) != 4 {
		t.Fatalf("want exactly four statements (the last two conditional), got %q", text(stmts))
	}
	deleteOnly := strings.Join(strings.Fields(text(stmts.Content[2])), " ")
	if deleteOnly != "!If DeleteDigestsOn Sid DeleteDigests Effect Allow Action s3:DeleteObject Resource !If SeparateOutputBucket !Sub arn:${AWS::Partition}:s3:::${BucketBaseName}-digests-${AWS::AccountId}-${AWS::Region}/${OutputPrefix}* !Sub arn:${AWS::Partition}:s3:::${BucketBaseName}-drop-${AWS::AccountId}-${AWS::Region}/${OutputPrefix}* !Ref AWS::NoValue" {
		t.Errorf("third statement %q", deleteOnly)
	}
	sqsOnly := strings.Join(strings.Fields(text(stmts.Content[3])), " ")
	if sqsOnly != "!If SQSMode Sid ReadIngestQueue Effect Allow Action sqs:ReceiveMessage sqs:DeleteMessage sqs:ChangeMessageVisibility sqs:GetQueueAttributes Resource !GetAtt IngestQueue.Arn !Ref AWS::NoValue" {
		t.Errorf("fourth statement %q", sqsOnly)
	}
	drop := "arn:${AWS::Partition}:s3:::${BucketBaseName}-drop-${AWS::AccountId}-${AWS::Region}"
	digests := "arn:${AWS::Partition}:s3:::${BucketBaseName}-digests-${AWS::AccountId}-${AWS::Region}"
	want := []struct{ effect, action, resource string }{
		{"Allow", "s3:GetObject", "!Sub " + drop + "/${InputPrefix}*"},
		{"Allow", "s3:PutObject s3:GetObject", "!If SeparateOutputBucket !Sub " + digests + "/${OutputPrefix}* !Sub " + drop + "/${OutputPrefix}*"},
	}
	for i, w := range want {
		st := stmts.Content[i]
		got := func(k string) string { return strings.Join(strings.Fields(text(node(st, k))), " ") }
		if got("Effect") != w.effect || got("Action") != w.action || got("Resource") != w.resource {
			t.Errorf("statement %d: %s %s on %s; want %s %s on %s", i, got("Effect"), got("Action"), got("Resource"), w.effect, w.action, w.resource)
		}
		for _, k := range []string{"NotAction", "NotResource", "Condition", "Principal"} {
			if node(st, k) != nil {
				t.Errorf("statement %d has %s", i, k)
			}
		}
	}
	// The names in the policy are the names the buckets are given.
	for b, arn := range map[string]string{"DropBucket": drop, "DigestBucket": digests} {
		name := strings.TrimSpace(strings.TrimPrefix(text(node(doc, "Resources", b, "Properties", "BucketName")), "!Sub"))
		if "arn:${AWS::Partition}:s3:::"+name != arn {
			t.Errorf("%s is named %q, the policy says %q", b, name, arn)
		}
	}
}

// Every bucket name the template can build fits S3's 63 characters with the
// longest base name the parameter allows, a 12-digit account and the longest
// region names (14 characters today; 15 leaves room for one more).
func TestBucketNamesFit63Characters(t *testing.T) {
	doc := load(t)
	param := node(doc, "Parameters", "BucketBaseName")
	max, err := strconv.Atoi(node(param, "MaxLength").Value)
	if err != nil {
		t.Fatalf("BucketBaseName has no MaxLength: %v", err)
	}
	pattern := regexp.MustCompile(node(param, "AllowedPattern").Value)
	base := strings.Repeat("a", max)
	if !pattern.MatchString(base) || !pattern.MatchString("newsgist") || pattern.MatchString("-news") || pattern.MatchString("News") {
		t.Errorf("AllowedPattern %s", pattern)
	}
	resources := node(doc, "Resources")
	names := 0
	for i := 0; i+1 < len(resources.Content); i += 2 {
		bn := node(resources.Content[i+1], "Properties", "BucketName")
		if bn == nil {
			continue
		}
		names++
		for _, region := range []string{"ap-southeast-2", "ap-northeast-3", "us-gov-west-1", "abcdefghijklmno"} {
			name := strings.TrimSpace(strings.TrimPrefix(text(bn), "!Sub"))
			name = strings.NewReplacer("${BucketBaseName}", base, "${AWS::AccountId}", "123456789012", "${AWS::Region}", region).Replace(name)
			if strings.Contains(name, "${") || len(name) > 63 {
				t.Errorf("%s: %q is %d characters", resources.Content[i].Value, name, len(name))
			}
		}
	}
	if names < 2 {
		t.Errorf("%d bucket names found", names)
	}
}

// ReservedConcurrency is optional: unset (0) by default, so a deployment on
// a new account with a low concurrency quota does not fail.
func TestReservedConcurrencyIsOptional(t *testing.T) {
	doc := load(t)
	if got := node(doc, "Parameters", "ReservedConcurrency", "Default").Value; got != "0" {
		t.Errorf("default %s", got)
	}
	cond := strings.Join(strings.Fields(text(node(doc, "Conditions", "HasReservedConcurrency"))), " ")
	if !strings.Contains(cond, "!Not") || !strings.Contains(cond, "!Equals") || !strings.Contains(cond, "!Ref ReservedConcurrency 0") {
		t.Errorf("HasReservedConcurrency = %q", cond)
	}
}

func TestLogGroupAndAlarms(t *testing.T) {
	doc := load(t)
	lg := node(doc, "Resources", "SummariseLogGroup")
	if node(lg, "Type").Value != "AWS::Logs::LogGroup" || strings.TrimSpace(text(node(lg, "Properties", "RetentionInDays"))) != "!Ref LogRetentionDays" {
		t.Errorf("log group %q", text(lg))
	}
	timeout, _ := strconv.Atoi(node(doc, "Resources", "SummariseFunction", "Properties", "Timeout").Value)
	alarms := map[string]string{} // metric -> alarm resource
	resources := node(doc, "Resources")
	for i := 0; i+1 < len(resources.Content); i += 2 {
		r := resources.Content[i+1]
		if node(r, "Type").Value != "AWS::CloudWatch::Alarm" {
			continue
		}
		p := node(r, "Properties")
		alarms[node(p, "MetricName").Value] = resources.Content[i].Value
		actions := text(node(p, "AlarmActions"))
		if !strings.Contains(actions, "HasAlarmEmail") || !strings.Contains(actions, "!Ref AlarmTopic") || !strings.Contains(actions, "AWS::NoValue") {
			t.Errorf("%s notifies %q", resources.Content[i].Value, actions)
		}
		if node(p, "MetricName").Value == "Duration" {
			thr, _ := strconv.Atoi(node(p, "Threshold").Value)
			if node(p, "ExtendedStatistic").Value != "p99" || thr <= timeout*1000/2 || thr >= timeout*1000 {
				t.Errorf("Duration alarm: %s at %d ms for a %d s timeout", node(p, "ExtendedStatistic").Value, thr, timeout)
			}
		}
	}
	for _, m := range []string{"ApproximateNumberOfMessagesVisible", "ApproximateAgeOfOldestMessage", "Errors", "Throttles", "AsyncEventsDropped", "AsyncEventAge", "DestinationDeliveryFailures", "Duration"} {
		if alarms[m] == "" {
			t.Errorf("no alarm on %s", m)
		}
	}
	if node(doc, "Resources", "AlarmTopic", "Condition").Value != "HasAlarmEmail" {
		t.Error("the SNS topic is not optional")
	}
	dash := text(node(doc, "Resources", "Dashboard", "Properties", "DashboardBody"))
	for _, m := range []string{"DigestsOK", "DigestsRejected", "DigestsFailed", "BytesIn", "Words", "QuotesFound", "DigestTime", "AsyncEventAge", "ApproximateAgeOfOldestMessage"} {
		if !strings.Contains(dash, `"`+m+`"`) {
			t.Errorf("the dashboard does not show %s", m)
		}
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
