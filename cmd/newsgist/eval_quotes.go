package main

import "github.com/newsgist/newsgist/internal/quoteeval"

// "newsgist eval quotes" runs quotes.Extract on each PolNeAR article's raw
// text and scores its byte offsets directly, beside the naive baseline.
func init() {
	registerEval("quotes", quoteeval.Usage, quoteeval.Command)
}
