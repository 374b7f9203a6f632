// Command evalrun runs the quotes evaluation without the rest of the CLI.
package main

import (
	"fmt"
	"os"

	"github.com/newsgist/newsgist/internal/quoteeval"
)

func main() {
	if err := quoteeval.Command(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
