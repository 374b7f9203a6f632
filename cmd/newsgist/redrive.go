package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/newsgist/newsgist/internal/redrive"
)

// redriveCmd replays the failure queue's events through the function:
//
//	newsgist redrive -queue URL [-function NAME] [-max N] [-dry-run]
func redriveCmd(args []string) error {
	fs := flag.NewFlagSet("redrive", flag.ContinueOnError)
	queue := fs.String("queue", "", "the failure queue's URL (stack output FailedEventsQueueUrl)")
	function := fs.String("function", "", "function to invoke (default: the one each record names)")
	maxMsgs := fs.Int("max", 0, "replay at most this many messages (0: until the queue is empty)")
	dry := fs.Bool("dry-run", false, "list what would be replayed; invoke and delete nothing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *queue == "" || fs.NArg() != 0 {
		return errors.New("usage: newsgist redrive -queue URL [-function NAME] [-max N] [-dry-run]")
	}
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return fmt.Errorf("load AWS configuration: %w", err)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	c, err := redrive.Run(ctx, redrive.Options{
		SQS: sqs.NewFromConfig(cfg), Lambda: lambda.NewFromConfig(cfg),
		QueueURL: *queue, Function: *function, Max: *maxMsgs, DryRun: *dry, Log: log,
	})
	fmt.Println(c)
	if err != nil {
		return fmt.Errorf("redrive: %w", err)
	}
	return nil
}
