package clean

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/credit"
)

// oldLabel is bylineLabelRe: what withoutLabel leaves of a text must be
// what it left.
const oldLabel = `^(?i:(?:posted|written|words|story|reporting|report|analysis|commentary|text|compiled|published|publicado|publicada|escrito|scritto|geschrieben|researched|interview)\s+)?(?:(?i:by|von|por|par)|di|da|de)\s*:?(?:\s+|$)|^[\p{L}]{2,20}\s*:\s*`

var oldLabelRe = regexp.MustCompile(oldLabel)

// names is what bylineNames reads of the text after a label: it trims
// spaces and colons.
func names(s string) string { return strings.TrimLeft(s, " \t\n\r\f\v:") }

// oldCreditForms are the expressions that recognised credit lines in
// cleaning before credit.Label and credit.Byline replaced them, each with
// what now reads the lines they matched.
var oldCreditForms = []struct {
	name, re string
	accepts  func(string) bool
}{
	// byline.go: the label before the names in byline markup
	{"bylineLabelRe", oldLabel,
		func(s string) bool { return names(withoutLabel(s)) == names(oldLabelRe.ReplaceAllString(s, "")) }},
	// header.go: a text node opening a credit line
	{"byLineStartRe", `^[\s\-–—|•·/]*(?i:(?:posted|written|words|story|reporting|analysis|text|publicado|publicada|escrito|escrita|scritto|geschrieben)\s+)?(?i:by|por|von|par|di)(?:\s|:|$)`,
		func(s string) bool { return credit.Label(s) > 0 }},
	// header.go: a credit after the date
	{"postedByRe", `(?i)^\s*(?:posted|published|written|updated)\b[^|•·]{0,40}?\bby\s+`,
		func(s string) bool { return credit.Label(s) > 0 }},
	// text.go: a byline line in plain text
	{"bylineRe", `^(?i:by|written by|words by|story by|reporting by|author:)\s+(\p{Lu}[\p{L}.'\-]*(?:[\s,]+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'\-]*){0,8}(?:,\s*[\p{L} ]{2,40})?)\s*$`,
		credit.Byline},
}

// narrowed reports the forms the old expressions accepted that the shared
// recogniser turns down on purpose: a preposition other than "by" before
// a lower-case word ("von der Leyen", "por favor"); "Di", "Da" or "De"
// with a capital (a surname: "Di Maio"); and a label word glued to a
// letter outside ASCII ("postedé"), which \b of an expression takes for a
// word boundary.
var narrowed = regexp.MustCompile(`(?i:^[\s\-–—|•·/]*(?:\pL+\s+)?)(?:(?i:von|por|par|di|da|de)\s+\p{Ll}|(?:D[iIaAeE]|d[IAE])(?:\s|:|$))|(?i:posted|published|written|updated)\pL|\pL(?i:by)\s`)

// TestOldCreditFormsAccepted generates texts from the expressions that
// recognised credit lines before the shared recogniser: each text one of
// them matched must still be read as a credit (but for the forms in
// narrowed).
func TestOldCreditFormsAccepted(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 12))
	tails := []string{"", " Jane Doe", ": Ana Ruiz", " staff", " Hans Keller, Redaktion"}
	for _, f := range oldCreditForms {
		re := regexp.MustCompile(f.re)
		tree, err := syntax.Parse(f.re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		matched := 0
		for range 3000 {
			var b strings.Builder
			generate(tree, rnd, &b)
			if f.name != "bylineRe" {
				b.WriteString(tails[rnd.IntN(len(tails))])
			}
			s := b.String()
			if !re.MatchString(s) || narrowed.MatchString(s) {
				continue
			}
			matched++
			if !f.accepts(s) {
				t.Errorf("%s matched %q, which the shared recogniser turns down", f.name, s)
			}
		}
		if matched < 500 {
			t.Errorf("%s: only %d generated texts match", f.name, matched)
		}
	}
}

// TestCreditCallers checks each caller of the recogniser on the forms it
// read before: the label stripped from byline markup, a credit text node
// near the headline, a plain-text byline, a credit line removed from the
// top of an HTML story.
func TestCreditCallers(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Posted on November 19, 2019 by siteadmin", "siteadmin"},
		{"Written by Mara Lind", "Mara Lind"},
		{"Publicado por: Ana Lima", "Ana Lima"},
		{"di Marco Bellini", "Marco Bellini"},
		{"Von Hans Keller", "Hans Keller"},
		{"Text: Jorunn Vik", "Jorunn Vik"},
		{"Текст: Анна Белова", "Анна Белова"},
		{"Jane Doe", "Jane Doe"},
	} {
		if got := withoutLabel(tt.in); got != tt.want {
			t.Errorf("withoutLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, p := range []string{"By Jane Doe | Staff Writer", "Posted by Jane Doe", "— by Jane Doe"} {
		if !isBylineOf(p, "Jane Doe") {
			t.Errorf("isBylineOf(%q, Jane Doe) = false", p)
		}
	}
	if isBylineOf("Jane Doe wrote about the vote", "Jane Doe") {
		t.Error("isBylineOf: a sentence naming the writer is no credit line")
	}
	text := "Council delays vote on harbour plan\n\nWritten by Ruth Okafor\n\nNORTHFIELD — The council put off a vote on the harbour plan on Tuesday after residents packed the meeting to object to the height of the new sea wall."
	a, err := Clean([]byte(text), "a.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Byline != "Ruth Okafor" || strings.Contains(a.Text, "Written by") {
		t.Errorf("plain text: byline %q, text %q", a.Byline, a.Text)
	}
	page := `<html><body><article><h1>Council delays vote on harbour plan</h1><p>Von Hans Keller</p><p>The council put off a vote on the harbour plan on Tuesday after residents packed the meeting to object to the height of the new sea wall along the front.</p></article></body></html>`
	if a, err = Clean([]byte(page), "a.html", ""); err != nil {
		t.Fatal(err)
	}
	if a.Byline != "Hans Keller" || strings.Contains(a.Text, "Von Hans") {
		t.Errorf("html: byline %q, text %q", a.Byline, a.Text)
	}
}
