// Package pipeline turns the bytes of one article into its digest:
// clean → analyse (headline, summary, quotes, entities) → digest. It is pure
// Go with no AWS imports, so every stage is testable on strings and files.
package pipeline

import (
	"errors"
	"strings"
	"unicode"

	"github.com/newsgist/newsgist/internal/clean"
	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/entities"
	"github.com/newsgist/newsgist/internal/quotes"
	"github.com/newsgist/newsgist/internal/summary"
)

// Options are the knobs of one digest.
type Options struct {
	SummarySentences int // sentences in the summary (SUMMARY_SENTENCES)
	MaxQuotes        int // key quotes at most (MAX_QUOTES)
}

// DefaultOptions are the options the Lambda and the command use unless told otherwise.
var DefaultOptions = Options{SummarySentences: 3, MaxQuotes: 10}

// Digest cleans and analyses body, the bytes of the object src describes.
// Input that cannot be an article gives a rejected digest, never an error.
func Digest(body []byte, src digest.Source, opt Options) digest.Digest {
	art, err := clean.Clean(body, src.Key, src.ContentType)
	if err != nil {
		var ce *clean.Error
		if errors.As(err, &ce) {
			return digest.Rejected(src, ce.Code, ce.Message)
		}
		return digest.Rejected(src, digest.CodeUndecodable, err.Error())
	}
	src.Format = art.Format
	return Analyse(art, src, opt)
}

// Analyse runs the analysis stages on a cleaned article.
func Analyse(art clean.Article, src digest.Source, opt Options) digest.Digest {
	text := art.Text
	off := digest.NewOffsets(text)
	headline, summ := summary.DigestTitled(text, art.Title, opt.SummarySentences)
	// English-rule stages are not run on text known to be in another
	// language; the digest says so.
	english := art.Language == "" || art.Language == "en"

	d := digest.Digest{
		SchemaVersion: digest.SchemaVersion,
		Status:        digest.StatusOK,
		Source:        src,
		Article: &digest.Article{
			Title:     art.Title,
			Byline:    art.Byline,
			Published: art.Published,
			Language:  art.Language,
			WordCount: wordCount(text),
			Text:      text,
		},
		Headline:           headline,
		BoilerplateRemoved: art.Boilerplate,
	}
	if !english {
		d.Article.EnglishOnlyStages = append([]string(nil), digest.StagesEnglishOnly...)
		d.Headline = ""
	}
	for _, s := range summ {
		d.Summary = append(d.Summary, digest.SummaryLine{
			Text: s.Text, Start: off.Rune(s.Start), End: off.Rune(s.End), Score: round(s.Score),
		})
	}
	if !english {
		return d
	}
	qs := quotes.Extract(text, opt.MaxQuotes)
	var speakers []string
	for _, q := range qs {
		d.Quotes = append(d.Quotes, digest.Quote{
			Text: q.Text, Speaker: q.Speaker, SpeakerMention: q.SpeakerMention, Role: q.Role,
			Cue: q.Cue, Via: q.Via, Partial: q.Partial, Key: q.Key, Score: round(q.Score),
			Start: off.Rune(q.Start), End: off.Rune(q.End),
		})
		speakers = append(speakers, q.Speaker)
	}
	ents := entities.Find(text, speakers)
	d.Entities = digest.Entities{People: ents.People, Places: ents.Places, Organisations: ents.Organisations, Mentions: ents.Mentions}
	return d
}

// round keeps scores to 4 decimals so digests stay readable and stable
// across platforms' last-bit float differences.
func round(f float64) float64 {
	const scale = 1e4
	if f >= 0 {
		return float64(int64(f*scale+0.5)) / scale
	}
	return -float64(int64(-f*scale+0.5)) / scale
}

func wordCount(text string) int {
	n := 0
	for _, f := range strings.Fields(text) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}
