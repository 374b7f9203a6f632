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
	"strings"
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

// Statuses of a Written that are not a digest's status.
const (
	StatusLost       = "lost"       // the digest could not be stored anywhere (logged with the source key)
	StatusSuperseded = "superseded" // not written: the article was uploaded again after it was read (store.ErrSuperseded)
)

// Written is one digest stored.
type Written struct {
	Source string `json:"source"`         // bucket/key of the article
	Digest string `json:"digest"`         // bucket/key of the digest (the fallback key for an unstorable one; "" when lost)
	Status string `json:"status"`         // the digest's status, StatusLost or StatusSuperseded
	Code   string `json:"code,omitempty"` // a rejected digest's error code
}

// HandleNotification digests the objects of a decoded notification. Records
// are independent: each gets its share of the time left before ctx's
// deadline, a transient fault or a timeout on one does not stop the others,
// and the invocation then fails so that Lambda retries (digests are
// deterministic, so rewriting the others is harmless). Permanent S3 errors
// do not fail it (see putDigest).
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
	for i, ref := range refs {
		rctx, cancel := recordContext(ctx, len(refs)-i)
		w, err := h.digestObject(rctx, ref)
		cancel()
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
		code, permanent := store.Permanent(err)
		if !permanent {
			return Written{}, err
		}
		d = digest.Rejected(src, digest.CodeUnreadable, fmt.Sprintf("the object cannot be read (%s): %v", code, err))
	default:
		src.Size, src.ContentType = obj.Size, obj.ContentType
		if obj.ETag != "" {
			src.ETag = obj.ETag
		}
		if obj.VersionID != "" {
			src.VersionID = obj.VersionID
		}
		d, err = pipeline.DigestContext(ctx, obj.Body, src, pipeline.Options{
			SummarySentences: h.Config.SummarySentences,
			MaxQuotes:        h.Config.MaxQuotes,
			MaxBytes:         h.Config.MaxObjectBytes,
		})
		if err != nil {
			return Written{}, fmt.Errorf("digest %s: %w", ref.Key, err)
		}
	}
	fetched := time.Since(start)

	outBucket := h.Config.OutputBucket
	if outBucket == "" {
		outBucket = ref.Bucket
	}
	outKey := h.Config.OutputKey(ref.Key)
	w, err := h.putDigest(ctx, ref, d, outBucket, outKey)
	if err != nil || w.Status == StatusSuperseded {
		return w, err
	}
	h.Metrics.Record(ctx, d, Stages{Fetch: got, Digest: fetched - got, Store: time.Since(start) - fetched})
	attrs := []any{
		"bucket", ref.Bucket, "key", ref.Key, "status", d.Status,
		"digest_bucket", outBucket, "digest_key", strings.TrimPrefix(w.Digest, outBucket+"/"), "bytes", d.Source.Size,
		"digest_ms", float64(fetched.Microseconds()) / 1000, "total_ms", float64(time.Since(start).Microseconds()) / 1000,
	}
	if d.Error != nil {
		attrs = append(attrs, "error_code", d.Error.Code, "error", d.Error.Message)
		h.Log.WarnContext(ctx, "article rejected", attrs...)
	} else {
		attrs = append(attrs, "format", d.Source.Format, "words", d.Article.WordCount, "quotes", len(d.Quotes))
		h.Log.InfoContext(ctx, "article digested", attrs...)
	}
	return w, nil
}
