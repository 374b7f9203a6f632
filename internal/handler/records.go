package handler

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"runtime/debug"
	"sync"
	"time"

	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/s3event"
	"github.com/newsgist/newsgist/internal/store"
)

// reserve is kept back from the invocation's deadline for returning.
const reserve = 200 * time.Millisecond

// recordContext gives the next of left records its share of the time that
// remains before ctx's deadline, so that a record that hangs (a stalled
// read, a pathological article) runs out alone and the records after it
// still get theirs. Without a deadline, ctx is returned as it is.
func recordContext(ctx context.Context, left int) (context.Context, context.CancelFunc) {
	deadline, ok := ctx.Deadline()
	if !ok || left < 1 {
		return context.WithCancel(ctx)
	}
	remaining := time.Until(deadline) - reserve
	return context.WithTimeout(ctx, max(remaining/time.Duration(left), 0))
}

// FallbackPrefix is the folder, under the output prefix, of the digests
// that cannot be stored at their own key (a source key of 1,015 bytes or
// more makes a digest key over S3's 1,024-byte limit): a rejected digest
// with code "unstorable" goes to <output prefix>_unstorable/<hash>.json,
// where <hash> is the SHA-256 of "bucket/key" of the article, in hex.
const FallbackPrefix = "_unstorable/"

// FallbackKey is the key of the rejected digest of an article whose digest
// cannot be stored at its own key.
func (c Config) FallbackKey(bucket, key string) string {
	sum := sha256.Sum256([]byte(bucket + "/" + key))
	return c.OutputPrefix + FallbackPrefix + hex.EncodeToString(sum[:]) + ".json"
}

// putDigest stores d at its key. Errors that no retry can fix do not fail
// the invocation: metadata over S3's 2 KB drops the source-key entry (the
// digest names its source anyway); a key over S3's limit, or any other
// permanent error, stores a rejected "unstorable" digest under the fallback
// key; if even that cannot be stored for a permanent reason, the loss is
// logged with the source key. Transient errors are returned.
func (h *Handler) putDigest(ctx context.Context, ref s3event.ObjectRef, d digest.Digest, outBucket, outKey string) (Written, error) {
	written := Written{Source: ref.Bucket + "/" + ref.Key, Digest: outBucket + "/" + outKey, Status: d.Status}
	if d.Error != nil {
		written.Code = d.Error.Code
	}
	meta := metadata(ref.Bucket, ref.Key, d.Source)
	if store.MetadataBytes(meta) > store.MaxMetadataBytes {
		delete(meta, "source-key")
		h.Log.WarnContext(ctx, "source-key metadata omitted: over S3's 2 KB metadata limit", "bucket", ref.Bucket, "key", ref.Key, "digest_key", outKey)
	}
	why := ""
	if len(outKey) > store.MaxKeyBytes {
		why = fmt.Sprintf("the digest key would be %d bytes, over S3's limit of %d", len(outKey), store.MaxKeyBytes)
	} else {
		body, err := digest.Marshal(d)
		if err != nil {
			return Written{}, fmt.Errorf("encode digest of %s: %w", ref.Key, err)
		}
		err = h.Store.Put(ctx, outBucket, outKey, body, "application/json", meta)
		if err == nil {
			return written, nil
		}
		if errors.Is(err, store.ErrSuperseded) {
			h.Log.InfoContext(ctx, "digest not written: the article was uploaded again since it was read; the newer upload's event writes its digest",
				"bucket", ref.Bucket, "key", ref.Key, "digest_key", outKey)
			return Written{Source: written.Source, Status: StatusSuperseded}, nil
		}
		code, permanent := store.Permanent(err)
		if !permanent {
			return Written{}, err
		}
		why = fmt.Sprintf("storing the digest failed for good (%s): %v", code, err)
	}
	fallback := h.Config.FallbackKey(ref.Bucket, ref.Key)
	rej := digest.Rejected(d.Source, digest.CodeUnstorable, fmt.Sprintf("%s; this digest is stored under %s instead of %s", why, fallback, outKey))
	body, err := digest.Marshal(rej)
	if err != nil {
		return Written{}, fmt.Errorf("encode digest of %s: %w", ref.Key, err)
	}
	err = h.Store.Put(ctx, outBucket, fallback, body, "application/json", meta)
	if err != nil {
		code, permanent := store.Permanent(err)
		if !permanent {
			return Written{}, err
		}
		h.Log.ErrorContext(ctx, "digest lost: it cannot be stored, not even under the fallback key", "bucket", ref.Bucket, "key", ref.Key,
			"digest_bucket", outBucket, "digest_key", outKey, "error_code", code, "error", err, "reason", why)
		return Written{Source: written.Source, Digest: "", Status: StatusLost}, nil
	}
	h.Log.WarnContext(ctx, "digest stored under the fallback key", "bucket", ref.Bucket, "key", ref.Key,
		"digest_bucket", outBucket, "digest_key", fallback, "reason", why)
	return Written{Source: written.Source, Digest: outBucket + "/" + fallback, Status: rej.Status, Code: digest.CodeUnstorable}, nil
}

// metadata is the S3 metadata of a digest. S3 metadata must be ASCII: the
// key is URL-escaped.
func metadata(bucket, key string, src digest.Source) map[string]string {
	return map[string]string{
		"source-bucket":     bucket,
		"source-key":        (&url.URL{Path: key}).EscapedPath(),
		"source-etag":       src.ETag,
		"source-version-id": src.VersionID,
		"digest-build":      BuildID(),
	}
}

// buildID is set at link time by `make build` (and `sam build`): a hash of
// the sources and embedded data.
var buildID string

// BuildID names the build that makes digests: the link-time build ID, else
// the VCS revision the binary was built from (with "+dirty" for uncommitted
// changes), else the module version, else "devel". It is stored as the
// digest-build metadata, so that a release rewrites digests that are
// otherwise up to date (see store.Fresh).
var BuildID = sync.OnceValue(func() string {
	if buildID != "" {
		return buildID
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	switch {
	case rev != "" && dirty:
		return rev + "+dirty"
	case rev != "":
		return rev
	case info.Main.Version != "" && info.Main.Version != "(devel)":
		return info.Main.Version
	}
	return "devel"
})
