// Package redrive replays the events kept in the function's failure queue
// through the function, once the cause of the failures is fixed.
//
// Each message of the queue is a Lambda OnFailure destination record: the
// event that failed (requestPayload) with why (requestContext.condition,
// responsePayload). Run invokes the function asynchronously with each
// requestPayload, exactly as S3 did, and deletes the message once Lambda has
// accepted the event; if that invocation fails again, Lambda's retries and the
// failure destination apply as the first time. A message that is not a
// destination record is left in the queue and counted as skipped.
package redrive

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	lambdatypes "github.com/aws/aws-sdk-go-v2/service/lambda/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Options configure a run.
type Options struct {
	SQS      *sqs.Client
	Lambda   *lambda.Client
	QueueURL string // the failure queue (stack output FailedEventsQueueUrl)
	Function string // function to invoke; default: the one named in each record
	Max      int    // stop after this many messages; 0: until the queue is empty
	DryRun   bool   // receive and report, invoke and delete nothing
	// Visibility is how long, in seconds, a received message stays hidden
	// from other readers (default 300): a skipped one reappears after it.
	Visibility int32
	Log        *slog.Logger
}

// Counts say what a run did.
type Counts struct {
	Replayed int // invoked and deleted from the queue
	Skipped  int // not destination records; left in the queue
	Failed   int // the invocation was refused; left in the queue
}

func (c Counts) String() string {
	return fmt.Sprintf("replayed %d skipped %d failed %d", c.Replayed, c.Skipped, c.Failed)
}

// Record is a Lambda destination record, the parts redrive reads.
type Record struct {
	RequestContext struct {
		RequestID              string `json:"requestId"`
		FunctionARN            string `json:"functionArn"`
		Condition              string `json:"condition"`
		ApproximateInvokeCount int    `json:"approximateInvokeCount"`
	} `json:"requestContext"`
	RequestPayload  json.RawMessage `json:"requestPayload"`
	ResponsePayload json.RawMessage `json:"responsePayload"`
}

// ParseRecord decodes a destination record from a message body.
func ParseRecord(body string) (Record, error) {
	var r Record
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		return r, fmt.Errorf("not JSON: %w", err)
	}
	if len(r.RequestPayload) == 0 || r.RequestContext.FunctionARN == "" {
		return r, fmt.Errorf("not a Lambda destination record (no requestPayload or requestContext.functionArn)")
	}
	return r, nil
}

// Run replays the queue's records until it is empty (or Max messages).
func Run(ctx context.Context, opt Options) (Counts, error) {
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Visibility == 0 {
		opt.Visibility = 300
	}
	var c Counts
	for opt.Max == 0 || c.Replayed+c.Skipped+c.Failed < opt.Max {
		n := int32(10)
		if left := opt.Max - (c.Replayed + c.Skipped + c.Failed); opt.Max > 0 && left < 10 {
			n = int32(left)
		}
		out, err := opt.SQS.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{
			QueueUrl: aws.String(opt.QueueURL), MaxNumberOfMessages: n,
			VisibilityTimeout: opt.Visibility, WaitTimeSeconds: 1,
		})
		if err != nil {
			return c, fmt.Errorf("receive from %s: %w", opt.QueueURL, err)
		}
		if len(out.Messages) == 0 {
			return c, nil
		}
		for _, m := range out.Messages {
			id := aws.ToString(m.MessageId)
			rec, err := ParseRecord(aws.ToString(m.Body))
			if err != nil {
				opt.Log.Warn("message skipped, left in the queue", "message_id", id, "error", err)
				c.Skipped++
				continue
			}
			fn := opt.Function
			if fn == "" {
				fn = rec.RequestContext.FunctionARN
			}
			attrs := []any{"message_id", id, "function", fn, "condition", rec.RequestContext.Condition, "failed_request_id", rec.RequestContext.RequestID}
			if opt.DryRun {
				opt.Log.Info("would replay", append(attrs, "payload", string(rec.RequestPayload))...)
				c.Replayed++
				continue
			}
			if err := invoke(ctx, opt.Lambda, fn, rec.RequestPayload); err != nil {
				opt.Log.Error("replay refused, message left in the queue", append(attrs, "error", err)...)
				c.Failed++
				continue
			}
			if _, err := opt.SQS.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(opt.QueueURL), ReceiptHandle: m.ReceiptHandle}); err != nil {
				// The event was replayed; replaying it again is harmless
				// (digests are deterministic), so go on.
				opt.Log.Warn("replayed but not deleted", append(attrs, "error", err)...)
			}
			opt.Log.Info("replayed", attrs...)
			c.Replayed++
		}
	}
	return c, nil
}

// invoke sends payload to the function as an asynchronous event.
func invoke(ctx context.Context, client *lambda.Client, function string, payload []byte) error {
	out, err := client.Invoke(ctx, &lambda.InvokeInput{
		FunctionName:   aws.String(strings.TrimSuffix(function, ":$LATEST")),
		InvocationType: lambdatypes.InvocationTypeEvent,
		Payload:        payload,
	})
	if err != nil {
		return fmt.Errorf("invoke %s: %w", function, err)
	}
	if out.StatusCode != 202 {
		return fmt.Errorf("invoke %s: status %d", function, out.StatusCode)
	}
	return nil
}
