// Package stress generates hostile and unlucky inputs (token floods, element
// floods, misnested tags, a gzip bomb, a 5 MiB article, random bytes, UTF-16
// without a byte-order mark…) and runs `newsgist summarise` on each in a
// fresh process under a memory limit, reporting the digest's status and
// code, the wall time and the peak RSS. `make stress` prints the table; the
// package's test (skipped under -short) holds the bars.
package stress

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/unicode"

	"github.com/newsgist/newsgist/internal/benchdata"
)

// Input is one generated file and what its digest must say.
type Input struct {
	Name   string // file name in the temporary folder (its extension matters)
	Want   string // the digest's status ("ok") or rejection code
	Reason string // what it stands for
	body   func() []byte
}

// MaxObjectBytes is the default MAX_OBJECT_BYTES the inputs are sized for.
const MaxObjectBytes = 5 << 20

// Inputs lists the hostile inputs, in the order they are run.
func Inputs() []Input {
	return []Input{
		{"tokens-abc.txt", "too_complex", "4.5 MB of one-letter words \"a b c …\"", func() []byte { return letters(4_500_000) }},
		{"elements-i.html", "too_complex", "1 MiB of <i>x</i> elements", func() []byte { return repeatTo("<i>x</i>", 1<<20) }},
		{"misnested.html", "too_complex", "4.5 MiB of misnested inline tags", misnested},
		{"json-elements.json", "too_complex", "a JSON article whose body is 4 MB of escaped \\u003ci\\u003e elements", jsonElements},
		{"elements-under.html", "no_text", "40,900 <i>x</i> elements, just under the 5 MiB element budget", func() []byte { return repeatTo("<i>x</i>", 40_900*8) }},
		{"words-under.txt", "ok", "1,048,000 two-letter words, just under the 5 MiB word budget", twoLetterWords},
		{"quote-flood.txt", "too_complex", "4.5 MB of one quotation after another (132,000 quotes)", func() []byte { return repeatTo(`"We will act now," said Jo Smith. `, 4_500_000) }},
		{"quotes-under.txt", "ok", "4.5 MB of quotations by distinct speakers, just under the quotation-mark budget", quotesUnder},
		{"gzip-bomb.txt.gz", "too_large", "a gzip that expands to 32 MiB of text", gzipBomb},
		{"article-5MiB.txt", "ok", "an ordinary text article of exactly 5 MiB", func() []byte { return exactly(benchdata.Text(MaxObjectBytes), MaxObjectBytes) }},
		{"article-5MiB.html", "ok", "an ordinary HTML page of exactly 5 MiB", func() []byte { return exactly(benchdata.HTML(MaxObjectBytes), MaxObjectBytes) }},
		{"random-high.txt", "no_text", "20 KB of random bytes 0x80–0xFF", randomHigh},
		{"one-letter.txt", "no_text", "a file holding one letter", func() []byte { return []byte("x\n") }},
		{"quote-marks.txt", "no_text", "10,000 quotation marks", func() []byte { return bytes.Repeat([]byte{'"'}, 10000) }},
		{"utf16le-no-bom.txt", "ok", "an article in UTF-16LE without a byte-order mark", utf16NoBOM},
	}
}

// Write generates every input into dir and returns their paths, in order.
func Write(dir string, inputs []Input) ([]string, error) {
	var paths []string
	for _, in := range inputs {
		p := filepath.Join(dir, in.Name)
		if err := os.WriteFile(p, in.body(), 0o644); err != nil {
			return nil, fmt.Errorf("write stress input: %w", err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// letters is "a b c … z a b …" of n bytes.
func letters(n int) []byte {
	b := make([]byte, 0, n)
	for i := 0; len(b) < n-1; i++ {
		b = append(b, byte('a'+i%26), ' ')
	}
	return b
}

// jsonElements is a JSON article whose HTML body escapes its tags, as
// JSON encoders do ("\u003ci\u003e"): no "<" for a naive count to see.
func jsonElements() []byte {
	b := []byte(`{"title":"Harbour tunnel vote","body":"`)
	b = append(b, repeatTo(`\u003ci\u003ex\u003c/i\u003e`, 4_000_000)...)
	return append(b, `"}`...)
}

// quotesUnder is 4.5 MB of quotations, one mark per 40 bytes (the budget
// allows one per 32), each by a speaker of its own: the quote extractor's
// and the entity finder's worst case under the budgets.
func quotesUnder() []byte {
	var b []byte
	for i := 0; len(b) < 4_500_000; i++ {
		b = fmt.Appendf(b, `"We will act now on the plan for the harbour," said %s %s of the council. `, syllables(i), syllables(i/7+3))
	}
	return b
}

// syllables is a made-up name, different for every i.
func syllables(i int) string {
	const c, v = "bdfgklmnprstvz", "aeiou"
	name := []byte{c[i%14] &^ 0x20, v[i/14%5]}
	for i /= 70; i > 0; i /= 70 {
		name = append(name, c[i%14], v[i/14%5])
	}
	return string(name)
}

// twoLetterWords is 1,048,000 words like "ba ce di", eight to a sentence:
// the most real words the word budget lets through to the analysis.
func twoLetterWords() []byte {
	var b []byte
	for i := 0; i < 1_048_000; i++ {
		b = append(b, "bcdfghlmnprst"[i%13], "aeiou"[i/13%5])
		if i%8 == 7 {
			b = append(b, '.')
		}
		b = append(b, ' ')
	}
	return b
}

func repeatTo(s string, n int) []byte {
	return []byte(strings.Repeat(s, n/len(s)))
}

// misnested is inline tags closed in the wrong order, which makes the HTML
// parser's adoption agency reconstruct formatting elements over and over
// (1.4 GB and 32 s before the element budget).
func misnested() []byte {
	return append([]byte("<html><body><p>"), repeatTo("<b><i>x</b></i>", 4_500_000)...)
}

// gzipBomb is 32 MiB of newsy text, compressed (about 100 KB).
func gzipBomb() []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	para := []byte("The council met on Tuesday to discuss the harbour tunnel, which has been delayed again. ")
	for written := 0; written < 32<<20; written += len(para) {
		zw.Write(para)
	}
	zw.Close()
	return buf.Bytes()
}

// exactly pads or cuts s to n bytes (at a space, padding with spaces).
func exactly(s string, n int) []byte {
	if len(s) >= n {
		s = s[:n]
		return []byte(s)
	}
	return append([]byte(s), bytes.Repeat([]byte{' '}, n-len(s))...)
}

func randomHigh() []byte {
	r := rand.New(rand.NewPCG(15, 15))
	b := make([]byte, 20_000)
	for i := range b {
		b[i] = byte(0x80 + r.IntN(0x80))
	}
	return b
}

// utf16NoBOM is an ASCII article in UTF-16LE without a byte-order mark:
// also valid UTF-8, with a NUL after every letter.
func utf16NoBOM() []byte {
	ascii := strings.Map(func(r rune) rune {
		if r > 0x7e {
			return -1
		}
		return r
	}, benchdata.Words(600))
	b, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(ascii))
	return b
}

// SizeInputs are ordinary articles of 1, 2 and 5 MiB, text and HTML, and
// the two inputs just under the 5 MiB budgets: the rows of the README's
// memory table.
func SizeInputs() []Input {
	var out []Input
	for _, mib := range []int{1, 2, 5} {
		n := mib << 20
		out = append(out,
			Input{fmt.Sprintf("article-%dMiB.txt", mib), "ok", "", func() []byte { return exactly(benchdata.Text(n), n) }},
			Input{fmt.Sprintf("article-%dMiB.html", mib), "ok", "", func() []byte { return exactly(benchdata.HTML(n), n) }})
	}
	for _, in := range Inputs() {
		if strings.Contains(in.Name, "-under") {
			out = append(out, in)
		}
	}
	return out
}
