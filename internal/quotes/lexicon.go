package quotes

import (
	"github.com/newsgist/newsgist/internal/lexicon"
	"github.com/newsgist/newsgist/internal/nlp"
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cueVerbs introduce or follow a direct quotation.
var cueVerbs = lexicon.CueVerbs()

// weakCues are cue verbs that introduce partial quotes ("called X
// "deplorable"") but rarely attribute a full quotation after it.
var weakCues = lexicon.WeakCueVerbs()

// sentenceStarters are ordinary words capitalised because they start a sentence.
var sentenceStarters = lexicon.SentenceStarters()

// givenNames are common given names ("Dale"), whatever their gender.
var givenNames = lexicon.GivenNames()

// The word lists of the name index (nlp.IndexNames) that quotes reads too:
// auxiliaries between a speaker and the cue verb, personal pronouns,
// determiners, words that end a noun phrase, prepositions before a proper
// name, particles inside a name, last words of names of no person, first
// words of names of places.
var (
	auxWords      = nlp.AuxWords()
	pronouns      = nlp.Pronouns()
	determiners   = nlp.Determiners()
	npEnd         = nlp.PhraseEnds()
	properPreps   = nlp.ProperPrepositions()
	connectors    = nlp.NameConnectors()
	nonPersonLast = nlp.NonPersonWords()
	placeFirst    = nlp.PlaceFirstWords()
)

// orgWords head a description of an organisation ("the agency", "the
// production company").
var orgWords = lexicon.OrgNouns()
