package main

import "github.com/newsgist/newsgist/internal/entityeval"

// "newsgist eval entities" digests hand-labelled clean-dev pages with the
// real pipeline and scores the digests' people, places and organisations:
// the 25 pages the rules were tuned on, or with -heldout 12 pages labelled
// blind after the rules were frozen.
func init() {
	registerEval("entities", entityeval.Usage, entityeval.Command)
}
