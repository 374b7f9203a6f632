// Package backfill runs the function over articles already in a bucket:
// objects uploaded before the stack existed, or digests to rebuild after a
// release. It lists s3://bucket/prefix and either sends one S3-notification
// message per object to the ingest queue (SQS mode: the function digests them
// as it does uploads, at the queue's concurrency cap), or writes an S3 Batch
// Operations CSV manifest (bucket,key) for a Batch Operations job that invokes
// the function (README: Backfill). A run can be resumed: it reports the last
// key of every page it finished, and starts after a given key.
package backfill

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/newsgist/newsgist/internal/s3event"
)

// Options configure a run. Exactly one of QueueURL and Manifest is set.
type Options struct {
	S3           *s3.Client
	SQS          *sqs.Client // with QueueURL
	Bucket       string
	Prefix       string
	OutputPrefix string    // keys under it are digests: never sent
	QueueURL     string    // send each object to this queue
	Manifest     io.Writer // or write "bucket,key" CSV lines here
	StartAfter   string    // resume after this key
	PageSize     int32     // keys per listing page (default 1000)
	// Page, when set, is called after each page is fully sent or written,
	// with the counts so far and the page's last key: save that key to
	// resume with StartAfter after an interruption.
	Page func(c Counts, lastKey string) error
}

// Counts say what a run did.
type Counts struct {
	Listed  int // objects listed
	Sent    int // sent to the queue or written to the manifest
	Skipped int // folder placeholders and digests under the output prefix
}

func (c Counts) String() string {
	return fmt.Sprintf("listed %d sent %d skipped %d", c.Listed, c.Sent, c.Skipped)
}

// Run lists the prefix and sends or writes every object.
func Run(ctx context.Context, opt Options) (Counts, error) {
	if (opt.QueueURL == "") == (opt.Manifest == nil) {
		return Counts{}, fmt.Errorf("backfill: want a queue URL or a manifest, not both or neither")
	}
	if opt.PageSize == 0 {
		opt.PageSize = 1000
	}
	var c Counts
	var manifest *csv.Writer
	if opt.Manifest != nil {
		manifest = csv.NewWriter(opt.Manifest)
	}
	in := &s3.ListObjectsV2Input{Bucket: aws.String(opt.Bucket), Prefix: aws.String(opt.Prefix), MaxKeys: aws.Int32(opt.PageSize)}
	if opt.StartAfter != "" {
		in.StartAfter = aws.String(opt.StartAfter)
	}
	pages := s3.NewListObjectsV2Paginator(opt.S3, in)
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return c, fmt.Errorf("list s3://%s/%s: %w", opt.Bucket, opt.Prefix, err)
		}
		var batch []sqstypes.SendMessageBatchRequestEntry
		last := ""
		for _, o := range page.Contents {
			key := aws.ToString(o.Key)
			last = key
			c.Listed++
			if strings.HasSuffix(key, "/") || (opt.OutputPrefix != "" && strings.HasPrefix(key, opt.OutputPrefix)) {
				c.Skipped++
				continue
			}
			if manifest != nil {
				// Batch Operations CSV manifests take URL-encoded keys.
				if err := manifest.Write([]string{opt.Bucket, url.QueryEscape(key)}); err != nil {
					return c, fmt.Errorf("write manifest: %w", err)
				}
				c.Sent++
				continue
			}
			body, err := Message(opt.Bucket, key, strings.Trim(aws.ToString(o.ETag), `"`), aws.ToInt64(o.Size))
			if err != nil {
				return c, err
			}
			batch = append(batch, sqstypes.SendMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(len(batch))), MessageBody: aws.String(body)})
			if len(batch) == 10 {
				if err := send(ctx, opt, batch); err != nil {
					return c, err
				}
				c.Sent += len(batch)
				batch = batch[:0]
			}
		}
		if len(batch) > 0 {
			if err := send(ctx, opt, batch); err != nil {
				return c, err
			}
			c.Sent += len(batch)
		}
		if manifest != nil {
			manifest.Flush()
			if err := manifest.Error(); err != nil {
				return c, fmt.Errorf("write manifest: %w", err)
			}
		}
		if opt.Page != nil && last != "" {
			if err := opt.Page(c, last); err != nil {
				return c, err
			}
		}
	}
	return c, nil
}

// Message is the queue message for one object: an S3 notification of one
// ObjectCreated:Backfill record, the shape S3 itself sends to the queue.
func Message(bucket, key, etag string, size int64) (string, error) {
	n := s3event.Created(bucket, key, "", etag, size)
	b, err := json.Marshal(events.S3Event{Records: n.Records})
	if err != nil {
		return "", fmt.Errorf("encode message for %s: %w", key, err)
	}
	return string(b), nil
}

func send(ctx context.Context, opt Options, batch []sqstypes.SendMessageBatchRequestEntry) error {
	out, err := opt.SQS.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: aws.String(opt.QueueURL), Entries: batch})
	if err != nil {
		return fmt.Errorf("send to %s: %w", opt.QueueURL, err)
	}
	if len(out.Failed) > 0 {
		f := out.Failed[0]
		return fmt.Errorf("send to %s: %d of %d messages refused (%s: %s)", opt.QueueURL, len(out.Failed), len(batch), aws.ToString(f.Code), aws.ToString(f.Message))
	}
	return nil
}
