package dateparser

import (
	"testing"
	"time"
)

// htmldateParser and htmldateConfig are the values go-htmldate v1.9.1 uses
// (constant.go: externalParser, externalDpsConfig).
var (
	htmldateParser = &Parser{ParserTypes: []ParserType{CustomFormat, AbsoluteTime}}
	htmldateConfig = &Configuration{PreferredDateSource: Past, StrictParsing: true}
)

func TestParseHtmldateConfig(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min, s int) time.Time {
		return time.Date(y, m, d, h, min, s, 0, time.UTC)
	}
	cases := []struct {
		in   string
		want time.Time // zero: must not parse
	}{
		{"12 August 2021", utc(2021, 8, 12, 0, 0, 0)},
		{"August 12, 2021", utc(2021, 8, 12, 0, 0, 0)},
		{"August 12th, 2021", utc(2021, 8, 12, 0, 0, 0)},
		{"Thursday, 12th of August 2021", utc(2021, 8, 12, 0, 0, 0)},
		{"Aug. 12, 2021 3:04 pm", utc(2021, 8, 12, 15, 4, 0)},
		{"Sept 1 2019, 10:30 a.m.", utc(2019, 9, 1, 10, 30, 0)},
		{"Tue, 10 Aug 2021 15:04:05 GMT", utc(2021, 8, 10, 15, 4, 5)},
		{"2021-08-12", utc(2021, 8, 12, 0, 0, 0)},
		{"2021-08-12T15:04:05Z", utc(2021, 8, 12, 15, 4, 5)},
		{"2021.08.12", utc(2021, 8, 12, 0, 0, 0)},
		{"08/12/2021", utc(2021, 8, 12, 0, 0, 0)},
		{"25/12/2021", utc(2021, 12, 25, 0, 0, 0)},
		{"12 Aug 21", utc(2021, 8, 12, 0, 0, 0)},
		// incomplete dates are refused with StrictParsing
		{"August 2021", time.Time{}},
		{"12 August", time.Time{}},
		{"2021", time.Time{}},
		// not dates
		{"", time.Time{}},
		{"Posted by John in August 2021", time.Time{}},
		{"31 February 2021", time.Time{}},
		{"13/13/2021", time.Time{}},
		{"version 1.2.3", time.Time{}},
	}
	for _, c := range cases {
		got, err := htmldateParser.Parse(htmldateConfig, c.in)
		if c.want.IsZero() {
			if !got.IsZero() || err == nil {
				t.Errorf("Parse(%q) = %v, %v; want no date", c.in, got.Time, err)
			}
			continue
		}
		if err != nil || !got.Time.Equal(c.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", c.in, got.Time, err, c.want)
		}
	}
}

func TestParseOffsetsAndIncomplete(t *testing.T) {
	got, err := Parse(nil, "2021-08-12T15:04:05+02:00")
	if err != nil || !got.Time.Equal(time.Date(2021, 8, 12, 13, 4, 5, 0, time.UTC)) {
		t.Errorf("offset: %v %v", got.Time, err)
	}
	ref := time.Date(2021, 3, 10, 0, 0, 0, 0, time.UTC)
	cfg := &Configuration{CurrentTime: ref, PreferredDateSource: Past, PreferredDayOfMonth: First}
	got, err = Parse(cfg, "12 August")
	if err != nil || !got.Time.Equal(time.Date(2020, 8, 12, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("past: %v %v", got.Time, err)
	}
	got, err = Parse(cfg, "February 2020")
	if err != nil || !got.Time.Equal(time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("first of month: %v %v", got.Time, err)
	}
	got, err = Parse(cfg, "3 days ago")
	if err != nil || !got.Time.Equal(time.Date(2021, 3, 7, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("relative: %v %v", got.Time, err)
	}
	got, err = Parse(cfg, "1628780645")
	if err != nil || got.Time.Unix() != 1628780645 {
		t.Errorf("timestamp: %v %v", got.Time, err)
	}
	got, err = (&Parser{ParserTypes: []ParserType{CustomFormat}}).Parse(nil, "12/08/2021", "%d/%m/%Y")
	if err != nil || !got.Time.Equal(time.Date(2021, 8, 12, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("custom format: %v %v", got.Time, err)
	}
	if _, err := (&Parser{ParserTypes: []ParserType{9}}).Parse(nil, "2021-08-12"); err == nil {
		t.Error("invalid parser type accepted")
	}
}
