// Command bootstrap is the newsgist Lambda function: it digests the articles
// named by S3 notifications (direct, through SQS or EventBridge) and S3 Batch
// Operations tasks, and writes each digest back to S3.
//
// Build it with -tags lambda.norpc for the provided.al2023 runtime. Logs go
// through aws-lambda-go's lambdacontext handler: the request id on every
// line, the format of AWS_LAMBDA_LOG_FORMAT (JSON in the template) and the
// level of AWS_LAMBDA_LOG_LEVEL (the template's ApplicationLogLevel). One
// CloudWatch Embedded Metric Format line per record goes to standard output
// too. Besides the settings in the README, S3_FORCE_PATH_STYLE=true makes the
// S3 client use path-style addressing, which local S3 servers
// (AWS_ENDPOINT_URL_S3) need.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/pipeline"
	"github.com/newsgist/newsgist/internal/store"
)

func main() {
	logger := lambdacontext.NewLogger()
	cfg, err := handler.ConfigFromEnv(os.Getenv)
	if err != nil {
		logger.Error("cannot start", "error", err)
		os.Exit(1)
	}
	// The Go soft memory limit from the function's memory (unless GOMEMLIMIT is set).
	memLimit, memFrom := pipeline.SetMemoryLimit(os.Getenv)
	logger.Debug("memory limit", "bytes", memLimit, "from", memFrom)
	awsCfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		logger.Error("cannot load AWS configuration", "error", err)
		os.Exit(1)
	}
	client := s3.NewFromConfig(awsCfg, func(o *s3.Options) {
		o.UsePathStyle = os.Getenv("S3_FORCE_PATH_STYLE") == "true"
	})
	fn := os.Getenv("AWS_LAMBDA_FUNCTION_NAME")
	if fn == "" {
		fn = "local"
	}
	h := &handler.Handler{
		// Conditional digest writes: an older upload's digest never
		// replaces a newer one's (store.Fresh).
		Store:   store.Fresh{S3: store.S3{Client: client}, Log: logger},
		Config:  cfg,
		Log:     logger,
		Metrics: &handler.Metrics{W: os.Stdout, Namespace: "newsgist", Function: fn},
		// DELETE_DIGESTS=true (template parameter DeleteDigests): a deleted
		// article's digest is deleted too.
		DeleteDigests: os.Getenv("DELETE_DIGESTS") == "true",
	}
	lambda.Start(h.Invoke)
}
