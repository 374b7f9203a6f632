package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Strings in quotation marks that quote no one: names of things (a term, a
// nickname, a campaign, a title), and speech that nobody made (what people
// "think", what someone "would say"). A news reader must not see them as
// quotations. The signals are the words around the marks, never a list of
// the quoted strings themselves.

// namingVerbs, after "is", "was", "what's" or an adverb, make the quoted
// words a name or a term: 'the condition is called "hay loft lung."'.
var namingVerbs = set("called", "named", "termed", "labelled", "labeled", "known")

// namingWords just before the marks name the quoted words: 'a plan dubbed
// "Green Run"', 'the campaign "Think twice."', 'diagnosed with "farmer's
// lung"'.
var namingWords = set("dubbed", "nicknamed", "titled", "entitled", "christened", "term", "phrase", "slogan",
	"motto", "hashtag", "tagline", "catchphrase", "campaign", "chose", "choose", "chooses", "picked", "selected",
	"nickname", "brand", "trademark", "codenamed", "code-named")

// namingNouns just after the marks make the quoted words a modifier naming
// something: 'the "Lock it. Leave it." awareness campaign'.
var namingNouns = set("campaign", "slogan", "motto", "hashtag", "tagline", "ad", "advert", "advertisement",
	"catchphrase", "brand", "label", "logo", "banner", "sign", "song", "album", "film", "movie", "book", "show",
	"series", "podcast", "episode", "programme", "program", "initiative", "strategy", "plan", "tour")

// thoughtVerbs introduce imagined words, not speech.
var thoughtVerbs = set("think", "thinks", "thought", "thinking", "imagine", "imagines", "imagined", "wonder")

var beVerbs = set("is", "was", "are", "were", "be", "been", "being", "'s", "’s")

var modals = set("would", "will", "might", "could", "may", "should", "must", "'d", "’d")

// notQuotation reports whether the quoted words inner of a single segment,
// with the tokens before it in its sentence (bt) and after it (ft), name
// something or are imagined speech rather than a quotation.
func notQuotation(bt, ft []token, inner string) bool {
	if wordCount(inner) > 8 {
		return false
	}
	if namingBefore(bt) || imaginedBefore(bt) {
		return true
	}
	return namingAfter(ft)
}

// namingBefore: the words before the marks name the quoted words.
func namingBefore(bt []token) bool {
	n := len(bt)
	if n == 0 {
		return false
	}
	w := lower(bt[n-1])
	if namingWords[w] && bt[n-1].Word {
		return true
	}
	if w == "with" && n >= 2 && lower(bt[n-2]) == "diagnosed" {
		return true
	}
	if w == "as" && n >= 2 && namingVerbs[lower(bt[n-2])] {
		w, n = lower(bt[n-2]), n-1 // "known as"
	}
	if namingVerbs[w] {
		// passive or a term: "is called", "what's called", "is often called"
		for k := n - 2; k >= 0 && k >= n-4; k-- {
			x := lower(bt[k])
			if beVerbs[x] || x == "what" || x == "also" && k == n-2 {
				return true
			}
			if !adverb(x) {
				break
			}
		}
		return w == "known"
	}
	// "the term often used is": a be-verb whose subject is a term or a name
	if beVerbs[w] {
		for k := n - 2; k >= 0 && k >= n-6; k-- {
			x := lower(bt[k])
			if x == "term" || x == "phrase" || x == "name" || x == "nickname" || x == "slogan" || x == "motto" {
				return true
			}
		}
	}
	return false
}

// imaginedBefore: a thought ("and think, "..."") or hypothetical speech ("as
// Poirot would say, "..."", "the public will ... scream, "..."").
func imaginedBefore(bt []token) bool {
	n := len(bt)
	if n > 0 && (bt[n-1].Text == "," || bt[n-1].Text == ":") {
		n--
	}
	if n == 0 {
		return false
	}
	w := lower(bt[n-1])
	if thoughtVerbs[w] {
		return true
	}
	if !isCue(bt[n-1]) && w != "scream" && w != "say" {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-4; k-- {
		x := lower(bt[k])
		if modals[x] {
			// "would say" is often real speech told later ("Years later
			// she would say, ..."); only "as X would say" and "would have
			// said" are never said
			if x != "would" && x != "'d" && x != "’d" {
				return true
			}
			for j := k + 1; j < n-1; j++ {
				if lower(bt[j]) == "have" {
					return true
				}
			}
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if lower(bt[j]) == "as" {
					return true
				}
			}
			return false
		}
		if !adverb(x) && x != "then" && x != "just" && x != "all" && x != "have" {
			break
		}
	}
	return false
}

// namingAfter: a naming noun right after the marks ('"Lock it. Leave it."
// awareness campaign'), or ', as Tate dubbed the merger'.
func namingAfter(ft []token) bool {
	for k := 0; k < len(ft) && k < 3; k++ {
		t := ft[k]
		if !t.Word || t.Upper || determiners[t.Text] {
			break // '"…," the label said': a new noun phrase, the subject of a cue
		}
		if namingNouns[t.Text] {
			return true
		}
	}
	if len(ft) > 0 && ft[0].Text == "," {
		ft = ft[1:]
	}
	if len(ft) >= 2 && lower(ft[0]) == "as" {
		for k := 1; k < len(ft) && k < 8; k++ {
			switch lower(ft[k]) {
			case "dubbed", "dubs", "nicknamed", "christened", "termed":
				return true
			}
			if !ft[k].Word {
				break
			}
		}
	}
	return false
}

func adverb(w string) bool {
	return strings.HasSuffix(w, "ly") || w == "often" || w == "sometimes" || w == "also" || w == "now" || w == "still" || w == "so"
}

var titleSmall = set("of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "by", "or", "vs", "vs.")

// isTitleCase: two to six words, every one but small words capitalised,
// ending without a sentence terminator.
func isTitleCase(s string) bool {
	s = strings.TrimRight(s, ",;:—–- ")
	if s == "" || endsSentence(s) {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || i > 0 && titleSmall[w] {
			continue
		}
		return false
	}
	return true
}
