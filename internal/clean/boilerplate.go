package clean

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A boilerplate rule matches a whole paragraph. maxWords bounds the
// paragraph length the rule may remove: a long paragraph is story text
// even when it mentions a newsletter (0 means no bound, for phrases that
// never occur in a story).
type rule struct {
	re       *regexp.Regexp
	maxWords int
	// listHead: the paragraph introduces a list of links ("Related
	// stories"); the short headline-like paragraphs after it go too.
	listHead bool
	// kw: the rule is tried only when the lower-cased paragraph contains
	// one of these (a cheap filter for unanchored expressions); kwBits
	// marks them in keywords.
	kw     []string
	kwBits uint64
	// ruleFilter: cheap filters derived from the expression (rulefilter.go),
	// so that most paragraphs are turned down before the regexp runs;
	// first holds the first bytes of prefixes.
	ruleFilter
	first [128]bool
}

func r(expr string, maxWords int, kw ...string) rule {
	return rule{re: regexp.MustCompile(`(?i)` + expr), maxWords: maxWords, kw: kw}
}

var rules = []rule{
	// Newsletters and mailing lists.
	r(`^sign[ -]?up\b.{0,60}\b(newsletters?|emails?|alerts?|briefing|digest|inbox)\b`, 40),
	r(`^(subscribe|register)\b.{0,40}\b(newsletters?|briefing|digest|podcast|channel|alerts?)\b`, 40),
	r(`\b(straight|directly|delivered|sent)\b.{0,20}\b(to|into) your inbox\b`, 40, "inbox"),
	r(`^(get|receive|want)\b.{0,80}\b(in|to) your inbox\b`, 40),
	r(`please select at least one (mailing )?list`, 30, "please select"),
	r(`\byou (can|may) unsubscribe( at any time| anytime)?\b`, 80, "unsubscribe"),
	r(`\bmailchimp\b`, 80, "mailchimp"),
	r(`\bby (subscribing|signing up|clicking)\b.{0,80}\b(agree|acknowledge|consent|privacy (policy|notice)|terms)\b`, 80, "by subscribing", "by signing", "by clicking"),
	r(`^(enter|your) (your )?e-?mail( address)?\b`, 20),
	r(`^(thanks?|thank you) for (subscribing|signing up)\b`, 30),
	r(`^(invalid|this) e-?mail (address )?(is )?(invalid|required)\b`, 15),
	r(`\bnewsletter\b.{0,40}\b(sign[ -]?up|subscribe)\b`, 25, "newsletter"),
	r(`^(our|the) .{0,30}newsletter\b`, 25),
	r(`^(privacy (policy|notice)|terms (of (use|service)|and conditions))\b`, 12),
	// Cookies and consent.
	r(`\b(we|this (web)?site|our (web)?site|our partners) (and our partners )?(uses?|store|set|place) cookies\b`, 120, "cookies"),
	r(`\bcookies? (policy|settings|preferences|notice|consent)\b`, 60, "cookie"),
	r(`^(accept|reject|allow|manage)( all)?( cookies| preferences| settings| options)?$`, 4),
	r(`\bby (continuing to (use|browse)|using) (this|our) (web)?site\b`, 80, "by continuing", "by using"),
	r(`\b(consent|agree) to (the use of|our use of|the storing of) cookies\b`, 0, "cookies"),
	r(`^we value your privacy\b`, 80),
	// Paywall and subscription prompts.
	r(`^(subscribe|become a (subscriber|member)|join (now|today|us))\b.{0,80}\b(unlimited|access|journalism|today|now|offer|digital|per (week|month)|a (week|month))\b`, 40),
	r(`^already (a subscriber|subscribed|have an account|registered)\b`, 30),
	r(`^(to )?continue reading\b`, 30),
	r(`\b(you('ve| have) (reached|read) (your|all) (free|\d+ free)|free articles? (remaining|left))\b`, 40, "free"),
	r(`\b(this (article|story|content) is (only )?(available|exclusive|reserved) (to|for) (our )?(subscribers|members))\b`, 40, "subscribers", "members"),
	r(`^(subscribers?|members?) only\b`, 15),
	r(`\breached (your|the) (monthly |weekly )?(limit|maximum) of (free )?(articles|stories)|\breached your (monthly |weekly )?(free )?(article|story) limit`, 40, "reached"),
	r(`^(log|sign) in (to|or) (continue|read|subscribe|register|keep reading|comment)\b`, 25),
	r(`^(support|help fund|fund) (our|independent|quality|local) journalism\b`, 60),
	r(`^unlock (this|unlimited|full)\b`, 25),
	r(`\b(your|a) subscription (helps|supports|makes)\b`, 40, "subscription"),
	r(`^(start your|try) .{0,20}(free trial|subscription)\b`, 30),
	// Share, follow and comment prompts.
	r(`^(share|tweet|email|print|save|copy link)( (this|the) (article|story|page|link))?( on (facebook|twitter|x|linkedin|whatsapp|email|reddit))?[.!:]?$`, 6),
	r(`^((share|follow|like)( us)? on|click to share on|share via)\b`, 25),
	r(`^((facebook|twitter|x|linkedin|whatsapp|email|e-mail|pinterest|reddit|telegram|messenger|print|copy( link)?|share|comments?|instagram|youtube|tiktok|flipboard)[\s,|/·•]*){2,}$`, 0),
	r(`^follow (us|@\w+|the author|[\p{L}. ]{2,40} on (twitter|x|facebook|instagram|linkedin|threads|bluesky))\b`, 25),
	r(`^(leave|post|add|view|show|read|load|join) (a |the |all |more )?(\d+ )?(comments?|conversation|discussion)\b`, 20),
	r(`^comments? (are|have been) (closed|disabled|turned off)\b`, 20),
	r(`^(\d+ )?comments?$`, 2),
	r(`^have your say\b`, 20),
	r(`^you must (be )?(log|sign)(ged)? in to (post|leave|add|write) (a )?(comment|reply)`, 15),
	r(`\bwe (welcome|want to hear) (your )?(comments|thoughts|feedback|tips)\b.{0,40}\b(email|contact|send|share)\b`, 40, "we welcome", "we want to hear"),
	r(`^(got|have) a (news )?(story|tip)\b.{0,60}\b(email|contact|send|get in touch)\b`, 40),
	// Read more, related and most-popular lists.
	{re: regexp.MustCompile(`(?i)^(related( stories| articles| content| coverage| news| links| reading| topics)?|more (stories|news|from [\p{L}' ]{2,30}|on this (story|topic))|most (popular|read|viewed|shared|commented)|(you|we think you) (may|might) (also )?like|recommended( for you| stories| reading)?|trending( now| stories)?|see also|also read|read (more|next|also)|what to read next|top stories|latest (news|stories)|don'?t miss|editor'?s picks|popular (now|stories))[:.]?$`), maxWords: 8, listHead: true},
	r(`^(read more|related|see also|also read|read also|more|watch|listen|click here|recommended|read next|(related|more) (story|article|coverage))\s*[:>»|]`, 30),
	r(`^(read|click|tap) (more|here|the full (story|article))\b.{0,40}$`, 12),
	r(`^(continue reading|read the (full|rest of the) (story|article))\b`, 12),
	r(`^(tags|topics|filed under|categories)\s*:?\s+\S+(,\s*[^,]{1,40}){2,}$`, 60),
	// Advertisement markers.
	r(`^(advertisement|advert|ad|ads|sponsored( content| post| story)?|paid (content|post|partner content)|promoted( content)?|partner content|skip (advertisement|ad)|(story|article|content) continues (below|after)( (the )?(advertisement|ad))?|scroll (down )?to continue( (reading|with content))?)[.:]?$`, 8),
	r(`^(this (article|story|content) (is|was) (sponsored|paid for|brought to you) by)\b`, 30),
	// Image credits and captions.
	r(`^(photo|image|picture|photograph|video|graphic|illustration|caption|credit|source)s?( credit)?\s*:`, 40),
	r(`^(photo|image|picture|illustration|video)s? (by|courtesy( of)?)\b`, 25),
	r(`[(|/]\s*(ap photo|reuters|afp|getty images|epa|shutterstock|alamy|pa( media| wire)?|bloomberg|ap)\b[^.]{0,40}[)]?$`, 40, "ap", "reuters", "afp", "getty", "epa", "shutterstock", "alamy", "pa", "bloomberg"),
	r(`\b(getty images|shutterstock|alamy|istock)(\s*/\s*[\p{L} ]+)?\.?$`, 30, "getty", "shutterstock", "alamy", "istock"),
	r(`^\(?(image|photo|picture) (source|copyright)\b`, 30),
	r(`\b(photos?|images?|pictures?|illustrations?)( by)?\s*(©|\(c\)|&copy;)`, 30, "©", "(c)", "&copy;"),
	// Page furniture: bare links, error messages, reprint notices, contact lines.
	r(`^(https?://|www\.)\S+$`, 1),
	r(`^(an error has occurred|something went wrong|sorry, (an error|something went wrong))\b`, 15),
	r(`^this (article|story|page) has been sent to\b`, 15),
	r(`^this copy is for your personal,? non-commercial use only\b`, 0),
	r(`^(to order|for) (presentation-ready copies|reprints)\b`, 40),
	r(`^write to [\p{L}.' -]{2,60} at \S+@\S+\.?$`, 15),
	r(`^(reach|follow|contact|email) (the )?(reporters?|authors?|writers?|[\p{L}.' -]{2,40}) (on|via|at|by) (twitter|x|facebook|instagram|e-?mail|https?://)`, 40),
	r(`^[_\-=*~•]{3,}$`, 1),
	// Agency credit lines and copyright and legal lines.
	r(`^\((additional )?(reporting|writing|editing|compiled|produced) by\b.{0,150}\)$`, 30),
	r(`^(©|\(c\)|&copy;|copyright\s*(©|\(c\)|&copy;|\d{4}))`, 40),
	r(`^copyright\s+[\p{L}.&' -]{2,40}\s+\d{4}\b`, 15),
	r(`\ball rights reserved\b`, 40, "all rights reserved"),
	r(`\bthis material may not be (published|reproduced)\b`, 60, "this material"),
}

// removeBoilerplate drops boilerplate paragraphs and reports each one
// (its first sentence or line, trimmed to about 100 characters).
func removeBoilerplate(paras []string) (body, removed []string) {
	inList := false
	for i, p := range paras {
		if inList {
			if isListItem(p) {
				removed = append(removed, summarize(p))
				continue
			}
			inList = false
		}
		if ok, list := isBoilerplate(p); ok {
			removed = append(removed, summarize(p))
			inList = list && i+1 < len(paras)
			continue
		}
		body = append(body, p)
	}
	return body, removed
}

// isBoilerplate reports whether a paragraph is boilerplate, and whether it
// heads a list of links.
func isBoilerplate(p string) (bool, bool) {
	t := strings.TrimSpace(strings.Trim(p, "*_#>-•· "))
	if t == "" {
		return false, false
	}
	pa := newParagraph(t)
	quoted := strings.Count(t, "\"") >= 2
	for i := range rules {
		ru := &rules[i]
		if !ru.mayMatch(&pa) || !ru.re.MatchString(t) {
			continue
		}
		// A quoted remark is story text unless the rule is unbounded.
		if quoted && ru.maxWords != 0 && pa.words > 12 {
			continue
		}
		return true, ru.listHead
	}
	return false, false
}

// paragraph is what the rules' filters read of a trimmed paragraph.
type paragraph struct {
	t     string // the text
	words int
	// head is the text's first prefixLen bytes (fewer in a shorter
	// text) lower-cased, when they are ASCII (asciiHead): what
	// strings.ToLower(t) starts with, all the prefix filter reads.
	head      [prefixLen]byte
	headLen   int
	asciiHead bool
	kws       uint64 // the keywords it contains, once found
	kwsFound  bool
}

// newParagraph returns a value, not a pointer, so that the paragraph
// stays on isBoilerplate's stack (the function is too large to inline).
func newParagraph(t string) paragraph {
	p := paragraph{t: t, words: countWords(t)}
	p.headLen = min(len(t), prefixLen)
	p.asciiHead = isASCII(t[:p.headLen])
	if p.asciiHead {
		for i := range p.headLen {
			p.head[i] = lowerASCII(t[i])
		}
	}
	return p
}

// keywords returns the bits of the keywords the paragraph contains.
func (p *paragraph) keywords() uint64 {
	if !p.kwsFound {
		p.kws, p.kwsFound = keywordsInText(p.t), true
	}
	return p.kws
}

// hasHeadPrefix reports whether the lower-cased head starts with one of
// prefixes (of at most prefixLen bytes each, as deriveFilter makes them).
func (p *paragraph) hasHeadPrefix(prefixes []string) bool {
	h := p.head[:p.headLen]
	for _, pre := range prefixes {
		if len(h) >= len(pre) && string(h[:len(pre)]) == pre {
			return true
		}
	}
	return false
}

// mayMatch applies the rule's cheap filters to a paragraph: false means
// the rule does not apply and its regexp need not run.
func (ru *rule) mayMatch(p *paragraph) bool {
	if ru.maxWords > 0 && p.words > ru.maxWords {
		return false
	}
	if ru.anchored && p.t != "" && p.asciiHead && (!ru.first[p.head[0]] || !p.hasHeadPrefix(ru.prefixes)) {
		return false
	}
	if ru.cue != "" && !strings.ContainsAny(p.t, ru.cue) {
		return false
	}
	return ru.kwBits == 0 || p.keywords()&ru.kwBits != 0
}

// keywords holds every rule keyword once, and keywordsByFirst their
// second bytes and indexes by first byte, so that one pass over a
// paragraph finds them all.
var (
	keywords        []string
	keywordsByFirst [256][]keywordStart
	// keywordPairs holds a keyword's first two bytes: the bit of the
	// second in the first's row.
	keywordPairs [256][4]uint64
	// lowerByte lower-cases an ASCII byte and leaves the others.
	lowerByte [256]byte
)

func init() {
	for c := range lowerByte {
		lowerByte[c] = lowerASCII(byte(c))
	}
}

type keywordStart struct{ second, index uint8 }

func init() {
	for i := range rules {
		for _, k := range rules[i].kw {
			j := slices.Index(keywords, k)
			if j < 0 {
				if len(k) < 2 {
					panic("clean: boilerplate keyword " + k + " is shorter than two bytes")
				}
				j = len(keywords)
				keywords = append(keywords, k)
				keywordsByFirst[k[0]] = append(keywordsByFirst[k[0]], keywordStart{k[1], uint8(j)})
				keywordPairs[k[0]][k[1]>>6] |= 1 << (k[1] & 63)
			}
			rules[i].kwBits |= 1 << j
		}
	}
	if len(keywords) > 64 {
		panic("clean: more than 64 boilerplate keywords")
	}
}

// keywordsIn returns the bits of the keywords lower contains.
func keywordsIn(lower string) uint64 {
	var bits uint64
	for i := 0; i+1 < len(lower); i++ {
		for _, k := range keywordsByFirst[lower[i]] {
			if lower[i+1] == k.second && strings.HasPrefix(lower[i:], keywords[k.index]) {
				bits |= 1 << k.index
			}
		}
	}
	return bits
}

// keywordsInText is keywordsIn(strings.ToLower(t)); a text that
// lower-cases byte by byte (foldsByByte) is lower-cased as it is read,
// without building the copy.
func keywordsInText(t string) uint64 {
	if !foldsByByte(t) {
		return keywordsIn(strings.ToLower(t))
	}
	var bits uint64
	for i := 0; i+1 < len(t); i++ {
		c, c2 := lowerByte[t[i]], lowerByte[t[i+1]]
		if keywordPairs[c][c2>>6]&(1<<(c2&63)) == 0 {
			continue
		}
		for _, k := range keywordsByFirst[c] {
			if c2 == k.second && hasLowerPrefix(t[i:], keywords[k.index]) {
				bits |= 1 << k.index
			}
		}
	}
	return bits
}

// foldsByByte reports whether strings.ToLower(t) is t with its ASCII
// capitals lower-cased: each of its other runes is valid UTF-8 that
// unicode.ToLower keeps (curly quotes, dashes, "é", but not "É", an
// invalid byte, which becomes U+FFFD, or the Kelvin sign, which becomes
// "k").
func foldsByByte(t string) bool {
	for i := 0; i < len(t); {
		if t[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += size
	}
	return true
}

// hasLowerPrefix reports whether s, its ASCII capitals lower-cased, starts
// with prefix.
func hasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerByte[s[i]] != prefix[i] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isListItem: a short headline-like line (a related-stories link).
func isListItem(p string) bool {
	words := countWords(p)
	if words == 0 || words > 20 {
		return false
	}
	if strings.Count(p, ". ") >= 1 {
		return false
	}
	return !endsSentence(p)
}

// summarize is the first sentence or line of a removed block, at most
// about 100 characters.
func summarize(p string) string {
	p = strings.TrimSpace(p)
	if i := strings.IndexByte(p, '\n'); i > 0 {
		p = p[:i]
	}
	for _, sep := range []string{". ", "? ", "! "} {
		if i := strings.Index(p, sep); i > 20 {
			p = p[:i+1]
		}
	}
	if utf8.RuneCountInString(p) > 100 {
		rs := []rune(p)
		cut := 100
		for j := 100; j > 60; j-- {
			if rs[j] == ' ' {
				cut = j
				break
			}
		}
		p = strings.TrimSpace(string(rs[:cut])) + "..."
	}
	return p
}

// countWords is len(strings.Fields(s)), without building the slice.
func countWords(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		space := asciiSpace[s[i]] == 1
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
