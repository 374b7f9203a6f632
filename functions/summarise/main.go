// Command bootstrap is the newsgist Lambda function: it digests the articles
// named by S3 ObjectCreated notifications and writes each digest back to S3.
//
// Build it with -tags lambda.norpc for the provided.al2023 runtime. Besides
// the settings in the README, S3_FORCE_PATH_STYLE=true makes the S3 client use
// path-style addressing, which local S3 servers (AWS_ENDPOINT_URL_S3) need.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/pipeline"
	"github.com/newsgist/newsgist/internal/store"
)

func main() {
	cfg, err := handler.ConfigFromEnv(os.Getenv)
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: cfg.LogLevel}))
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
	h := &handler.Handler{Store: store.S3{Client: client}, Config: cfg, Log: logger}
	lambda.Start(h.Handle)
}
