// Package handler digests the objects named by an S3 notification: fetch →
// pipeline → store, one record at a time. Rejected input gets a rejected
// digest and counts as handled; only transient faults fail the invocation,
// so Lambda retries them (and sends exhausted events to the DLQ).
package handler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/pipeline"
	"github.com/newsgist/newsgist/internal/s3event"
	"github.com/newsgist/newsgist/internal/store"
)

// Handler digests S3 notifications.
type Handler struct {
	Store   store.Store
	Config  Config
	Log     *slog.Logger
	Metrics *Metrics // EMF lines per record; nil writes none
	// DeleteDigests deletes an article's digest when the article is deleted
	// (ObjectRemoved records), through a store that can (DigestDeleter).
	DeleteDigests bool
}

// Result says what one invocation did; the Lambda returns it as its response.
type Result struct {
	Digests []Written `json:"digests"`
	Ignored int       `json:"ignored"`
}

// Written is one digest stored.
type Written struct {
	Source string `json:"source"` // bucket/key of the article
	Digest string `json:"digest"` // bucket/key of the digest
	Status string `json:"status"`
}

// HandleNotification digests the objects of a decoded notification. Records
// are independent: a transient fault on one does not stop the others, and
// the invocation then fails so that Lambda retries (digests are
// deterministic, so rewriting the others is harmless).
func (h *Handler) HandleNotification(ctx context.Context, n s3event.Notification) (Result, error) {
	if n.IsTest() {
		h.Log.InfoContext(ctx, "S3 test event; nothing to do", "bucket", n.Bucket)
		return Result{Digests: []Written{}}, nil
	}
	refs, ignored := s3event.Refs(n, h.Config.OutputPrefix)
	for _, ig := range ignored {
		h.Log.InfoContext(ctx, "record ignored", "event", ig.EventName, "bucket", ig.Bucket, "key", ig.Key, "reason", ig.Reason)
	}
	res := Result{Digests: []Written{}, Ignored: len(ignored)}
	var errs []error
	for _, ref := range refs {
		w, err := h.digestObject(ctx, ref)
		if err != nil {
			h.Log.ErrorContext(ctx, "digest failed; the invocation will be retried", "bucket", ref.Bucket, "key", ref.Key, "error", err)
			h.Metrics.Failed(ctx, ref.Bucket, ref.Key)
			errs = append(errs, err)
			continue
		}
		res.Digests = append(res.Digests, w)
	}
	return res, errors.Join(errs...)
}

func (h *Handler) digestObject(ctx context.Context, ref s3event.ObjectRef) (Written, error) {
	start := time.Now()
	src := digest.Source{Bucket: ref.Bucket, Key: ref.Key, VersionID: ref.VersionID, ETag: ref.ETag, Size: ref.Size}
	var d digest.Digest
	obj, err := h.Store.Get(ctx, ref.Bucket, ref.Key, h.Config.MaxObjectBytes)
	got := time.Since(start)
	var tooLarge *store.TooLargeError
	switch {
	case errors.As(err, &tooLarge):
		src.Size = tooLarge.Size
		d = digest.Rejected(src, digest.CodeTooLarge, fmt.Sprintf("the object is %d bytes; MAX_OBJECT_BYTES is %d", tooLarge.Size, tooLarge.Limit))
	case errors.Is(err, store.ErrNotFound):
		d = digest.Rejected(src, digest.CodeNotFound, "the object was deleted before it could be read")
	case err != nil:
		return Written{}, err
	default:
		src.Size, src.ContentType = obj.Size, obj.ContentType
		if obj.ETag != "" {
			src.ETag = obj.ETag
		}
		if obj.VersionID != "" {
			src.VersionID = obj.VersionID
		}
		d = pipeline.Digest(obj.Body, src, pipeline.Options{
			SummarySentences: h.Config.SummarySentences,
			MaxQuotes:        h.Config.MaxQuotes,
		})
	}
	fetched := time.Since(start)

	body, err := digest.Marshal(d)
	if err != nil {
		return Written{}, fmt.Errorf("encode digest of %s: %w", ref.Key, err)
	}
	outBucket := h.Config.OutputBucket
	if outBucket == "" {
		outBucket = ref.Bucket
	}
	outKey := h.Config.OutputKey(ref.Key)
	meta := map[string]string{
		// S3 metadata must be ASCII: keys are URL-escaped.
		"source-bucket":     ref.Bucket,
		"source-key":        (&url.URL{Path: ref.Key}).EscapedPath(),
		"source-etag":       d.Source.ETag,
		"source-version-id": d.Source.VersionID,
	}
	if err := h.Store.Put(ctx, outBucket, outKey, body, "application/json", meta); err != nil {
		return Written{}, err
	}
	h.Metrics.Record(ctx, d, Stages{Fetch: got, Digest: fetched - got, Store: time.Since(start) - fetched})
	attrs := []any{
		"bucket", ref.Bucket, "key", ref.Key, "status", d.Status,
		"digest_bucket", outBucket, "digest_key", outKey, "bytes", d.Source.Size,
		"digest_ms", float64(fetched.Microseconds()) / 1000, "total_ms", float64(time.Since(start).Microseconds()) / 1000,
	}
	if d.Error != nil {
		attrs = append(attrs, "error_code", d.Error.Code, "error", d.Error.Message)
		h.Log.WarnContext(ctx, "article rejected", attrs...)
	} else {
		attrs = append(attrs, "format", d.Source.Format, "words", d.Article.WordCount, "quotes", len(d.Quotes))
		h.Log.InfoContext(ctx, "article digested", attrs...)
	}
	return Written{Source: ref.Bucket + "/" + ref.Key, Digest: outBucket + "/" + outKey, Status: d.Status}, nil
}
