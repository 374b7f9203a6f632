package main

import "github.com/newsgist/newsgist/internal/entityeval"

// "newsgist eval entities" digests the 25 hand-labelled clean-dev pages with
// the real pipeline and scores the digests' people, places and
// organisations.
func init() {
	registerEval("entities", entityeval.Usage, entityeval.Command)
}
