package samtemplate

import (
	"encoding/json"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// transformed returns template.yaml after the SAM transform, through the SAM
// translator cfn-lint ships (testdata/transform.py), run by $NEWSGIST_PYTHON
// (default python3). Without python3 and
// cfn-lint the test is skipped, unless NEWSGIST_REQUIRE_CFN_LINT=1 (CI, which
// installs cfn-lint first).
func transformed(t *testing.T) map[string]any {
	t.Helper()
	python := os.Getenv("NEWSGIST_PYTHON") // the interpreter cfn-lint is installed for (.ci/run)
	if python == "" {
		python = "python3"
	}
	out, err := exec.Command(python, "testdata/transform.py", "../../template.yaml").Output()
	if err != nil {
		msg := err.Error()
		if ee, ok := err.(*exec.ExitError); ok {
			msg += ": " + string(ee.Stderr)
		}
		if os.Getenv("NEWSGIST_REQUIRE_CFN_LINT") == "1" {
			t.Fatalf("SAM transform: %s", msg)
		}
		t.Skipf("no SAM translator (python3 with cfn-lint): %s", msg)
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func compact(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// After the SAM transform, the function's role grants exactly: the S3
// statements of the template (read the input prefix, write and read back the
// output prefix, delete there only with DeleteDigests), reading the ingest
// queue in SQS mode, sending failed events to
// the failure queue, and the two managed
// policies for logs and X-Ray traces. No other S3 action, no wildcard action.
func TestTransformedPolicyGrantsOnlyThePrefixes(t *testing.T) {
	doc := transformed(t)
	res := doc["Resources"].(map[string]any)
	role, ok := res["SummariseFunctionRole"].(map[string]any)
	if !ok {
		t.Fatal("no SummariseFunctionRole after the transform")
	}
	props := role["Properties"].(map[string]any)
	var managed []string
	for _, m := range props["ManagedPolicyArns"].([]any) {
		managed = append(managed, compact(m))
	}
	slices.Sort(managed)
	wantManaged := []string{`"arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess"`, `"arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"`}
	if !slices.Equal(managed, wantManaged) {
		t.Errorf("managed policies %v, want %v", managed, wantManaged)
	}
	drop := "arn:${AWS::Partition}:s3:::${BucketBaseName}-drop-${AWS::AccountId}-${AWS::Region}"
	digests := "arn:${AWS::Partition}:s3:::${BucketBaseName}-digests-${AWS::AccountId}-${AWS::Region}"
	want := []string{
		`Allow s3:GetObject {"Fn::Sub":"` + drop + `/${InputPrefix}*"}`,
		`Allow s3:GetObject {"Fn::If":["SeparateOutputBucket",{"Fn::Sub":"` + digests + `/${OutputPrefix}*"},{"Fn::Sub":"` + drop + `/${OutputPrefix}*"}]}`,
		`Allow s3:DeleteObject {"Fn::If":["SeparateOutputBucket",{"Fn::Sub":"` + digests + `/${OutputPrefix}*"},{"Fn::Sub":"` + drop + `/${OutputPrefix}*"}]}`,
		`Allow s3:PutObject {"Fn::If":["SeparateOutputBucket",{"Fn::Sub":"` + digests + `/${OutputPrefix}*"},{"Fn::Sub":"` + drop + `/${OutputPrefix}*"}]}`,
		`Allow sqs:ChangeMessageVisibility {"Fn::GetAtt":["IngestQueue","Arn"]}`,
		`Allow sqs:DeleteMessage {"Fn::GetAtt":["IngestQueue","Arn"]}`,
		`Allow sqs:GetQueueAttributes {"Fn::GetAtt":["IngestQueue","Arn"]}`,
		`Allow sqs:ReceiveMessage {"Fn::GetAtt":["IngestQueue","Arn"]}`,
		`Allow sqs:SendMessage {"Fn::GetAtt":["FailedEventsQueue","Arn"]}`,
	}
	var got []string
	for _, p := range props["Policies"].([]any) {
		stmts := p.(map[string]any)["PolicyDocument"].(map[string]any)["Statement"].([]any)
		for _, s := range stmts {
			st := s.(map[string]any)
			if cond, ok := st["Fn::If"].([]any); ok {
				// {"Fn::If": [SQSMode, statement, NoValue]}
				if (cond[0] != "SQSMode" && cond[0] != "DeleteDigestsOn") || compact(cond[2]) != `{"Ref":"AWS::NoValue"}` {
					t.Errorf("conditional statement %s", compact(st))
					continue
				}
				st = cond[1].(map[string]any)
			}
			for _, k := range []string{"NotAction", "NotResource", "Condition"} {
				if st[k] != nil {
					t.Errorf("a statement has %s: %s", k, compact(st))
				}
			}
			actions, ok := st["Action"].([]any)
			if !ok {
				actions = []any{st["Action"]}
			}
			for _, a := range actions {
				if strings.Contains(a.(string), "*") {
					t.Errorf("wildcard action %s", a)
				}
				got = append(got, st["Effect"].(string)+" "+a.(string)+" "+compact(st["Resource"]))
			}
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("the function may:\n  %s\nwant exactly:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
