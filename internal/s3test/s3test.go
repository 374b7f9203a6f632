// Package s3test runs a real S3-protocol server (gofakes3, in memory) on a
// local HTTP port, for tests and for local invocation without an AWS account.
package s3test

import (
	"context"
	"net/http"
	"net/http/httptest"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// Server is an in-memory S3 server.
type Server struct {
	URL    string // http://127.0.0.1:PORT
	Client *s3.Client
	http   *httptest.Server
}

// Credentials the server accepts (it does not check them).
const (
	AccessKey = "newsgist-local"
	SecretKey = "newsgist-local-secret"
	Region    = "us-east-1"
)

// Start starts a server with the given buckets. Close it when done.
func Start(buckets ...string) (*Server, error) {
	return StartWrapped(nil, buckets...)
}

// StartWrapped is Start with a middleware around the S3 protocol handler,
// for tests that inject faults (throttling, 5xx) in front of a real server.
func StartWrapped(wrap func(http.Handler) http.Handler, buckets ...string) (*Server, error) {
	faker := gofakes3.New(s3mem.New(), gofakes3.WithLogger(gofakes3.DiscardLog()))
	h := faker.Server()
	if wrap != nil {
		h = wrap(h)
	}
	ts := httptest.NewServer(h)
	srv := &Server{URL: ts.URL, http: ts, Client: NewClient(ts.URL)}
	for _, b := range buckets {
		if _, err := srv.Client.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: aws.String(b)}); err != nil {
			ts.Close()
			return nil, err
		}
	}
	return srv, nil
}

// NewClient returns an SDK client for a local S3 server at url, with
// path-style addressing (bucket in the path, not the host name).
func NewClient(url string) *s3.Client {
	return s3.New(s3.Options{
		Region:       Region,
		BaseEndpoint: aws.String(url),
		UsePathStyle: true,
		Credentials:  credentials.NewStaticCredentialsProvider(AccessKey, SecretKey, ""),
	})
}

// Close stops the server.
func (s *Server) Close() { s.http.Close() }
