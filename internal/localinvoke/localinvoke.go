// Package localinvoke runs the Lambda function the way `sam local invoke`
// would, without Docker or an AWS account: it builds bootstrap, starts it
// under the AWS Lambda Runtime Interface Emulator (the real runtime API),
// points it at an in-memory S3 server, uploads the articles each event names,
// posts each event and reads back the digests.
package localinvoke

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/newsgist/newsgist/internal/s3event"
	"github.com/newsgist/newsgist/internal/s3test"
)

// Buckets of the local run: the events' bucket, and the digest bucket the
// template creates by default.
const (
	DropBucket   = "newsgist-drop-local"
	DigestBucket = "newsgist-digests-local"
)

// rieTool is the emulator's package, pinned by the tool directive in go.mod.
const rieTool = "github.com/aws/aws-lambda-runtime-interface-emulator/cmd/aws-lambda-rie"

// fixtures maps event keys whose base name is not a testdata file name to
// the testdata file uploaded for them.
var fixtures = map[string]string{
	"incoming/2026/11/Missile shield (analysis).txt": "gates-missile-shield.txt",
	"incoming/backfill/Museum theft (captions).html": "museum-theft-captions.html",
}

// Options configure a run.
type Options struct {
	RepoRoot string    // the module root (where go.mod is)
	Events   []string  // event files; default: every events/*.json
	Log      io.Writer // the function's and the emulator's output; default discarded
}

// Invocation is the outcome of one event.
type Invocation struct {
	Event    string            // the event file, as given
	Response string            // the function's response body
	Failed   bool              // the response is an error (errorMessage, errorType)
	Digests  map[string][]byte // digest key -> body, written during this invocation
}

// Run builds and invokes the function once per event file.
func Run(ctx context.Context, opt Options) ([]Invocation, error) {
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	if len(opt.Events) == 0 {
		files, err := filepath.Glob(filepath.Join(opt.RepoRoot, "events", "*.json"))
		if err != nil || len(files) == 0 {
			return nil, fmt.Errorf("no events in %s/events: %v", opt.RepoRoot, err)
		}
		opt.Events = files
	}
	work, err := os.MkdirTemp("", "newsgist-local-invoke-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)

	bootstrap := filepath.Join(work, "bootstrap")
	if err := goBuild(ctx, opt.RepoRoot, bootstrap, "-tags", "lambda.norpc", "./functions/summarise"); err != nil {
		return nil, err
	}
	rie := filepath.Join(work, "aws-lambda-rie")
	if err := goBuild(ctx, opt.RepoRoot, rie, rieTool); err != nil {
		return nil, err
	}

	srv, err := s3test.Start(DropBucket, DigestBucket)
	if err != nil {
		return nil, fmt.Errorf("start local S3: %w", err)
	}
	defer srv.Close()
	if err := uploadFixtures(ctx, srv.Client, opt.RepoRoot, opt.Events); err != nil {
		return nil, err
	}

	invokeAddr, stop, err := startEmulator(ctx, rie, bootstrap, work, srv.URL, opt.Log)
	if err != nil {
		return nil, err
	}
	defer stop()
	if err := waitForPort(invokeAddr, 10*time.Second); err != nil {
		return nil, err
	}

	var out []Invocation
	for _, ev := range opt.Events {
		resp, failed, err := invoke(ctx, "http://"+invokeAddr, ev)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ev, err)
		}
		digests, err := takeDigests(ctx, srv.Client)
		if err != nil {
			return nil, err
		}
		out = append(out, Invocation{Event: ev, Response: resp, Failed: failed, Digests: digests})
	}
	return out, nil
}

// startEmulator starts the Runtime Interface Emulator rie running bootstrap
// in work, with the environment the template gives the function and S3 at
// s3URL; it returns the emulator's invoke address and how to stop it.
func startEmulator(ctx context.Context, rie, bootstrap, work, s3URL string, log io.Writer) (string, func(), error) {
	invokeAddr, err := freeAddr()
	if err != nil {
		return "", nil, err
	}
	runtimeAddr, err := freeAddr()
	if err != nil {
		return "", nil, err
	}
	cmd := exec.CommandContext(ctx, rie,
		"--runtime-interface-emulator-address", invokeAddr,
		"--runtime-api-address", runtimeAddr,
		bootstrap)
	cmd.Dir = work
	cmd.Env = append(os.Environ(),
		"AWS_ENDPOINT_URL_S3="+s3URL,
		"S3_FORCE_PATH_STYLE=true",
		"AWS_ACCESS_KEY_ID="+s3test.AccessKey,
		"AWS_SECRET_ACCESS_KEY="+s3test.SecretKey,
		"AWS_REGION="+s3test.Region,
		"AWS_EC2_METADATA_DISABLED=true",
		"OUTPUT_BUCKET="+DigestBucket,
		"OUTPUT_PREFIX=summaries/",
		"INPUT_PREFIX=incoming/",
		// As the template's LoggingConfig sets them in Lambda.
		"AWS_LAMBDA_LOG_FORMAT=JSON",
		"AWS_LAMBDA_LOG_LEVEL=INFO",
	)
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("start the emulator: %w", err)
	}
	return invokeAddr, func() {
		cmd.Process.Kill()
		cmd.Wait()
	}, nil
}

func goBuild(ctx context.Context, dir, output string, args ...string) error {
	cmd := exec.CommandContext(ctx, "go", append([]string{"build", "-trimpath", "-o", output}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}

// uploadFixtures puts, for every object the events name (S3 and EventBridge
// ObjectCreated records, SQS message bodies, Batch Operations tasks), the
// testdata file that stands for it. A payload the function does not know
// names no object: it is posted as it is, for the function to refuse.
func uploadFixtures(ctx context.Context, client *s3.Client, root string, events []string) error {
	for _, ev := range events {
		raw, err := os.ReadFile(ev)
		if err != nil {
			return err
		}
		for _, obj := range objects(raw) {
			name, ok := fixtures[obj.Key]
			if !ok {
				name = path.Base(obj.Key)
			}
			body, err := os.ReadFile(filepath.Join(root, "testdata", name))
			if os.IsNotExist(err) && strings.HasPrefix(obj.Key, "summaries/") {
				body, err = []byte(`{"schema_version":1}`), nil // a digest: the function must leave it alone
			}
			if err != nil {
				return fmt.Errorf("%s names %s: no fixture: %w", ev, obj.Key, err)
			}
			if _, err := client.PutObject(ctx, &s3.PutObjectInput{
				Bucket: aws.String(obj.Bucket), Key: aws.String(obj.Key), Body: bytes.NewReader(body),
			}); err != nil {
				return fmt.Errorf("upload %s: %w", obj.Key, err)
			}
		}
	}
	return nil
}

// objects lists the created objects a payload names, whatever its shape.
func objects(raw []byte) []s3event.ObjectRef {
	p, err := s3event.Parse(raw)
	if err != nil {
		return nil
	}
	var refs []s3event.ObjectRef
	add := func(n s3event.Notification) {
		r, _ := s3event.Refs(n, "")
		refs = append(refs, r...)
	}
	switch p.Shape {
	case s3event.ShapeSQS:
		for _, m := range p.Messages {
			if body, err := s3event.ParseMessageBody(m.Body); err == nil {
				add(body.Notification)
			}
		}
	case s3event.ShapeBatch:
		for _, t := range p.Batch.Tasks {
			refs = append(refs, s3event.ObjectRef{Bucket: t.Bucket, Key: t.Key})
		}
	default:
		add(p.Notification)
	}
	return refs
}

// takeDigests reads and deletes every object of the digest bucket, so that
// each invocation is judged by what it wrote itself.
func takeDigests(ctx context.Context, client *s3.Client) (map[string][]byte, error) {
	list, err := client.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(DigestBucket)})
	if err != nil {
		return nil, fmt.Errorf("list digests: %w", err)
	}
	digests := map[string][]byte{}
	for _, o := range list.Contents {
		got, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(DigestBucket), Key: o.Key})
		if err != nil {
			return nil, err
		}
		body, err := io.ReadAll(got.Body)
		got.Body.Close()
		if err != nil {
			return nil, err
		}
		digests[aws.ToString(o.Key)] = body
		if _, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(DigestBucket), Key: o.Key}); err != nil {
			return nil, err
		}
	}
	return digests, nil
}

// invoke posts one event and returns the function's response, and whether
// it is an error response ({"errorMessage": ..., "errorType": ...}).
func invoke(ctx context.Context, base, eventFile string) (string, bool, error) {
	raw, err := os.ReadFile(eventFile)
	if err != nil {
		return "", false, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/2015-03-31/functions/function/invocations", bytes.NewReader(raw))
	if err != nil {
		return "", false, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", false, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", false, err
	}
	if resp.StatusCode != http.StatusOK {
		return string(body), false, fmt.Errorf("invocation: HTTP %d: %s", resp.StatusCode, body)
	}
	var e struct {
		ErrorMessage *string `json:"errorMessage"`
	}
	failed := json.Unmarshal(body, &e) == nil && e.ErrorMessage != nil
	return string(body), failed, nil
}

func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

func waitForPort(addr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("the emulator did not listen on %s within %s", addr, timeout)
}

// Report prints, for people, one line per digest written and the function's
// response to each event (an error response says so).
func Report(w io.Writer, invs []Invocation) {
	for _, inv := range invs {
		keys := make([]string, 0, len(inv.Digests))
		for k := range inv.Digests {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			var d struct {
				Status string `json:"status"`
				Source struct {
					Bucket string `json:"bucket"`
					Key    string `json:"key"`
				} `json:"source"`
			}
			json.Unmarshal(inv.Digests[k], &d)
			fmt.Fprintf(w, "%s: s3://%s/%s -> s3://%s/%s (%s)\n", inv.Event, d.Source.Bucket, d.Source.Key, DigestBucket, k, d.Status)
		}
		what := "response"
		if inv.Failed {
			what = "error response"
		}
		fmt.Fprintf(w, "%s: %s %s\n", inv.Event, what, strings.TrimSpace(inv.Response))
	}
}
