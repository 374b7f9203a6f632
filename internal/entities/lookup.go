package entities

import "strings"

// The look-ups below read a lexicon or the text's lower-case words under a
// key built from a name (its lower-case form, its words joined by spaces)
// without allocating that key: it is built in a buffer on the stack, and a
// map index by string(bytes) copies nothing.

// lowerIn reports whether m holds strings.ToLower(s).
func lowerIn(m map[string]bool, s string) bool {
	var buf [64]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return m[strings.ToLower(s)] // Unicode case rules
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b)]
}

// joined writes words separated by spaces into buf, as strings.Join does.
func joined(buf []byte, words []string) []byte {
	for k, w := range words {
		if k > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return buf
}

// isPlaceWords is isPlace(strings.Join(words, " ")).
func isPlaceWords(words []string) bool {
	var buf [96]byte
	_, ok := places[string(joined(buf[:0], words))]
	return ok
}

// knownOrgWords is knownOrgs[strings.Join(words, " ")].
func knownOrgWords(words []string) bool {
	var buf [96]byte
	return knownOrgs[string(joined(buf[:0], words))]
}

// Word classes: which of the context lexicons a word is in, so that
// runContext reads a neighbouring word's classes with one look-up instead
// of one per lexicon.
const (
	clPlacePreposition uint32 = 1 << iota
	clOrgCue
	clRoleNoun
	clPersonNoun
	clSpeechVerb
	clActionVerb
	clProductNoun
	clOrgNounAfter
	clPlaceNoun
	clOrgOfRole
	clTitle
	clConnector
	clSentenceStarter
	clOrgWord
	clMasthead
	clOrgPlural
	clPersonPlural
	clNameParticle
)

var wordClasses = func() map[string]uint32 {
	m := map[string]uint32{}
	for _, c := range []struct {
		set map[string]bool
		cl  uint32
	}{
		{placePrepositions, clPlacePreposition}, {orgCues, clOrgCue}, {roleNouns, clRoleNoun},
		{personNouns, clPersonNoun}, {speechVerbs, clSpeechVerb}, {actionVerbs, clActionVerb},
		{productNouns, clProductNoun}, {orgNounsAfter, clOrgNounAfter}, {placeNouns, clPlaceNoun},
		{orgOfRoles, clOrgOfRole}, {titles, clTitle}, {connectors, clConnector}, {sentenceStarters, clSentenceStarter},
		{orgWords, clOrgWord}, {mastheads, clMasthead}, {orgPlurals, clOrgPlural}, {personPlurals, clPersonPlural},
		{nameParticles, clNameParticle},
	} {
		for w := range c.set {
			m[w] |= c.cl
		}
	}
	return m
}()
