package realeval

import (
	"regexp"
	"strings"

	"github.com/newsgist/newsgist/internal/nlp/postag"
)

// HeadlineVerdict is the reference headline check of one headline: cut
// mid-phrase, without a finite verb, or not from the article (a caption,
// promo or navigation text).
type HeadlineVerdict struct {
	Headline       string
	Empty          bool
	Cut            bool
	Clause         bool // has a finite verb (VBD, VBZ, VBP or MD)
	FromArticle    bool // at least 80% of its word trigrams occur in the body
	Last           string
	Words          int
	AcceptableAll3 bool
}

// cutAux are words a headline cannot end on whatever the tagger says.
var cutAux = setOf("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "isn't", "aren't",
	"wasn't", "weren't", "hasn't", "haven't", "can", "could", "will", "would", "should", "may", "might", "must",
	"to", "the", "a", "an", "of", "and", "or", "but", "that", "which", "who", "whose", "his", "her", "their", "its",
	"our", "my", "your", "than", "as", "with", "for", "from", "by", "in", "on", "at", "into", "about", "between",
	"while", "when", "if", "because")

// badEndTags are the parts of speech a phrase cannot end on.
var badEndTags = setOf("DT", "IN", "CC", "TO", "MD", "PRP$", "WDT", "WP", "WP$", "JJ", "JJR", "JJS", "POS", "PDT")

var finiteTags = setOf("VBD", "VBZ", "VBP", "MD")

// boundaryWords may start the part a headline leaves out of its sentence.
var boundaryWords = setOf("and", "but", "in", "on", "at", "after", "before", "as", "when", "while", "because",
	"amid", "despite", "with", "for", "since", "following", "over", "during", "according", "from", "by", "which",
	"who", "where", "said", "says", "told", "than", "until", "if", "although", "though", "whereas", "including",
	"ahead", "near", "across", "under", "against", "this", "last", "next", "on.", "yesterday", "today",
	"tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier",
	"later", "now", "so", "or")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	asciiWord = regexp.MustCompile(`[a-z0-9]+`)
	spaces    = regexp.MustCompile(`\s+`)
)

// Verdicts of cutInBody.
const (
	endsWhole     = iota // the headline ends where its sentence ends
	endsCut              // the sentence runs on inside a phrase
	endsUndecided        // a comma, an aside or a phrase-opening word follows, or the end was not found
)

// cutInBody looks the headline's last four words up in the body and judges
// what follows them there.
func cutInBody(h, body string) int {
	t := strings.TrimRight(h, "\"'”)] ")
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
		return endsWhole
	}
	hw := strings.Fields(strings.TrimRight(h, ".!?\"'”"))
	if len(hw) < 4 {
		return endsUndecided
	}
	tail := strings.Join(hw[len(hw)-4:], " ")
	b := spaces.ReplaceAllString(body, " ")
	i := strings.Index(b, tail)
	if i < 0 {
		return endsUndecided
	}
	rest := strings.TrimLeft(b[i+len(tail):], "\"'”’")
	if rest == "" || strings.ContainsAny(rest[:1], ".!?;") {
		return endsWhole
	}
	if !strings.HasPrefix(rest, " ") {
		return endsUndecided // a comma, colon or dash follows
	}
	next := strings.Fields(rest)
	if len(next) == 0 {
		return endsWhole
	}
	if strings.ContainsAny(next[0][:1], "([—–-") {
		return endsUndecided
	}
	if boundaryWords[strings.ToLower(strings.Trim(next[0], "\"'“”‘’().,;:!?"))] {
		return endsUndecided
	}
	return endsCut
}

func trigrams(s string) []string {
	w := asciiWord.FindAllString(strings.ToLower(s), -1)
	var out []string
	for i := 0; i+3 <= len(w); i++ {
		out = append(out, strings.Join(w[i:i+3], " "))
	}
	return out
}

// CheckHeadline judges headline h of an article whose true body is body,
// with prose's part-of-speech tagger, exactly as real-dev's headline-check.
func CheckHeadline(h, body string) HeadlineVerdict {
	h = strings.TrimSpace(h)
	if h == "" {
		return HeadlineVerdict{Empty: true}
	}
	toks := postag.Tag(strings.TrimRight(h, ".!?"))
	var last postag.Token
	for i := len(toks) - 1; i >= 0; i-- {
		if strings.ContainsAny(toks[i].Text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") {
			last = toks[i]
			break
		}
	}
	v := HeadlineVerdict{Headline: h, Last: last.Text + "/" + last.Tag, Words: len(strings.Fields(h))}
	end := cutInBody(h, body)
	v.Cut = end == endsCut || end == endsUndecided &&
		(badEndTags[last.Tag] || cutAux[strings.ToLower(last.Text)] || last.Text == "n't" || last.Text == "'s")
	for _, t := range toks {
		if finiteTags[t.Tag] {
			v.Clause = true
		}
	}
	words := " " + strings.Join(asciiWord.FindAllString(strings.ToLower(body), -1), " ") + " "
	tg := trigrams(h)
	hit := 0
	for _, g := range tg {
		if strings.Contains(words, " "+g+" ") {
			hit++
		}
	}
	v.FromArticle = len(tg) == 0 || float64(hit) >= 0.8*float64(len(tg))
	v.AcceptableAll3 = !v.Cut && v.Clause && v.FromArticle
	return v
}
