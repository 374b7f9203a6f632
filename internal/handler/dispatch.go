package handler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aws/aws-lambda-go/events"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/s3event"
	"github.com/newsgist/newsgist/internal/store"
)

// Invoke is the function's Lambda handler: it tells the payloads apart
// (s3event.Parse) and answers each in the shape its sender expects:
//
//   - S3 notification, EventBridge "Object Created", s3:TestEvent: a Result;
//     a transient fault fails the invocation (Lambda retries it).
//   - SQS batch: an events.SQSEventResponse listing in batchItemFailures
//     exactly the messages that failed, so only they are received again.
//   - S3 Batch Operations: a BatchResponse with one result per task.
//
// Anything else fails the invocation with an error saying what it looks like,
// so that it is retried and lands in the failure destination instead of
// vanishing.
func (h *Handler) Invoke(ctx context.Context, raw json.RawMessage) (any, error) {
	p, err := s3event.Parse(raw)
	if err != nil {
		h.Log.ErrorContext(ctx, "payload rejected; the invocation fails", "error", err, "payload_bytes", len(raw))
		return nil, err
	}
	h.Log.DebugContext(ctx, "payload", "shape", p.Shape)
	switch p.Shape {
	case s3event.ShapeSQS:
		return h.HandleSQS(ctx, p.Messages), nil
	case s3event.ShapeBatch:
		return h.HandleBatch(ctx, p.Batch), nil
	}
	return h.notification(ctx, p.Notification)
}

// notification digests a notification's uploads and, when DeleteDigests is
// on, deletes the digests of its deleted articles.
func (h *Handler) notification(ctx context.Context, n s3event.Notification) (Result, error) {
	res, err := h.HandleNotification(ctx, n)
	return res, errors.Join(err, h.deleteDigests(ctx, n))
}

// Handle digests the objects of an S3 notification, an S3 EventBridge event
// or the S3 test event. Any other payload — an SQS batch or a Batch
// Operations job included, which need Invoke's responses — is an error.
func (h *Handler) Handle(ctx context.Context, raw json.RawMessage) (Result, error) {
	p, err := s3event.Parse(raw)
	if err == nil && (p.Shape == s3event.ShapeSQS || p.Shape == s3event.ShapeBatch) {
		err = fmt.Errorf("%w: a %s payload needs Invoke", s3event.ErrUnknownPayload, p.Shape)
	}
	if err != nil {
		h.Log.ErrorContext(ctx, "payload rejected; the invocation fails", "error", err)
		return Result{}, err
	}
	return h.notification(ctx, p.Notification)
}

// HandleSQS digests the S3 notification in each message's body. A message
// whose body is not one, or whose objects failed transiently, is reported in
// BatchItemFailures (the event source mapping has ReportBatchItemFailures);
// after the queue's maxReceiveCount it moves to the dead-letter queue. Each
// message gets its share of the time left (as each record of an S3 event
// does), so one message that hangs fails alone.
func (h *Handler) HandleSQS(ctx context.Context, msgs []events.SQSMessage) events.SQSEventResponse {
	resp := events.SQSEventResponse{BatchItemFailures: []events.SQSBatchItemFailure{}}
	for i, m := range msgs {
		mctx, cancel := recordContext(ctx, len(msgs)-i)
		err := h.sqsMessage(mctx, m)
		cancel()
		if err != nil {
			h.Log.ErrorContext(ctx, "SQS message failed; it will be received again", "message_id", m.MessageId, "error", err)
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
		}
	}
	return resp
}

func (h *Handler) sqsMessage(ctx context.Context, m events.SQSMessage) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("not started: %w", err)
	}
	p, err := s3event.ParseMessageBody(m.Body)
	if err != nil {
		return fmt.Errorf("message %s: %w", m.MessageId, err)
	}
	_, err = h.notification(ctx, p.Notification)
	return err
}

// BatchResponse is the answer to an S3 Batch Operations invocation.
type BatchResponse struct {
	InvocationSchemaVersion string                    `json:"invocationSchemaVersion"`
	TreatMissingKeysAs      string                    `json:"treatMissingKeysAs"`
	InvocationID            string                    `json:"invocationId"`
	Results                 []events.S3BatchJobResult `json:"results"`
}

// Batch Operations result codes.
const (
	BatchSucceeded        = "Succeeded"
	BatchTemporaryFailure = "TemporaryFailure" // Batch Operations retries the task
	BatchPermanentFailure = "PermanentFailure" // reported in the job's completion report
)

// HandleBatch digests the object of each Batch Operations task and answers
// per task: Succeeded (digest written, ok or rejected, or nothing to do),
// TemporaryFailure (a transient fault: Batch Operations retries it) or
// PermanentFailure (access denied, no such bucket).
func (h *Handler) HandleBatch(ctx context.Context, job s3event.BatchJob) BatchResponse {
	resp := BatchResponse{
		InvocationSchemaVersion: job.SchemaVersion,
		TreatMissingKeysAs:      BatchPermanentFailure,
		InvocationID:            job.InvocationID,
		Results:                 []events.S3BatchJobResult{},
	}
	for i, t := range job.Tasks {
		tctx, cancel := recordContext(ctx, len(job.Tasks)-i)
		code, msg := h.batchTask(tctx, t)
		cancel()
		if code != BatchSucceeded {
			h.Log.ErrorContext(ctx, "batch task failed", "job_id", job.JobID, "task_id", t.TaskID, "bucket", t.Bucket, "key", t.Key, "result", code, "error", msg)
		}
		resp.Results = append(resp.Results, events.S3BatchJobResult{TaskID: t.TaskID, ResultCode: code, ResultString: msg})
	}
	return resp
}

func (h *Handler) batchTask(ctx context.Context, t s3event.BatchTask) (code, msg string) {
	if t.Bucket == "" || t.Key == "" {
		return BatchPermanentFailure, "the task names no bucket or key"
	}
	res, err := h.HandleNotification(ctx, s3event.Created(t.Bucket, t.Key, t.VersionID, "", 0))
	switch {
	case err != nil && isPermanent(err):
		return BatchPermanentFailure, err.Error()
	case err != nil:
		return BatchTemporaryFailure, err.Error()
	case len(res.Digests) == 0:
		return BatchSucceeded, "no digest needed (under the output prefix, or a folder)"
	}
	w := res.Digests[0]
	switch {
	case w.Status == StatusSuperseded:
		return BatchSucceeded, "superseded: the object changed after it was read; its newer version's digest is written by that upload's event"
	case w.Status == StatusLost:
		return BatchPermanentFailure, "the digest could not be stored (logged)"
	case w.Code == digest.CodeUnreadable || w.Code == digest.CodeUnstorable:
		// Nothing is lost (the rejected digest says why), but the job's
		// completion report lists the task: an operator has to act.
		return BatchPermanentFailure, fmt.Sprintf("%s (%s) -> s3://%s", w.Status, w.Code, w.Digest)
	}
	return BatchSucceeded, fmt.Sprintf("%s -> s3://%s", w.Status, w.Digest)
}

func isPermanent(err error) bool {
	_, ok := store.Permanent(err)
	return ok
}
