// Package clean turns a stored news article (plain text, HTML, Markdown or
// JSON, in any common encoding) into cleaned article text plus metadata.
//
// Clean decodes the bytes (Content-Type charset, byte-order mark, UTF-8,
// an HTML meta charset anywhere in the head, windows-1252), sniffs the
// format from the content (then the name's extension and the Content-Type),
// extracts the main text (go-trafilatura for HTML, on a DOM parsed here),
// and runs newsgist's own boilerplate pass, which removes newsletter,
// cookie, paywall, share, related-links, advertisement, caption and
// copyright blocks and reports each one.
package clean

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/newsgist/newsgist/internal/digest"
)

// Article is a cleaned news article.
type Article struct {
	Title, Byline, Published, Language string   // Published: RFC 3339 date or date-time when known, else ""; Language: ISO 639-1 like "en" when known
	Text                               string   // cleaned body: paragraphs separated by "\n\n", whitespace normalised, curly quotes normalised to straight ASCII " and ' (apostrophes too), NFC
	Format                             string   // "text", "html", "markdown" or "json"
	Boilerplate                        []string // each removed boilerplate block (its first line/sentence, trimmed to ~100 chars), in document order
}

// Error is a rejection of an input that cannot be cleaned. Code is one of
// the digest's error codes: digest.CodeEmpty, CodeBinary (PDF, images,
// archives, other binary), CodeUndecodable or CodeNoText (e.g. HTML with
// no extractable body).
type Error struct{ Code, Message string }

func (e *Error) Error() string { return "clean: " + e.Code + ": " + e.Message }

// InternalErrorMessage opens the message of the no_text rejection Clean
// returns when cleaning panicked (a bug: the fuzz tests look for it).
const InternalErrorMessage = "internal error while cleaning"

// Clean decodes, detects the format of, extracts and cleans an article. name
// is the object key or file name (used for extension hints), contentType may
// be "". It never panics: an internal failure is reported as an error.
func Clean(body []byte, name, contentType string) (a Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = Article{}, &Error{Code: digest.CodeNoText, Message: fmt.Sprintf("%s: %v", InternalErrorMessage, r)}
		}
	}()
	return clean(body, name, contentType, 0)
}

func clean(body []byte, name, contentType string, depth int) (Article, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return Article{}, &Error{Code: digest.CodeEmpty, Message: "the input is empty"}
	}
	if bytes.HasPrefix(body, []byte{0x1f, 0x8b}) && depth == 0 {
		if out, ok := gunzip(body); ok {
			return clean(out, strings.TrimSuffix(name, ".gz"), "", depth+1)
		}
		return Article{}, &Error{Code: digest.CodeBinary, Message: "gzip data that does not expand to a readable article"}
	}
	if what := sniffBinary(body); what != "" {
		return Article{}, &Error{Code: digest.CodeBinary, Message: "the input is a " + what + ", not an article"}
	}
	ext := strings.ToLower(path.Ext(name))
	mediaType := strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	hintHTML := ext == ".html" || ext == ".htm" || ext == ".xhtml" || strings.Contains(mediaType, "html")
	maybeHTML := hintHTML || hasTagPrefix(body[:min(len(body), 4096)])
	s, _, err := decode(body, contentType, maybeHTML)
	if err != nil {
		return Article{}, err
	}
	if badText(s) {
		return Article{}, &Error{Code: digest.CodeUndecodable, Message: "the decoded input is mostly control or replacement characters"}
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	switch detectFormat(s, ext, mediaType) {
	case "json":
		return cleanJSON(s)
	case "html":
		return cleanHTML(s)
	case "markdown":
		return cleanMarkdown(s)
	}
	return cleanText(s, Article{Format: "text"})
}

// hasTagPrefix reports whether b holds "<html" or "<meta" in any case.
func hasTagPrefix(b []byte) bool {
	for i := bytes.IndexByte(b, '<'); i >= 0; {
		if t := b[i+1:]; len(t) >= 4 && (bytes.EqualFold(t[:4], []byte("html")) || bytes.EqualFold(t[:4], []byte("meta"))) {
			return true
		}
		j := bytes.IndexByte(b[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

var (
	htmlDocRe  = regexp.MustCompile(`(?i)^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)[\s>]`)
	htmlTagRe  = regexp.MustCompile(`(?i)</?(p|div|br|span|a|article|section|h[1-6]|ul|ol|li|em|strong|b|i|blockquote|figure|img|table|header|footer|nav|main|aside|time|script|style)(\s[^<>]*)?/?>`)
	mdSignalRe = regexp.MustCompile(`^(#{1,6} \S|\s{0,3}[-*+] \S|\s{0,3}\d{1,3}\. \S|> \S|` + "```" + `|={3,}\s*$|-{3,}\s*$)`)
	// mdSignalFirst: the bytes a line matching mdSignalRe starts with.
	mdSignalFirst = "#-*+>`=\t\n\f\r 0123456789"
	mdInlineRe    = regexp.MustCompile(`\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|__[^_\n]+__`)
)

// looksHTML counts HTML tags in the first 64 KB.
func looksHTML(s string) int {
	head := s[:min(len(s), 64<<10)]
	return len(htmlTagRe.FindAllStringIndex(head, 20))
}

// markdownScore counts Markdown block and inline signals.
func markdownScore(s string) int {
	head := s[:min(len(s), 64<<10)]
	// Line by line: a multi-line (?m)^ pattern over the whole head costs
	// ~0.5 ms on a 1,000-word article; each line alone is cheap.
	signals := 0
	for line := range strings.Lines(head) {
		if signals == 10 {
			break
		}
		line = strings.TrimRight(line, "\r\n")
		if line != "" && strings.IndexByte(mdSignalFirst, line[0]) >= 0 && mdSignalRe.MatchString(line) {
			signals++
		}
	}
	n := signals
	if strings.Contains(head, "](") || strings.Contains(head, "**") || strings.Contains(head, "__") {
		n += len(mdInlineRe.FindAllStringIndex(head, 10))
	}
	if strings.HasPrefix(strings.TrimSpace(head), "# ") {
		n += 2
	}
	return n
}

// detectFormat sniffs the content first; the extension and media type
// decide only what the content leaves open.
func detectFormat(s, ext, mediaType string) string {
	t := strings.TrimSpace(s)
	if (strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")) && json.Valid([]byte(t)) {
		return "json"
	}
	if htmlDocRe.MatchString(t[:min(len(t), 4096)]) {
		return "html"
	}
	tags := looksHTML(t)
	md := markdownScore(t)
	hintMD := ext == ".md" || ext == ".markdown" || ext == ".mdown" || strings.Contains(mediaType, "markdown")
	hintHTML := ext == ".html" || ext == ".htm" || ext == ".xhtml" || strings.Contains(mediaType, "html")
	switch {
	case tags >= 3 || (strings.HasPrefix(t, "<") && tags >= 1):
		return "html"
	case hintMD && md >= 1:
		return "markdown"
	case hintHTML && tags >= 1:
		return "html"
	case md >= 3:
		return "markdown"
	case hintMD:
		return "markdown"
	}
	return "text"
}
