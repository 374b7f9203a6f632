// Package pipeline turns the bytes of one article into its digest:
// clean → analyse (headline, summary, quotes, entities) → digest. It is pure
// Go with no AWS imports, so every stage is testable on strings and files.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/clean"
	"github.com/newsgist/newsgist/internal/digest"
	"github.com/newsgist/newsgist/internal/entities"
	"github.com/newsgist/newsgist/internal/nlp"
	"github.com/newsgist/newsgist/internal/quotes"
	"github.com/newsgist/newsgist/internal/summary"
)

// Options are the knobs of one digest. The three budgets bound the memory
// one article may cost; 0 means the default.
type Options struct {
	SummarySentences int   // sentences in the summary (SUMMARY_SENTENCES)
	MaxQuotes        int   // key quotes at most (MAX_QUOTES)
	MaxBytes         int64 // bytes of the article after gzip expansion (MAX_OBJECT_BYTES; default DefaultMaxBytes): too_large beyond
	MaxElements      int   // HTML elements, counted as start tags (default MaxBytes/128): too_complex beyond
	MaxWords         int   // words of the cleaned text (default MaxBytes/5): too_complex beyond
}

// DefaultOptions are the options the Lambda and the command use unless told otherwise.
var DefaultOptions = Options{SummarySentences: 3, MaxQuotes: 10}

// Digest cleans and analyses body, the bytes of the object src describes.
// Input that cannot be an article gives a rejected digest, never an error.
func Digest(body []byte, src digest.Source, opt Options) digest.Digest {
	d, _ := DigestContext(context.Background(), body, src, opt)
	return d
}

// DigestContext is Digest under a deadline: it checks ctx before each stage
// and returns ctx's error (and no digest) once it is done. Input over the
// budgets of opt gets a rejected digest (too_large, too_complex) before the
// stage that would need the memory runs; text that cannot be an article
// (too few real words, mostly punctuation or symbols) gets no_text.
func DigestContext(ctx context.Context, body []byte, src digest.Source, opt Options) (digest.Digest, error) {
	maxBytes, maxElements, maxWords, maxQuoteMarks := opt.limits()
	body, name, rej := expand(body, src.Key, maxBytes)
	if rej != nil {
		return digest.Rejected(src, rej.code, rej.message), nil
	}
	if n := countTags(body, maxElements); n > maxElements {
		return digest.Rejected(src, digest.CodeTooComplex, fmt.Sprintf("more than %d HTML elements (the budget for %d bytes)", maxElements, maxBytes)), nil
	}
	// Twice the word budget in the raw bytes cannot clean down to fewer
	// words than the budget (markup adds words, it rarely hides them):
	// reject a token flood before the cleaner spends memory on it.
	if n := countRawWords(body, 2*maxWords); n > 2*maxWords {
		return digest.Rejected(src, digest.CodeTooComplex, fmt.Sprintf("more than %d words (the budget for %d bytes)", maxWords, maxBytes)), nil
	}
	if err := stageCheck(ctx, "clean"); err != nil {
		return digest.Digest{}, err
	}
	art, err := clean.Clean(body, name, src.ContentType)
	if err != nil {
		var ce *clean.Error
		if errors.As(err, &ce) {
			return digest.Rejected(src, ce.Code, ce.Message), nil
		}
		return digest.Rejected(src, digest.CodeUndecodable, err.Error()), nil
	}
	if n := countWords(art.Text, maxWords); n > maxWords {
		return digest.Rejected(src, digest.CodeTooComplex, fmt.Sprintf("more than %d words (the budget for %d bytes)", maxWords, maxBytes)), nil
	}
	if n := countQuoteMarks(art.Text, maxQuoteMarks); n > maxQuoteMarks {
		return digest.Rejected(src, digest.CodeTooComplex, fmt.Sprintf("more than %d quotation marks (the budget for %d bytes)", maxQuoteMarks, maxBytes)), nil
	}
	if rej := garbage(art.Text); rej != nil {
		return digest.Rejected(src, rej.code, rej.message), nil
	}
	src.Format = art.Format
	return analyse(ctx, art, src, opt)
}

// stageCheck returns ctx's error, naming the stage that would have run.
func stageCheck(ctx context.Context, stage string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("before %s: %w", stage, context.Cause(ctx))
	}
	return nil
}

// Analyse runs the analysis stages on a cleaned article.
func Analyse(art clean.Article, src digest.Source, opt Options) digest.Digest {
	d, _ := analyse(context.Background(), art, src, opt)
	return d
}

// analyse runs the analysis stages, checking ctx between them.
func analyse(ctx context.Context, art clean.Article, src digest.Source, opt Options) (digest.Digest, error) {
	text := art.Text
	if err := stageCheck(ctx, "summary"); err != nil {
		return digest.Digest{}, err
	}
	off := digest.NewOffsets(text)
	// English-rule stages (the headline, quotes, entities) are not run on
	// text known to be in another language; the digest says so.
	english := art.Language == "" || art.Language == "en"
	nd := nlp.NewDocument(text) // the analysis every stage reads
	doc := summary.Analyse(nd)
	var headline string
	if english {
		headline = doc.HeadlineFor(art.Title)
	}
	// Made after the headline: the summary keeps the headline's sentence
	// and passes over the scene it passed over (English text only).
	summ := doc.SummaryFor(art.Title, opt.SummarySentences)

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
	}
	for _, s := range summ {
		d.Summary = append(d.Summary, digest.SummaryLine{
			Text: s.Text, Start: off.Rune(s.Start), End: off.Rune(s.End), Score: round(s.Score),
		})
	}
	if !english {
		return d, nil
	}
	if err := stageCheck(ctx, "quotes"); err != nil {
		return digest.Digest{}, err
	}
	qs := quotes.Extract(nd, opt.MaxQuotes)
	// Names are looked for in the first maxEntityText bytes, with the
	// speakers of the quotes there (see maxEntityText).
	entText := prefix(text, maxEntityText)
	var speakers []string
	for _, q := range qs {
		d.Quotes = append(d.Quotes, digest.Quote{
			Text: q.Text, Speaker: q.Speaker, SpeakerMention: q.SpeakerMention, Role: q.Role,
			Cue: q.Cue, Via: q.Via, Partial: q.Partial, Key: q.Key, Score: round(q.Score),
			Start: off.Rune(q.Start), End: off.Rune(q.End),
		})
		if q.End <= len(entText) {
			speakers = append(speakers, q.Speaker)
		}
	}
	if err := stageCheck(ctx, "entities"); err != nil {
		return digest.Digest{}, err
	}
	ents := entities.FindBefore(nd, len(entText), speakers)
	d.Entities = digest.Entities{People: ents.People, Places: ents.Places, Organisations: ents.Organisations, Mentions: ents.Mentions}
	return d, nil
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

// wordCount is the number of white-space separated words of text that
// hold a letter or a digit (a lone dash or bullet is no word). It reads the
// text once and allocates nothing.
func wordCount(text string) int {
	n, inWord, counted := 0, false, false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if r < utf8.RuneSelf && (r == ' ' || '\t' <= r && r <= '\r') || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord, counted = true, false
		}
		if !counted && (r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			n++
			counted = true
		}
	}
	return n
}
