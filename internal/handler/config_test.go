package handler

import (
	"strings"
	"testing"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestConfigFromEnv(t *testing.T) {
	c, err := ConfigFromEnv(env(nil))
	if err != nil || c != DefaultConfig {
		t.Fatalf("defaults: %+v, %v", c, err)
	}
	c, err = ConfigFromEnv(env(map[string]string{"SUMMARY_SENTENCES": "5", "MAX_QUOTES": "0", "OUTPUT_BUCKET": "out", "MAX_OBJECT_BYTES": "1024", "LOG_LEVEL": "debug"}))
	if err != nil || c.SummarySentences != 5 || c.MaxQuotes != 0 || c.OutputBucket != "out" || c.MaxObjectBytes != 1024 || c.LogLevel.String() != "DEBUG" {
		t.Errorf("got %+v, %v", c, err)
	}
	_, err = ConfigFromEnv(env(map[string]string{"SUMMARY_SENTENCES": "three", "MAX_OBJECT_BYTES": "-1", "LOG_LEVEL": "loud", "OUTPUT_PREFIX": "incoming/out/"}))
	if err == nil {
		t.Fatal("invalid values were accepted")
	}
	for _, want := range []string{"SUMMARY_SENTENCES", "MAX_OBJECT_BYTES", "LOG_LEVEL", "OUTPUT_PREFIX"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not name %s: %v", want, err)
		}
	}
}

func TestOutputKey(t *testing.T) {
	c := DefaultConfig
	tests := map[string]string{
		"incoming/2026/11/a b.txt":   "summaries/2026/11/a b.txt.json",
		"incoming/My Article(2).txt": "summaries/My Article(2).txt.json",
		"incoming/page.html":         "summaries/page.html.json",
		"incoming/story":             "summaries/story.json",
		"incoming/story.txt":         "summaries/story.txt.json",
		"incoming/v1.2/notes":        "summaries/v1.2/notes.json",
		"incoming/.hidden":           "summaries/.hidden.json",
		"incoming/a.json":            "summaries/a.json.json",
		"elsewhere/a.txt":            "summaries/elsewhere/a.txt.json",
	}
	for in, want := range tests {
		if got := c.OutputKey(in); got != want {
			t.Errorf("OutputKey(%q) = %q, want %q", in, got, want)
		}
	}
}
