package store

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Dir is a Store in a local directory: bucket "b", key "k" is the file
// Root/b/k, or Root/k when the bucket is "". Metadata is not kept.
type Dir struct {
	Root string
}

func (d Dir) path(bucket, key string) (string, error) {
	if key == "" || strings.Contains("/"+key+"/", "/../") {
		return "", fmt.Errorf("key %q is not a plain path", key)
	}
	return filepath.Join(d.Root, bucket, filepath.FromSlash(key)), nil
}

// Get reads a file, checking its size first.
func (d Dir) Get(ctx context.Context, bucket, key string, maxBytes int64) (Object, error) {
	p, err := d.path(bucket, key)
	if err != nil {
		return Object{}, err
	}
	info, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return Object{}, fmt.Errorf("get %s: %w", p, ErrNotFound)
	}
	if err != nil {
		return Object{}, fmt.Errorf("get %s: %w", p, err)
	}
	if maxBytes > 0 && info.Size() > maxBytes {
		return Object{}, &TooLargeError{Size: info.Size(), Limit: maxBytes}
	}
	body, err := os.ReadFile(p)
	if err != nil {
		return Object{}, fmt.Errorf("get %s: %w", p, err)
	}
	sum := md5.Sum(body)
	return Object{Body: body, ETag: hex.EncodeToString(sum[:]), Size: int64(len(body))}, nil
}

// Put writes a file atomically (write to a temporary file, then rename), so a
// reader never sees half a digest. The file is made mode 0644 whatever the
// umask (os.CreateTemp's 0600 would otherwise survive the rename).
func (d Dir) Put(ctx context.Context, bucket, key string, body []byte, contentType string, metadata map[string]string) error {
	p, err := d.path(bucket, key)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("put %s: %w", p, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".newsgist-*")
	if err != nil {
		return fmt.Errorf("put %s: %w", p, err)
	}
	if _, err := tmp.Write(body); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("put %s: %w", p, err)
	}
	// CreateTemp makes the file 0600; a digest is as readable as one written
	// by summarise -o.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("put %s: %w", p, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("put %s: %w", p, err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("put %s: %w", p, err)
	}
	return nil
}
