// Command local-invoke runs every file of events/ through the Lambda function
// under the AWS Lambda Runtime Interface Emulator, against an in-memory S3
// server, and prints where each digest landed: `sam local invoke` without
// Docker or an AWS account. Run it from the repository root (make local-invoke).
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
}
