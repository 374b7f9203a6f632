// Command newsgist runs the newsgist pipeline locally, with no AWS account:
//
//	newsgist summarise [-o DIR] FILE...   digest files (- reads stdin)
//	newsgist watch DIR                    digest files dropped in DIR/incoming/
//	newsgist eval KIND [ARGS]             print quality figures (clean, quotes, summary)
//	newsgist redrive -queue URL           replay the failure queue's events (AWS)
//	newsgist backfill -queue URL s3://B/P run the function over existing objects (AWS)
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := dispatch(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "newsgist:", err)
		os.Exit(1)
	}
}

func dispatch(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: newsgist summarise|watch|eval|redrive|backfill [flags] [args]")
	}
	switch args[0] {
	case "summarise", "summarize":
		return summarise(args[1:], os.Stdin, os.Stdout)
	case "watch":
		return watch(args[1:])
	case "eval":
		return runEval(args[1:], os.Stdout)
	case "redrive":
		return redriveCmd(args[1:])
	case "backfill":
		return backfillCmd(args[1:])
	default:
		return fmt.Errorf("unknown command %q (want summarise, watch, eval, redrive or backfill)", args[0])
	}
}
