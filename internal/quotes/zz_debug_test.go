package quotes

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	for _, q := range Extract(text, 3) {
		fmt.Printf("%q | %q | %q | cue %q | partial %v key %v\n", q.Text, q.Speaker, q.SpeakerMention, q.Cue, q.Partial, q.Key)
	}
}

func TestZZNames(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	d := &doc{text: text}
	d.paras = paragraphs(text)
	d.segs = findSegments(text, d.paras, usesSingleQuotes(text))
	d.toks = tokenize(text, 0, len(text))
	d.sents = sentenceStarts(text, d.paras, d.toks)
	d.nm = buildNames(text, d.toks, d.segs, d.sents)
	for _, p := range d.nm.phrases {
		fmt.Printf("%q role=%q titles=%v name=%v person=%v canon=%q\n", text[p.s:p.e], p.role, p.titles, p.name, p.person, p.canon)
	}
	fmt.Println(d.nm.bySur)
}
