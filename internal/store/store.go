// Package store reads articles and writes digests: in S3 (the Lambda) or in a
// local directory laid out like a bucket (the command-line tool).
package store

import (
	"context"
	"errors"
	"fmt"
)

// Object is an article fetched from a store.
type Object struct {
	Body        []byte
	ContentType string
	ETag        string
	VersionID   string
	Size        int64
}

// Store is where articles come from and digests go to.
type Store interface {
	// Get reads an object. It returns an error wrapping ErrNotFound if the
	// object does not exist, or a *TooLargeError without reading the body
	// when the object is larger than maxBytes.
	Get(ctx context.Context, bucket, key string, maxBytes int64) (Object, error)
	// Put writes an object, replacing any object at the key.
	Put(ctx context.Context, bucket, key string, body []byte, contentType string, metadata map[string]string) error
}

// ErrNotFound means the object does not exist (any more).
var ErrNotFound = errors.New("object not found")

// TooLargeError is returned by Get for objects over the size limit.
type TooLargeError struct {
	Size, Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("object is %d bytes, over the limit of %d bytes", e.Size, e.Limit)
}
