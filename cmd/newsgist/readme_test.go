package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeExampleIsCurrent keeps the README's example digest honest: it is
// the seed article's digest as `summarise` prints it today, except that
// strings shortened with " …" in the README need only be prefixes.
func TestReadmeExampleIsCurrent(t *testing.T) {
	t.Chdir("../..") // the README's command runs at the repository root
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(\\{.*?\n\\})\n```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README has no ```json example")
	}
	var want any
	if err := json.Unmarshal(m[1], &want); err != nil {
		t.Fatalf("README example is not JSON: %v", err)
	}
	var out bytes.Buffer
	if err := summarise([]string{"testdata/gates-missile-shield.txt"}, nil, &out); err != nil {
		t.Fatal(err)
	}
	var got any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, diff := range compareExample("", want, got) {
		t.Errorf("README example differs from the seed digest: %s (update the README)", diff)
	}
}

// compareExample lists the differences between the README example and the
// real digest; a README string ending in " …" matches any string it starts.
func compareExample(path string, want, got any) []string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return []string{path + ": not an object"}
		}
		var diffs []string
		for k := range g {
			if _, ok := w[k]; !ok {
				diffs = append(diffs, path+"."+k+": missing from the README")
			}
		}
		for k, v := range w {
			diffs = append(diffs, compareExample(path+"."+k, v, g[k])...)
		}
		return diffs
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return []string{fmt.Sprintf("%s: %d items in the README, %v in the digest", path, len(w), got)}
		}
		var diffs []string
		for i := range w {
			diffs = append(diffs, compareExample(fmt.Sprintf("%s[%d]", path, i), w[i], g[i])...)
		}
		return diffs
	case string:
		if prefix, ok := strings.CutSuffix(w, " …"); ok {
			if g, _ := got.(string); strings.HasPrefix(g, prefix) {
				return nil
			}
		}
	}
	if !reflect.DeepEqual(want, got) {
		return []string{fmt.Sprintf("%s: README %v, digest %v", path, want, got)}
	}
	return nil
}
