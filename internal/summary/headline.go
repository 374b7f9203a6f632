package summary

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/lexicon"
)

// HeadlineOptions choose a headline's source sentence: Params rank the
// candidates, and Window is how many leading statements are candidates.
type HeadlineOptions struct {
	Params Params
	Window int
}

// DefaultHeadlineOptions are the tuned options: position, key terms and
// length rank the first five statements. The summary's directed centrality
// is left out: within the first few sentences it mostly restates the
// position prior, and it pulled the source towards background sentences.
func DefaultHeadlineOptions() HeadlineOptions {
	p := DefaultParams
	p.Length, p.Cent = 0.5, 0
	return HeadlineOptions{Params: p, Window: 5}
}

// TargetHeadlineWords is the length a headline aims for; MaxHeadlineWords is
// the longest a shortened headline may be. A sentence that cannot be
// shortened to a complete statement of that length is used whole only when
// no other candidate is a complete statement.
const (
	TargetHeadlineWords = 15
	MaxHeadlineWords    = 22
)

// maxCompressWords is how much of a sentence Compress reads.
const maxCompressWords = 80

// Weights of the page title in the choice of the headline: the title says
// what the story is, so the sentence that says what it says, and the
// shortening that keeps its words, are preferred; the lead stays the
// strong prior.
const (
	leadWeight          = 0.3
	titleSentenceWeight = 0.45
	titleVariantWeight  = 0.25
)

// Headline returns a one-line headline for the article body text (see
// Document.HeadlineFor), with no page title to guide it.
func Headline(text string) string { return AnalyseText(text).Headline() }

// Headline is the document's headline with no page title to guide it.
func (doc *Document) Headline() string { return doc.HeadlineFor("") }

// HeadlineFor returns the headline: one grammatical statement of the news
// taken from the body — subject and finite verb, no dateline, no source tag,
// never a caption or promo, never truncated. It picks among the leading
// statements the one that ranks best (the lead first, unless it reads as a
// feature lede — see featureLede — when the next statement takes its place;
// the sentence that says what the page title says, when there is a title)
// and shortens it by
// removing whole constituents (see Compress), aiming for
// TargetHeadlineWords words and never over MaxHeadlineWords unless the
// article offers no complete statement that short. Its people are then
// named as fully as the article names them (while the headline stays the
// article's words), and a subject that only
// describes the title's company or government is given its name (see
// named).
func (doc *Document) HeadlineFor(title string) string {
	return doc.HeadlineWith(title, DefaultHeadlineOptions())
}

// HeadlineWith is HeadlineFor with other options (the evaluation's tuning
// flags); the package's own state is never changed.
func (doc *Document) HeadlineWith(title string, o HeadlineOptions) string {
	d := doc.d
	if len(d.sents) == 0 {
		return ""
	}
	var claim map[int32]bool
	pageTitle := title
	if strings.HasSuffix(strings.TrimSpace(title), "?") {
		// A question title asks whether a claim holds: the sentence that
		// says what it says is the claim, not the news.
		if yesNoQuestion(title) {
			claim = d.titleTerms(title)
		}
		title = ""
	}
	tt := d.titleTerms(title)
	cands := d.headlineCandidates(tt, d.titleSubject(title), o)
	read := o == DefaultHeadlineOptions()
	if read {
		d.read = headlineRead{title: pageTitle, done: true, ledes: leadingFeatures(cands), source: -1}
	}
	if len(tt) >= 2 && !d.sayTitle(cands, tt) {
		// None of the leading statements says a word of what the title
		// says: they are a narrative or a blurb, and the news is the
		// statement that says it.
		if i := d.titleStatement(tt); i >= 0 {
			cands = []candidate{{i: i}}
		}
	}
	if len(claim) >= 2 {
		// The news is the statement that reports the claim (see
		// answerStatement); its shortening keeps the claim's words.
		if i := d.answerStatement(claim); i >= 0 {
			cands, tt = []candidate{{i: i}}, claim
		}
	}
	fallback := -1
	if len(cands) > 0 {
		fallback = cands[0].i
	}
	// Best first, and no shortening of a sentence whose best possible
	// value cannot beat the best found: removals only cost.
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].base > cands[b].base })
	best, bestI, found := d.bestVariant(cands, tt)
	if found && best.unresolved && fallback >= 0 && fallback != bestI && hasFiniteVerbWords(d.leadWords(fallback)) {
		// "He answered" is no headline: the lead whole, a statement too
		// long to shorten, says more.
		found = false
	}
	if found {
		if read {
			d.read.source = bestI
		}
		return finish(strings.Join(d.named(best.kept, title, bestI), " "))
	}
	if fallback >= 0 {
		if read {
			d.read.source = fallback
		}
		return wholeSentence(d.text[d.sents[fallback].Start:d.sents[fallback].End])
	}
	// No statement at all: the first sentence that is not a question.
	for i := range d.sents {
		s := d.text[d.sents[i].Start:d.sents[i].End]
		if !strings.HasSuffix(strings.TrimRight(s, `"'”`), "?") {
			return wholeSentence(s)
		}
	}
	return wholeSentence(d.text[d.sents[0].Start:d.sents[0].End])
}

// bestVariant returns the best shortening of the candidates cands (sorted
// best first by value before shortening) and its sentence: its value is
// the candidate's, less what its removals cost and the key names it
// leaves out, plus what it shares with the title's terms tt. A sentence
// whose best possible value cannot beat the best found is not shortened:
// removals only cost.
func (d *document) bestVariant(cands []candidate, tt map[int32]bool) (variant, int, bool) {
	bound := maxKeepBonus
	if len(tt) > 0 {
		bound += titleVariantWeight
	}
	var best variant
	bestV, bestI, found := 0.0, -1, false
	for _, c := range cands {
		if found && c.base+bound <= bestV {
			break
		}
		vs := d.compressionsOf(c.i)
		names := d.namesLeftOut(c.i, vs)
		for k, v := range vs {
			if v.whole && d.sents[c.i].question {
				continue // a statement's question after its colon is no headline
			}
			val := c.base - v.penalty - keyNameCost*float64(names[k])
			switch {
			case len(tt) == 0:
			case c.scene:
				val += titleVariantWeight * d.titleShareWords(tt, leadingWords(v.kept))
			default:
				val += titleVariantWeight * d.titleShareWords(tt, v.kept)
			}
			if !found || val > bestV {
				best, bestV, bestI, found = v, val, c.i, true
			}
		}
	}
	return best, bestI, found
}

// headlineRead is what the default headline (HeadlineFor) read of the
// article under a page title, for the summary: the leading statements it
// took for a feature lede, a scene, a hook or its set-up before the news
// (see leadingFeatures), and the sentence the headline comes from (-1
// when it fell back on a sentence that is no statement).
type headlineRead struct {
	title  string
	done   bool
	ledes  []int
	source int
}

// headlineReading returns what the default headline read under title, and
// whether it has been made: the summary reads it only when the headline
// ran, as the pipeline runs it on English text.
func (d *document) headlineReading(title string) (headlineRead, bool) {
	return d.read, d.read.done && d.read.title == title
}

// leadingFeatures returns the sentences of the candidates before the first
// that is no feature lede, scene, hook or set-up; none when all are: then
// nothing tells the news from the scene.
func leadingFeatures(cands []candidate) []int {
	for k, c := range cands {
		if !c.feature {
			out := make([]int, k)
			for j := range k {
				out[j] = cands[j].i
			}
			return out
		}
	}
	return nil
}

// candidate is a leading statement that may give the headline, with its
// value before shortening.
type candidate struct {
	i       int
	base    float64
	scene   bool // sets a scene (see sceneLedes)
	feature bool // a feature lede, scene, hook or set-up before the news
}

// headlineCandidates returns the leading statements (at most
// o.Window) in order, each valued by its rank, the lead prior, what
// it shares with the title's terms tt and the signs of a feature lede.
func (d *document) headlineCandidates(tt, ts map[int32]bool, o HeadlineOptions) []candidate {
	scores := d.rank(o.Params)
	var idx []int
	for i := range d.sents {
		if len(idx) >= o.Window {
			break
		}
		if headlineCandidate(&d.sents[i], d.text[d.sents[i].Start:d.sents[i].End]) && (!d.sents[i].bad || i < runsOnReach && len(d.compressionsOf(i)) > 0) {
			// (A sentence that runs into a quotation is a candidate only
			// among the first runsOnReach, and when a statement ends
			// before the quotation opens.)
			idx = append(idx, i)
		}
	}
	scene := d.sceneLedes(idx, tt, ts)
	turn := d.nowTurn(idx)
	cands := make([]candidate, 0, len(idx))
	skipped := 0   // feature ledes so far: they do not count as the lead
	setup := false // the sentences so far are a hook lede and its set-up
	for k, i := range idx {
		raw := d.text[d.sents[i].Start:d.sents[i].End]
		// The lead is a strong prior, counted among statements: a page
		// that opens with headings or a standfirst still has a lead. A
		// feature lede, a scene, a hook or a set-up before a sentence
		// hands it its place: the news follows the scene (a second feature sentence
		// gains nothing).
		hook := k == 0 && (d.hookLede(i) || i+1 < len(d.sents) && setupLede(raw, d.text[d.sents[i+1].Start:d.sents[i+1].End]))
		feature := featureLede(raw) || scene[k] || k < turn || hook
		if k == 0 {
			setup = hook
		} else if setup {
			// A hook's set-up goes on while each sentence leans on the
			// one before ("They are only a side effect…", "Triple-doubles
			// also don't mean much…"); the first that does not is the
			// news.
			setup = leansBack(d.leadWords(i))
			feature = feature || setup
		}
		n := len(cands) - skipped
		if feature {
			n = len(cands)
		}
		base := scores[i]
		if d.sents[i].runsOn && d.rankMax > 0 {
			// A lead that runs into a quotation is a poor summary line
			// but may give a headline, below a sentence of its own.
			base = d.score(i, o.Params)/d.rankMax - runsOnCost
		}
		if !scene[k] {
			// A scene is not the lead: it hands the lead prior on whole.
			base += leadWeight / float64(n+1)
		}
		if !feature && skipped > 0 && d.rankMax > 0 && scores[i] > 0 {
			pos := d.sents[i].idx
			base += o.Params.Pos * (1/float64(pos+1-skipped) - 1/float64(pos+1)) / d.rankMax
		}
		switch {
		case len(tt) == 0:
		case scene[k]:
			// A scene names the title's subject only in passing: what
			// it is about is in its first words.
			base += titleSentenceWeight * d.titleShareWords(tt, leadingWords(d.leadWords(i)))
		default:
			base += titleSentenceWeight * d.titleShare(tt, d.sents[i].vec)
		}
		if feature {
			base -= featurePenalty
			skipped++
		}
		cands = append(cands, candidate{i, base, scene[k], feature})
	}
	return cands
}

// runsOnReach is how far into the article a sentence that runs into a
// quotation may give the headline: a page of such sentences is not
// shortened sentence by sentence to its end.
const runsOnReach = 20

// runsOnCost is what a headline's source pays for running into a
// quotation that closes in a later sentence.
const runsOnCost = 0.3

// keyNounCount is how often the article must use a lower-case word for it
// to be one of the story's key things (see keyNames).
const keyNounCount = 5

// keyNounCandidate reports a lower-case content word that may be a key
// thing of the story: no stopword, no verb form.
func keyNounCandidate(w string) bool {
	return len(w) > 3 && startsLower(w) && !stopwords[w] && !verbLike(w) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") && !strings.ContainsAny(w, "'’")
}

// keyNameCost is what a shortening pays for each of the story's key names
// it leaves out of its sentence (see namesLeftOut).
const keyNameCost = 0.04

// clauseJoiners join a second statement after a comma.
var clauseJoiners = makeSet(`but and while whereas although though yet so`)

// namesLeftOut returns, for each shortening of sentence i in vs, how many
// more of the sentence's key names (see keyNames) it leaves out than the
// shortening that leaves out fewest: the key names weigh among the
// shortenings of one sentence, not between sentences.
func (d *document) namesLeftOut(i int, vs []variant) []int {
	out := make([]int, len(vs))
	if len(vs) == 0 {
		return out
	}
	names := d.keyNames(i)
	if len(names) == 0 {
		return out
	}
	least := len(names)
	for k, v := range vs {
		kept := make(map[int32]bool, len(v.kept))
		for _, w := range v.kept {
			if id, ok := d.ids[stem(possessiveless(w))]; ok {
				kept[id] = true
			}
		}
		for _, id := range names {
			if !kept[id] {
				out[k]++
			}
		}
		least = min(least, out[k])
	}
	for k := range out {
		out[k] -= least
	}
	return out
}

// possessiveless is w without a curly possessive ("Marsh’s"), which stem
// does not strip as it does a straight one.
func possessiveless(w string) string {
	return strings.TrimSuffix(strings.TrimRight(w, `.,;:!?"”)`), "’s")
}

// keyNames returns the names after the main verb of sentence i that the
// article writes at least three times — the story's people, places and
// organisations ("dealings with Ukraine", "in Iran") — and its key things,
// lower-case words it writes keyNounCount times or more ("platform" in a
// story on the party platform), up to a second statement (", but …", ",
// insists …"). A day, a month and a name in brackets do not count.
func (d *document) keyNames(i int) []int32 {
	words := d.leadWords(i)
	if len(words) == 0 {
		return nil
	}
	// Only the words a shortening can keep: a sentence of a million words
	// costs what one of a hundred does.
	words = words[:min(len(words), maxCompressWords)]
	mv := mainVerb(words, 0)
	if mv < 0 {
		return nil
	}
	var out []int32
	inParen := false
	rest := words[mv+1:]
	for k, w := range rest {
		if k > 0 && secondStatement(rest[k-1], w) {
			break // "…, but coach Vicente del Bosque will not…"
		}
		if strings.HasPrefix(w, "(") {
			inParen = true
		}
		b := bareWord(w)
		if !inParen && isCapitalised(b) && !lexicon.CalendarWords()[b] {
			if id, ok := d.ids[stem(b)]; ok && d.tf[id] >= 3 && !slices.Contains(out, id) {
				out = append(out, id)
			}
		} else if !inParen && keyNounCandidate(b) {
			// The story's key things, too: "avoided confrontations over
			// policy during their first platform hearing" keeps
			// "platform" when the article is about the platform.
			if id, ok := d.ids[stem(b)]; ok && d.tf[id] >= keyNounCount && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
		if strings.Contains(w, ")") {
			inParen = false
		}
	}
	return out
}

// secondStatement reports whether the word w after prev opens a second
// statement: after a semicolon, or after a comma a conjunction or a verb of
// saying (", but", ", insists").
func secondStatement(prev, w string) bool {
	lw := strings.ToLower(bareWord(w))
	return strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ",") && (clauseJoiners[lw] || sayingVerbs[lw] || lexicon.CueVerbs()[lw])
}

// leansBack reports a sentence that leans on the one before it: it is
// dependent (a pronoun or demonstrative opens it) or has "also" or "too"
// among its first words.
func leansBack(words []string) bool {
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(words[0], ",")) {
	case "however", "but", "yet", "instead":
		return false // the turn from the set-up to the news (see setupLede)
	}
	if dependent(words) && !extraposed(words) {
		return true
	}
	for _, w := range words[:min(len(words), 5)] {
		if lw := strings.ToLower(bareWord(w)); lw == "also" || lw == "too" {
			return true
		}
	}
	return false
}

// extraposed reports a sentence opening on an "it" that stands for a clause
// later in it ("It is apparent that Clinton wanted…"), not for something
// before it.
func extraposed(words []string) bool {
	if len(words) < 4 || !strings.EqualFold(words[0], "it") || !beForms[strings.ToLower(words[1])] {
		return false
	}
	for _, w := range words[2:min(len(words), 5)] {
		if lw := strings.ToLower(w); lw == "that" || lw == "to" {
			return true
		}
	}
	return false
}

// sayTitle reports whether any candidate shares a term with the title.
func (d *document) sayTitle(cands []candidate, tt map[int32]bool) bool {
	for _, c := range cands {
		if d.titleShare(tt, d.sents[c.i].vec) > 0 {
			return true
		}
	}
	return false
}

// titleStatement returns the statement that says most of what the title
// says — the title's terms tt it has, each weighted by how often the
// article uses it beyond once (the story's subject, not a passing verb or
// a site name's word); at equal weight the summary's rank decides — or -1
// when no statement has a title word the article uses twice.
func (d *document) titleStatement(tt map[int32]bool) int {
	scores := d.rank(DefaultParams)
	best, bestW := -1, 0
	for i := range d.sents {
		raw := d.text[d.sents[i].Start:d.sents[i].End]
		if !headlineCandidate(&d.sents[i], raw) || featureLede(raw) {
			continue
		}
		w := 0
		for _, tw := range d.sents[i].vec {
			if tt[tw.id] {
				w += d.tf[tw.id] - 1 // a word the article uses once is no evidence
			}
		}
		if w > bestW || w == bestW && w > 0 && scores[i] > scores[best] {
			best, bestW = i, w
		}
	}
	if bestW < 1 {
		return -1
	}
	return best
}

// leadingWords is the first sceneWords of words: what a sentence is about.
func leadingWords(words []string) []string { return words[:min(len(words), sceneWords)] }

// headlineCandidate reports whether a sentence may give the headline: a
// statement (not a poor line, a quotation, a question), not a promo.
func headlineCandidate(s *sent, raw string) bool {
	if s.bad && !s.runsOn || startsWithQuote(raw) || startsWithQuote(stripLead(raw)) {
		return false
	}
	return true
}

func startsWithQuote(s string) bool {
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "'") || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "‘")
}

// titleTerms returns the term ids of the title's content words that the
// article uses.
func (d *document) titleTerms(title string) map[int32]bool {
	if strings.TrimSpace(title) == "" {
		return nil
	}
	out := map[int32]bool{}
	for _, w := range strings.Fields(title) {
		st := stem(w)
		if st == "" || stopwords[st] {
			continue
		}
		if id, ok := d.ids[st]; ok {
			out[id] = true
		}
	}
	return out
}

// titleShare is the share of the title's terms in a sentence vector.
func (d *document) titleShare(tt map[int32]bool, vec []termWeight) float64 {
	hit := 0
	for _, tw := range vec {
		if tt[tw.id] {
			hit++
		}
	}
	return float64(hit) / float64(len(tt))
}

// titleShareWords is the share of the title's terms in a headline's words.
func (d *document) titleShareWords(tt map[int32]bool, words []string) float64 {
	seen := map[int32]bool{}
	for _, w := range words {
		if id, ok := d.ids[stem(w)]; ok && tt[id] {
			seen[id] = true
		}
	}
	return float64(len(seen)) / float64(len(tt))
}

// EndsMidPhrase reports whether a headline ends on a word that leaves the
// phrase open (a preposition, article, conjunction, auxiliary or possessive)
// or on a comma, or leaves a quotation or bracket open.
func EndsMidPhrase(h string) bool {
	h = strings.TrimSpace(h)
	if h == "" {
		return false
	}
	if strings.HasSuffix(h, ",") || strings.HasSuffix(h, ":") || strings.HasSuffix(h, "-") {
		return true
	}
	if strings.Count(h, `"`)%2 == 1 || strings.Count(h, "(") != strings.Count(h, ")") {
		return true
	}
	words := strings.Fields(h)
	bare := strings.Trim(words[len(words)-1], `.,;:"'()!?`)
	last := strings.ToLower(bare)
	if danglers[last] && (startsLower(bare) || len(words) == 1) && !attributionEnd(words) {
		// (A capitalised word ends a name: "No Child Left Behind".)
		return true
	}
	// "between slim" without its "and none".
	for k := len(words) - 2; k >= 0 && k >= len(words)-3; k-- {
		if strings.EqualFold(words[k], "between") {
			return true
		}
	}
	return false
}

// attributionEnd reports a headline that ends on its attribution's saying
// verb after a comma (", Carly Fiorina said"): the statement is whole.
func attributionEnd(words []string) bool {
	last := strings.ToLower(strings.Trim(words[len(words)-1], `.,;:"'()!?`))
	if !sayingVerbs[last] {
		return false
	}
	for k := len(words) - 2; k >= 0 && k >= len(words)-7; k-- {
		if strings.HasSuffix(words[k], ",") || strings.HasSuffix(words[k], `,"`) {
			return true
		}
	}
	return false
}

var danglers = makeSet(`a an the of in on at to for from by with about into onto over under after before
than as and or but nor so yet if that which who whom whose where when while because although though
is are was were be been being has have had do does did will would shall should can could may might must
his her their its our my your this these those such very more most less least not no per via amid
against between among during since until upon within without including says said say told
likely unlikely expected set due able unable poised going ready about longer whether
near across toward towards behind beyond inside outside throughout despite unlike like`)

// phraseStarters begin a new phrase.
var phraseStarters = makeSet(`in on at to for from by with about into over under after before as and or but
which who where when while because although though despite amid against during since until without including`)

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// startsWithPronoun reports a sentence that starts with a personal pronoun.
func startsWithPronoun(s string) bool {
	w := strings.ToLower(strings.Trim(strings.Fields(s + " x")[0], `"',`))
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i] // "you'll", "they're", "it's"
	}
	switch w {
	case "they", "he", "she", "it", "we", "i", "you", "them", "him", "her", "it's":
		return true
	}
	return false
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	u := unicode.ToUpper(r)
	if unicode.ToLower(u) != r {
		return s // "ı" (dotless i) would become "I", another letter
	}
	return string(u) + s[n:]
}
