package benchdata

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Input is one benchmark input: a name for the sub-benchmark, the object key
// (its extension tells the cleaner the format) and the bytes.
type Input struct {
	Name string
	Key  string
	Body []byte
}

// Words1000 is the name of the 1,000-word plain-text article input.
const Words1000 = "words1000"

var (
	genOnce sync.Once
	genIn   []Input
)

// Generated returns the generated inputs: the 1,000-word article, then text
// and HTML of every Sizes entry ("text-1KB" … "html-1MB"). They are built
// once per process.
func Generated() []Input {
	genOnce.Do(func() {
		genIn = append(genIn, Input{Words1000, "incoming/words1000.txt", []byte(Words(1000))})
		for _, s := range Sizes {
			genIn = append(genIn, Input{"text-" + s.Name, "incoming/text-" + s.Name + ".txt", []byte(Text(s.Bytes))})
		}
		for _, s := range Sizes {
			genIn = append(genIn, Input{"html-" + s.Name, "incoming/html-" + s.Name + ".html", []byte(HTML(s.Bytes))})
		}
	})
	return genIn
}

// TextInputs returns the plain-text generated inputs (the 1,000-word article
// and text-1KB … text-1MB) as strings, for the stages that read cleaned text.
func TextInputs() []Input {
	var out []Input
	for _, in := range Generated() {
		if !strings.HasPrefix(in.Name, "html-") {
			out = append(out, in)
		}
	}
	return out
}

// Testdata reads every file directly in dir (the repository's testdata/),
// named after the file without its extension.
func Testdata(dir string) ([]Input, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Input
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, Input{strings.TrimSuffix(e.Name(), filepath.Ext(e.Name())), "incoming/" + e.Name(), b})
	}
	return out, nil
}

// Pages reads the HTML pages of an evaluation folder (dir/html/*.html or
// *.html.gz, as in ../shared/eval/clean-dev), sorted by name. A missing
// folder gives no pages and no error.
func Pages(dir string) ([]Input, error) {
	names, _ := filepath.Glob(filepath.Join(dir, "html", "*.html*"))
	sort.Strings(names)
	var out []Input
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return nil, err
		}
		var r io.Reader = f
		if strings.HasSuffix(n, ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				f.Close()
				return nil, err
			}
			r = zr
		}
		b, err := io.ReadAll(r)
		f.Close()
		if err != nil {
			return nil, err
		}
		base := strings.TrimSuffix(filepath.Base(n), ".gz")
		out = append(out, Input{base, "incoming/" + base, b})
	}
	return out, nil
}
