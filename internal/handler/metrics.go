package handler

import (
	"context"
	"encoding/json"
	"io"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/lambdacontext"

	"github.com/newsgist/newsgist/internal/digest"
)

// Metrics writes one CloudWatch Embedded Metric Format (EMF) line per record
// to W (the function's standard output). CloudWatch Logs turns each line into
// metric data points in Namespace, with one dimension, FunctionName; the
// other members (bucket, key, status, requestId) stay searchable in the log.
// A nil *Metrics writes nothing.
type Metrics struct {
	W         io.Writer
	Namespace string           // "newsgist"
	Function  string           // the FunctionName dimension (AWS_LAMBDA_FUNCTION_NAME)
	Now       func() time.Time // default time.Now

	mu sync.Mutex
}

// Stages are the durations of one record's steps.
type Stages struct {
	Fetch  time.Duration // S3 GET (or the size check that rejected it)
	Digest time.Duration // clean, analyse, encode
	Store  time.Duration // S3 PUT of the digest
}

// metric is one EMF MetricDefinition.
type metric struct {
	Name string `json:"Name"`
	Unit string `json:"Unit"`
}

// metricDefs lists every metric a line carries, in a fixed order; every line
// carries all of them (zeros included) so that Sum over a period counts
// records and the three statuses add up.
var metricDefs = []metric{
	{"DigestsOK", "Count"},
	{"DigestsRejected", "Count"},
	{"DigestsFailed", "Count"},
	{"BytesIn", "Bytes"},
	{"Words", "Count"},
	{"QuotesFound", "Count"},
	{"FetchTime", "Milliseconds"},
	{"DigestTime", "Milliseconds"},
	{"StoreTime", "Milliseconds"},
}

// Record writes the line for a digest written (ok or rejected).
func (m *Metrics) Record(ctx context.Context, d digest.Digest, st Stages) {
	if m == nil {
		return
	}
	v := map[string]any{
		"bucket": d.Source.Bucket, "key": d.Source.Key, "status": d.Status,
		"BytesIn":    d.Source.Size,
		"FetchTime":  ms(st.Fetch),
		"DigestTime": ms(st.Digest),
		"StoreTime":  ms(st.Store),
	}
	if d.Status == digest.StatusOK {
		v["DigestsOK"] = 1
	} else {
		v["DigestsRejected"] = 1
	}
	if d.Article != nil {
		v["Words"] = d.Article.WordCount
	}
	v["QuotesFound"] = len(d.Quotes)
	if d.Error != nil {
		v["error_code"] = d.Error.Code
	}
	m.write(ctx, v)
}

// Failed writes the line for a record that failed transiently (no digest).
func (m *Metrics) Failed(ctx context.Context, bucket, key string) {
	if m == nil {
		return
	}
	m.write(ctx, map[string]any{"bucket": bucket, "key": key, "status": "failed", "DigestsFailed": 1})
}

func (m *Metrics) write(ctx context.Context, v map[string]any) {
	now := time.Now
	if m.Now != nil {
		now = m.Now
	}
	for _, d := range metricDefs {
		if _, ok := v[d.Name]; !ok {
			v[d.Name] = 0
		}
	}
	v["FunctionName"] = m.Function
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		v["requestId"] = lc.AwsRequestID
	}
	v["_aws"] = map[string]any{
		"Timestamp": now().UnixMilli(),
		"CloudWatchMetrics": []map[string]any{{
			"Namespace":  m.Namespace,
			"Dimensions": [][]string{{"FunctionName"}},
			"Metrics":    metricDefs,
		}},
	}
	line, err := json.Marshal(v)
	if err != nil {
		return // only strings and finite numbers go in: cannot happen
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.W.Write(append(line, '\n'))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
