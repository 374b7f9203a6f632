package clean

import (
	"flag"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestRuleFilterDerivation checks the prefixes and cues computed from
// small expressions.
func TestRuleFilterDerivation(t *testing.T) {
	for _, c := range []struct {
		expr     string
		anchored bool
		prefixes []string // with anchored
		cue      string   // without
	}{
		{`(?i)^sign[ -]?up\b`, true, []string{"sign"}, ""},
		{`(?i)^(©|\(c\)|copyright)`, true, []string{"(c)", "copy"}, ""}, // © is not ASCII: no ASCII paragraph takes that path
		{`(?i)^(log|sign) in`, true, []string{"log ", "sign"}, ""},
		{`(?i)^x.y`, true, []string{"x"}, ""},       // "." is many bytes: the prefix stops there
		{`(?i)^ad[.:]?$`, true, []string{"ad"}, ""}, // the match may end early
		{`(?i)^a|b`, false, nil, ""},                // one branch unanchored
		{`(?i)\bmailchimp\b`, false, nil, ""},       // unanchored, opens with a letter
		{`(?i)^x*`, true, []string{""}, ""},         // may match the empty string: no filter
		{`(?i)[(|/]\s*(reuters|afp)`, false, nil, "(/|"},
		{`(?i)[(|é]\s*afp`, false, nil, ""}, // may open with a non-ASCII rune
		{`(?i)(\(|\b)afp`, false, nil, ""},  // or with a letter
	} {
		f := deriveFilter(c.expr)
		if f.anchored != c.anchored || !slices.Equal(f.prefixes, c.prefixes) || f.cue != c.cue {
			t.Errorf("%s: anchored %v prefixes %q cue %q, want %v %q %q", c.expr, f.anchored, f.prefixes, f.cue, c.anchored, c.prefixes, c.cue)
		}
	}
}

// TestRuleFiltersKeepMatches generates paragraphs from every rule's own
// expression (random branches, repeats and letter case, with story text
// before and after) and checks that whenever the regexp matches one, the
// cheap filters let it through.
func TestRuleFiltersKeepMatches(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	leads := []string{"", "The council said ", "Photo: ", "(", "Police were called at 9pm. "}
	tails := []string{"", ".", " on Tuesday", " (Reuters)", " newsletter"}
	tested := 0
	for i := range rules {
		ru := &rules[i]
		re, err := syntax.Parse(ru.re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		matched := 0
		for range 400 {
			var b strings.Builder
			b.WriteString(leads[rnd.IntN(len(leads))])
			generate(re, rnd, &b)
			b.WriteString(tails[rnd.IntN(len(tails))])
			p := b.String()
			if !ru.re.MatchString(p) || ru.maxWords > 0 && countWords(p) > ru.maxWords {
				continue
			}
			matched++
			if pa := newParagraph(p); !ru.mayMatch(&pa) {
				t.Errorf("%s matches %q but its filters refuse it", ru.re, p)
			}
		}
		if matched > 0 {
			tested++
		}
	}
	if tested < len(rules)*9/10 {
		t.Errorf("only %d of %d rules produced a matching paragraph: the test proves little", tested, len(rules))
	}
}

// generate writes a random string of the language of re.
func generate(re *syntax.Regexp, rnd *rand.Rand, b *strings.Builder) {
	repeat := func(lo, hi int) {
		if hi < 0 {
			hi = lo + 2
		}
		for range lo + rnd.IntN(hi-lo+1) {
			generate(re.Sub[0], rnd, b)
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 && rnd.IntN(2) == 0 {
				r = unicode.SimpleFold(r)
			}
			b.WriteRune(r)
		}
	case syntax.OpCharClass:
		k := rnd.IntN(len(re.Rune) / 2)
		lo, hi := re.Rune[2*k], re.Rune[2*k+1]
		if lo < 0x80 && hi >= 0x80 && rnd.IntN(4) > 0 {
			hi = 0x7f // mostly ASCII
		}
		b.WriteRune(lo + rune(rnd.IntN(int(min(hi, lo+300)-lo+1))))
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		b.WriteByte(byte(' ' + rnd.IntN(95)))
	case syntax.OpCapture:
		generate(re.Sub[0], rnd, b)
	case syntax.OpStar:
		repeat(0, 2)
	case syntax.OpPlus:
		repeat(1, 3)
	case syntax.OpQuest:
		repeat(0, 1)
	case syntax.OpRepeat:
		if re.Max < 0 {
			repeat(re.Min, re.Min+2)
		} else {
			repeat(re.Min, min(re.Max, re.Min+3))
		}
	case syntax.OpConcat:
		for _, s := range re.Sub {
			generate(s, rnd, b)
		}
	case syntax.OpAlternate:
		generate(re.Sub[rnd.IntN(len(re.Sub))], rnd, b)
	}
}

// TestRuleFiltersChangeNothing cleans every testdata article with the
// rules' filters and without them: the text and the removed blocks must be
// the same.
func TestRuleFiltersChangeNothing(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*.*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	removing := 0
	unfiltered := make([]rule, len(rules))
	for i, ru := range rules {
		ru.ruleFilter, ru.kw, ru.kwBits = ruleFilter{}, nil, 0
		unfiltered[i] = ru
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		with, errWith := Clean(raw, filepath.Base(f), "")
		saved := rules
		rules = unfiltered
		without, errWithout := Clean(raw, filepath.Base(f), "")
		rules = saved
		if (errWith == nil) != (errWithout == nil) || !reflect.DeepEqual(with, without) {
			t.Errorf("%s: cleaning differs with the rules' filters", f)
		}
		if len(with.Boilerplate) > 0 {
			removing++
		}
	}
	if removing < 3 {
		t.Errorf("only %d testdata articles have boilerplate removed: the comparison proves little", removing)
	}
}

// TestWordsAndKeywords checks countWords against strings.Fields and the
// one-pass keyword scan against strings.Contains.
func TestWordsAndKeywords(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "B", " ", "\t", "\n", "\u00a0", "\u2003", "é", "\xff", "cookies", "ap", "©", "all rights reserved", "\u0085"}
	for range 3000 {
		var b strings.Builder
		for range rnd.IntN(12) {
			b.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
		lower := strings.ToLower(s)
		bits := keywordsIn(lower)
		for j, k := range keywords {
			if got := bits&(1<<j) != 0; got != strings.Contains(lower, k) {
				t.Errorf("keywordsIn(%q) says %v for %q", lower, got, k)
			}
		}
	}
}

// TestMarkdownSignalFirst: a line that does not start with one of
// mdSignalFirst never matches mdSignalRe.
func TestMarkdownSignalFirst(t *testing.T) {
	tails := []string{"", "# Title", "- item", "1. one", "> quote", "```", "===", "---", " x", "  * x", "12. x"}
	for b := range 256 {
		if strings.IndexByte(mdSignalFirst, byte(b)) >= 0 {
			continue
		}
		for _, tail := range tails {
			if s := string([]byte{byte(b)}) + tail; mdSignalRe.MatchString(s) {
				t.Errorf("mdSignalRe matches %q, which starts with %q", s, byte(b))
			}
		}
	}
	for _, s := range []string{"# Title", "- item", "  * item", "12. one", "> quote", "```go", "===", "--- "} {
		if !mdSignalRe.MatchString(s) || strings.IndexByte(mdSignalFirst, s[0]) < 0 {
			t.Errorf("%q: a Markdown signal the filter or the expression misses", s)
		}
	}
}

// TestASCIIMatches compares asciiMatches with MatchRune on every rune
// instruction of every rule.
func TestASCIIMatches(t *testing.T) {
	for _, ru := range rules {
		prog, err := program(ru.re.String())
		if err != nil {
			t.Fatal(err)
		}
		for pc := range prog.Inst {
			in := &prog.Inst[pc]
			switch in.Op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			default:
				continue
			}
			var want []byte
			for b := range 128 {
				lb := unicode.ToLower(rune(b))
				if in.MatchRune(rune(b)) && !slices.Contains(want, byte(lb)) {
					want = append(want, byte(lb))
				}
			}
			slices.Sort(want)
			if got := asciiMatches(in); !slices.Equal(got, want) {
				t.Errorf("%s pc %d: asciiMatches %q, MatchRune %q", ru.re, pc, got, want)
			}
		}
	}
}

var update = flag.Bool("update", false, "rewrite rulefilter_table.go from the rules")

// TestGeneratedRuleFilters checks that rulefilter_table.go holds the
// filter deriveFilter computes for every rule, and nothing else; with
// -update (go generate) it rewrites the file.
func TestGeneratedRuleFilters(t *testing.T) {
	want := map[string]ruleFilter{}
	for _, ru := range rules {
		want[ru.re.String()] = deriveFilter(ru.re.String())
	}
	if *update {
		var b strings.Builder
		b.WriteString("// Code generated by go generate (TestGeneratedRuleFilters -update); DO NOT EDIT.\n\n")
		b.WriteString("package clean\n\n// generatedFilters holds deriveFilter(expr) for every rule expression.\nvar generatedFilters = map[string]ruleFilter{\n")
		for _, ru := range rules {
			expr := ru.re.String()
			f := want[expr]
			key := strconv.Quote(expr)
			if strconv.CanBackquote(expr) {
				key = "`" + expr + "`"
			}
			switch {
			case f.anchored:
				fmt.Fprintf(&b, "\t%s: {anchored: true, prefixes: %#v},\n", key, f.prefixes)
			case f.cue != "":
				fmt.Fprintf(&b, "\t%s: {cue: %q},\n", key, f.cue)
			default:
				fmt.Fprintf(&b, "\t%s: {},\n", key)
			}
		}
		b.WriteString("}\n")
		src, err := format.Source([]byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("rulefilter_table.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !reflect.DeepEqual(generatedFilters, want) {
		t.Fatal("rulefilter_table.go is out of date: run go generate ./internal/clean")
	}
	for i := range rules {
		if !reflect.DeepEqual(rules[i].ruleFilter, want[rules[i].re.String()]) {
			t.Errorf("%s: the rule's filter is not the generated one", rules[i].re)
		}
	}
}
