package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Pass 1: the quotation marks of each paragraph give segments of quoted
// text (group.go then joins them into quotations).

// Span is a half-open byte range of the text of the Document passed to Extract.
type Span = nlp.Span

// segment is one quotation-mark-delimited stretch of text inside a paragraph.
type segment struct {
	Span          // opening mark through closing mark (or paragraph end when unclosed)
	in       Span // the quoted words, marks and surrounding space excluded
	para     int  // index of the paragraph
	open     bool // has an opening mark
	closed   bool // has a closing mark
	single   bool // delimited by single quotes
	contPrev bool // reopens a quotation left unclosed at the end of the previous paragraph
}

// usesSingleQuotes reports whether the article quotes with single marks
// (British style): single-quote openers outnumber double quotation marks.
func usesSingleQuotes(text string) bool {
	doubles, singles := 0, 0
	prev := ' '
	for i := 0; i < len(text); {
		// range's decoding, with ASCII bytes read as they are
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch r {
		case '"', '“', '”', '«', '»':
			doubles++
		case '‘':
			singles++
		case '\'':
			nr := nextRune(text, i+1, len(text))
			if isOpenContext(prev) && unicode.IsUpper(nr) {
				singles++
			}
		}
		prev = r
		i += n
	}
	return singles > 0 && singles > doubles/2
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// findSegments finds the quoted stretches of text. Single quotes count as
// quotation marks only when useSingle is set (the article quotes with them).
func findSegments(text string, paras []Span, useSingle bool) []segment {
	var out []segment
	carry := famNone // family of a quotation left open at the previous paragraph's end
	for pi, p := range paras {
		openAt := -1
		var fam family
		depth := 0
		cont := false
		first := true
		for i := p.Start; i < p.End; {
			if c := text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' {
				// an ASCII byte that is no mark: the loop below, without
				// decoding or unicode.IsSpace
				if !asciiSpace(c) {
					first = false
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if r != '"' && r != '“' && r != '”' && r != '„' && r != '‟' && r != '«' && r != '»' && r != '‘' && r != '’' && r != '\'' {
				if !unicode.IsSpace(r) {
					first = false
				}
				i += n
				continue
			}
			f, canOpen, canClose := markKind(text, i, n, r, p)
			if f == famNone || (f == famSingle && !useSingle && openAt < 0) {
				first = false
				i += n
				continue
			}
			if openAt < 0 {
				if canOpen {
					openAt, fam, depth = i, f, 0
					cont = first && carry == f
				}
				first = false
				i += n
				continue
			}
			first = false
			switch {
			case f != fam:
				// marks of another family are nested quotations
			case canOpen && !canClose && f != famDouble || canOpen && !canClose && r == '“':
				depth++
			case canClose:
				if depth > 0 {
					depth--
					break
				}
				out = append(out, mkSegment(text, Span{Start: openAt, End: i + n}, pi, true, true, fam == famSingle, cont))
				openAt = -1
			}
			i += n
		}
		carry = famNone
		if openAt >= 0 {
			seg := mkSegment(text, Span{Start: openAt, End: p.End}, pi, true, false, fam == famSingle, cont)
			if seg.in.End > seg.in.Start {
				out = append(out, seg)
				carry = fam
			}
		}
	}
	return out
}

type family int

// markKind classifies the quotation mark r at i in paragraph p: its family
// and whether it can open and/or close a quotation. Apostrophes return famNone.
func markKind(text string, i, n int, r rune, p Span) (f family, canOpen, canClose bool) {
	before := prevRune(text, i, p.Start)
	after := nextRune(text, i+n, p.End)
	switch r {
	case '“', '„', '‟':
		return famDouble, true, r == '“' && !unicode.IsSpace(before) && !isOpenContext(before)
	case '”':
		// a closing mark at a paragraph start or after a space opens (typo)
		// (a paragraph never starts with a closing mark)
		return famDouble, isOpenContext(before) && !unicode.IsSpace(after) || i == p.Start, true
	case '"':
		return famDouble, isOpenContext(before) || i == p.Start, !isOpenContext(before) || unicode.IsSpace(after) || i+n == p.End
	case '«':
		return famGuillemet, true, false
	case '»':
		return famGuillemet, false, true
	case '‘', '\'', '’':
		if nlp.IsWordRune(before) && nlp.IsWordRune(after) {
			return famNone, false, false // apostrophe inside a word
		}
		open := (isOpenContext(before) || i == p.Start) && (nlp.IsWordRune(after) || after == '"' || after == '“' || after == '…' || after == '.')
		close := !isOpenContext(before) && !(i == p.Start) && !nlp.IsWordRune(after)
		if r == '‘' {
			close = false
		}
		if !open && !close {
			return famNone, false, false
		}
		return famSingle, open, close
	}
	return famNone, false, false
}

func isOpenContext(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '—' || r == '–' || r == '―' || r == '-' || r == '/' || r == ':' || r == '\u00a0'
}

func prevRune(text string, i, lo int) rune {
	if i <= lo {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return r
}

func nextRune(text string, i, hi int) rune {
	if i >= hi {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

func mkSegment(text string, s Span, para int, open, closed, single, cont bool) segment {
	seg := segment{Span: s, para: para, open: open, closed: closed, single: single, contPrev: cont}
	in := s
	if open {
		_, n := utf8.DecodeRuneInString(text[in.Start:])
		in.Start += n
	}
	if closed {
		_, n := utf8.DecodeLastRuneInString(text[:in.End])
		in.End -= n
	}
	for in.Start < in.End {
		r, n := utf8.DecodeRuneInString(text[in.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		in.Start += n
	}
	for in.End > in.Start {
		r, n := utf8.DecodeLastRuneInString(text[:in.End])
		if !unicode.IsSpace(r) {
			break
		}
		in.End -= n
	}
	seg.in = in
	return seg
}

// reFollowPrompt is a social-media promotion line ("Follow Pam Key on
// Twitter @pamkey"), page furniture that some sites put in quotation marks.
var reFollowPrompt = regexp.MustCompile(`^(?i:follow)\s[^.!?]{1,60}\s(?i:on)\s(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|TikTok)\b`)

// notSpeech reports quoted text that nobody said: a stage direction of a
// transcript ("(CROSSTALK.)", "[applause]") or a follow-us prompt.
func notSpeech(text string) bool {
	t := strings.Trim(text, " .,;:!?")
	if len(t) >= 2 && (t[0] == '(' && t[len(t)-1] == ')' || t[0] == '[' && t[len(t)-1] == ']') &&
		!strings.ContainsAny(t[1:len(t)-1], "()[]") {
		return true
	}
	return reFollowPrompt.MatchString(t)
}

const (
	famNone family = iota
	famDouble
	famSingle
	famGuillemet
)
