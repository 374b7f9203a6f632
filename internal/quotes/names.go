package quotes

import "github.com/newsgist/newsgist/internal/nlp"

// Pass 3, continued: the article's index of people is nlp.Names
// (nlp.IndexNames), built from the shared analysis; quotes adds which of
// its mentions stand inside a quotation.

// mentionsInQuotes reports, for each mention of the name index, whether it
// starts inside a quotation segment.
func mentionsInQuotes(ms []nlp.Mention, segs []segment) []bool {
	in := make([]bool, len(ms))
	qi := 0
	for i, m := range ms {
		for qi < len(segs) && segs[qi].End <= m.Start {
			qi++
		}
		in[i] = qi < len(segs) && segs[qi].Start <= m.Start
	}
	return in
}
