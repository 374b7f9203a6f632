package store

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"

	"github.com/aws/smithy-go"
)

// S3's own limits, which no retry can get round.
const (
	MaxKeyBytes      = 1024 // an object key, in UTF-8 bytes
	MaxMetadataBytes = 2048 // user metadata: every name and value, in bytes
)

// permanentS3Codes are S3 error codes that the same request can never get
// past: retrying would only send the event to the failure queue later.
var permanentS3Codes = map[string]bool{
	"KeyTooLongError":    true,
	"MetadataTooLarge":   true,
	"AccessDenied":       true,
	"AllAccessDisabled":  true,
	"NoSuchBucket":       true,
	"InvalidBucketName":  true,
	"InvalidObjectState": true, // an archived object (Glacier) that has not been restored
}

// Permanent reports whether err, from Get or Put, cannot succeed on retry,
// and names it (an S3 error code such as "KeyTooLongError", or the file
// system's reason). Throttling, 5xx, time-outs and network faults are
// transient: false.
func Permanent(err error) (string, bool) {
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) && (permanentS3Codes[apiErr.ErrorCode()] || strings.HasPrefix(apiErr.ErrorCode(), "InvalidArgument")) {
		return apiErr.ErrorCode(), true
	}
	switch {
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "file name too long", true
	case errors.Is(err, fs.ErrPermission):
		return "permission denied", true
	}
	return "", false
}

// MetadataBytes is the size S3 counts for user metadata: the bytes of every
// name and value.
func MetadataBytes(m map[string]string) int {
	n := 0
	for k, v := range m {
		n += len(k) + len(v)
	}
	return n
}
