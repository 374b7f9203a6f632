// Package realeval scores digests of real news pages against hand labels
// made from the pages alone (../shared/eval/real-dev): headline checks,
// glued words, metadata, quotes and entities. Its definitions are those of
// the reference scorer real-dev/tools/score_real.py, so that both print the
// same figures; it reads digests, never product state.
package realeval

import (
	"strings"
	"unicode"

	"github.com/newsgist/newsgist/internal/entityeval"
)

// isWord reports whether r is a word character in the sense of Python's
// str-pattern \w: a letter, a number or the underscore.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Words lower-cases s after NFKC normalisation (with ’ read as ') and returns
// its words, like re.findall(r"\w+(?:'\w+)?", s) in Python: the reference
// scorer's normalisation, shared with entityeval.RealWords.
func Words(s string) []string { return strings.Fields(entityeval.RealWords(s)) }

// joined is the words of s joined by single spaces.
func joined(s string) string { return entityeval.RealWords(s) }

// gluePrefixes are word starts where a lower-to-upper join is ordinary
// spelling (McCain, iPhone, YouTube), as in the reference scorer.
var gluePrefixes = []string{"Mc", "Mac", "De", "La", "Le", "Di", "O", "i", "e", "iP", "YouT", "PayP",
	"JavaS", "LinkedI", "WhatsA", "GoF", "PlayS", "FaceT", "TikT"}

// GluedWords returns the words of text that join a lower-case letter to an
// upper-case one ("OmarIlhan") and do not occur in body: text from two
// page elements run together.
func GluedWords(text, body string) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); {
		if !isWord(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isWord(rs[j]) {
			j++
		}
		w := string(rs[i:j])
		i = j
		if !hasLowerUpperJoin(w) || strings.Contains(body, w) || hasGluePrefix(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

func hasLowerUpperJoin(w string) bool {
	for k := 0; k+1 < len(w); k++ {
		if w[k] >= 'a' && w[k] <= 'z' && w[k+1] >= 'A' && w[k+1] <= 'Z' {
			return true
		}
	}
	return false
}

func hasGluePrefix(w string) bool {
	for _, p := range gluePrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
