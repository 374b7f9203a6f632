// Command pairs lists every matched pronoun/nominal quotation with the
// predicted speaker, for adjudicating gold names by hand.
package main

import (
	"encoding/json"
	"os"

	"github.com/newsgist/newsgist/internal/quoteeval"
)

func main() {
	arts, err := quoteeval.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var ms []quoteeval.Miss
	quoteeval.Evaluate(arts, quoteeval.Extract, quoteeval.Options{Misses: &ms, AllPairs: true})
	enc := json.NewEncoder(os.Stdout)
	for _, m := range ms {
		if m.SourceType == "pronoun" || m.SourceType == "nominal" {
			enc.Encode(m)
		}
	}
}
