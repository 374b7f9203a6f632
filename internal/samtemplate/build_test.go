package samtemplate

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sam build (BuildMethod: makefile) copies CodeUri — the repository's
// tracked files, without .git — to a scratch folder and runs
// `make build-SummariseFunction ARTIFACTS_DIR=...` there. The bootstrap it
// gets must be byte for byte the one `make build` (and so `make package`)
// gives in the checkout.
func TestSamBuildMatchesMakePackage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the Lambda binary twice")
	}
	for _, tool := range []string{"make", "git"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s", tool)
		}
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	files, err := exec.Command("git", "-C", root, "ls-files", "-z").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	scratch := t.TempDir()
	for _, f := range strings.Split(strings.TrimRight(string(files), "\x00"), "\x00") {
		src := filepath.Join(root, f)
		info, err := os.Lstat(src)
		if err != nil || !info.Mode().IsRegular() {
			continue // deleted in the work tree, or a symlink
		}
		body, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(scratch, f)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, body, info.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
	}
	dist := t.TempDir()
	artifacts := t.TempDir()
	run := func(dir string, args ...string) {
		t.Helper()
		cmd := exec.Command("make", append([]string{"-s"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("make %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	run(root, "build", "DIST="+dist)
	run(scratch, "build-SummariseFunction", "ARTIFACTS_DIR="+artifacts)
	a, err := os.ReadFile(filepath.Join(dist, "bootstrap"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(artifacts, "bootstrap"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("make build gives %d bytes (%s), sam build's target %d bytes (%s)", len(a), sum(a), len(b), sum(b))
	}
	if !bytes.HasPrefix(a, []byte("\x7fELF")) {
		t.Errorf("bootstrap is not an ELF binary")
	}
}

func sum(b []byte) string { return fmt.Sprintf("%x", sha256.Sum256(b))[:12] }
