package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// writeEvalFixture lays out a miniature evaluation directory in the shape of
// ../shared/eval from the project's own testdata articles (never the
// evaluation texts): the reference summary is each article's first and last
// sentence-ish lines, enough for ROUGE to be non-zero.
func writeEvalFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var cnn, bbc, xsum, pol bytes.Buffer
	for _, name := range []string{"gates-missile-shield.txt", "quotes-british.txt", "wildfire-hard-wrapped.txt", "bridge-closure-subscribe-alerts.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		lines := strings.FieldsFunc(text, func(r rune) bool { return r == '\n' })
		ref := lines[0] + " " + lines[len(lines)-1]
		enc := func(buf *bytes.Buffer, v any) {
			line, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(append(line, '\n'))
		}
		enc(&cnn, map[string]any{"id": name, "text": text, "reference": ref, "systems": map[string]string{"bert_sum": lines[0]}})
		enc(&bbc, map[string]any{"id": name, "title": lines[0], "text": text, "summary": []string{lines[len(lines)-1], lines[0]}})
		enc(&xsum, map[string]any{"id": name, "text": text, "reference": lines[0]})
		enc(&pol, map[string]any{"id": name, "title": lines[0], "text": lines[0] + "\n\n" + text})
	}
	for path, buf := range map[string]*bytes.Buffer{
		"summ-dev/cnndm_dev.jsonl":     &cnn,
		"summ-dev/bbc_dev.jsonl":       &bbc,
		"summ-dev/xsum_dev.jsonl":      &xsum,
		"quotes-dev/polnear_dev.jsonl": &pol,
	} {
		p := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestEvalSummaryPrintsEveryTable(t *testing.T) {
	data := writeEvalFixture(t)
	var out bytes.Buffer
	if err := runEval([]string{"summary", "-data", data, "-tradeoff"}, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Summaries: CNN/DM highlights (4 articles)",
		"Summaries: BBC extractive (4 articles)",
		"Headlines: XSum one-sentence summaries (4 articles)",
		"Headlines: PolNeAR published titles (4 articles)",
		"bert_sum", "lead-3", "textrank", "first-sent",
		"Trade-off:", "oracle: best of 0 and 1",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	// Eleven blend rows, λ = 0.0 … 1.0, each with six scores and a margin.
	rows := regexp.MustCompile(`(?m)^  λ = [01]\.\d( +-?\d+\.\d\d){6} +[-+]\d+\.\d\d$`).FindAllString(got, -1)
	if len(rows) != 11 {
		t.Errorf("%d trade-off rows, want 11:\n%s", len(rows), got)
	}
	// The BBC bar is TextRank, so λ = 1 (TextRank centrality through
	// newsgist's filter of poor lines) must land near it, not at zero.
	if !regexp.MustCompile(`(?m)^  λ = 1\.0 .*[1-9]\d?\.\d\d +[-+]`).MatchString(got) {
		t.Errorf("λ = 1 row looks empty:\n%s", got)
	}
}

func TestEvalSummaryMissingData(t *testing.T) {
	err := runEval([]string{"summary", "-data", t.TempDir()}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "cnndm_dev.jsonl") {
		t.Errorf("err = %v, want one naming the missing file", err)
	}
}
