package handler_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/lambdacontext"

	"github.com/newsgist/newsgist/internal/handler"
)

// emfUnits are the units the CloudWatch EMF specification allows.
var emfUnits = strings.Fields(`Seconds Microseconds Milliseconds Bytes Kilobytes Megabytes Gigabytes
	Terabytes Bits Kilobits Megabits Gigabits Terabits Percent Count Bytes/Second Kilobytes/Second
	Megabytes/Second Gigabytes/Second Terabytes/Second Bits/Second Kilobits/Second Megabits/Second
	Gigabits/Second Terabits/Second Count/Second None`)

// validateEMF checks one line against the required fields of the CloudWatch
// Embedded Metric Format specification: a root _aws object with an integer
// Timestamp and a non-empty CloudWatchMetrics array; each directive with a
// Namespace (1–255 characters), Dimensions (arrays of at most 30 names, each
// a string member of the root) and Metrics (at most 100, each with a Name
// that is a numeric member of the root, an allowed Unit, a StorageResolution
// of 1 or 60 when given). It returns the metric values by name.
func validateEMF(line []byte) (map[string]float64, error) {
	if len(line) > 1<<20 {
		return nil, fmt.Errorf("line of %d bytes over the 1 MB limit", len(line))
	}
	var root map[string]json.RawMessage
	if err := json.Unmarshal(line, &root); err != nil {
		return nil, fmt.Errorf("not a JSON object: %v", err)
	}
	var meta struct {
		Timestamp         json.RawMessage `json:"Timestamp"`
		CloudWatchMetrics []struct {
			Namespace  *string           `json:"Namespace"`
			Dimensions *[][]string       `json:"Dimensions"`
			Metrics    []json.RawMessage `json:"Metrics"`
		} `json:"CloudWatchMetrics"`
	}
	if root["_aws"] == nil || json.Unmarshal(root["_aws"], &meta) != nil {
		return nil, fmt.Errorf("no _aws object")
	}
	if meta.Timestamp == nil {
		return nil, fmt.Errorf("no _aws.Timestamp")
	}
	var ts int64
	if err := json.Unmarshal(meta.Timestamp, &ts); err != nil || ts < 0 {
		return nil, fmt.Errorf("_aws.Timestamp %s is not a non-negative integer of milliseconds", meta.Timestamp)
	}
	if len(meta.CloudWatchMetrics) == 0 {
		return nil, fmt.Errorf("no _aws.CloudWatchMetrics directive")
	}
	values := map[string]float64{}
	for _, d := range meta.CloudWatchMetrics {
		if d.Namespace == nil || len(*d.Namespace) == 0 || len(*d.Namespace) > 255 {
			return nil, fmt.Errorf("bad Namespace")
		}
		if d.Dimensions == nil {
			return nil, fmt.Errorf("no Dimensions")
		}
		for _, set := range *d.Dimensions {
			if len(set) > 30 {
				return nil, fmt.Errorf("a dimension set of %d names", len(set))
			}
			for _, name := range set {
				var s string
				if json.Unmarshal(root[name], &s) != nil || s == "" {
					return nil, fmt.Errorf("dimension %s is not a non-empty string member of the root", name)
				}
			}
		}
		if len(d.Metrics) == 0 || len(d.Metrics) > 100 {
			return nil, fmt.Errorf("%d metrics (1 to 100)", len(d.Metrics))
		}
		for _, raw := range d.Metrics {
			var m struct {
				Name              *string `json:"Name"`
				Unit              *string `json:"Unit"`
				StorageResolution *int    `json:"StorageResolution"`
			}
			if err := json.Unmarshal(raw, &m); err != nil || m.Name == nil || len(*m.Name) == 0 || len(*m.Name) > 255 {
				return nil, fmt.Errorf("metric %s has no valid Name", raw)
			}
			if m.Unit != nil && !slices.Contains(emfUnits, *m.Unit) {
				return nil, fmt.Errorf("metric %s: unit %q", *m.Name, *m.Unit)
			}
			if m.StorageResolution != nil && *m.StorageResolution != 1 && *m.StorageResolution != 60 {
				return nil, fmt.Errorf("metric %s: StorageResolution %d", *m.Name, *m.StorageResolution)
			}
			var v float64
			if err := json.Unmarshal(root[*m.Name], &v); err != nil {
				return nil, fmt.Errorf("metric %s is not a numeric member of the root (%s)", *m.Name, root[*m.Name])
			}
			values[*m.Name] = v
		}
	}
	return values, nil
}

func TestValidateEMFCatchesBrokenLines(t *testing.T) {
	good := `{"_aws":{"Timestamp":1,"CloudWatchMetrics":[{"Namespace":"n","Dimensions":[["F"]],"Metrics":[{"Name":"M","Unit":"Count"}]}]},"F":"f","M":1}`
	if _, err := validateEMF([]byte(good)); err != nil {
		t.Fatalf("a valid line: %v", err)
	}
	broken := map[string]string{
		"no _aws":          `{"F":"f","M":1}`,
		"no timestamp":     strings.Replace(good, `"Timestamp":1,`, ``, 1),
		"string timestamp": strings.Replace(good, `"Timestamp":1`, `"Timestamp":"1"`, 1),
		"no namespace":     strings.Replace(good, `"Namespace":"n",`, ``, 1),
		"missing value":    strings.Replace(good, `,"M":1`, ``, 1),
		"string value":     strings.Replace(good, `"M":1`, `"M":"1"`, 1),
		"missing dim":      strings.Replace(good, `"F":"f",`, ``, 1),
		"bad unit":         strings.Replace(good, `"Count"`, `"Articles"`, 1),
		"no directives":    `{"_aws":{"Timestamp":1,"CloudWatchMetrics":[]}}`,
	}
	for name, line := range broken {
		if _, err := validateEMF([]byte(line)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func emfLines(t *testing.T, out []byte) []map[string]float64 {
	t.Helper()
	var got []map[string]float64
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		v, err := validateEMF(sc.Bytes())
		if err != nil {
			t.Fatalf("EMF line %s: %v", sc.Bytes(), err)
		}
		got = append(got, v)
	}
	return got
}

// One valid EMF line per record: ok, rejected and failed records each count
// once, with bytes, words, quotes and the stage times of the digests written.
func TestMetricsOnePerRecord(t *testing.T) {
	f := setup(t, separateBucket(), failPaths(http.StatusServiceUnavailable, "/drop/incoming/c.txt"))
	var buf bytes.Buffer
	f.h.Metrics = &handler.Metrics{W: &buf, Namespace: "newsgist", Function: "fn", Now: func() time.Time { return time.UnixMilli(1795683900000) }}
	seed, err := os.ReadFile("../../testdata/gates-missile-shield.txt")
	if err != nil {
		t.Fatal(err)
	}
	f.put(t, "drop", "incoming/a.txt", seed)
	f.put(t, "drop", "incoming/b.txt", []byte{})
	f.put(t, "drop", "incoming/c.txt", seed)
	ctx := lambdacontext.NewContext(context.Background(), &lambdacontext.LambdaContext{AwsRequestID: "req-1"})
	ev := event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"}, [2]string{"ObjectCreated:Put", "incoming/b.txt"}, [2]string{"ObjectCreated:Put", "incoming/c.txt"})
	if _, err := f.h.Invoke(ctx, ev); err == nil {
		t.Fatal("the throttled record must fail the invocation")
	}
	lines := emfLines(t, buf.Bytes())
	if len(lines) != 3 {
		t.Fatalf("%d EMF lines for 3 records:\n%s", len(lines), buf.String())
	}
	ok, rejected, failed := lines[0], lines[1], lines[2]
	if ok["DigestsOK"] != 1 || ok["DigestsRejected"] != 0 || ok["DigestsFailed"] != 0 || ok["BytesIn"] != float64(len(seed)) || ok["Words"] < 250 || ok["QuotesFound"] < 3 || ok["DigestTime"] <= 0 {
		t.Errorf("ok record: %v", ok)
	}
	if rejected["DigestsRejected"] != 1 || rejected["DigestsOK"] != 0 || rejected["Words"] != 0 {
		t.Errorf("rejected record: %v", rejected)
	}
	if failed["DigestsFailed"] != 1 || failed["DigestsOK"]+failed["DigestsRejected"] != 0 {
		t.Errorf("failed record: %v", failed)
	}
	first := strings.SplitN(buf.String(), "\n", 2)[0]
	for _, want := range []string{`"requestId":"req-1"`, `"key":"incoming/a.txt"`, `"status":"ok"`, `"Timestamp":1795683900000`, `"FunctionName":"fn"`} {
		if !strings.Contains(first, want) {
			t.Errorf("EMF line lacks %s: %s", want, first)
		}
	}
}

// Every log line of an invocation carries the request id, through
// aws-lambda-go's lambdacontext handler (as the function sets it up).
func TestLogLinesCarryTheRequestID(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	logger := lambdacontext.NewLogger() // binds os.Stdout now
	os.Stdout = stdout

	f := setup(t, separateBucket(), failPaths(http.StatusServiceUnavailable, "/drop/incoming/c.txt"))
	f.h.Log = logger
	f.put(t, "drop", "incoming/a.txt", []byte(article))
	f.put(t, "drop", "incoming/b.txt", []byte{})
	f.put(t, "drop", "incoming/c.txt", []byte(article))
	ctx := lambdacontext.NewContext(context.Background(), &lambdacontext.LambdaContext{AwsRequestID: "req-42"})
	ev := event(t, "drop", [2]string{"ObjectCreated:Put", "incoming/a.txt"}, [2]string{"ObjectCreated:Put", "incoming/b.txt"},
		[2]string{"ObjectCreated:Put", "incoming/c.txt"}, [2]string{"ObjectRemoved:Delete", "incoming/d.txt"})
	f.h.Invoke(ctx, ev)
	f.h.Invoke(ctx, json.RawMessage(`{}`))
	w.Close()
	var out bytes.Buffer
	out.ReadFrom(r)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 5 { // digested, rejected, failed, ignored, unknown payload
		t.Fatalf("%d log lines:\n%s", len(lines), out.String())
	}
	for _, l := range lines {
		if !strings.Contains(l, "requestId=req-42") {
			t.Errorf("no request id: %s", l)
		}
	}
}
