package clean

import (
	"encoding/json"
	"strings"

	"github.com/newsgist/newsgist/internal/digest"
)

var (
	bodyKeys   = []string{"body", "articleBody", "article_body", "text", "content", "article", "story", "bodyText", "body_text", "html", "markdown", "description"}
	titleKeys  = []string{"title", "headline", "name", "heading"}
	authorKeys = []string{"author", "byline", "authors", "creator", "by"}
	dateKeys   = []string{"datePublished", "date_published", "published", "publishedAt", "published_at", "pubDate", "date", "publicationDate", "created", "created_at", "dateCreated", "time"}
	langKeys   = []string{"language", "lang", "inLanguage", "locale"}
	wrapKeys   = []string{"article", "data", "item", "story", "result", "document", "post"}
)

// cleanJSON takes an article from a JSON object (or the first such object
// in an array): the body field may hold text, Markdown or HTML.
func cleanJSON(s string) (Article, error) {
	var v any
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return Article{}, &Error{Code: digest.CodeNoText, Message: "invalid JSON: " + err.Error()}
	}
	obj := findArticleObject(v, 0)
	if obj == nil {
		return Article{}, &Error{Code: digest.CodeNoText, Message: "JSON has no article body field (body, text, content, articleBody, article)"}
	}
	body := bodyString(obj[lookupKey(obj, bodyKeys, true)])
	a := Article{Format: "json"}
	var err error
	switch {
	case looksHTML(body) >= 2 || strings.HasPrefix(strings.TrimSpace(body), "<"):
		a, err = cleanHTML(body)
	case markdownScore(body) >= 2:
		a, err = cleanMarkdown(body)
	default:
		a, err = cleanText(body, Article{Format: "json"})
	}
	a.Format = "json"
	if t := stringField(obj, titleKeys); t != "" {
		a.Title = collapseSpace(normalizeChars(t))
	}
	if k := lookupKey(obj, authorKeys, false); k != "" {
		if n, _ := authorName(obj[k]); n != "" {
			a.Byline = cleanByline(n)
		}
	}
	if d := declaredDate(stringField(obj, dateKeys)); d != "" {
		a.Published = d
	}
	if l := isoLanguage(stringField(obj, langKeys)); l != "" {
		a.Language = l
	}
	// The title repeated as the first paragraph is not body.
	if a.Title != "" {
		if first, rest, _ := strings.Cut(a.Text, "\n\n"); sameText(first, a.Title) && rest != "" {
			a.Text = rest
		}
	}
	return a, err
}

// findArticleObject returns the first object with a non-empty body field,
// searching wrapper objects and arrays a few levels deep.
func findArticleObject(v any, depth int) map[string]any {
	if depth > 4 {
		return nil
	}
	switch x := v.(type) {
	case map[string]any:
		if k := lookupKey(x, bodyKeys, true); k != "" {
			return x
		}
		for _, w := range wrapKeys {
			for k, c := range x {
				if strings.EqualFold(k, w) {
					if o := findArticleObject(c, depth+1); o != nil {
						return o
					}
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			return findArticleObject(g, depth+1)
		}
	case []any:
		for _, e := range x {
			if o := findArticleObject(e, depth+1); o != nil {
				return o
			}
		}
	}
	return nil
}

// lookupKey finds the first of keys present in obj (case-insensitively);
// with needText, only keys whose value holds some text.
func lookupKey(obj map[string]any, keys []string, needText bool) string {
	for _, want := range keys {
		for k, v := range obj {
			if !strings.EqualFold(k, want) {
				continue
			}
			if needText && strings.TrimSpace(bodyString(v)) == "" {
				continue
			}
			if !needText && v == nil {
				continue
			}
			return k
		}
	}
	return ""
}

// bodyString renders a body value: a string, or a list of paragraph
// strings (or objects with text) joined by blank lines.
func bodyString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var parts []string
		for _, e := range x {
			if s := bodyString(e); strings.TrimSpace(s) != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "\n\n")
	case map[string]any:
		for _, k := range []string{"text", "content", "body", "value", "html"} {
			if s, ok := x[k]; ok {
				return bodyString(s)
			}
		}
	}
	return ""
}

func stringField(obj map[string]any, keys []string) string {
	k := lookupKey(obj, keys, false)
	if k == "" {
		return ""
	}
	switch x := obj[k].(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case map[string]any:
		return stringField(x, []string{"name", "value", "text", "@value"})
	case []any:
		if len(x) > 0 {
			if s, ok := x[0].(string); ok {
				return s
			}
		}
	}
	return ""
}
