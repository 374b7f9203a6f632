package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/newsgist/newsgist/internal/benchdata"
	"github.com/newsgist/newsgist/internal/digest"
)

const story = `Harbour tunnel vote delayed again

The city council postponed its vote on the harbour tunnel on Tuesday after engineers warned that the cost estimate had risen by a third.

"We cannot ask residents to sign a blank cheque," said councillor Maria Okafor, who chairs the transport committee.

The vote is now expected in March.`

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// Every budget turns input that would cost too much memory into a rejected
// digest with its code, before the stage that would need the memory; input
// within the budgets is digested as before.
func TestBudgets(t *testing.T) {
	small := Options{SummarySentences: 3, MaxQuotes: 10, MaxBytes: 64 << 10} // 512 elements, 13,107 words
	tests := []struct {
		name string
		key  string
		body []byte
		opt  Options
		want string // status "ok" or the rejection code
	}{
		{"an article within every budget", "a.txt", []byte(story), small, "ok"},
		{"the same article gzipped", "a.txt.gz", gzipped(t, []byte(story)), small, "ok"},
		{"a gzip bomb over MaxBytes once expanded", "a.txt.gz", gzipped(t, bytes.Repeat([]byte(story+"\n\n"), 500)), small, digest.CodeTooLarge},
		{"gzip inside gzip", "a.gz", gzipped(t, gzipped(t, []byte(story))), small, digest.CodeBinary},
		{"truncated gzip", "a.gz", gzipped(t, []byte(story))[:20], small, digest.CodeBinary},
		{"plain bytes over MaxBytes (the command line reads any file)", "a.txt", bytes.Repeat([]byte(story+"\n\n"), 300), small, digest.CodeTooLarge},
		{"an element flood", "a.html", []byte(strings.Repeat("<i>x</i>", 600)), small, digest.CodeTooComplex},
		{"an element flood in UTF-16", "a.html", utf16le(strings.Repeat("<i>x</i>", 600)), small, digest.CodeTooComplex},
		{"an element flood in a JSON article, escaped", "a.json", []byte(`{"title":"T","body":"` + strings.Repeat(`\u003ci\u003ex\u003c/i\u003e`, 600) + `"}`), small, digest.CodeTooComplex},
		{"an element flood in a JSON article", "a.json", []byte(`{"title":"T","body":"` + strings.Repeat(`<i>x</i>`, 600) + `"}`), small, digest.CodeTooComplex},
		{"a page just under the tag budget", "a.html", []byte("<html><body>" + strings.Repeat("<p>"+story+"</p>", 250) + "</body></html>"), Options{MaxBytes: 1 << 20, MaxElements: 255}, "ok"},
		{"a word flood", "a.txt", []byte(strings.Repeat("a b c d e f ", 3000)), small, digest.CodeTooComplex},
		{"an explicit word budget", "a.txt", []byte(story), Options{MaxWords: 20}, digest.CodeTooComplex},
		{"a raw token flood, rejected before cleaning", "a.txt", []byte(strings.Repeat("a ", 30000)), small, digest.CodeTooComplex},
		{"one letter", "a.txt", []byte("x"), small, digest.CodeNoText},
		{"quotation marks", "a.txt", bytes.Repeat([]byte{'"'}, 10000), DefaultOptions, digest.CodeNoText},
		{"a quotation flood", "a.txt", []byte(strings.Repeat(`"We will act," said Jo Smith. `, 1100)), small, digest.CodeTooComplex},
		{"a British quotation flood", "a.txt", []byte(strings.Repeat(`'We will act,' said Jo Smith. `, 1100)), small, digest.CodeTooComplex},
		{"apostrophes are not quotation marks", "a.txt", []byte(strings.Repeat(`Jo's team didn't say O'Neill's plan won't work. `, 1300)), small, "ok"},
		{"one-letter words under the word budget", "a.txt", []byte(strings.Repeat("a b c d e f ", 1000)), small, digest.CodeNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Digest(tt.body, digest.Source{Key: tt.key, Size: int64(len(tt.body))}, tt.opt)
			got := d.Status
			if d.Error != nil {
				got = d.Error.Code
			}
			if got != tt.want {
				t.Fatalf("got %s (%+v), want %s", got, d.Error, tt.want)
			}
			if _, err := digest.Marshal(d); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// The garbage check rejects what cannot be an article and keeps real text
// in any script, numbers and tables included.
func TestGarbage(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		garbage bool
	}{
		{"a news story", story, false},
		{"a short brief", "Fire closes the ring road. Police ask drivers to avoid the area.", false},
		{"election results, mostly numbers", "Results\n\nLabour 12,345 (45.6%)\nConservative 10,002 (36.9%)\nGreen 2,311 (8.5%)\nTurnout 61.2%, 27,101 votes", false},
		{"Chinese", "市议会周二推迟了对海港隧道的表决。工程师警告说，成本估计上涨了三分之一。", false},
		{"Japanese", "市議会は火曜日、港湾トンネルの採決を延期した。技術者は費用が三分の一増えたと警告した。", false},
		{"Thai", "สภาเมืองเลื่อนการลงมติเรื่องอุโมงค์ท่าเรือออกไปเมื่อวันอังคาร", false},
		{"Russian", "Городской совет во вторник отложил голосование по туннелю под гаванью.", false},
		{"one letter", "x", true},
		{"two words", "Breaking news", true},
		{"quotation marks", strings.Repeat(`"`, 10000), true},
		{"punctuation and symbols", strings.Repeat("*** --- ### !!! ", 200), true},
		{"one-letter words", strings.Repeat("a b c d ", 500), true},
		{"word salad without a sentence", strings.Repeat("harbour tunnel council vote delayed engineers cost estimate ", 30), true},
		{"a headline list without full stops", "Fire closes ring road\nCouncil delays tunnel vote\nRail strike called off", false},
		{"a long article without a full stop in its first 4 KB", strings.Repeat("the council met on Tuesday and the vote went ahead as planned and ", 70) + "it passed.", false},
		{"random letters and symbols without spaces", strings.Repeat("ü°韃–Ôâ—ÌÓö¾̼˜—Û€¨Â³Š¾˜œšÕùÕ", 40), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rej := garbage(tt.text)
			if (rej != nil) != tt.garbage {
				t.Fatalf("garbage = %+v, want garbage %v", rej, tt.garbage)
			}
		})
	}
}

// A done context stops the pipeline before its next stage, with the
// context's error and no digest.
func TestDigestContextStopsBetweenStages(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := DigestContext(ctx, []byte(story), digest.Source{Key: "a.txt"}, DefaultOptions); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	ctx, cancel = context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	if _, err := DigestContext(ctx, []byte(story), digest.Source{Key: "a.txt"}, DefaultOptions); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded", err)
	}
	// Rejections that need no stage still come back: nothing to stop.
	d, err := DigestContext(ctx, []byte("x"), digest.Source{Key: "a.txt"}, DefaultOptions)
	if err == nil && d.Status != digest.StatusRejected {
		t.Fatalf("got %+v, %v", d, err)
	}
}

// BenchmarkBudgetChecks measures what the budgets and the garbage check add
// to a 1,000-word article (on top of BenchmarkDigest's cost).
func BenchmarkBudgetChecks(b *testing.B) {
	body := []byte(benchdata.Words(1000))
	text := string(body)
	b.ReportAllocs()
	for b.Loop() {
		expand(body, "a.txt", DefaultMaxBytes)
		countTags(body, 40960)
		countWords(text, 1<<20)
		garbage(text)
	}
}

// naiveTags is countTags written the slow, obvious way, without a limit.
func naiveTags(b []byte) int {
	n := 0
	letter := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
	for i := range b {
		switch {
		case b[i] == '<' && i+1 < len(b) && letter(b[i+1]):
			n++
		case b[i] == '<' && i+2 < len(b) && b[i+1] == 0 && letter(b[i+2]):
			n++
		case i+6 < len(b) && strings.EqualFold(string(b[i:i+6]), `\u003c`) && b[i+1] == 'u' && letter(b[i+6]):
			n++
		}
	}
	return n
}

func TestCountTags(t *testing.T) {
	for _, s := range []string{"", "<", "<a", "a<", "<\x00", "<\x00a", "\\u003c", "\\u003ca", "\\u003Cb\\U003cb", "<a><b></b>< c><1>", "<\x00i\x00>\x00x\x00<\x00/\x00i\x00>\x00"} {
		want := naiveTags([]byte(s))
		// Padded so that the count runs: every tag counted up to the limit…
		b := []byte(s + strings.Repeat(" ", 2*len(s)+4))
		if got := countTags(b, want); got != want {
			t.Errorf("countTags(%q, %d) = %d, want %d", s, want, got, want)
		}
		// …and one past it when there are more.
		if want > 0 {
			if got := countTags(b, want-1); got != want {
				t.Errorf("countTags(%q, %d) = %d, want %d", s, want-1, got, want)
			}
		}
	}
}

// FuzzCounters checks the budget counters on arbitrary bytes, below the
// length at which they would return early: no panic, and countTags agrees
// with naiveTags up to its limit.
func FuzzCounters(f *testing.F) {
	for _, s := range []string{"<i>x</i>", "<\x00p\x00>", `\u003cp\u003e`, "a b c", "\"\"\"", "港口 隧道。"} {
		f.Add([]byte(s), 3)
	}
	f.Fuzz(func(t *testing.T, b []byte, limit int) {
		limit = min(max(limit, 0), len(b)/3)
		if len(b) < 2 {
			return
		}
		if got, want := countTags(b, limit), min(naiveTags(b), limit+1); got != want && len(b)/2 > limit {
			t.Fatalf("countTags = %d, naive %d (limit %d)", got, want, limit)
		}
		countWords(string(b), limit)
		garbage(string(b))
		if got, want := wordCount(string(b)), slowWordCount(string(b)); got != want {
			t.Fatalf("wordCount = %d, strings.Fields %d", got, want)
		}
	})
}

// slowWordCount is wordCount as strings.Fields and a letter-or-digit test
// count it.
func slowWordCount(text string) int {
	n := 0
	for _, f := range strings.Fields(text) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// wordCount reads the text once; it must count what strings.Fields and a
// letter-or-digit test count.
func TestWordCountMatchesFields(t *testing.T) {
	for _, text := range []string{
		"", "  ", "one", "The council met — and voted.\n\n• 42 seats", "é à\u00a0ü\u2003x", "-- -- a-b 3",
		"日本語のテキスト 二 word\tword\r\nend", "\x00\xff bad \xc3 bytes", "“Quoted,” she said… ¶ §",
	} {
		if got, want := wordCount(text), slowWordCount(text); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", text, got, want)
		}
	}
}
