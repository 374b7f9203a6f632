package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"
)

// Fresh is an S3 store whose Put never lets a digest of an older source
// replace the digest of a newer one, when uploads of the same key are
// processed at the same time or out of order (duplicates, retries, a queue).
//
// Put reads the source-bucket, source-key and source-etag metadata of the
// digest it writes, and before writing:
//
//  1. reads the stored digest's ETag and source-etag (HEAD; none yet is fine);
//  2. reads the source object's current ETag (HEAD): if it is no longer the
//     ETag that was digested, a newer upload exists and its own event will
//     digest it, so this digest is dropped (Put returns ErrSuperseded);
//  3. writes with S3's conditional write: If-Match the digest ETag of step 1,
//     or If-None-Match "*" when there was none; if another writer got in
//     between (412 PreconditionFailed, 409 ConditionalRequestConflict), it
//     starts again at step 1.
//
// A stored digest whose source-etag and digest-build (the build that made
// it) already equal this one's is left as it is (a duplicate delivery costs
// one HEAD, no PUT); a digest made by another build is rewritten, so that
// re-sending every article after a release (backfill) rebuilds the digests. The function needs
// s3:GetObject on the output prefix for step 1.
type Fresh struct {
	S3
	Log *slog.Logger // where dropped and duplicate digests are logged; nil: not logged
}

// ErrSuperseded is returned (wrapped) by Fresh.Put when the source object
// changed after it was read: the digest was not written, because the newer
// upload's own event writes its digest. It is not a failure.
var ErrSuperseded = errors.New("source superseded by a newer upload; digest not written")

// ErrTooManyConflicts is returned when conditional writes keep losing.
var ErrTooManyConflicts = errors.New("digest write lost the conditional-write race too often")

// Put writes a digest unless a newer source has superseded it (see Fresh).
func (f Fresh) Put(ctx context.Context, bucket, key string, body []byte, contentType string, metadata map[string]string) error {
	srcBucket, srcETag := metadata["source-bucket"], metadata["source-etag"]
	srcKey, err := url.PathUnescape(metadata["source-key"])
	if srcBucket == "" || srcKey == "" || srcETag == "" || err != nil {
		// Nothing to compare: no source named, or a source whose ETag was
		// never read (a too-large or unreadable object's rejected digest).
		return f.S3.Put(ctx, bucket, key, body, contentType, metadata)
	}
	for range 8 {
		stored, exists, err := f.head(ctx, bucket, key)
		if err != nil {
			return err
		}
		if exists && stored.Metadata["source-etag"] == srcETag && stored.Metadata["digest-build"] == metadata["digest-build"] {
			f.log(ctx, "digest already up to date; not rewritten", key, srcETag)
			return nil
		}
		current, srcExists, err := f.head(ctx, srcBucket, srcKey)
		if err != nil {
			return err
		}
		if srcExists && trimQuotes(aws.ToString(current.ETag)) != srcETag {
			return fmt.Errorf("put s3://%s/%s (source etag %s): %w", bucket, key, srcETag, ErrSuperseded)
		}
		in := &s3.PutObjectInput{
			Bucket: aws.String(bucket), Key: aws.String(key), Body: bytes.NewReader(body),
			ContentType: aws.String(contentType), Metadata: metadata,
		}
		if exists {
			in.IfMatch = stored.ETag
		} else {
			in.IfNoneMatch = aws.String("*")
		}
		_, err = f.Client.PutObject(ctx, in)
		if err == nil {
			return nil
		}
		if !isConditionFailed(err) {
			return fmt.Errorf("put s3://%s/%s: %w", bucket, key, err)
		}
	}
	return fmt.Errorf("put s3://%s/%s: %w", bucket, key, ErrTooManyConflicts)
}

func (f Fresh) head(ctx context.Context, bucket, key string) (*s3.HeadObjectOutput, bool, error) {
	out, err := f.Client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		// Without s3:ListBucket (the role is scoped to key prefixes) S3
		// answers a HEAD of a missing key with 403, not 404. The role may
		// read both prefixes, so a 403 here means "no such object"; the
		// conditional write below still refuses to overwrite one.
		if isNotFound(err) || isForbidden(err) {
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("head s3://%s/%s: %w", bucket, key, err)
	}
	return out, true, nil
}

func (f Fresh) log(ctx context.Context, msg, key, etag string) {
	if f.Log != nil {
		f.Log.InfoContext(ctx, msg, "digest_key", key, "source_etag", etag)
	}
}

func isConditionFailed(err error) bool {
	var api smithy.APIError
	if errors.As(err, &api) {
		switch api.ErrorCode() {
		case "PreconditionFailed", "ConditionalRequestConflict":
			return true
		}
	}
	return strings.Contains(err.Error(), "StatusCode: 412")
}

// DeleteDigest deletes the digest bucket/key of the deleted article
// srcBucket/srcKey, unless the article exists again (uploaded anew since
// its deletion) or the digest was made from another article. It reports
// whether it deleted the digest.
func (f Fresh) DeleteDigest(ctx context.Context, bucket, key, srcBucket, srcKey string) (bool, error) {
	if _, exists, err := f.head(ctx, srcBucket, srcKey); err != nil || exists {
		return false, err
	}
	stored, exists, err := f.head(ctx, bucket, key)
	if err != nil || !exists {
		return false, err
	}
	if from, _ := url.PathUnescape(stored.Metadata["source-key"]); from != srcKey || stored.Metadata["source-bucket"] != srcBucket {
		f.log(ctx, "digest made from another article; not deleted", key, stored.Metadata["source-etag"])
		return false, nil
	}
	if _, err := f.Client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)}); err != nil {
		return false, fmt.Errorf("delete s3://%s/%s: %w", bucket, key, err)
	}
	return true, nil
}

// isForbidden reports an HTTP 403 answer (a HEAD has no body, so no error
// code beyond "Forbidden").
func isForbidden(err error) bool {
	var re *awshttp.ResponseError
	return errors.As(err, &re) && re.HTTPStatusCode() == http.StatusForbidden
}
