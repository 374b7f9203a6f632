package handler

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
)

// Config is the function's configuration, read once at start-up.
type Config struct {
	InputPrefix      string     // INPUT_PREFIX, default "incoming/"
	OutputPrefix     string     // OUTPUT_PREFIX, default "summaries/"
	OutputBucket     string     // OUTPUT_BUCKET, default "" (the source bucket)
	SummarySentences int        // SUMMARY_SENTENCES, default 3 (1–20)
	MaxQuotes        int        // MAX_QUOTES, default 10 (0–100)
	MaxObjectBytes   int64      // MAX_OBJECT_BYTES, default 5 MiB
	LogLevel         slog.Level // LOG_LEVEL: debug, info (default), warn, error
}

// DefaultConfig is the configuration with no environment set.
var DefaultConfig = Config{
	InputPrefix:      "incoming/",
	OutputPrefix:     "summaries/",
	SummarySentences: 3,
	MaxQuotes:        10,
	MaxObjectBytes:   5 << 20,
	LogLevel:         slog.LevelInfo,
}

// ConfigFromEnv reads the configuration through getenv (os.Getenv in the
// function). Every invalid value is reported, so a bad deployment fails at
// start-up with one clear message instead of on the first article.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	c := DefaultConfig
	var problems []string
	if v, ok := lookup(getenv, "INPUT_PREFIX"); ok {
		c.InputPrefix = v
	}
	if v, ok := lookup(getenv, "OUTPUT_PREFIX"); ok {
		c.OutputPrefix = v
	}
	if c.OutputPrefix == "" {
		problems = append(problems, "OUTPUT_PREFIX must not be empty (digests would be written among the articles)")
	}
	if c.OutputPrefix != "" && strings.HasPrefix(c.OutputPrefix, c.InputPrefix) && c.InputPrefix != "" {
		problems = append(problems, fmt.Sprintf("OUTPUT_PREFIX %q must not be inside INPUT_PREFIX %q", c.OutputPrefix, c.InputPrefix))
	}
	if v, ok := lookup(getenv, "OUTPUT_BUCKET"); ok {
		c.OutputBucket = v
	}
	intVar := func(name string, dst *int, lo, hi int) {
		v, ok := lookup(getenv, name)
		if !ok {
			return
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < lo || n > hi {
			problems = append(problems, fmt.Sprintf("%s=%q: want a whole number from %d to %d", name, v, lo, hi))
			return
		}
		*dst = n
	}
	intVar("SUMMARY_SENTENCES", &c.SummarySentences, 1, 20)
	intVar("MAX_QUOTES", &c.MaxQuotes, 0, 100)
	if v, ok := lookup(getenv, "MAX_OBJECT_BYTES"); ok {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 || n > 1<<30 {
			problems = append(problems, fmt.Sprintf("MAX_OBJECT_BYTES=%q: want a number of bytes from 1 to 1073741824", v))
		} else {
			c.MaxObjectBytes = n
		}
	}
	if v, ok := lookup(getenv, "LOG_LEVEL"); ok {
		if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
			problems = append(problems, fmt.Sprintf("LOG_LEVEL=%q: want debug, info, warn or error", v))
		}
	}
	if len(problems) > 0 {
		return c, fmt.Errorf("invalid configuration: %s", strings.Join(problems, "; "))
	}
	return c, nil
}

func lookup(getenv func(string) string, name string) (string, bool) {
	v := strings.TrimSpace(getenv(name))
	return v, v != ""
}

// OutputKey maps an article's key to its digest's key: the input prefix is
// replaced by the output prefix and ".json" is appended to the whole rest,
// extension included ("incoming/2026/11/a b.txt" →
// "summaries/2026/11/a b.txt.json"), so story.txt, story.html and story get
// three digests. A key outside the input prefix keeps its whole path under
// the output prefix.
func (c Config) OutputKey(key string) string {
	return c.OutputPrefix + strings.TrimPrefix(key, c.InputPrefix) + ".json"
}
