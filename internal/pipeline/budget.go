package pipeline

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/clean"
	"github.com/newsgist/newsgist/internal/digest"
)

// DefaultMaxBytes is the article size limit when Options.MaxBytes is 0: the
// default MAX_OBJECT_BYTES.
const DefaultMaxBytes = 5 << 20

// Bytes of input per HTML element and per word that the budgets allow: at
// the 5 MiB default, 40,960 elements (start tags; the largest of 93 real
// news pages has 1,607, a generated 5 MiB page 19,947) and 1,048,576 words
// (an ordinary 5 MiB article has about 830,000). Measured peaks, one core,
// Go memory limit 150 MiB: 1 MiB of "<i>x</i>" (131,072 elements) 250 MB
// and 344 MB without the limit; 40,900 of them, just under the budget,
// 100 MB; 4.5 MB of "a b c …" (2.25 million words) 199 MB; 1.3 million
// two-letter words 167–195 MB, so the budget is 1.05 million.
//
// The quotation-mark budget, one mark per 32 bytes (163,840 at 5 MiB, about
// 80,000 quotations), bounds the quote extractor, whose memory grows with
// the quotations: 4.5 MB of back-to-back quotations (132,000, 264,000
// marks) peaked at 182–201 MB.
const (
	bytesPerElement   = 128
	bytesPerWord      = 5
	bytesPerQuoteMark = 32
)

// maxEntityText is how much of the cleaned text the entity finder reads:
// 256 KB, about 40,000 words, longer than any news article (the longest of
// 93 real pages has under 100 KB of text). Its cost grows with the square
// of the distinct names (each speaker is matched against every name found):
// 600 KB of quotations by distinct speakers took 5.4 s, 4.5 MB over 120 s.
const maxEntityText = 256 << 10

// limits returns the effective byte, element, word and quotation-mark
// budgets of opt.
func (opt Options) limits() (maxBytes int64, maxElements, maxWords, maxQuoteMarks int) {
	maxBytes = opt.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	maxElements, maxWords = opt.MaxElements, opt.MaxWords
	if maxElements <= 0 {
		maxElements = int(min(maxBytes/bytesPerElement, 1<<30))
	}
	if maxWords <= 0 {
		maxWords = int(min(maxBytes/bytesPerWord, 1<<30))
	}
	maxQuoteMarks = int(min(maxBytes/bytesPerQuoteMark, 1<<30))
	return maxBytes, max(maxElements, 1), max(maxWords, 1), max(maxQuoteMarks, 1)
}

// rejection is a budget or garbage verdict: a code and a message.
type rejection struct{ code, message string }

// expand applies the byte budget: a gzip member is expanded up to maxBytes,
// and the (expanded) article must fit in maxBytes. It returns the bytes to
// clean and the name to clean them under (".gz" removed).
func expand(body []byte, name string, maxBytes int64) ([]byte, string, *rejection) {
	if clean.IsGzip(body) {
		out, err := clean.Gunzip(body, maxBytes)
		switch {
		case errors.Is(err, clean.ErrGunzipTooLarge):
			return nil, name, &rejection{digest.CodeTooLarge, fmt.Sprintf("the gzip data expands to more than %d bytes (MAX_OBJECT_BYTES)", maxBytes)}
		case err != nil:
			return nil, name, &rejection{digest.CodeBinary, "gzip data that does not expand to a readable article: " + err.Error()}
		case clean.IsGzip(out):
			return nil, name, &rejection{digest.CodeBinary, "gzip data inside gzip data, not an article"}
		}
		body, name = out, strings.TrimSuffix(name, ".gz")
	}
	if int64(len(body)) > maxBytes {
		return nil, name, &rejection{digest.CodeTooLarge, fmt.Sprintf("the article is %d bytes; MAX_OBJECT_BYTES is %d", len(body), maxBytes)}
	}
	return body, name, nil
}

// countTags counts the start tags of b ("<" then a letter), that is the
// elements a parser would build, stopping once past limit. A NUL between
// "<" and the letter is skipped, so UTF-16 markup counts too, and so does
// the JSON escape "\u003c" (an HTML body inside a JSON article). It runs
// before any parsing: the DOM that go-trafilatura clones costs about 2.5 KB
// per element. It returns 0 when b is too short to hold more than limit.
func countTags(b []byte, limit int) int {
	if len(b)/2 <= limit {
		return 0 // a start tag takes at least 2 bytes: under the limit whatever b holds
	}
	n := 0
	for i := 0; i < len(b)-1 && n <= limit; i++ {
		j := i + 1
		switch {
		case b[i] == '<':
			if b[j] == 0 && j+1 < len(b) {
				j++
			}
		case b[i] == '\\' && b[j] == 'u' && i+6 < len(b) && string(b[i+2:i+5]) == "003" && b[i+5]|0x20 == 'c':
			j = i + 6
		default:
			continue
		}
		if c := b[j] | 0x20; c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

// countWords counts the whitespace-separated words of s, stopping once past
// limit. It returns 0 when s is too short to hold more than limit.
func countWords(s string, limit int) int {
	if (len(s)+1)/2 <= limit {
		return 0 // a word and a space take at least 2 bytes: under the limit whatever s holds
	}
	n, inWord := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			n++
			if n > limit {
				return n
			}
		}
		inWord = !space
	}
	return n
}

// countQuoteMarks counts the quotation marks of the cleaned text (its
// quotes are straight): every '"', and every "'" that is not an apostrophe
// between two letters (don't, O'Neill), stopping once past limit. It
// returns 0 when text is too short to hold more than limit.
func countQuoteMarks(text string, limit int) int {
	if len(text) <= limit {
		return 0
	}
	n := 0
	for i := 0; i < len(text) && n <= limit; i++ {
		switch text[i] {
		case '"':
			n++
		case '\'':
			if i == 0 || i+1 == len(text) || !isLetterByte(text[i-1]) || !isLetterByte(text[i+1]) {
				n++
			}
		}
	}
	return n
}

// isLetterByte reports whether c is an ASCII letter or part of a non-ASCII
// character (most of which, next to an apostrophe, are letters).
func isLetterByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= utf8.RuneSelf
}

// countRawWords counts the runs of bytes between ASCII white space in b,
// stopping once past limit: countWords for raw bytes in any encoding,
// without copying them (Unicode spaces are not seen, so it may count
// fewer words, never more).
func countRawWords(b []byte, limit int) int {
	if (len(b)+1)/2 <= limit {
		return 0
	}
	n, inWord := 0, false
	for _, c := range b {
		space := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
		if !space && !inWord {
			n++
			if n > limit {
				return n
			}
		}
		inWord = !space
	}
	return n
}

// Thresholds of the garbage check.
const (
	minRealWords    = 3        // fewer real words is not an article
	minWordCoverage = 0.5      // share of non-space characters that must be in real words
	maxWordRunes    = 40       // a longer run without spaces is not a word (outside scripts without spaces)
	garbageSample   = 32 << 10 // bytes of text the check reads: about 5,000 words
	garbageQuick    = 4 << 10  // a first look: 20 real words covering 3/4 of it pass at once
	// maxWordsWithoutSentence real words with no sentence end among them
	// are a word list or word salad, not prose (a brief of a few words
	// without a full stop is still an article).
	maxWordsWithoutSentence = 100
	sentenceEnds            = ".!?;:\u3002\uff01\uff1f\u061f\u0964\u0e2f"
)

// garbage says why a cleaned text cannot be an article, or returns nil:
// fewer than minRealWords real words (one letter, a run of quotation marks,
// "a b c …"), real words covering less than half of its non-space
// characters (random bytes read as windows-1252, punctuation, symbols), or
// maxWordsWithoutSentence words without a single sentence end (word salad). A
// real word has at least two letters (or one letter of a script written
// without spaces, such as Chinese or Thai), is at most maxWordRunes long,
// and is letters, digits and marks with inner apostrophes, hyphens, dots.
func garbage(text string) *rejection {
	// Most articles show they are prose in their first few kilobytes.
	if len(text) > garbageQuick {
		if q := prefix(text, garbageQuick); strings.ContainsAny(q, sentenceEnds) {
			if words, inWords, nonSpace := wordStats(q); words >= 20 && inWords*4 >= nonSpace*3 {
				return nil
			}
		}
	}
	sample := prefix(text, garbageSample)
	words, inWords, nonSpace := wordStats(sample)
	switch {
	case words < minRealWords:
		return &rejection{digest.CodeNoText, fmt.Sprintf("the text has %d real words; an article needs at least %d", words, minRealWords)}
	case float64(inWords) < minWordCoverage*float64(nonSpace):
		return &rejection{digest.CodeNoText, fmt.Sprintf("only %d of %d characters are in words: not article text", inWords, nonSpace)}
	case words >= maxWordsWithoutSentence && !strings.ContainsAny(sample, sentenceEnds):
		return &rejection{digest.CodeNoText, fmt.Sprintf("%d words and not one sentence: not article text", words)}
	}
	return nil
}

// prefix is text cut to at most n bytes, at a character boundary.
func prefix(text string, n int) string {
	if len(text) <= n {
		return text
	}
	text = text[:n]
	for len(text) > 0 && !utf8.RuneStart(text[len(text)-1]) {
		text = text[:len(text)-1]
	}
	if len(text) > 0 {
		text = text[:len(text)-1] // the last character may be cut
	}
	return text
}

// wordStats counts the real words of text, the characters in them and the
// non-space characters outside numbers.
func wordStats(text string) (words, inWords, nonSpace int) {
	for tok := range strings.FieldsSeq(text) {
		w, nw := realWord(tok)
		if w < 0 {
			continue // a number
		}
		nonSpace += utf8.RuneCountInString(tok)
		words += nw
		inWords += w
	}
	return words, inWords, nonSpace
}

// realWord returns the number of characters of tok that form real words
// once surrounding punctuation is trimmed (0 if none; -1 for a number, which
// counts neither for nor against the text) and how many words that is: one,
// or for a clause of a script written without spaces, one per two letters.
func realWord(tok string) (runes, words int) {
	if isASCII(tok) {
		return asciiWord(tok)
	}
	core := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if core == "" {
		return 0, 0
	}
	if n := spacelessWord(core); n > 0 {
		return n, (n + 1) / 2
	}
	return latinWord(core)
}

// latinWord is realWord for a token of a script written with spaces.
func latinWord(core string) (int, int) {
	var letters, runes int
	for _, r := range core {
		runes++
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r), unicode.Is(unicode.M, r):
		case strings.ContainsRune("'-.\u2019&/,:%", r):
		default:
			return 0, 0
		}
	}
	switch {
	case letters == 0:
		return -1, 0
	case letters < 2 || runes > maxWordRunes:
		return 0, 0
	}
	return runes, 1
}

// spacelessWord returns the letters and digits of a clause of a script
// written without spaces (Chinese, Japanese, Thai…), or 0 unless most of
// its characters are letters of such a script: random bytes that the
// mojibake repair turns into a few stray ideographs are not Chinese.
func spacelessWord(core string) int {
	var spaceless, wordish, runes int
	for _, r := range core {
		runes++
		switch {
		case r >= 0x0E00 && unicode.IsLetter(r) && isSpacelessScript(r):
			spaceless++
			wordish++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			wordish++
		}
	}
	if spaceless == 0 || spaceless*10 < runes*6 {
		return 0
	}
	return wordish
}

// asciiWord is realWord for an ASCII token, byte by byte (most tokens of
// most articles: the check costs about 10 µs per 1,000 words).
func asciiWord(tok string) (int, int) {
	isAlnum := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' }
	i, j := 0, len(tok)
	for i < j && !isAlnum(tok[i]) {
		i++
	}
	for j > i && !isAlnum(tok[j-1]) {
		j--
	}
	if i == j {
		return 0, 0
	}
	letters := 0
	for k := i; k < j; k++ {
		switch c := tok[k]; {
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letters++
		case c >= '0' && c <= '9':
		case strings.IndexByte("'-.&/,:%", c) >= 0:
		default:
			return 0, 0
		}
	}
	switch {
	case letters == 0:
		return -1, 0
	case letters < 2 || j-i > maxWordRunes:
		return 0, 0
	}
	return j - i, 1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isSpacelessScript reports whether r belongs to a script written without
// spaces between words.
func isSpacelessScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan)
}
