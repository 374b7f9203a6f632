package handler

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgist/newsgist/internal/s3event"
)

// DigestDeleter is a store that can delete the digest of a deleted article.
// DeleteDigest deletes bucket/key only if the digest was made from
// srcBucket/srcKey and that object is still gone (not uploaded again since);
// it reports whether it deleted anything.
type DigestDeleter interface {
	DeleteDigest(ctx context.Context, bucket, key, srcBucket, srcKey string) (bool, error)
}

// deleteDigests handles the ObjectRemoved records of n when DeleteDigests is
// on: each deleted article's digest goes too. An error (a transient S3
// fault) fails the invocation, so that it is retried.
func (h *Handler) deleteDigests(ctx context.Context, n s3event.Notification) error {
	if !h.DeleteDigests {
		return nil
	}
	del, ok := h.Store.(DigestDeleter)
	if !ok {
		return fmt.Errorf("DELETE_DIGESTS is on but the store cannot delete digests")
	}
	for _, r := range n.Records {
		if !strings.HasPrefix(r.EventName, "ObjectRemoved:") {
			continue
		}
		key := s3event.RecordKey(r)
		if strings.HasPrefix(key, h.Config.OutputPrefix) || strings.HasSuffix(key, "/") {
			continue
		}
		bucket := h.Config.OutputBucket
		if bucket == "" {
			bucket = r.S3.Bucket.Name
		}
		digestKey := h.Config.OutputKey(key)
		deleted, err := del.DeleteDigest(ctx, bucket, digestKey, r.S3.Bucket.Name, key)
		if err != nil {
			return fmt.Errorf("delete the digest of %s: %w", key, err)
		}
		h.Log.InfoContext(ctx, "article deleted", "bucket", r.S3.Bucket.Name, "key", key, "digest_key", digestKey, "digest_deleted", deleted)
	}
	return nil
}
