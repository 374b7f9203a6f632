package clean

import (
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:generate go test -run TestGeneratedRuleFilters -update

// A ruleFilter is what a boilerplate rule's expression says a paragraph
// must look like for the expression to match, checked before the regexp
// runs (rule.mayMatch):
//   - anchored (an expression anchored at ^): a paragraph whose first
//     prefixLen bytes are ASCII must start, lower-cased, with one of
//     prefixes ("sign", "subs", ...);
//   - cue (an unanchored expression whose match opens with punctuation,
//     like "(AP Photo"): the paragraph must contain one of these bytes.
//
// deriveFilter computes it from the compiled expression. Deriving the
// filters of all the rules takes a few milliseconds, too long for every
// cold start, so generatedFilters (rulefilter_table.go, written by
// `go generate ./internal/clean`) holds them, and TestGeneratedRuleFilters
// fails when it is out of date. A rule missing from the table (changed
// since) gets its filter derived at start-up.
type ruleFilter struct {
	anchored bool
	prefixes []string
	cue      string
}

// prefixLen is how many leading bytes the prefix filter compares, and
// maxPrefixes how many prefixes a rule may have (a rule with more gets
// shorter ones).
const (
	prefixLen   = 4
	maxPrefixes = 64
)

func init() {
	for i := range rules {
		ru := &rules[i]
		f, ok := generatedFilters[ru.re.String()]
		if !ok {
			f = deriveFilter(ru.re.String())
		}
		ru.ruleFilter = f
		for _, p := range f.prefixes {
			if p == "" {
				for b := range ru.first {
					ru.first[b] = true
				}
				break
			}
			ru.first[p[0]] = true
		}
	}
}

// deriveFilter computes the filter of an expression.
func deriveFilter(expr string) ruleFilter {
	var f ruleFilter
	prog, err := program(expr)
	if err != nil {
		return f
	}
	for k := prefixLen; k > 0 && !f.anchored; k-- {
		if ps, ok := anchoredPrefixes(prog, k); ok {
			f.anchored, f.prefixes = true, ps
		}
	}
	if !f.anchored {
		f.cue = punctuationCue(prog)
	}
	return f
}

func program(expr string) (*syntax.Prog, error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	return syntax.Compile(re.Simplify())
}

// asciiMatches is the set of lower-cased ASCII bytes a rune instruction
// matches, read from the instruction's runes as MatchRune reads them
// (TestASCIIMatches compares the two).
func asciiMatches(in *syntax.Inst) []byte {
	var set [128]bool
	add := func(r rune) {
		if 0 <= r && r < utf8.RuneSelf {
			set[unicode.ToLower(r)] = true
		}
	}
	switch {
	case in.Op == syntax.InstRuneAny || in.Op == syntax.InstRuneAnyNotNL:
		for b := range rune(utf8.RuneSelf) {
			if b != '\n' || in.Op == syntax.InstRuneAny {
				add(b)
			}
		}
	case len(in.Rune) == 1: // one rune, and those it folds to
		r0 := in.Rune[0]
		add(r0)
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				add(r)
			}
		}
	default: // ranges
		for i := 0; i+1 < len(in.Rune); i += 2 {
			for r := max(in.Rune[i], 0); r <= min(in.Rune[i+1], utf8.RuneSelf-1); r++ {
				add(r)
			}
		}
	}
	var out []byte
	for b, ok := range set {
		if ok {
			out = append(out, byte(b))
		}
	}
	return out
}

// anchoredPrefixes follows the compiled program of an expression anchored
// at ^ through its first k runes and returns the lower-cased ASCII strings
// (of at most k bytes) that every match on a text starting with k ASCII
// bytes must begin with. A path stops early at the end of the match or at
// an instruction that matches many bytes (a class, "."); a path whose
// next rune must be non-ASCII is left out. ok is false when some path
// reaches a rune or the end of the match without passing ^, or when there
// are more than maxPrefixes (the walk stops there; the caller tries a
// shorter k).
func anchoredPrefixes(prog *syntax.Prog, k int) (prefixes []string, ok bool) {
	type state struct {
		pc       uint32
		prefix   [prefixLen]byte
		n        uint8 // bytes of prefix in use
		anchored bool
	}
	seen := map[state]bool{}
	found := map[string]bool{}
	matches := make([][]byte, len(prog.Inst)) // asciiMatches by pc, once computed
	ok = true
	var walk func(st state)
	walk = func(st state) {
		if !ok || len(found) > maxPrefixes || seen[st] {
			return
		}
		seen[st] = true
		in := &prog.Inst[st.pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(state{in.Out, st.prefix, st.n, st.anchored})
			walk(state{in.Arg, st.prefix, st.n, st.anchored})
		case syntax.InstCapture, syntax.InstNop:
			walk(state{in.Out, st.prefix, st.n, st.anchored})
		case syntax.InstEmptyWidth:
			walk(state{in.Out, st.prefix, st.n, st.anchored || syntax.EmptyOp(in.Arg)&syntax.EmptyBeginText != 0})
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if !st.anchored {
				ok = false
				return
			}
			if matches[st.pc] == nil {
				matches[st.pc] = asciiMatches(in)
			}
			bs := matches[st.pc]
			if int(st.n) == k || len(bs) > 8 {
				found[string(st.prefix[:st.n])] = true
				return
			}
			for _, b := range bs {
				next := st.prefix
				next[st.n] = b
				walk(state{in.Out, next, st.n + 1, true})
			}
		case syntax.InstMatch:
			if !st.anchored {
				ok = false
				return
			}
			found[string(st.prefix[:st.n])] = true
		}
	}
	walk(state{pc: uint32(prog.Start)})
	if !ok || len(found) > maxPrefixes {
		return nil, false
	}
	for p := range found {
		prefixes = append(prefixes, p)
	}
	sort.Strings(prefixes)
	// Drop a prefix that extends another ("geti" after "get").
	out := prefixes[:0]
	for _, p := range prefixes {
		if len(out) == 0 || !strings.HasPrefix(p, out[len(out)-1]) {
			out = append(out, p)
		}
	}
	return out, true
}

// punctuationCue returns the ASCII punctuation bytes that can open a match
// of an unanchored expression, or "" when a match can also open with a
// letter, a digit, a non-ASCII rune or nothing at all.
func punctuationCue(prog *syntax.Prog) string {
	var set [128]bool
	seen := map[uint32]bool{}
	ok := true
	var walk func(pc uint32)
	walk = func(pc uint32) {
		if !ok || seen[pc] {
			return
		}
		seen[pc] = true
		in := prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out)
			walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			walk(in.Out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			for b := range 128 {
				if in.MatchRune(rune(b)) {
					set[b] = true
				}
			}
			if in.Op != syntax.InstRune && in.Op != syntax.InstRune1 {
				ok = false // "."
			}
			for _, r := range in.Rune {
				ok = ok && r < utf8.RuneSelf // a range reaching past ASCII
			}
		default:
			ok = false
		}
	}
	walk(uint32(prog.Start))
	var cue []byte
	for b, in := range set {
		if !in {
			continue
		}
		if !ok || 'a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9' {
			return ""
		}
		cue = append(cue, byte(b))
	}
	return string(cue)
}
