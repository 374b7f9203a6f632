// Package digest defines newsgist's output contract: the JSON document written
// for every article, schema version 1 (documented in README.md and described
// by schema.json beside this file).
//
// Offsets in a digest (summary and quote start/end) count Unicode code points
// in article.text, so that Python's str slicing and most JSON consumers can
// use them directly; the pipeline works in bytes and converts once, here.
package digest

import (
	"bytes"
	"encoding/json"
	"sort"
	"unicode/utf8"
)

// SchemaVersion is the version of the digest layout. It changes only when a
// field is removed or changes meaning; new optional fields keep the version.
const SchemaVersion = 1

// Status values.
const (
	StatusOK       = "ok"
	StatusRejected = "rejected"
)

// Error codes of rejected digests.
const (
	CodeEmpty       = "empty"       // the object has no bytes, or only white space
	CodeBinary      = "binary"      // PDF, image, archive or other non-text content
	CodeUndecodable = "undecodable" // the bytes could not be decoded as text
	CodeNoText      = "no_text"     // a page with no article text to extract
	CodeTooLarge    = "too_large"   // larger than MAX_OBJECT_BYTES (after gzip expansion too)
	CodeTooComplex  = "too_complex" // more HTML elements, words or quotation marks than the memory budget allows
	CodeUnstorable  = "unstorable"  // the digest could not be stored at its own key (kept under a fallback key)
	CodeNotFound    = "not_found"   // the object was gone when the function fetched it
	CodeUnreadable  = "unreadable"  // reading the object failed for good (access denied, no such bucket)
)

// Codes lists every error code, in the order of schema.json's enum; a test
// keeps the two the same.
var Codes = []string{CodeEmpty, CodeBinary, CodeUndecodable, CodeNoText, CodeTooLarge, CodeTooComplex,
	CodeUnstorable, CodeNotFound, CodeUnreadable}

// Digest is the JSON document newsgist writes for one article.
type Digest struct {
	SchemaVersion      int           `json:"schema_version"`
	Status             string        `json:"status"`
	Error              *Error        `json:"error,omitempty"`
	Source             Source        `json:"source"`
	Article            *Article      `json:"article"`
	Headline           string        `json:"headline"`
	Summary            []SummaryLine `json:"summary"`
	Quotes             []Quote       `json:"quotes"`
	Entities           Entities      `json:"entities"`
	BoilerplateRemoved []string      `json:"boilerplate_removed"`
}

// Error says why an object was rejected.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Source identifies the object the digest was made from.
type Source struct {
	Bucket      string `json:"bucket"`
	Key         string `json:"key"`
	VersionID   string `json:"version_id"`
	ETag        string `json:"etag"`
	Size        int64  `json:"size"`
	ContentType string `json:"content_type"`
	Format      string `json:"format"` // text, html, markdown, json; "" when rejected before detection
}

// Article is the cleaned article.
type Article struct {
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Published string `json:"published"`
	Language  string `json:"language"`
	WordCount int    `json:"word_count"`
	Text      string `json:"text"`
	// EnglishOnlyStages names the stages that follow English rules and
	// were not run because the text's language is known and not English
	// (see StagesEnglishOnly); absent on English text or when the language
	// is unknown.
	EnglishOnlyStages []string `json:"english_only_stages,omitempty"`
}

// StagesEnglishOnly are the stages whose rules are English (a headline
// compressed with English grammar, quotes attributed by English speech
// verbs, names found by English capitalisation): on text in another
// language they are not run, the headline is empty, quotes and entities
// are empty lists, and the article lists them in english_only_stages. The
// extractive summary does not depend on the language and is kept.
var StagesEnglishOnly = []string{"headline", "quotes", "entities"}

// SummaryLine is one sentence of the extractive summary. Start and End are
// code-point offsets into Article.Text.
type SummaryLine struct {
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
}

// Quote is one direct quotation. Start and End are code-point offsets into
// Article.Text.
type Quote struct {
	Text           string  `json:"text"`
	Speaker        string  `json:"speaker"`
	SpeakerMention string  `json:"speaker_mention"`
	Role           string  `json:"role"`
	Cue            string  `json:"cue"`
	Via            string  `json:"via"`
	Partial        bool    `json:"partial"`
	Key            bool    `json:"key"`
	Score          float64 `json:"score"`
	Start          int     `json:"start"`
	End            int     `json:"end"`
}

// Entities lists the names the article mentions, each once under the
// fullest form the article gives, in order of first mention. Mentions
// (optional) counts the mentions grouped under each listed name: a surname,
// an acronym or a short form counts for the full name.
type Entities struct {
	People        []string       `json:"people"`
	Places        []string       `json:"places"`
	Organisations []string       `json:"organisations"`
	Mentions      map[string]int `json:"mentions,omitempty"`
}

// Rejected returns the digest of an object that could not be summarised.
func Rejected(src Source, code, message string) Digest {
	d := Digest{
		SchemaVersion: SchemaVersion,
		Status:        StatusRejected,
		Error:         &Error{Code: code, Message: message},
		Source:        src,
	}
	d.fillEmpty()
	return d
}

// fillEmpty makes every list non-nil, so consumers always see [] not null.
func (d *Digest) fillEmpty() {
	if d.Summary == nil {
		d.Summary = []SummaryLine{}
	}
	if d.Quotes == nil {
		d.Quotes = []Quote{}
	}
	if d.Entities.People == nil {
		d.Entities.People = []string{}
	}
	if d.Entities.Places == nil {
		d.Entities.Places = []string{}
	}
	if d.Entities.Organisations == nil {
		d.Entities.Organisations = []string{}
	}
	if d.BoilerplateRemoved == nil {
		d.BoilerplateRemoved = []string{}
	}
}

// Marshal encodes d as indented JSON with a final newline. The encoding is
// deterministic: the same digest always gives the same bytes.
func Marshal(d Digest) ([]byte, error) {
	d.fillEmpty()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Offsets converts byte offsets into one text to code-point offsets. It
// indexes the text once, so each lookup reads about offsetBlock bytes.
type Offsets struct {
	text  string
	marks []offsetMark // every ~offsetBlock bytes, at a rune start
}

type offsetMark struct{ byteOff, runeOff int }

const offsetBlock = 512

// NewOffsets indexes text for byte-to-code-point conversion.
func NewOffsets(text string) Offsets {
	o := Offsets{text: text, marks: []offsetMark{{0, 0}}}
	runes := 0
	prev := 0
	for i := offsetBlock; i < len(text); i += offsetBlock {
		for i < len(text) && !utf8.RuneStart(text[i]) {
			i++
		}
		runes += utf8.RuneCountInString(text[prev:i])
		o.marks = append(o.marks, offsetMark{i, runes})
		prev = i
	}
	return o
}

// Rune returns the number of code points in text[:byteOffset]. Offsets past
// the end are clamped.
func (o Offsets) Rune(byteOffset int) int {
	if byteOffset <= 0 {
		return 0
	}
	if byteOffset > len(o.text) {
		byteOffset = len(o.text)
	}
	i := sort.Search(len(o.marks), func(i int) bool { return o.marks[i].byteOff > byteOffset }) - 1
	m := o.marks[i]
	return m.runeOff + utf8.RuneCountInString(o.text[m.byteOff:byteOffset])
}
