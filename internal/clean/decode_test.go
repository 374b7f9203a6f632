package clean

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// ASCII text in UTF-16 without a byte-order mark is also valid UTF-8 (a NUL
// between every letter): the NUL pattern must win, in both byte orders.
func TestDecodeUTF16WithoutBOMPlainASCII(t *testing.T) {
	text := "The council met on Tuesday. \"We will act now,\" said Mayor Jane Doe.\n\nThe vote is next week."
	for _, tc := range []struct {
		name  string
		order unicode.Endianness
	}{{"little endian", unicode.LittleEndian}, {"big endian", unicode.BigEndian}} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := unicode.UTF16(tc.order, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			s, enc, err := decode(b, "", false)
			if err != nil || enc != "utf-16" || s != text {
				t.Fatalf("decode = %q, %q, %v; want the text as UTF-16", s[:min(len(s), 40)], enc, err)
			}
			a, err := Clean(b, "story.txt", "")
			if err != nil || !strings.Contains(a.Text, "said Mayor Jane Doe") {
				t.Fatalf("Clean = %q, %v", a.Text, err)
			}
		})
	}
}

// Text that merely contains a few NULs is not mistaken for UTF-16.
func TestDecodeFewNULsIsNotUTF16(t *testing.T) {
	b := []byte("An ordinary line of text that happens to end in a NUL\x00 and go on with more words after it.")
	if e := looksUTF16(b); e != nil {
		t.Fatalf("looksUTF16 = %v, want nil", e)
	}
}

func gzipOf(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	return buf.Bytes()
}

func TestGunzipLimit(t *testing.T) {
	body := bytes.Repeat([]byte("The harbour tunnel vote was delayed again. "), 1000) // 43,000 bytes
	z := gzipOf(t, body)
	tests := []struct {
		name    string
		in      []byte
		limit   int64
		want    int
		wantErr error
	}{
		{"under the limit", z, 50_000, len(body), nil},
		{"exactly at the limit", z, int64(len(body)), len(body), nil},
		{"one byte over", z, int64(len(body)) - 1, 0, ErrGunzipTooLarge},
		{"a bomb far over", gzipOf(t, make([]byte, 8<<20)), 1 << 20, 0, ErrGunzipTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Gunzip(tt.in, tt.limit)
			if !errors.Is(err, tt.wantErr) || len(out) != tt.want {
				t.Fatalf("Gunzip = %d bytes, %v; want %d bytes, %v", len(out), err, tt.want, tt.wantErr)
			}
		})
	}
	if _, err := Gunzip([]byte{0x1f, 0x8b, 0, 0}, 100); err == nil || errors.Is(err, ErrGunzipTooLarge) {
		t.Errorf("broken gzip: err = %v, want a gzip error", err)
	}
}
