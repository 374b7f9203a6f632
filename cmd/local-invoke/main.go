// Command local-invoke runs event files (default: every file of events/)
// through the Lambda function under the AWS Lambda Runtime Interface
// Emulator, against an in-memory S3 server, and prints where each digest
// landed and the function's response: `sam local invoke` without Docker or an
// AWS account. Every payload the function accepts works (S3, SQS, EventBridge,
// S3 Batch Operations); for any other the function's error response is
// printed and the command exits 1. Run it from the repository root (make
// local-invoke).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsgist/newsgist/internal/localinvoke"
)

func main() {
	verbose := flag.Bool("v", false, "show the function's and the emulator's logs")
	flag.Parse()
	var log io.Writer
	if *verbose {
		log = os.Stderr
	}
	invs, err := localinvoke.Run(context.Background(), localinvoke.Options{RepoRoot: ".", Events: flag.Args(), Log: log})
	if err != nil {
		fmt.Fprintln(os.Stderr, "local-invoke:", err)
		os.Exit(1)
	}
	localinvoke.Report(os.Stdout, invs)
	for _, inv := range invs {
		if inv.Failed {
			os.Exit(1)
		}
	}
}
