package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/smithy-go"

	"github.com/newsgist/newsgist/internal/store"
)

func TestPermanent(t *testing.T) {
	api := func(code string) error {
		return fmt.Errorf("put s3://b/k: %w", &smithy.GenericAPIError{Code: code, Message: "m"})
	}
	root := t.TempDir()
	_, longName := store.Dir{Root: root}.Get(context.Background(), "", strings.Repeat("n", 300), 0)
	if err := os.WriteFile(filepath.Join(root, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"key too long", api("KeyTooLongError"), true},
		{"metadata too large", api("MetadataTooLarge"), true},
		{"access denied", api("AccessDenied"), true},
		{"no such bucket", api("NoSuchBucket"), true},
		{"archived object", api("InvalidObjectState"), true},
		{"invalid argument", api("InvalidArgumentException"), true},
		{"throttled", api("SlowDown"), false},
		{"internal error", api("InternalError"), false},
		{"service unavailable", api("ServiceUnavailable"), false},
		{"deadline", fmt.Errorf("get: %w", context.DeadlineExceeded), false},
		{"a file name too long", longName, true},
		{"a file system permission", fmt.Errorf("put: %w", os.ErrPermission), true},
		{"anything else", errors.New("connection reset by peer"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, got := store.Permanent(tt.err)
			if got != tt.want || (got && code == "") {
				t.Errorf("Permanent(%v) = %q, %v; want %v", tt.err, code, got, tt.want)
			}
		})
	}
}
