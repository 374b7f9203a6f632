package realeval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Meta is one page's metadata label.
type Meta struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Notes     string `json:"notes"`
}

// GoldQuote is one labelled quotation: its first words, its speaker's
// fullest name ("" when unnamed) and whether it is a fragment.
type GoldQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Partial *bool  `json:"partial"`
}

// QuoteLabels are one page's quotations and the quoted strings that quote no one.
type QuoteLabels struct {
	ID        string      `json:"id"`
	Quotes    []GoldQuote `json:"quotes"`
	NotQuotes []string    `json:"not_quotes"`
}

// EntityLabels are one page's people, organisations and places.
type EntityLabels struct {
	ID            string   `json:"id"`
	People        []string `json:"people"`
	Organisations []string `json:"organisations"`
	Places        []string `json:"places"`
}

// Labels are the hand labels of real-dev, by page id. A missing file leaves
// its map empty, and its figures are not printed.
type Labels struct {
	Meta     map[string]Meta
	Quotes   map[string]QuoteLabels
	Entities map[string]EntityLabels
	quoteIDs []string // file order, as the reference scorer iterates
	entIDs   []string
}

// LoadLabels reads metadata.jsonl, quotes.jsonl and entities.jsonl from dir.
func LoadLabels(dir string) (*Labels, error) {
	l := &Labels{Meta: map[string]Meta{}, Quotes: map[string]QuoteLabels{}, Entities: map[string]EntityLabels{}}
	if _, err := readJSONL(filepath.Join(dir, "metadata.jsonl"), func(id string, b []byte) error {
		var m Meta
		err := json.Unmarshal(b, &m)
		l.Meta[id] = m
		return err
	}); err != nil {
		return nil, err
	}
	ids, err := readJSONL(filepath.Join(dir, "quotes.jsonl"), func(id string, b []byte) error {
		var q QuoteLabels
		err := json.Unmarshal(b, &q)
		l.Quotes[id] = q
		return err
	})
	if err != nil {
		return nil, err
	}
	l.quoteIDs = ids
	ids, err = readJSONL(filepath.Join(dir, "entities.jsonl"), func(id string, b []byte) error {
		var e EntityLabels
		err := json.Unmarshal(b, &e)
		l.Entities[id] = e
		return err
	})
	if err != nil {
		return nil, err
	}
	l.entIDs = ids
	return l, nil
}

// readJSONL calls each for every line of path with the line's "id" and
// returns the ids in file order; a missing file reads as empty.
func readJSONL(path string, each func(id string, line []byte) error) ([]string, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ids []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		var head struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(line, &head); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if err := each(head.ID, line); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		ids = append(ids, head.ID)
	}
	return ids, sc.Err()
}

var altRe = regexp.MustCompile(`(alt_\w+)=([^;|]*)`)

// alternatives parses a label's notes for alt_byline= and alt_published=
// values; a later value of the same name wins.
func alternatives(notes string) map[string]string {
	out := map[string]string{}
	for _, m := range altRe.FindAllStringSubmatch(notes, -1) {
		out[m[1]] = strings.Trim(strings.TrimSpace(m[2]), "\"}")
	}
	return out
}
