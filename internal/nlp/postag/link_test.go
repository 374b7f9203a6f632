package postag

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLambdaDoesNotLinkProse guards the package split: the Lambda binary
// must not depend on prose (its embedded models are 4.4 MB, about 45% of the
// zipped bootstrap), so only binaries that tag import this package.
func TestLambdaDoesNotLinkProse(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", "-tags", "lambda.norpc", "github.com/newsgist/newsgist/functions/summarise").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/jdkato/prose") || dep == "github.com/newsgist/newsgist/internal/nlp/postag" {
			t.Errorf("the Lambda depends on %s", dep)
		}
	}
}
