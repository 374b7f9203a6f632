package clean

import (
	"github.com/RadhiFadlillah/whatlanggo"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/credit"
	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/nlp"
)

// dateLineRe matches a line that only says when the story was published or
// updated.
var dateLineRe = regexp.MustCompile(`(?i)^(?:(?:first\s+)?published(?:\s+on)?|updated(?:\s+on)?|last\s+(?:updated|modified)(?:\s+on)?|posted(?:\s+on)?|date)\s*:?\s*(.{4,60})$`)

// cleanText handles plain text (and the output of the Markdown stripper).
func cleanText(s string, a Article) (Article, error) {
	s = normalizeChars(s)
	blocks := splitBlocks(s, a.Format == "markdown")
	var body []string
	// Header: title, byline and date lines before the story starts.
	header := true
	for i, p := range blocks {
		if !header {
			body = append(body, p)
			continue
		}
		// "By Jane Smith | 14 June 2024": a byline and a date on one line.
		if parts := splitHeaderLine(p); len(parts) > 1 && credit.Byline(parts[0]) {
			for _, part := range parts {
				if a.Byline == "" && credit.Byline(part) {
					a.Byline = cleanByline(part)
				} else if d := declaredDate(part); d != "" && a.Published == "" {
					a.Published = d
				}
			}
			continue
		}
		switch {
		case a.Byline == "" && credit.Byline(p):
			a.Byline = cleanByline(p)
			continue
		case isDateLine(p):
			if d := declaredDate(p); d != "" && a.Published == "" {
				a.Published = d
			} else if d == "" && a.Published == "" {
				a.Published = declaredDate(dateLineRe.ReplaceAllString(p, "$1"))
			}
			continue
		case i == 0 && a.Title == "" && isHeadline(p) && len(blocks) > 1:
			a.Title = p
			continue
		case a.Title != "" && sameText(p, a.Title):
			continue
		}
		header = false
		// A dateline (nlp.LineDateline) opens the first story paragraph. It
		// stays in the text, as it does in an HTML page, so that every
		// later stage reads the same article whatever its format (the
		// headline leaves it out); its agency credits the story when no
		// byline does.
		if dl, ok := nlp.LineDateline(p); ok && len(p)-dl.Span.End > 20 && a.Byline == "" {
			a.Byline = dl.Agency
		}
		body = append(body, p)
	}
	return finish(a, body)
}

var headerSepRe = regexp.MustCompile(`\s+[|·•]\s+|\s+[-–—]\s+`)

// splitHeaderLine splits a short line at " | ", " · " or " - ".
func splitHeaderLine(p string) []string {
	if len(p) > 120 {
		return nil
	}
	return headerSepRe.Split(p, 4)
}

// isHeaderLine: a byline or date line, which stands alone even in
// hard-wrapped text.
func isHeaderLine(l string) bool {
	return credit.Byline(l) || isDateLine(l)
}

// isDateLine reports a short line that only gives a publication or update
// time ("Updated 10:32 GMT", "Published: 3 June 2024", "June 3, 2024").
func isDateLine(p string) bool {
	if len(p) > 80 {
		return false
	}
	if dateLineRe.MatchString(p) && tellsTime(p) {
		return true
	}
	return wholeDate(p)
}

// isHeadline reports whether the first block looks like a title: one short
// line that does not end like a sentence.
func isHeadline(p string) bool {
	if strings.Contains(p, "\n") || len(p) > 160 {
		return false
	}
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 25 {
		return false
	}
	// A full stop inside closing quotation marks ends a sentence too:
	// `…her resume: "song anthropologist."` is a lead, not a title.
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, `"'”’)`))
	if last == '.' || last == ',' || last == ':' || last == ';' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(p)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || first == '"' || first == '\''
}

// splitBlocks splits text into paragraphs: blank lines always separate;
// single newlines separate too unless the text is hard-wrapped (or
// Markdown), in which case wrapped lines are re-joined.
func splitBlocks(s string, soft bool) []string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " \t")
	}
	width := wrapWidth(lines)
	wrapped := soft || isHardWrapped(lines, width)
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, joinWrapped(cur))
			cur = cur[:0]
		}
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			continue
		}
		if !wrapped {
			flush()
			cur = append(cur, t)
			continue
		}
		// In hard-wrapped text a new paragraph starts after a short line
		// that ends a sentence, or at an indented line.
		if len(cur) > 0 && !soft {
			prev := cur[len(cur)-1]
			indented := strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "\t")
			if indented || (utf8.RuneCountInString(prev) < width*6/10 && endsSentence(prev)) ||
				isHeaderLine(prev) || isDateline(t) || isHeaderLine(t) {
				flush()
			}
		}
		_ = i
		cur = append(cur, t)
	}
	flush()
	return out
}

// isDateline reports a line that opens with a dateline (nlp.LineDateline:
// "LONDON (Reuters) - ", "PARIS — "), which starts a paragraph.
func isDateline(l string) bool {
	_, ok := nlp.LineDateline(l)
	return ok
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"')]”’")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":")
}

// joinWrapped joins wrapped lines, mending words hyphenated at a break only
// by keeping the hyphen ("well-\nknown" becomes "well-known").
func joinWrapped(lines []string) string {
	if len(lines) == 1 {
		return collapseSpace(lines[0])
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			if !(strings.HasSuffix(prev, "-") && len(prev) > 1 && unicode.IsLetter(rune(prev[len(prev)-2]))) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return collapseSpace(b.String())
}

// isHardWrapped: most lines of multi-line blocks are long and of a similar
// width, and the line following such a line continues the sentence.
func isHardWrapped(lines []string, w int) bool {
	if w < 30 {
		return false
	}
	var nearWidth, continued, long int
	for i, l := range lines {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n == 0 {
			continue
		}
		if n > w*7/10 {
			long++
			if n <= w {
				nearWidth++
			}
			if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
				continued++
			}
		}
	}
	return long >= 3 && nearWidth*10 >= long*9 && continued*2 >= long
}

// wrapWidth is the maximum line length among lines, ignoring the longest
// 2% (a stray URL), or 0 when there are few lines.
func wrapWidth(lines []string) int {
	var ns []int
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimSpace(l)); n > 0 {
			ns = append(ns, n)
		}
	}
	if len(ns) < 4 {
		return 0
	}
	// partial selection of a high percentile
	maxN := 0
	for _, n := range ns {
		maxN = max(maxN, n)
	}
	if maxN > 120 {
		return maxN // long unwrapped lines: not a wrap width
	}
	return maxN
}

// detectLanguage guesses the ISO 639-1 code of the text from its first
// paragraphs, or "" when the guess is unreliable.
func detectLanguage(paras []string) string {
	var b strings.Builder
	for _, p := range paras {
		if b.Len() > 1500 {
			break
		}
		b.WriteString(p)
		b.WriteByte(' ')
	}
	if b.Len() < 40 {
		return ""
	}
	if latinShare(b.String()) >= 0.7 && looksEnglish(b.String()) {
		return "en"
	}
	info := whatlanggo.Detect(b.String())
	if info.Confidence < 0.3 {
		return ""
	}
	return info.Lang.Iso6391()
}

// latinShare is the share of Latin letters among the letters of s (a
// Japanese text quoting an English product name is not English).
func latinShare(s string) float64 {
	latin, all := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			all++
			if r < 0x250 {
				latin++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(latin) / float64(all)
}

// englishFunctionWords are the commonest words of English news text; they
// make up about a third of its words and a few per cent of other languages'.
var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true, "that": true,
	"for": true, "on": true, "with": true, "said": true, "was": true, "it": true, "as": true, "at": true,
	"by": true, "he": true, "she": true, "his": true, "her": true, "be": true, "from": true, "has": true,
	"have": true, "are": true, "were": true, "they": true, "an": true, "will": true, "but": true, "not": true,
	"this": true, "who": true, "would": true, "which": true, "their": true, "its": true, "had": true,
}

// looksEnglish is a cheap test that settles most English articles without
// the statistical detector (which costs ~0.5 ms a call): at least a fifth of
// the first 200 words are English function words.
func looksEnglish(s string) bool {
	words, hits := 0, 0
	for w := range strings.FieldsSeq(s) {
		w = strings.ToLower(strings.Trim(w, `"'.,;:!?()`))
		if w == "" {
			continue
		}
		words++
		if englishFunctionWords[w] {
			hits++
		}
		if words == 200 {
			break
		}
	}
	return words >= 20 && hits*5 >= words
}

func dropEmpty(ps []string) []string {
	out := ps[:0]
	for _, p := range ps {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// finish runs the boilerplate pass and assembles the article.
func finish(a Article, paras []string) (Article, error) {
	for i := range paras {
		paras[i] = collapseSpace(paras[i])
	}
	paras = dropEmpty(paras)
	a.Title = collapseSpace(normalizeChars(a.Title))
	a.Byline = collapseSpace(normalizeChars(a.Byline))
	// A paragraph that only repeats the headline is page furniture.
	if a.Title != "" {
		kept := paras[:0]
		for _, p := range paras {
			if !sameText(p, a.Title) {
				kept = append(kept, p)
			}
		}
		paras = kept
	}
	body, removed := removeBoilerplate(paras)
	if a.Language == "" {
		a.Language = detectLanguage(body)
	}
	a.Boilerplate = removed
	if a.Boilerplate == nil {
		a.Boilerplate = []string{}
	}
	a.Text = strings.Join(body, "\n\n")
	if strings.TrimSpace(a.Text) == "" {
		return a, &Error{Code: digest.CodeNoText, Message: "no article text found in the " + a.Format + " input"}
	}
	return a, nil
}
