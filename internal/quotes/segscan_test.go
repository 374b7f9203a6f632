package quotes

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSegmentScanEqualsDecoding: findSegments and usesSingleQuotes, which
// read ASCII bytes without decoding them, answer as the versions that
// decoded every rune (copied below) on random texts of marks, spaces,
// letters and invalid bytes.
func TestSegmentScanEqualsDecoding(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 8))
	alphabet := []string{"a", "He", "said", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003",
		"\"", "'", "“", "”", "„", "‟", "«", "»", "‘", "’", "(", "[", "{", "—", "–", "-", "/", ":",
		".", "…", ",", "\xff", "\xe2\x80", "é", "It's", " 'Yes", "' no", "The"}
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(30) {
			b.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		text := b.String()
		var paras []Span
		for start := 0; start < len(text); {
			end := min(len(text), start+1+rnd.IntN(len(text)-start))
			paras = append(paras, Span{Start: start, End: end})
			start = end + rnd.IntN(2)
		}
		if got, want := usesSingleQuotes(text), oldUsesSingleQuotes(text); got != want {
			t.Fatalf("usesSingleQuotes(%q) = %v, want %v", text, got, want)
		}
		for _, single := range []bool{false, true} {
			if got, want := findSegments(text, paras, single), oldFindSegments(text, paras, single); !reflect.DeepEqual(got, want) {
				t.Fatalf("findSegments(%q, %v, %v) = %+v, want %+v", text, paras, single, got, want)
			}
		}
	}
	for c := range byte(utf8.RuneSelf) {
		if asciiSpace(c) != unicode.IsSpace(rune(c)) {
			t.Errorf("asciiSpace(%q) = %v", c, asciiSpace(c))
		}
	}
}

func oldFindSegments(text string, paras []Span, useSingle bool) []segment {
	var out []segment
	carry := famNone // family of a quotation left open at the previous paragraph's end
	for pi, p := range paras {
		openAt := -1
		var fam family
		depth := 0
		cont := false
		first := true
		for i := p.Start; i < p.End; {
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

func oldUsesSingleQuotes(text string) bool {
	doubles, singles := 0, 0
	prev := ' '
	for i, r := range text {
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
	}
	return singles > 0 && singles > doubles/2
}
