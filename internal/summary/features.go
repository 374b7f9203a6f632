package summary

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/nlp"
)

// MaxCandidates caps the sentences that are scored: news is front-loaded, and
// the cap keeps the pairwise similarity graph bounded on huge inputs.
const MaxCandidates = 200

// sent is one candidate sentence with its features.
type sent struct {
	nlp.Span
	idx      int          // position among all sentences
	para     int          // paragraph number
	inPara   int          // position inside its paragraph
	nWords   int          // words in the sentence
	words    []string     // the white-space words, read from the shared tokens (see terms.go)
	starts   []int32      // the byte offset of each word in the text
	vec      []termWeight // distinct content-word stems, sorted by term id, weighted by count × ISF
	names    []int32      // capitalised names (stem ids) in the sentence
	norm     float64      // Euclidean norm of vec
	bad      bool         // a poor summary line (byline, caption, question, fragment...)
	runsOn   bool         // bad only for how it ends: it runs into a quotation that closes later, or asks a question after a colon
	weak     bool         // acceptable but worse (opens with a pronoun or connective)
	dep      bool         // needs the sentence before it (a pronoun or "the authorities" it refers back to)
	exclaims bool         // ends on an exclamation mark outside quotation marks: a summary line only when the others run out
	question bool         // a question: never a summary line alone, but kept before the sentence that answers it
	person   bool         // dep on a person ("He", "She", "They"): an earlier summary sentence that names someone will do
}

// ranking is one call of rank: its parameters, scores and raw maximum.
type ranking struct {
	p      Params
	scores []float64
	max    float64
}

// termWeight is one entry of a sparse sentence vector.
type termWeight struct {
	id int32
	n  int32   // occurrences in the sentence
	w  float64 // n × the term's ISF
}

// document is the analysed text.
type document struct {
	nd    *nlp.Document // the shared analysis: its name index names the headline's people fully
	text  string
	sents []sent
	terms []string         // content-word stems by id, in order of first use
	ids   map[string]int32 // term ids by stem
	df    []int            // sentences containing each term
	tf    []int            // occurrences of each term in the document
	idfs  []float64        // in-document inverse sentence frequency of each term

	// Ranking inputs shared by the summary and the headline, computed on
	// first use for the given parameters.
	cent             []float64
	centBack, centTh float64
	key              []float64
	keyK             int
	rankScore        []float64 // TextRank PageRank scaled to [0, 1], only when weighted
	rankMax          float64   // the largest raw score of the last rank, which scaled it to [0, 1]
	ranked           []ranking // rankings already computed, by their parameters
	// What the default headline read, kept for the summary (see
	// headlineReading).
	read headlineRead

	body string // the text's lower-case ASCII words, spaced, for fromBody
}

// analyse computes the features of the first MaxCandidates sentences of
// the shared analysis nd (its sentences; see below for the words).
func analyse(nd *nlp.Document) *document {
	text := nd.Text
	d := &document{nd: nd, text: text}
	spans := nd.Sentences
	if len(spans) > MaxCandidates {
		spans = spans[:MaxCandidates]
	}
	d.ids = make(map[string]int32, len(text)/16)
	d.sents = make([]sent, 0, len(spans))
	// Every sentence's terms and names are slices of two shared arrays
	// (one allocation each instead of one per sentence).
	tb := termBuilder{vecs: make([]termWeight, 0, len(text)/8), names: make([]int32, 0, len(text)/64)}
	para, inPara, prevEnd := 0, 0, 0
	quotes := 0 // quotation marks since the paragraph began
	toks, k := nd.Tokens, 0
	if len(spans) > 0 {
		toks = toks[:min(len(toks), nd.TokenAt(spans[len(spans)-1].End-1)+1)] // the candidates' tokens
	}
	nw := wordCount(toks)
	tb.words, tb.starts = make([]string, 0, nw), make([]int32, 0, nw)
	for i, sp := range spans {
		if i > 0 && strings.Contains(text[prevEnd:sp.Start], "\n\n") {
			para++
			inPara = 0
			quotes = 0
		}
		insideQuote := quotes%2 == 1
		// (Two apostrophes are a quotation mark in some wire copy:
		// "''The stories begin. The stories end.''")
		quotes += strings.Count(text[sp.Start:sp.End], `"`) + strings.Count(text[sp.Start:sp.End], "''")
		prevEnd = sp.End
		s := sent{Span: sp, idx: i, para: para, inPara: inPara}
		inPara++
		raw := text[sp.Start:sp.End]
		// The sentence's tokens, a token that straddles its edges
		// ("Wednesday.The" split after the full stop) cut to them.
		for k < len(toks) && toks[k].End <= sp.Start {
			k++
		}
		e := k
		for e < len(toks) && toks[e].Start < sp.End {
			e++
		}
		st := toks[k:e]
		if len(st) > 0 && (st[0].Start < sp.Start || st[len(st)-1].End > sp.End) {
			st = clipTokens(append(tb.clip[:0], st...), text, sp)
			tb.clip = st
		}
		s.words, s.starts = tb.sentence(d, text, st)
		s.vec, s.names = tb.vec(d)
		if len(s.words) == 0 {
			s.words, s.starts = []string{raw}, []int32{int32(sp.Start)} // no tokens: never for a sentence the splitter found
		}
		s.nWords = len(s.words)
		s.judge(raw, s.words, insideQuote)
		d.sents = append(d.sents, s)
		if e > k && toks[e-1].End > sp.End {
			e-- // the straddling token opens the next sentence too
		}
		k = e
	}
	d.weigh()
	return d
}

// termBuilder turns a sentence's tokens into its words, term vector and
// names, slices of arrays shared by all the sentences.
type termBuilder struct {
	buf      []int32
	sb       []byte
	words    []string
	starts   []int32
	clip     []nlp.Token
	vecs     []termWeight
	names    []int32
	nameFrom int
}

// sentence reads a sentence's tokens (see terms.go): it returns its
// white-space words and counts its stemmed, non-stop terms into d's term
// table, keeping their ids for vec and the ids of capitalised terms after
// the first word as names.
func (tb *termBuilder) sentence(d *document, text string, toks []nlp.Token) ([]string, []int32) {
	tb.buf = tb.buf[:0]
	tb.nameFrom = len(tb.names)
	wordFrom := len(tb.words)
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Start == toks[j-1].End {
			j++
		}
		first := len(tb.words) == wordFrom
		tb.words = append(tb.words, text[toks[i].Start:toks[j-1].End])
		tb.starts = append(tb.starts, int32(toks[i].Start))
		for k := i; k < j; {
			if !toks[k].Word {
				k++
				continue
			}
			n := termTokens(toks[k:j], 0)
			w := toks[k].Text
			if n > 1 {
				w = text[toks[k].Start:toks[k+n-1].End]
			}
			tb.term(d, w, !first && toks[k].Upper)
			k += n
		}
		i = j
	}
	n := len(tb.words)
	return tb.words[wordFrom:n:n], tb.starts[wordFrom:n:n]
}

// term counts the term w into d's table.
func (tb *termBuilder) term(d *document, w string, name bool) {
	// The stem is built in a reused buffer: map look-ups with string(sb)
	// do not copy it, so only a new term allocates.
	tb.sb = appendStem(tb.sb[:0], w)
	if len(tb.sb) == 0 || stopwords[string(tb.sb)] {
		return
	}
	id, ok := d.ids[string(tb.sb)]
	if !ok {
		st := string(tb.sb)
		id = int32(len(d.terms))
		d.ids[st] = id
		d.terms = append(d.terms, st)
		d.df = append(d.df, 0)
		d.tf = append(d.tf, 0)
	}
	tb.buf = append(tb.buf, id)
	d.tf[id]++
	if name {
		tb.names = append(tb.names, id)
	}
}

// vec returns the term vector of the sentence read last (sorted by id,
// with counts) and its names.
func (tb *termBuilder) vec(d *document) (vec []termWeight, names []int32) {
	names = tb.names[tb.nameFrom:len(tb.names):len(tb.names)]
	slices.Sort(tb.buf)
	vecFrom := len(tb.vecs)
	for k, id := range tb.buf {
		if k > 0 && tb.buf[k-1] == id {
			tb.vecs[len(tb.vecs)-1].n++
			continue
		}
		tb.vecs = append(tb.vecs, termWeight{id: id, n: 1})
		d.df[id]++
	}
	return tb.vecs[vecFrom:len(tb.vecs):len(tb.vecs)], names
}

// judge sets what the sentence's form says: a caption, heading or promo
// (bad), a weak candidate, a sentence that depends on the one before
// (and whether on a person), a question.
func (s *sent) judge(raw string, words []string, insideQuote bool) {
	// A sentence that lost its full stop after others in its
	// paragraph is a statement, not a heading or a caption.
	s.bad, s.weak = judge(raw, words, s.inPara > 0)
	if insideQuote {
		s.bad = true // a sentence from inside a quotation, without its marks
	} else if s.bad && strings.Count(raw, `"`)%2 == 1 && raw[0] != '"' {
		// `Trump argued that Cruz has "got to come a long way" on
		// ethanol, because "Oil pays him a lot of money.`: no summary
		// line, but a headline may end before the quotation opens.
		bad, _ := judge(raw+`"`, words, s.inPara > 0)
		s.runsOn = !bad
	} else if c := strings.LastIndex(raw, ": "); s.bad && c > 0 && strings.HasSuffix(raw, "?") {
		// "…has brought Sanders closer to a series of decisions that
		// can be summed up in one question: What does Bernie want?" is
		// a statement before its colon.
		bad, _ := judge(raw[:c]+".", strings.Fields(raw[:c]), s.inPara > 0)
		s.runsOn = !bad
	}
	// An exclamation outside quotation marks is a promo's or a blogger's
	// ("…are already available now!"), not a report's: a summary line only
	// when the others run out, though a headline may still come from one.
	s.exclaims = strings.HasSuffix(raw, "!")
	s.dep = s.idx > 0 && (dependent(words) || pronounSpeaker(words))
	s.question = strings.HasSuffix(strings.TrimRight(raw, `"')`), "?")
	if s.dep {
		switch strings.ToLower(strings.Trim(words[0], `"',`)) {
		case "he", "she", "his", "her":
			s.person = true // "they" is as often a thing as people
		}
	}
}

// weigh computes the terms' inverse sentence frequencies and each
// sentence's TF-ISF weights and norm.
func (d *document) weigh() {
	d.idfs = make([]float64, len(d.terms))
	for id, df := range d.df {
		d.idfs[id] = math.Log(1 + float64(len(d.sents))/float64(df))
	}
	for i := range d.sents {
		s := &d.sents[i]
		var n float64
		for k := range s.vec {
			w := float64(s.vec[k].n) * d.idfs[s.vec[k].id]
			s.vec[k].w = w
			n += w * w
		}
		s.norm = math.Sqrt(n)
	}
}

// sim is the TF-ISF cosine similarity of two sentences.
func (d *document) sim(a, b *sent) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	x, y := a.vec, b.vec
	var dot float64
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i].id < y[j].id:
			i++
		case x[i].id > y[j].id:
			j++
		default:
			dot += x[i].w * y[j].w
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// overlapSim is TextRank's original similarity: shared words normalised by
// the log lengths of the two sentences.
func overlapSim(a, b *sent) float64 {
	if a.nWords < 2 || b.nWords < 2 {
		return 0
	}
	return float64(sharedTerms(a, b)) / (math.Log(float64(a.nWords)) + math.Log(float64(b.nWords)))
}

// sharedTerms counts the distinct terms sentences a and b share.
func sharedTerms(a, b *sent) int {
	x, y := a.vec, b.vec
	shared := 0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i].id < y[j].id:
			i++
		case x[i].id > y[j].id:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return shared
}

// stem lower-cases a word, strips punctuation and possessives, and removes a
// plural s: a cheap conflation that is enough for similarity.
func stem(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	w = strings.TrimSuffix(w, "'s")
	w = strings.ToLower(w)
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		w = w[:len(w)-1]
	}
	return w
}

// appendStem appends stem(w) to b; for an ASCII word it makes no copy of
// its own.
func appendStem(b []byte, w string) []byte {
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return append(b, stem(w)...)
		}
	}
	i, j := 0, len(w)
	for i < j && !isAlnumASCII(w[i]) {
		i++
	}
	for j > i && !isAlnumASCII(w[j-1]) {
		j--
	}
	w = strings.TrimSuffix(w[i:j], "'s")
	n := len(b)
	for k := 0; k < len(w); k++ {
		b = append(b, lowerASCII(w[k]))
	}
	if t := b[n:]; len(t) > 3 && t[len(t)-1] == 's' && t[len(t)-2] != 's' && t[len(t)-2] != 'u' {
		b = b[:len(b)-1]
	}
	return b
}

func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isCapitalised(w string) bool {
	w = strings.TrimLeft(w, `"'(`)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

var stopwords = makeSet(`a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own said same
say says she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves one two new told year last first mr mrs ms dr may might must
according also just like get got go going make made many much would could tell told week day time people`)

func makeSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// judge decides whether a sentence is a poor summary line (bad) or a
// usable but weaker one (weak). afterOthers is a sentence with others
// before it in its paragraph: when it has a finite verb, it is a statement
// that only lacks its full stop.
func judge(raw string, words []string, afterOthers bool) (bad, weak bool) {
	n := len(words)
	if n < 6 || n > 60 {
		return true, false
	}
	last := raw[len(raw)-1]
	switch {
	case last == '?' || strings.HasSuffix(raw, `?"`) || strings.HasSuffix(raw, `?'`):
		return true, false
	case last == ':':
		return true, false
	case last != '.' && last != '"' && last != '\'' && last != '!' && last != ')' && !(afterOthers && hasFiniteVerbWords(words)):
		return true, false // headings, list items, captions without a full stop
	}
	if shouting(raw) {
		return true, false // a menu or banner in capitals
	}
	if hasBoilerplate(raw) {
		return true, false
	}
	if raw[0] == '(' && (strings.HasSuffix(raw, ")") || strings.HasSuffix(raw, ".)")) {
		return true, false // an aside in brackets: "(That last factoid comes courtesy of…)"
	}
	if strings.HasPrefix(raw, "By ") && n < 12 {
		return true, false
	}
	if n <= 12 && (strings.HasSuffix(raw, " here.") || strings.HasSuffix(raw, " below.")) {
		return true, false // navigation: "You can view our June thread here."
	}
	if n <= 15 && signpost(words) {
		return true, false // "Here are 15 tips to help…": it points at the page
	}
	// Quote fragments: an unbalanced quotation (the sentence starts or
	// ends inside a running quote), or a sentence that is nothing but a
	// quotation.
	q := strings.Count(raw, `"`)
	if q%2 == 1 {
		return true, false
	}
	if q == 2 && raw[0] == '"' && (strings.HasSuffix(raw, `."`) || strings.HasSuffix(raw, `!"`)) {
		return true, false
	}
	// Single-quoted (Daily Mail style) quotations: a sentence that is all
	// quotation.
	if raw[0] == '\'' && (strings.HasSuffix(raw, ".'") || strings.HasSuffix(raw, "!'")) {
		return true, false
	}
	// A caption label: "Done: Bobby Flay has filed...".
	if c := strings.Index(raw, ": "); c > 0 && c < 25 && !strings.Contains(raw[:c], " said") && strings.Count(raw[:c], " ") <= 1 {
		return true, false
	}
	r, _ := utf8.DecodeRuneInString(raw)
	if unicode.IsLower(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"'(£$€`, r) {
		return true, false // a fragment: lower case, or a comma or dash first
	}
	first := strings.ToLower(strings.Trim(words[0], `"',(`)) // "(That last factoid comes…)"
	if weakOpeners[first] {
		weak = true
	}
	if raw[0] == '"' || raw[0] == '\'' {
		weak = true
	}
	return false, weak
}

// shouting reports text whose letters are mostly (over 70%) capitals.
func shouting(s string) bool {
	upper, letters := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return shoutingRunes(s)
		case 'a' <= c && c <= 'z':
			letters++
			if (letters-upper)*10 > len(s)*3 {
				return false // over 30% of all bytes in lower case already
			}
		case 'A' <= c && c <= 'Z':
			letters++
			upper++
		}
	}
	return letters >= 20 && upper*10 > letters*7
}

// shoutingRunes is shouting for text that is not all ASCII.
func shoutingRunes(s string) bool {
	upper, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 20 && upper*10 > letters*7
}

// hasBoilerplate reports whether s contains one of the (lower-case ASCII)
// boilerplate phrases, ignoring ASCII case: one pass over the text, trying
// only the phrases that start with the byte at hand (33 strings.Contains
// calls per sentence cost a tenth of the whole digest), and no lower-cased
// copy of the sentence.
func hasBoilerplate(s string) bool {
	if len(s) < 2 {
		return false
	}
	// c2, the next byte lower-cased (from a table), is this byte's c
	// in the next round.
	c2 := lowerByte[s[0]]
	for i := 0; i+1 < len(s); i++ {
		c := c2
		if c2 = lowerByte[s[i+1]]; boilerplateSecond[c][c2>>6]&(1<<(c2&63)) == 0 {
			continue // no phrase starts with these two bytes
		}
		for _, b := range boilerplateByFirst[c] {
			if hasPrefixFold(s[i:], b) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix,
// ignoring the ASCII case of s.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if lowerASCII(s[k]) != prefix[k] {
			return false
		}
	}
	return true
}

// lowerByte is lowerASCII as a table.
var lowerByte = func() (t [256]byte) {
	for b := range t {
		t[b] = lowerASCII(byte(b))
	}
	return t
}()

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// boilerplateSecond is, for each first byte, the set of second bytes that
// a boilerplate phrase continues with.
var boilerplateSecond = func() (set [256][4]uint64) {
	for _, b := range boilerplate {
		set[b[0]][b[1]>>6] |= 1 << (b[1] & 63)
	}
	return set
}()

// boilerplateByFirst indexes the boilerplate phrases by their first byte.
var boilerplateByFirst = func() (idx [256][]string) {
	for _, b := range boilerplate {
		idx[b[0]] = append(idx[b[0]], b)
	}
	return idx
}()

var boilerplate = []string{
	"sign up", "newsletter", "subscribe", "click here", "read more", "follow us", "follow @",
	"all rights reserved", "copyright", "(c) ", "published:", "updated:", "last updated",
	"getty images", "ap photo", "photo:", "picture:", "image:", "credit:", "pictured:",
	"scroll down", "share this", "this article", "cookie", "privacy policy", "terms of use",
	"advertisement", "email us", "contact us", "reporting by", "editing by", "contributed to this report",
	"sponsored by", "has been compensated", "welcome to ", "your source for", "powered by",
	"opinions are my own", "affiliate link", "we may earn", "start your day",
}

// dependent reports a sentence that refers back to the one before it: it
// opens with a pronoun, a demonstrative, a connective or a noun phrase
// like "the authorities", or has a pronoun subject after a short opening
// phrase ("Later that evening, he admitted...").
func dependent(words []string) bool {
	first := strings.ToLower(strings.Trim(words[0], `"',(`)) // "(That last factoid comes…)"
	if i := strings.IndexAny(first, "'’"); i > 0 {
		first = first[:i] // "It's", "That's", "They're"
	}
	if dependentOpeners[first] {
		return true
	}
	if len(words) > 1 && first == "the" && referringNouns[strings.ToLower(strings.Trim(words[1], `"',.`))] {
		return true
	}
	for k := 0; k < len(words) && k < 5; k++ {
		if strings.HasSuffix(words[k], ",") && k+1 < len(words) {
			switch strings.ToLower(words[k+1]) {
			case "he", "she", "it", "they", "this", "these":
				return true
			}
			break
		}
	}
	return false
}

// signpost reports a sentence that points at what the page holds instead of
// saying anything: "Here are 15 tips…", "Here's what we know".
func signpost(words []string) bool {
	first := strings.ToLower(strings.Trim(words[0], `"'(`))
	if first == "here's" || first == "here’s" {
		return true
	}
	if first != "here" || len(words) < 2 {
		return false
	}
	next := strings.ToLower(words[1])
	return next == "are" || next == "is"
}

// pronounSpeaker reports a sentence whose quotation is attributed to "he"
// or "she" at its end (`"…you're not going to make it," he said.`): who
// said it is in the sentence before.
func pronounSpeaker(words []string) bool {
	n := len(words)
	if n < 3 || !strings.ContainsAny(words[n-3], `"”`) {
		return false
	}
	a, b := strings.ToLower(words[n-2]), strings.ToLower(strings.TrimRight(words[n-1], ".!"))
	he := func(w string) bool { return w == "he" || w == "she" }
	return he(a) && sayingVerbs[b] || sayingVerbs[a] && he(b)
}

// dependentOpeners are pronouns and demonstratives whose referent is in an
// earlier sentence.
var dependentOpeners = makeSet(`he she it they his her its their this these those that which`)

// referringNouns after "the" point back to something named before.
var referringNouns = makeSet(`authorities move decision pair two latter former same incident attack
deal plan case report`)

var weakOpeners = makeSet(`he she it they this that these those but and or so however also his her its
their him them there here such yet then meanwhile still`)
