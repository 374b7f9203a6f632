package clean

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"

	"github.com/newsgist/newsgist/internal/digest"
)

// maxGunzip bounds the size of a gzip-compressed article once expanded, for
// callers of Clean that set no limit of their own (the pipeline expands gzip
// itself, bounded by MAX_OBJECT_BYTES, before calling Clean).
const maxGunzip = 32 << 20

// ErrGunzipTooLarge is returned by Gunzip when the expansion exceeds its limit.
var ErrGunzipTooLarge = errors.New("gzip expands beyond the limit")

// IsGzip reports whether b starts like a gzip member.
func IsGzip(b []byte) bool { return bytes.HasPrefix(b, []byte{0x1f, 0x8b}) }

// Gunzip expands a gzip member (and any members concatenated to it), reading
// at most limit+1 bytes of output: a gzip bomb costs no more memory than an
// article at the limit. It returns ErrGunzipTooLarge past the limit and a
// wrapped gzip error for data that is not valid gzip.
func Gunzip(b []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	// Grow by reading, not by guessing: the header's size field is
	// attacker-controlled.
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, ErrGunzipTooLarge
	}
	return out, nil
}

// binarySignatures are magic numbers of formats that are not articles.
var binarySignatures = []struct {
	prefix, what string
}{
	{"%PDF-", "PDF document"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"BM", ""}, // checked below: too short to trust alone
	{"PK\x03\x04", "ZIP archive (or Office document)"},
	{"PK\x05\x06", "ZIP archive"},
	{"Rar!\x1a\x07", "RAR archive"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"BZh", ""},
	{"\xfd7zXZ\x00", "XZ archive"},
	{"\x28\xb5\x2f\xfd", "Zstandard archive"},
	{"%!PS", "PostScript document"},
	{"\x7fELF", "executable"},
	{"\x00asm", "WebAssembly module"},
	{"SQLite format 3\x00", "SQLite database"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"},
	{"OggS", "Ogg media"},
	{"fLaC", "FLAC audio"},
	{"ID3", "MP3 audio"},
	{"\x1a\x45\xdf\xa3", "Matroska/WebM video"},
	{"wOFF", "font"},
	{"wOF2", "font"},
	{"\x00\x01\x00\x00\x00", "font"},
	{"{\\rtf", "RTF document"},
}

// sniffBinary names the binary format of b, or returns "" for what may be
// text.
func sniffBinary(b []byte) string {
	for _, s := range binarySignatures {
		if s.what != "" && bytes.HasPrefix(b, []byte(s.prefix)) {
			return s.what
		}
	}
	if len(b) >= 12 && string(b[:4]) == "RIFF" {
		return "RIFF media (WebP, WAV or AVI)"
	}
	if len(b) >= 12 && string(b[4:8]) == "ftyp" {
		return "MP4/HEIF media"
	}
	if len(b) > 262 && string(b[257:262]) == "ustar" {
		return "tar archive"
	}
	if bytes.HasPrefix(b, []byte("BZh")) && len(b) > 4 && b[3] >= '1' && b[3] <= '9' && b[4] == 0x31 {
		return "bzip2 archive"
	}
	if bytes.HasPrefix(b, []byte("BM")) && len(b) > 14 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0 {
		return "BMP image"
	}
	return ""
}

// gunzip expands a gzip member, bounded by maxGunzip.
func gunzip(b []byte) ([]byte, bool) {
	out, err := Gunzip(b, maxGunzip)
	return out, err == nil
}

// contentTypeCharset returns the charset parameter of a Content-Type.
func contentTypeCharset(ct string) string {
	if ct == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err != nil {
		if i := strings.Index(strings.ToLower(ct), "charset="); i >= 0 {
			return strings.Trim(strings.TrimSpace(ct[i+8:]), `"';`)
		}
		return ""
	}
	return params["charset"]
}

var (
	metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)
	headEndRe     = regexp.MustCompile(`(?i)</head\s*>|<body[\s>]`)
)

// metaCharset finds <meta charset> or <meta http-equiv="Content-Type"
// content="...; charset=..."> anywhere in the head of an HTML document
// (not just its first 1024 bytes).
func metaCharset(b []byte) string {
	head := b
	if loc := headEndRe.FindIndex(b); loc != nil {
		head = b[:loc[0]]
	} else if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if m := metaCharsetRe.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

func lookupEncoding(label string) encoding.Encoding {
	label = strings.ToLower(strings.TrimSpace(label))
	if label == "" {
		return nil
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil
	}
	return e
}

func isUTF8Encoding(e encoding.Encoding) bool {
	n, _ := htmlindex.Name(e)
	return n == "utf-8"
}

// decodeWith decodes b with e, reporting failure.
func decodeWith(e encoding.Encoding, b []byte) (string, bool) {
	if isUTF8Encoding(e) {
		if utf8.Valid(b) {
			return string(b), true
		}
		return "", false
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	return string(out), true
}

// looksUTF16 guesses UTF-16 without a byte-order mark from the pattern of
// zero bytes in mostly-ASCII text. It returns the byte order or nil.
func looksUTF16(b []byte) encoding.Encoding {
	n := min(len(b), 4096) &^ 1
	if n < 8 {
		return nil
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenZero++
		}
		if b[i+1] == 0 {
			oddZero++
		}
	}
	half := n / 2
	switch {
	case oddZero > half*6/10 && evenZero < half/20:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case evenZero > half*6/10 && oddZero < half/20:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// decode turns the raw bytes into a string. Order: a byte-order mark (it
// is unambiguous, so it wins, as in the WHATWG encoding standard); the
// Content-Type charset; UTF-16 without BOM (by its NUL pattern); valid
// UTF-8; for HTML, a meta charset anywhere in the head; windows-1252. It returns the name of the
// encoding used.
func decode(b []byte, contentType string, maybeHTML bool) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		if utf8.Valid(b[3:]) {
			return string(b[3:]), "utf-8", nil
		}
		return "", "", &Error{Code: digest.CodeUndecodable, Message: "UTF-8 byte-order mark but invalid UTF-8"}
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		s, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil || len(b)%2 != 0 {
			return "", "", &Error{Code: digest.CodeUndecodable, Message: "UTF-16 byte-order mark but invalid UTF-16"}
		}
		return string(s), "utf-16", nil
	}
	if e := lookupEncoding(contentTypeCharset(contentType)); e != nil {
		if s, ok := decodeWith(e, b); ok {
			n, _ := htmlindex.Name(e)
			return s, n, nil
		}
	}
	// UTF-16 without a byte-order mark, by its pattern of NUL bytes, before
	// UTF-8: ASCII text in UTF-16 is also valid UTF-8 (NUL is a valid byte),
	// which would otherwise come out with a NUL between every letter.
	if e := looksUTF16(b); e != nil {
		if s, err := e.NewDecoder().Bytes(b); err == nil {
			return string(s), "utf-16", nil
		}
	}
	if utf8.Valid(b) {
		return string(b), "utf-8", nil
	}
	if maybeHTML {
		if e := lookupEncoding(metaCharset(b)); e != nil {
			if s, ok := decodeWith(e, b); ok {
				n, _ := htmlindex.Name(e)
				return s, n, nil
			}
		}
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "", &Error{Code: digest.CodeBinary, Message: "the input contains NUL bytes and is not UTF-16 text"}
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", &Error{Code: digest.CodeUndecodable, Message: err.Error()}
	}
	return string(s), "windows-1252", nil
}

// textQuality rejects decoded text that is mostly replacement or control
// characters: the sign of a binary file or a wrong encoding.
func badText(s string) bool {
	var bad, total int
	for _, r := range s {
		total++
		if r == utf8.RuneError || (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') {
			bad++
		}
		if total >= 20000 {
			break
		}
	}
	return total > 0 && bad*10 > total
}
