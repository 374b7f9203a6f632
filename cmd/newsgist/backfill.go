package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/newsgist/newsgist/internal/backfill"
	"github.com/newsgist/newsgist/internal/handler"
)

// backfillCmd runs the function over objects already in a bucket:
//
//	newsgist backfill (-queue URL | -manifest FILE|s3://BUCKET/KEY) [-state FILE] s3://BUCKET/PREFIX
func backfillCmd(args []string) error {
	fs := flag.NewFlagSet("backfill", flag.ContinueOnError)
	queue := fs.String("queue", "", "send one message per object to this queue (stack output IngestQueueUrl)")
	manifest := fs.String("manifest", "", "or write a Batch Operations CSV manifest to this file or s3://bucket/key")
	state := fs.String("state", "", "file holding the last key done: read to resume, rewritten after each page")
	outPrefix := fs.String("output-prefix", handler.DefaultConfig.OutputPrefix, "keys under it (in the same bucket) are digests and are skipped")
	if err := fs.Parse(args); err != nil {
		return err
	}
	usage := errors.New("usage: newsgist backfill (-queue URL | -manifest FILE|s3://BUCKET/KEY) [-state FILE] s3://BUCKET/PREFIX")
	if fs.NArg() != 1 || (*queue == "") == (*manifest == "") {
		return usage
	}
	bucket, prefix, ok := splitS3URL(fs.Arg(0))
	if !ok {
		return usage
	}
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return fmt.Errorf("load AWS configuration: %w", err)
	}
	client := s3.NewFromConfig(cfg)
	opt := backfill.Options{S3: client, Bucket: bucket, Prefix: prefix, OutputPrefix: *outPrefix}
	if *state != "" {
		switch b, err := os.ReadFile(*state); {
		case err == nil:
			opt.StartAfter = strings.TrimSpace(string(b))
		case !errors.Is(err, os.ErrNotExist):
			// an unreadable state file must not restart the backfill from the top
			return fmt.Errorf("read the state file: %w", err)
		}
	}
	var mf *os.File
	if *queue != "" {
		opt.SQS, opt.QueueURL = sqs.NewFromConfig(cfg), *queue
	} else {
		// Locally first; an s3:// manifest is uploaded once complete.
		mf, err = os.CreateTemp("", "newsgist-manifest-*.csv")
		if err != nil {
			return err
		}
		defer os.Remove(mf.Name())
		opt.Manifest = mf
	}
	progress := newProgress(os.Stderr)
	opt.Page = func(c backfill.Counts, last string) error {
		progress(c)
		if *state == "" {
			return nil
		}
		return os.WriteFile(*state, []byte(last+"\n"), 0o644)
	}
	if opt.StartAfter != "" {
		fmt.Fprintf(os.Stderr, "resuming after %q\n", opt.StartAfter)
	}
	c, err := backfill.Run(ctx, opt)
	fmt.Fprintln(os.Stderr)
	fmt.Println(c)
	if err != nil {
		return fmt.Errorf("backfill (rerun with the same -state to resume): %w", err)
	}
	if mf != nil {
		return saveManifest(ctx, client, mf, *manifest)
	}
	return nil
}

// newProgress returns a reporter: a line redrawn in place on a terminal,
// a log line per page otherwise.
func newProgress(w *os.File) func(backfill.Counts) {
	if fi, err := w.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		return func(c backfill.Counts) { fmt.Fprintf(w, "\r%s", c) }
	}
	log := slog.New(slog.NewTextHandler(w, nil))
	return func(c backfill.Counts) {
		log.Info("backfill", "listed", c.Listed, "sent", c.Sent, "skipped", c.Skipped)
	}
}

func saveManifest(ctx context.Context, client *s3.Client, f *os.File, dest string) error {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	bucket, key, ok := splitS3URL(dest)
	if !ok {
		out, err := os.Create(dest)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, f); err != nil {
			out.Close()
			return fmt.Errorf("write %s: %w", dest, err)
		}
		return out.Close()
	}
	out, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key), Body: f, ContentType: aws.String("text/csv")})
	if err != nil {
		return fmt.Errorf("upload manifest to %s: %w", dest, err)
	}
	fmt.Printf("manifest s3://%s/%s etag %s\n", bucket, key, aws.ToString(out.ETag))
	return nil
}

// splitS3URL splits "s3://bucket/prefix" (the prefix may be empty).
func splitS3URL(s string) (bucket, key string, ok bool) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "s3" || u.Host == "" {
		return "", "", false
	}
	return u.Host, strings.TrimPrefix(u.Path, "/"), true
}
