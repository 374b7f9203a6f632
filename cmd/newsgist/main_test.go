package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgist/newsgist/internal/digest"
)

const seed = "../../testdata/gates-missile-shield.txt"

func TestSummariseOneFilePrintsIndentedJSON(t *testing.T) {
	var out bytes.Buffer
	if err := summarise([]string{seed}, nil, &out); err != nil {
		t.Fatal(err)
	}
	var d digest.Digest
	if err := json.Unmarshal(out.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	if d.Status != digest.StatusOK || !strings.HasPrefix(out.String(), "{\n  ") {
		t.Errorf("status %s, output starts %q", d.Status, out.String()[:10])
	}
}

func TestSummariseSeveralFilesPrintsJSONLines(t *testing.T) {
	var out bytes.Buffer
	if err := summarise([]string{seed, "-"}, strings.NewReader("The mayor resigned on Friday. She said she was tired."), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	for _, l := range lines {
		var d digest.Digest
		if err := json.Unmarshal([]byte(l), &d); err != nil || d.Status != digest.StatusOK {
			t.Errorf("line %q: %v", l[:40], err)
		}
	}
}

func TestSummariseToDirectory(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(t.TempDir(), "report.v2.pdf")
	os.WriteFile(in, []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), 0o644)
	var out bytes.Buffer
	if err := summarise([]string{"-o", dir, in}, nil, &out); err != nil {
		t.Fatal(err)
	}
	checkStatuses(t, dir, map[string]string{"report.v2.pdf.json": "rejected"})
}

// Files of the same name in different folders, or with different
// extensions, get a digest each: folders are mirrored below the inputs'
// common folder and the extension is kept.
func TestSummariseToDirectoryNeverCollides(t *testing.T) {
	body, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	in := t.TempDir()
	var files []string
	for _, name := range []string{"2026/story.txt", "2026/story.html", "2026/story", "2025/story.txt", "story.txt"} {
		p := filepath.Join(in, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	big := filepath.Join(in, "big.txt")
	os.WriteFile(big, bytes.Repeat(body, 10), 0o644)
	dir := t.TempDir()
	if err := summarise(append([]string{"-o", dir, "-max-bytes", "10000"}, append(files, big)...), nil, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	checkStatuses(t, dir, map[string]string{
		"2026/story.txt.json": "ok", "2026/story.html.json": "ok", "2026/story.json": "ok",
		"2025/story.txt.json": "ok", "story.txt.json": "ok", "big.txt.json": "rejected",
	})
	// One folder: flat.
	dir = t.TempDir()
	if err := summarise([]string{"-o", dir, files[0], files[1]}, nil, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	checkStatuses(t, dir, map[string]string{"story.txt.json": "ok", "story.html.json": "ok"})
}

func TestOutputPathsRejectsACollision(t *testing.T) {
	in := t.TempDir()
	stdinFile := filepath.Join(in, "stdin")
	os.WriteFile(stdinFile, []byte("x"), 0o644)
	if _, err := outputPaths([]string{stdinFile, "-"}); err == nil {
		t.Error("a file named stdin and standard input share stdin.json without an error")
	}
}

func TestSummariseMissingFileFails(t *testing.T) {
	if err := summarise([]string{"no-such-file.txt"}, nil, &bytes.Buffer{}); err == nil {
		t.Error("a missing file was not reported")
	}
}

func TestWatchOnceDigestsTheDropFolder(t *testing.T) {
	root := t.TempDir()
	body, _ := os.ReadFile(seed)
	os.MkdirAll(filepath.Join(root, "incoming", "2026", "11"), 0o755)
	os.WriteFile(filepath.Join(root, "incoming", "2026", "11", "gates missile.txt"), body, 0o644)
	os.WriteFile(filepath.Join(root, "incoming", "empty.txt"), nil, 0o644)
	if err := watch([]string{"-once", root}); err != nil {
		t.Fatal(err)
	}
	checkStatuses(t, root, map[string]string{"summaries/2026/11/gates missile.txt.json": "ok", "summaries/empty.txt.json": "rejected"})
}

// checkStatuses reads each digest (path relative to dir) and checks its status.
func checkStatuses(t *testing.T, dir string, want map[string]string) {
	t.Helper()
	for name, status := range want {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatalf("%s not written: %v", name, err)
		}
		var d digest.Digest
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Status != status {
			t.Errorf("%s: status %s, want %s", name, d.Status, status)
		}
	}
}

func TestEvalNeedsAKind(t *testing.T) {
	if err := runEval(nil, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "newsgist eval") {
		t.Errorf("err = %v", err)
	}
}
