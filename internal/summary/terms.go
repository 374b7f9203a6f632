package summary

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/nlp"
)

// The summary reads a sentence through two views of the shared tokens
// (nlp.Document.Tokens), computed once per sentence in analyse:
//
//   - its white-space words: a run of tokens with no space between them is
//     one word as written ("said,", "(CNN)", "10,000"). The sentence rules
//     (judge, dependent, the headline's shortening) read words with their
//     punctuation attached;
//   - its terms, for the similarity and key-term statistics: a word token
//     is a term, except that the tokens of one number are one term
//     ("10,000", "5:30") and words joined by a dash or slash with no space
//     ("cease-fire—truce", "and/or") stay one term, as written, and so does a
//     word censored with asterisks ("f**k").

// wordCount is the number of white-space words of toks: runs of tokens
// with no space between them (a straddling token may add one per
// sentence; the slices it sizes grow if they must).
func wordCount(toks []nlp.Token) int {
	n := 0
	for i := range toks {
		if i == 0 || toks[i].Start != toks[i-1].End {
			n++
		}
	}
	return n
}

// termTokens is how many tokens from toks[k] (a word token) make one
// term: the tokens of one number ("10,000", "5:30", "24/7") and words
// joined by a dash ("—", "--"), slash or "@" with no space around it, and
// a word censored with asterisks.
func termTokens(toks []nlp.Token, k int) int {
	e := k + 1
	for e+1 < len(toks) && toks[e].Start == toks[e-1].End {
		n := 1 // the joining mark's tokens: "--" and "**" are runs of one
		for m := toks[e].Text; (m == "-" || m == "*") && n < 4 && e+n < len(toks) && toks[e+n].Text == m && toks[e+n].Start == toks[e+n-1].End; {
			n++
		}
		w := e + n
		if w >= len(toks) || toks[w].Start != toks[w-1].End || !toks[w].Word || !joinsTerm(toks[e].Text, toks[e-1].Text, toks[w].Text) {
			break
		}
		e = w + 1
	}
	return e - k
}

// joinsTerm reports whether the mark sep, written with no space between the
// words a and b, joins them into one term.
func joinsTerm(sep, a, b string) bool {
	switch sep {
	case ",", ":":
		return isDigits(a) && b[0] >= '0' && b[0] <= '9' // "3,000m", "7:41.42"
	case "—", "–", "/", "-", "@", "*":
		return true // "*" censors a word: "f**k"
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// clipTokens cuts the first and last of a sentence's tokens to its span sp:
// the splitter may end a sentence inside a token ("Wednesday.The"). toks
// is the caller's copy.
func clipTokens(toks []nlp.Token, text string, sp nlp.Span) []nlp.Token {
	for _, i := range [2]int{0, len(toks) - 1} {
		t := &toks[i]
		if t.Start >= sp.Start && t.End <= sp.End {
			continue
		}
		t.Start, t.End = max(t.Start, sp.Start), min(t.End, sp.End)
		t.Text, t.Poss = text[t.Start:t.End], false
		r, _ := utf8.DecodeRuneInString(t.Text)
		t.Word, t.Upper = nlp.IsWordRune(r), unicode.IsUpper(r)
	}
	return toks
}
