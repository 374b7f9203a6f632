package lexicon

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestNoDuplicateInCodeLists checks the word lists that stay beside their
// code (grammar words of one pass, written as set("a", "b", ...) calls in
// the product packages): a list holding a word twice is a list someone
// edited without reading, as the data files are checked by TestLists.
func TestNoDuplicateInCodeLists(t *testing.T) {
	files, err := filepath.Glob("../*/*.go")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, file, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(node ast.Node) bool {
			call, ok := node.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "set" && id.Name != "makeSet" && id.Name != "setOf" {
				return true
			}
			n++
			seen := map[string]bool{}
			for _, a := range call.Args {
				lit, ok := a.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					continue
				}
				if seen[w] {
					t.Errorf("%s: %q twice in one list", fset.Position(lit.Pos()), w)
				}
				seen[w] = true
			}
			return true
		})
	}
	if n < 20 {
		t.Errorf("found only %d word lists in the product packages; has the set helper been renamed?", n)
	}
}
