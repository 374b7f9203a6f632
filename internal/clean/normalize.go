package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// charMap rewrites single characters: invisible ones are dropped (-1),
// typographic quotes become ASCII, exotic spaces become a plain space.
func charMap(r rune) rune {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E', '\u200E', '\u200F':
		return -1 // soft hyphen, zero-width characters, byte-order mark, direction marks
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\uFF07':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\uFF02':
		return '"'
	case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u3000', '\u205F':
		return ' '
	case '\u2028', '\u2029', '\u0085':
		return '\n'
	}
	if r < 0x20 && r != '\n' && r != '\t' {
		if r == '\r' || r == '\f' || r == '\v' {
			return '\n'
		}
		return -1
	}
	if r == 0x7F || (r >= 0x80 && r < 0xA0) {
		return -1 // C1 controls
	}
	return r
}

// normalizeChars applies charMap, repairs mojibake and composes to NFC.
// Line structure is kept.
func normalizeChars(s string) string {
	s = fixMojibake(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = mapChars(s)
	return norm.NFC.String(s)
}

// mapChars is strings.Map(charMap, s), which it runs only from the first
// character charMap changes (or an invalid byte): most text has none, and
// its ASCII letters are passed over without a call.
func mapChars(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7F {
				return s[:i] + strings.Map(charMap, s[i:])
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || charMap(r) != r {
			return s[:i] + strings.Map(charMap, s[i:])
		}
		i += n
	}
	return s
}

// collapseSpace trims a paragraph and reduces every run of white space to
// one space.
func collapseSpace(s string) string {
	if collapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	// Copy each run of non-space text whole; an invalid byte becomes
	// U+FFFD, as ranging over the string would make it.
	space := false
	run := 0 // start of the pending run
	flush := func(end int) {
		if end > run {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[run:end])
		}
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsSpace(r):
			flush(i)
			space = true
			run = i + n
		case r == utf8.RuneError && n == 1:
			flush(i)
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(utf8.RuneError)
			run = i + n
		}
		i += n
	}
	flush(len(s))
	return b.String()
}

// collapsed reports whether collapseSpace would return s unchanged: no
// white space other than single inner spaces, and valid UTF-8. Most
// paragraphs are, and are then returned without a copy.
func collapsed(s string) bool {
	prevSpace := true // a leading space is not collapsed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || s == ""
}

// mojibakeMarkers are the tell-tale sequences of UTF-8 read as
// windows-1252 or Latin-1: the lead bytes Ã, Â, â€, Å, Ä followed by a
// continuation-byte character.
func hasMojibake(s string) bool {
	// All the lead characters are encoded from byte 0xC3, which never
	// continues another character.
	for i := strings.IndexByte(s, 0xC3); i >= 0; {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == 'Ã' || r == 'Â' || r == 'â' || r == 'Å' || r == 'Ä' || r == 'Ð' || r == 'Ñ' {
			r2, _ := utf8.DecodeRuneInString(s[i:])
			if isContinuationChar(r2) {
				return true
			}
		}
		j := strings.IndexByte(s[i:], 0xC3)
		if j < 0 {
			break
		}
		i += j
	}
	return false
}

// isContinuationChar reports whether r is what windows-1252 (or Latin-1)
// shows for a UTF-8 continuation byte 0x80-0xBF.
func isContinuationChar(r rune) bool {
	if r >= 0x80 && r <= 0xBF {
		return true
	}
	switch r {
	case '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ':
		return true
	}
	return false
}

// fixMojibake repairs UTF-8 text that was decoded as windows-1252 once
// ("â€™" for "’", "Ã©" for "é"). Each maximal run of characters that
// windows-1252 can encode is re-encoded and, when that yields valid
// multi-byte UTF-8, replaced by it; anything else is left alone.
func fixMojibake(s string) string {
	if !hasMojibake(s) {
		return s
	}
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		if runes[i] < 0x80 {
			b.WriteRune(runes[i])
			i++
			continue
		}
		// Collect a run of non-ASCII characters encodable in windows-1252.
		j := i
		for j < len(runes) && runes[j] >= 0x80 {
			if _, ok := charmap.Windows1252.EncodeRune(runes[j]); !ok {
				if runes[j] >= 0x80 && runes[j] <= 0x9F {
					j++ // C1 control: Latin-1 reading of an undefined windows-1252 byte
					continue
				}
				break
			}
			j++
		}
		if j == i {
			b.WriteRune(runes[i])
			i++
			continue
		}
		chunk := string(runes[i:j])
		raw := make([]byte, 0, j-i)
		ok := true
		for _, r := range runes[i:j] {
			if r >= 0x80 && r <= 0x9F {
				raw = append(raw, byte(r))
				continue
			}
			c, good := charmap.Windows1252.EncodeRune(r)
			if !good {
				ok = false
				break
			}
			raw = append(raw, c)
		}
		if !ok {
			b.WriteString(chunk)
			i = j
			continue
		}
		// Decode valid multi-byte sequences; keep other characters as they were.
		for k := 0; k < len(raw); {
			r, n := utf8.DecodeRune(raw[k:])
			if r != utf8.RuneError && n > 1 {
				b.WriteRune(r)
				k += n
				continue
			}
			b.WriteRune(runes[i+k])
			k++
		}
		i = j
	}
	// "â€" left over from "”" whose last byte (0x9D) windows-1252 lacks.
	return strings.ReplaceAll(b.String(), "â€", "\u201D")
}
