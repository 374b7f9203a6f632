// Package quotes finds direct quotations in news text and attributes each to
// its speaker.
//
// It works on cheap patterns: quotation marks (straight and curly double
// quotes, single quotes in articles that quote with them, « » guillemets),
// cue verbs ("said", "told", "according to", "quoted him as saying"),
// capitalised names with titles, and the article's index of names
// (nlp.Names), whose pronoun resolver picks the person last named as a
// subject. It loads no model and runs in linear time.
//
// It reads the shared analysis of the article (*nlp.Document: paragraphs,
// sentences and tokens) and runs four passes, one or more files each, in
// this order:
//
//  1. spans.go, group.go: the quotation marks give segments of quoted text,
//     and segments join into quotations (a quotation split by its
//     attribution, one running over several paragraphs).
//  2. attribute.go, notquote.go, cues.go, mention.go: around each quotation,
//     find the cue ("said", "told reporters", a colon lead-in) and the words
//     of its source ("Mr Gates", "he", "a spokesman for the firm"), or
//     decide the quoted words are no quotation (a title, a scare quote).
//  3. resolve.go, pronoun.go, describe.go, orgs.go, names.go: turn the
//     source's words into the speaker the article means, its fullest name
//     and role, through the article's index of names (pronouns by
//     nlp.Names.ResolvePronoun, fullest names by nlp.Names.FullestName).
//  4. keys.go: choose the key quotes.
//
// words.go holds the small readings of the analysis every pass uses, and
// lexicon.go the word lists.
package quotes

import (
	"slices"

	"github.com/newsgist/newsgist/internal/nlp"
)

// Quote is one direct quotation with its attribution. Offsets are byte
// offsets into the Text of the Document passed to Extract.
//
// Text is the quoted words without the quote marks; the parts of a quotation
// split by its attribution ("A," he said, "B.") and the paragraphs of a
// quotation running over several paragraphs are joined by " ... ".
// Start and End span the whole quotation, from its first opening mark through
// its last closing mark (or the end of the quoted words when a paragraph ends
// without one); Parts gives each quotation-mark-delimited segment.
type Quote struct {
	Text           string  // the quoted words without the quote marks
	Speaker        string  // canonical: fullest name in the article, or the description for unnamed speakers; "" if unknown
	SpeakerMention string  // the mention as written next to the quote ("Mr Gates", "he", "him")
	Role           string  // title/role when known ("US Defence Secretary"), else ""
	Cue            string  // the cue verb/phrase ("said", "quoted him as saying", "according to")
	Via            string  // outlet relaying the quote ("Interfax"), else ""
	Partial        bool    // a fragment inside a paraphrase
	Key            bool    // chosen as a key quote
	Score          float64 // key-quote score
	Start, End     int     // byte offsets of the quote (first opening mark through last closing mark)
	Parts          []Span  // each quotation-mark-delimited segment, marks included
}

// Extract finds every direct quotation in the analysed article doc, in
// article order, and marks at most maxKey of them Key.
func Extract(doc *nlp.Document, maxKey int) (out []Quote) {
	defer func() {
		if recover() != nil {
			out = nil // never fail the pipeline on odd input (FuzzExtract runs extract unguarded)
		}
	}()
	return extract(doc, maxKey)
}

func extract(nd *nlp.Document, maxKey int) (out []Quote) {
	text := nd.Text
	d := &doc{text: text, paras: nd.Paragraphs}
	d.segs = findSegments(text, d.paras, usesSingleQuotes(text))
	d.segs = slices.DeleteFunc(d.segs, func(s segment) bool { return notSpeech(text[s.in.Start:s.in.End]) })
	if len(d.segs) == 0 {
		return nil
	}
	d.nd = nd
	d.toks = nd.Tokens
	d.sents = make([]int, len(nd.Sentences))
	for i, s := range nd.Sentences {
		d.sents[i] = s.Start
	}
	d.nm = nd.Names()
	d.inQuote = mentionsInQuotes(d.nm.Mentions, d.segs)
	d.quoted = func(k int) bool { return d.inQuote[k] }
	groups := d.group()
	var prev *Quote
	prevPara := -10
	for _, g := range groups {
		q, keep := d.attribute(g, prev, prevPara)
		if !keep {
			continue
		}
		out = append(out, q)
		prev = &out[len(out)-1]
		prevPara = d.segs[g[len(g)-1]].para
	}
	chooseKeys(out, maxKey, d.nm)
	return out
}

// doc is the per-article state of one Extract call.
type doc struct {
	text    string
	nd      *nlp.Document
	paras   []Span
	toks    []token
	sents   []int // where each sentence of the Document starts, increasing
	nm      *nlp.Names
	inQuote []bool                 // of each mention of nm
	quoted  func(mention int) bool // inQuote as a function, for nm.ResolvePronoun
	segs    []segment
	// speakers already attributed, in text order, for pronoun resolution
	said []nlp.Antecedent
}

// maxContext bounds the bytes read on either side of a quotation, so a
// megabyte paragraph with thousands of quotations stays linear.
const maxContext = 600
