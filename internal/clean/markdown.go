package clean

import (
	"regexp"
	"strings"
)

var (
	mdHeadingRe   = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdSetextRe    = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	mdHRRe        = regexp.MustCompile(`^\s{0,3}([-*_])(\s*[-*_]){2,}\s*$`)
	mdListRe      = regexp.MustCompile(`^\s{0,8}([-*+]|\d{1,3}[.)])\s+`)
	mdQuoteRe     = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	mdImageRe     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLinkRe      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLinkRe   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdRefDefRe    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+`)
	mdBoldRe      = regexp.MustCompile(`(\*\*|__)([^\s*_](?:.*?[^\s])?)(\*\*|__)`)
	mdItalicRe    = regexp.MustCompile(`(^|[^\w*])[*_]([^\s*_](?:[^*_]*?[^\s*_])?)[*_]($|[^\w*])`)
	mdCodeRe      = regexp.MustCompile("`+([^`]+)`+")
	mdStrikeRe    = regexp.MustCompile(`~~(.+?)~~`)
	mdTagRe       = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>`)
	mdTableSepRe  = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	mdFrontMatter = regexp.MustCompile(`(?s)^---\n(.*?)\n---\n`)
	mdAutoLinkRe  = regexp.MustCompile(`<(https?://[^>]+)>`)
	mdEscapeRe    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>|])`)
)

// cleanMarkdown strips Markdown syntax, keeping one paragraph per block
// (each list item and heading its own paragraph). The first heading, when
// it opens the document, is the title; YAML front matter supplies title,
// author and date.
func cleanMarkdown(s string) (Article, error) {
	a := Article{Format: "markdown"}
	s = strings.ReplaceAll(normalizeChars(s), "\r\n", "\n")
	if m := mdFrontMatter.FindStringSubmatch(s); m != nil {
		frontMatter(m[1], &a)
		s = s[len(m[0]):]
	}
	return cleanText(markdownText(strings.Split(s, "\n"), &a), a)
}

// frontMatter reads the title, byline, date and language of a YAML front
// matter block into a.
func frontMatter(block string, a *Article) {
	for _, l := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title", "headline":
			a.Title = v
		case "author", "byline":
			a.Byline = v
		case "date", "published":
			a.Published = declaredDate(v)
		case "lang", "language":
			a.Language = isoLanguage(v)
		}
	}
}

// markdownText turns Markdown lines into plain paragraphs: fences, rules,
// reference definitions and table separators go, headings become their
// own paragraphs (the first top-level one before any text is the title,
// set in a), list items, quotes and table rows become plain lines.
func markdownText(lines []string, a *Article) string {
	var out []string
	fence := false
	seenText := false
	heading := func(h string, top bool) {
		if a.Title == "" && !seenText && top {
			a.Title = h
		} else {
			out = append(out, "", h, "")
		}
		seenText = true
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		trim := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~"):
			fence = !fence
			out = append(out, "")
			continue
		case fence:
			out = append(out, trim, "")
			continue
		case mdRefDefRe.MatchString(l) || mdTableSepRe.MatchString(l) && strings.Contains(l, "|"):
			continue
		case mdHRRe.MatchString(l) && !(seenText && mdSetextRe.MatchString(l) && i > 0 && strings.TrimSpace(lines[i-1]) != ""):
			out = append(out, "")
			continue
		case i+1 < len(lines) && trim != "" && mdSetextRe.MatchString(lines[i+1]) && !mdListRe.MatchString(l):
			// Setext heading: the next line underlines this one.
			heading(inlineMarkdown(trim), strings.HasPrefix(strings.TrimSpace(lines[i+1]), "="))
			i++
			continue
		}
		if m := mdHeadingRe.FindStringSubmatch(l); m != nil {
			heading(inlineMarkdown(m[2]), len(m[1]) <= 2)
			continue
		}
		if loc := mdQuoteRe.FindStringIndex(l); loc != nil {
			l = l[loc[1]:]
			trim = strings.TrimSpace(l)
		}
		if loc := mdListRe.FindStringIndex(l); loc != nil {
			out = append(out, "", inlineMarkdown(l[loc[1]:]))
			seenText = true
			continue
		}
		if strings.Contains(trim, "|") && strings.HasPrefix(trim, "|") {
			cells := strings.Split(strings.Trim(trim, "|"), "|")
			for j := range cells {
				cells[j] = strings.TrimSpace(cells[j])
			}
			out = append(out, "", inlineMarkdown(strings.Join(cells, " ")), "")
			continue
		}
		if trim != "" {
			seenText = true
		}
		out = append(out, inlineMarkdown(trim))
	}
	return strings.Join(out, "\n")
}

// inlineMarkdown removes emphasis, code, link and image syntax and inline
// HTML tags.
func inlineMarkdown(s string) string {
	s = mdImageRe.ReplaceAllString(s, "")
	s = mdLinkRe.ReplaceAllString(s, "$1")
	s = mdRefLinkRe.ReplaceAllString(s, "$1")
	s = mdAutoLinkRe.ReplaceAllString(s, "$1")
	s = mdCodeRe.ReplaceAllString(s, "$1")
	s = mdBoldRe.ReplaceAllString(s, "$2")
	s = mdItalicRe.ReplaceAllString(s, "$1$2$3")
	s = mdStrikeRe.ReplaceAllString(s, "$1")
	s = mdTagRe.ReplaceAllString(s, "")
	s = mdEscapeRe.ReplaceAllString(s, "$1")
	return strings.TrimSpace(s)
}
