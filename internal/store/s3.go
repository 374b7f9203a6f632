package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
)

// S3 is a Store backed by Amazon S3 (or any S3-protocol server).
type S3 struct {
	Client *s3.Client
}

// Get reads an object, checking its size before reading the body.
func (s S3) Get(ctx context.Context, bucket, key string, maxBytes int64) (Object, error) {
	out, err := s.Client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		if isNotFound(err) {
			return Object{}, fmt.Errorf("get s3://%s/%s: %w", bucket, key, ErrNotFound)
		}
		return Object{}, fmt.Errorf("get s3://%s/%s: %w", bucket, key, err)
	}
	defer out.Body.Close()
	size := aws.ToInt64(out.ContentLength)
	if maxBytes > 0 && size > maxBytes {
		return Object{}, &TooLargeError{Size: size, Limit: maxBytes}
	}
	r := io.Reader(out.Body)
	if maxBytes > 0 {
		r = io.LimitReader(out.Body, maxBytes+1)
	}
	body, err := io.ReadAll(r)
	if err != nil {
		return Object{}, fmt.Errorf("read s3://%s/%s: %w", bucket, key, err)
	}
	if maxBytes > 0 && int64(len(body)) > maxBytes {
		return Object{}, &TooLargeError{Size: int64(len(body)), Limit: maxBytes}
	}
	return Object{
		Body:        body,
		ContentType: aws.ToString(out.ContentType),
		ETag:        trimQuotes(aws.ToString(out.ETag)),
		VersionID:   aws.ToString(out.VersionId),
		Size:        int64(len(body)),
	}, nil
}

// Put writes an object. The body is sent from a bytes.Reader, which the SDK
// can seek to compute its checksum over plain HTTP.
func (s S3) Put(ctx context.Context, bucket, key string, body []byte, contentType string, metadata map[string]string) error {
	_, err := s.Client.PutObject(ctx, &s3.PutObjectInput{
		Bucket:      aws.String(bucket),
		Key:         aws.String(key),
		Body:        bytes.NewReader(body),
		ContentType: aws.String(contentType),
		Metadata:    metadata,
	})
	if err != nil {
		return fmt.Errorf("put s3://%s/%s: %w", bucket, key, err)
	}
	return nil
}

func isNotFound(err error) bool {
	var nsk *types.NoSuchKey
	if errors.As(err, &nsk) {
		return true
	}
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) {
		switch apiErr.ErrorCode() {
		case "NoSuchKey", "NotFound":
			return true
		}
	}
	return false
}

func trimQuotes(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s[1 : len(s)-1]
	}
	return s
}
