package entities

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsgist/newsgist/internal/credit"
	"github.com/newsgist/newsgist/internal/nlp"
)

// This file reads the analysed article into the words and capitalised
// phrases the finder types: a paragraph at a time, from the document's
// tokens, sentences and dateline.

// buffers is the memory one call of Find works in, kept for the next call
// (emptied, so that it holds no strings of the text) unless it grew too
// large: nothing Find returns refers to it.
type buffers struct {
	words   []word
	phrases []phrase
	runs    []string // the slab phrases' words are cut from
	names   []string // wordNames' result for one paragraph
	paras   []para
	split   []nlp.Token
	cands   []candidate
	lower   lowerSet
	alone   lowerSet // refuseGlued's words
	tallies []listTally
	ents    []entity
	last    []string // the last words of the people listed (mergeIndexedPeople)

	texts    []byte     // the phrases' texts (their words joined by spaces), one after another
	textEnds [][2]int32 // where each phrase's text starts and ends in texts
}

// para is one paragraph's words, words[start:end], and its text.
type para struct {
	chunk      string
	start, end int
}

var bufferPool = sync.Pool{New: func() any { return new(buffers) }}

// maxPooledWords bounds the buffers kept for reuse, by their words (about
// 2.5 MB for the words).
const maxPooledWords = 64 << 10

func getBuffers() *buffers { return bufferPool.Get().(*buffers) }

func (b *buffers) release() {
	if cap(b.words) > maxPooledWords || cap(b.runs) > 2*maxPooledWords || cap(b.texts) > 16*maxPooledWords || len(b.lower.slots) > maxPooledLower || len(b.alone.slots) > maxPooledLower {
		return
	}
	clear(b.words[:cap(b.words)])
	clear(b.phrases[:cap(b.phrases)])
	clear(b.runs[:cap(b.runs)])
	clear(b.names[:cap(b.names)])
	clear(b.paras[:cap(b.paras)])
	clear(b.split[:cap(b.split)])
	clear(b.cands[:cap(b.cands)])
	for _, s := range []*lowerSet{&b.lower, &b.alone} {
		clear(s.slots)
		s.n = 0
	}
	clear(b.ents[:cap(b.ents)])
	clear(b.last[:cap(b.last)])
	b.words, b.phrases, b.runs, b.names = b.words[:0], b.phrases[:0], b.runs[:0], b.names[:0]
	b.paras, b.split, b.cands, b.tallies, b.ents = b.paras[:0], b.split[:0], b.cands[:0], b.tallies[:0], b.ents[:0]
	b.texts, b.textEnds, b.last = b.texts[:0], b.textEnds[:0], b.last[:0]
	bufferPool.Put(b)
}

// findPhrases reads the words of doc's tokens that end by byte offset end,
// but for the dateline [dlStart, dlEnd), a paragraph at a time, and returns
// the names, each marked with its paragraph's number and kind, the words
// the text uses in lower case and the acronyms it defines as terms. It
// works in b.
func findPhrases(doc *nlp.Document, end, dlStart, dlEnd int, b *buffers) ([]phrase, *lowerSet, map[string]bool) {
	words, paras := readWords(doc, end, dlStart, dlEnd, b)
	lower := lowerWords(&b.lower, words)
	scratch := phraseScratch{names: b.names, runs: b.runs[:0]}
	defer func() { b.names, b.runs = scratch.names, scratch.runs }()
	phrases := b.phrases[:0]
	defer func() { b.phrases = phrases }()
	terms := map[string]bool{}
	for n, p := range paras {
		pw := words[p.start:p.end]
		termAcronyms(pw, terms)
		heading, credit := paragraphKind(p.chunk, pw)
		k := len(phrases)
		phrases = appendPhrases(phrases, pw, lower, &scratch)
		for ; k < len(phrases); k++ {
			start := len(b.texts)
			b.texts = joined(b.texts, phrases[k].words)
			b.textEnds = append(b.textEnds, [2]int32{int32(start), int32(len(b.texts))})
			phrases[k].para, phrases[k].heading, phrases[k].credit = n+1, heading, credit
			if phrases[k].list != 0 {
				phrases[k].list += (n + 1) << 16 // list numbers restart in each paragraph
			}
		}
	}
	all := string(b.texts) // one string holds every phrase's text
	for k, e := range b.textEnds {
		phrases[k].text = all[e[0]:e[1]]
	}
	return phrases, lower, terms
}

// readWords reads the words of doc's tokens that end by byte offset end,
// but for the dateline [dlStart, dlEnd), into b.words, and the paragraphs
// that hold words into b.paras; sentence and paragraph ends are marked.
func readWords(doc *nlp.Document, end, dlStart, dlEnd int, b *buffers) ([]word, []para) {
	text := doc.Text
	toks := doc.Tokens[:doc.TokenAt(end)]
	for len(toks) > 0 && toks[len(toks)-1].End > end {
		toks = toks[:len(toks)-1]
	}
	words := b.words[:0]
	if cap(words) < len(toks) { // a word holds one token at least
		words = make([]word, 0, len(toks))
	}
	paras := b.paras[:0]
	si := 0 // the first sentence not yet passed
	for i := 0; i < len(toks); {
		p := doc.TokenParagraph(i)
		j := i + 1
		for j < len(toks) && doc.TokenParagraph(j) == p {
			j++
		}
		pt := toks[i:j]
		chunk := text[toks[i].Start:min(doc.Paragraphs[p].End, end)]
		if toks[i].Start < dlEnd && toks[j-1].End > dlStart { // the dateline opens this paragraph
			k := 0
			for k < len(pt) && pt[k].Start < dlEnd {
				k++
			}
			pt, chunk = pt[k:], text[dlEnd:min(doc.Paragraphs[p].End, end)]
		}
		i = j
		start := len(words)
		if words = appendWords(words, text, splitRunOn(pt, &b.split)); len(words) > start {
			si = sentenceEnds(words[start:], doc.Sentences, si)
			words[len(words)-1].endsSentence, words[len(words)-1].endsClause = true, true
			paras = append(paras, para{chunk, start, len(words)})
		}
	}
	b.words, b.paras = words, paras
	return words, paras
}

// sentenceEnds marks the words that end one of the document's sentences
// (the next word starts the next sentence), from sentences[si:], and
// returns the index of the first sentence after the words.
func sentenceEnds(words []word, sentences []nlp.Span, si int) int {
	for k := range words {
		for si < len(sentences) && sentences[si].Start <= int(words[k].start) {
			si++
		}
		words[k].endsSentence = k+1 < len(words) && si < len(sentences) && sentences[si].Start <= int(words[k+1].start)
	}
	return si
}

// paragraphKind tells a heading (a short line with no closing punctuation
// and no comma, colon, bracket or digit: "Time for Dr. Sherlock",
// "Questioning Kessler"; not "Carolyn Hadley, BBC diplomatic
// correspondent", which signs an analysis box, nor a table line "England
// (Group A): 10th appearance") and a credit line (credit.Line: "By
// Jane Doe", "5:45 AM PST 11/19/2019 by Jane Doe", "Associated Press writers
// … contributed to this report").
func paragraphKind(para string, words []word) (heading, isCredit bool) {
	p := strings.TrimSpace(para)
	if credit.Line(p) {
		return false, true
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if len(words) <= 10 && !strings.ContainsRune(".!?\"”’:)…;,'", last) && !strings.ContainsAny(p, "\"“,:(") && !hasDigit(p) {
		return true, false
	}
	return false, false
}
