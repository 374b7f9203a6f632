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
		for _, l := range strings.Split(m[1], "\n") {
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
				a.Published = firstDate(v)
			case "lang", "language":
				a.Language = isoLanguage(v)
			}
		}
		s = s[len(m[0]):]
	}
	lines := strings.Split(s, "\n")
	var out []string
	fence := false
	seenText := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		trim := strings.TrimSpace(l)
		if strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~") {
			fence = !fence
			out = append(out, "")
			continue
		}
		if fence {
			out = append(out, trim, "")
			continue
		}
		if mdRefDefRe.MatchString(l) || mdTableSepRe.MatchString(l) && strings.Contains(l, "|") {
			continue
		}
		if mdHRRe.MatchString(l) && !(seenText && mdSetextRe.MatchString(l) && i > 0 && strings.TrimSpace(lines[i-1]) != "") {
			out = append(out, "")
			continue
		}
		// Setext heading: the previous line is a heading.
		if i+1 < len(lines) && trim != "" && mdSetextRe.MatchString(lines[i+1]) && !mdListRe.MatchString(l) {
			h := inlineMarkdown(trim)
			if a.Title == "" && !seenText && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "=") {
				a.Title = h
			} else {
				out = append(out, "", h, "")
			}
			seenText = true
			i++
			continue
		}
		if m := mdHeadingRe.FindStringSubmatch(l); m != nil {
			h := inlineMarkdown(m[2])
			if a.Title == "" && !seenText && len(m[1]) <= 2 {
				a.Title = h
			} else {
				out = append(out, "", h, "")
			}
			seenText = true
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
	return cleanText(strings.Join(out, "\n"), a)
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
