// Package loadtest drives the SQS ingest path end to end on local protocol
// servers: objects uploaded to the in-memory S3 (s3test), their S3
// notifications sent to an in-process SQS server (sqstest) with duplicates
// and out-of-order pairs, and workers that receive batches, call the
// function's handler (handler.Invoke, as Lambda's event source mapping does)
// and delete what did not fail, while S3 answers a share of GETs and PUTs
// with 503 SlowDown. At the end every object is compared with its digest.
package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/newsgist/newsgist/internal/handler"
	"github.com/newsgist/newsgist/internal/s3event"
	"github.com/newsgist/newsgist/internal/s3test"
	"github.com/newsgist/newsgist/internal/sqstest"
	"github.com/newsgist/newsgist/internal/store"
)

// Options configure a run.
type Options struct {
	Objects    int     // objects uploaded (default 1000)
	FaultRate  float64 // share of S3 GETs (articles) and PUTs (digests) answered 503 (default 0.05)
	Duplicates float64 // share of notifications delivered twice (default 0.02)
	// Updates is the share of keys uploaded twice (default 0.05). Half are
	// notified out of order (the second version's notification first); for
	// the other half the second version is uploaded the moment the function
	// reads the first, and that read's digest write is held back 300 ms, so
	// that the first version's digest would be written last.
	Updates  float64
	Workers  int    // concurrent "function instances" (default 4)
	Plain    bool   // write digests unconditionally (store.S3), to see what the guard prevents
	Testdata string // folder of articles to upload (default testdata)
	Seed     uint64
}

// Report is the outcome of a run.
type Report struct {
	Objects, Digests, Rejected, Failed, Lost, Stale int
	Messages, Duplicates, OutOfOrder, Raced, Faults int
	Elapsed                                         time.Duration
}

func (r Report) String() string {
	return fmt.Sprintf("objects %d digests %d rejected %d failed %d lost %d stale %d", r.Objects, r.Digests, r.Rejected, r.Failed, r.Lost, r.Stale)
}

// Detail is the second line a run prints: what was delivered, and how fast.
func (r Report) Detail(workers int) string {
	return fmt.Sprintf("messages %d (duplicates %d, out-of-order pairs %d, raced pairs %d), S3 faults injected %d; %.1f s, %.0f objects/s with %d workers",
		r.Messages, r.Duplicates, r.OutOfOrder, r.Raced, r.Faults, r.Elapsed.Seconds(), float64(r.Objects)/r.Elapsed.Seconds(), workers)
}

const (
	drop, digests = "load-drop", "load-digests"
	queueName     = "ingest"
	dlqName       = "ingest-dlq"
)

// Run runs the load and checks the result.
func Run(ctx context.Context, opt Options) (Report, error) {
	if opt.Objects == 0 {
		opt.Objects = 1000
	}
	if opt.Workers == 0 {
		opt.Workers = 4
	}
	if opt.Testdata == "" {
		opt.Testdata = "testdata"
	}
	articles, err := loadArticles(opt.Testdata)
	if err != nil {
		return Report{}, err
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 17))
	var rngMu sync.Mutex
	chance := func(p float64) bool { rngMu.Lock(); defer rngMu.Unlock(); return rng.Float64() < p }

	var faults atomic.Int32
	race := &racer{delay: map[string]bool{}, armed: map[string][]byte{}, digestKey: handler.DefaultConfig.OutputKey}
	srv, err := s3test.StartWrapped(faulty(opt.FaultRate, chance, race, &faults), drop, digests)
	if err != nil {
		return Report{}, err
	}
	defer srv.Close()
	q := sqstest.Start(sqstest.Queue{Name: queueName, DeadLetter: dlqName, MaxReceiveCount: 10}, sqstest.Queue{Name: dlqName})
	defer q.Close()

	// The function's S3 client does not retry: every fault reaches the
	// queue's retry path.
	fnClient := s3.New(s3.Options{Region: s3test.Region, BaseEndpoint: aws.String(srv.URL), UsePathStyle: true,
		Credentials: srv.Client.Options().Credentials, RetryMaxAttempts: 1})
	h := &handler.Handler{Config: handler.DefaultConfig, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	h.Config.OutputBucket = digests
	if opt.Plain {
		h.Store = store.S3{Client: fnClient}
	} else {
		h.Store = store.Fresh{S3: store.S3{Client: fnClient}}
	}

	start := time.Now()
	var rep Report
	rep.Objects = opt.Objects
	var produced atomic.Bool
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(ctx, q, h, &produced)
		}()
	}
	race.srv, race.q = srv, q
	p := producer{srv: srv, q: q, articles: articles, chance: chance, race: race}
	if err := p.run(ctx, opt, &rep); err != nil {
		return rep, err
	}
	produced.Store(true)
	wg.Wait()
	rep.Elapsed = time.Since(start)
	rep.Faults = int(faults.Load())
	rep.Raced = race.fired()
	rep.Failed = q.Len(dlqName)
	return rep, check(ctx, srv.Client, h.Config, opt.Objects, &rep)
}

// faulty is the S3 middleware of a run: the racer's hooks, and 503 SlowDown
// for a share (rate) of article GETs and digest PUTs, counted in faults.
func faulty(rate float64, chance func(float64) bool, race *racer, faults *atomic.Int32) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if race.before(r) {
				next.ServeHTTP(w, r)
				race.after(r)
				return
			}
			target := (r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/"+drop+"/")) ||
				(r.Method == http.MethodPut && strings.HasPrefix(r.URL.Path, "/"+digests+"/"))
			if target && chance(rate) {
				faults.Add(1)
				w.Header().Set("Content-Type", "application/xml")
				w.WriteHeader(http.StatusServiceUnavailable)
				io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>injected</Message></Error>`)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// worker is one function instance behind the event source mapping: it
// receives up to 10 messages, invokes the handler with them as an SQS event,
// and deletes those not reported in batchItemFailures; the failed ones
// come back after the visibility timeout.
func worker(ctx context.Context, q *sqstest.Server, h *handler.Handler, produced *atomic.Bool) {
	url := aws.String(q.QueueURL(queueName))
	for {
		out, err := q.Client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: 1})
		if err != nil {
			return
		}
		if len(out.Messages) == 0 {
			if produced.Load() && q.Len(queueName) == 0 {
				return
			}
			time.Sleep(20 * time.Millisecond)
			continue
		}
		var ev events.SQSEvent
		for _, m := range out.Messages {
			ev.Records = append(ev.Records, events.SQSMessage{MessageId: aws.ToString(m.MessageId), Body: aws.ToString(m.Body), EventSource: "aws:sqs"})
		}
		raw, _ := json.Marshal(ev)
		resp, err := h.Invoke(ctx, raw)
		failed := map[string]bool{}
		if err != nil {
			for _, m := range out.Messages {
				failed[aws.ToString(m.MessageId)] = true
			}
		} else {
			for _, f := range resp.(events.SQSEventResponse).BatchItemFailures {
				failed[f.ItemIdentifier] = true
			}
		}
		for _, m := range out.Messages {
			if !failed[aws.ToString(m.MessageId)] {
				q.Client.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: url, ReceiptHandle: m.ReceiptHandle})
			}
		}
	}
}

type article struct {
	ext  string
	body []byte
}

func loadArticles(dir string) ([]article, error) {
	var out []article
	for _, pat := range []string{"*.txt", "*.md", "*.html"} {
		files, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			out = append(out, article{ext: filepath.Ext(f), body: b})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no articles in %s", dir)
	}
	return out, nil
}

type producer struct {
	srv      *s3test.Server
	q        *sqstest.Server
	articles []article
	chance   func(float64) bool
	race     *racer
	pending  []string // notifications not sent yet
}

// seq numbers the notifications' sequencers, from the producer and the racer.
var seq atomic.Int64

// run uploads the objects and sends their notifications as S3 would, with
// duplicates, and second versions of some keys whose first notification is
// held back and sent after the second's (out of order).
func (p *producer) run(ctx context.Context, opt Options, rep *Report) error {
	updates := map[int]string{} // index -> key of objects that get a second version
	var held []string           // first-version notifications sent late
	for i := range opt.Objects {
		a := p.articles[i%len(p.articles)]
		key := fmt.Sprintf("incoming/load/%04d%s", i, a.ext)
		body := version(a, key, 1)
		if i%50 == 49 {
			// 2 % are not articles: a rejected digest each.
			key = fmt.Sprintf("incoming/load/%04d.png", i)
			body = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + key)
		}
		msg, err := p.upload(ctx, key, body)
		if err != nil {
			return err
		}
		update := i%50 != 49 && p.chance(opt.Updates)
		if update && p.chance(0.5) {
			p.race.arm(key, version(a, key, 2))
			update = false
		}
		if update {
			held = append(held, msg)
			rep.OutOfOrder++
		} else {
			p.send(msg, opt, rep)
		}
		if update {
			updates[i] = key
		}
		// A few keys later, the second versions go up.
		if k, ok := updates[i-3]; ok {
			msg, err := p.upload(ctx, k, version(p.articles[(i-3)%len(p.articles)], k, 2))
			if err != nil {
				return err
			}
			p.send(msg, opt, rep)
			for _, h := range held {
				p.send(h, opt, rep)
			}
			held = held[:0]
		}
		if len(p.pending) >= 10 {
			if err := p.flush(ctx); err != nil {
				return err
			}
		}
	}
	for _, h := range held {
		p.send(h, opt, rep)
	}
	return p.flush(ctx)
}

func version(a article, key string, v int) []byte {
	note := fmt.Sprintf("\n\nEditor's note: this is version %d of %s.\n", v, key)
	return append(append([]byte{}, a.body...), note...)
}

func (p *producer) upload(ctx context.Context, key string, body []byte) (string, error) {
	out, err := p.srv.Client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(drop), Key: aws.String(key), Body: strings.NewReader(string(body))})
	if err != nil {
		return "", fmt.Errorf("upload %s: %w", key, err)
	}
	return notification(key, aws.ToString(out.ETag), len(body))
}

func notification(key, etag string, size int) (string, error) {
	n := s3event.Created(drop, key, "", strings.Trim(etag, `"`), int64(size))
	n.Records[0].EventName = "ObjectCreated:Put"
	n.Records[0].S3.Object.Sequencer = fmt.Sprintf("%016X", seq.Add(1))
	b, err := json.Marshal(events.S3Event{Records: n.Records})
	return string(b), err
}

// racer builds the race of the issue: an old and a new upload of the same
// key processed at the same time, the old one's digest written last. When the
// function reads an armed key, the racer uploads the key's second version
// right after that read and puts its notification at the head of the queue,
// and holds the first
// read's digest write back 300 ms, long enough for another worker to digest
// the second version first.
type racer struct {
	srv       *s3test.Server
	q         *sqstest.Server
	digestKey func(string) string
	mu        sync.Mutex
	armed     map[string][]byte // source key -> second version, until read
	delay     map[string]bool   // digest keys whose next write is held back
	n         int
}

func (r *racer) arm(key string, second []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.armed[key] = second
}

func (r *racer) fired() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n
}

// before reports whether the request is one the racer acts on after it is
// served (a GET of an armed key); it holds back a delayed digest write.
func (r *racer) before(req *http.Request) bool {
	key := strings.TrimPrefix(req.URL.Path, "/"+drop+"/")
	r.mu.Lock()
	defer r.mu.Unlock()
	switch req.Method {
	case http.MethodGet:
		_, ok := r.armed[key]
		return ok && key != req.URL.Path
	case http.MethodPut:
		dk := strings.TrimPrefix(req.URL.Path, "/"+digests+"/")
		if dk != req.URL.Path && r.delay[dk] {
			delete(r.delay, dk)
			r.mu.Unlock()
			time.Sleep(300 * time.Millisecond)
			r.mu.Lock()
		}
	}
	return false
}

// after uploads the second version of the key just read, and notifies it.
func (r *racer) after(req *http.Request) {
	key := strings.TrimPrefix(req.URL.Path, "/"+drop+"/")
	r.mu.Lock()
	second, ok := r.armed[key]
	delete(r.armed, key)
	if ok {
		r.delay[r.digestKey(key)] = true
		r.n++
	}
	r.mu.Unlock()
	if !ok {
		return
	}
	ctx := context.Background()
	out, err := r.srv.Client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(drop), Key: aws.String(key), Body: strings.NewReader(string(second))})
	if err != nil {
		return // the first version stays current: nothing to race
	}
	msg, err := notification(key, aws.ToString(out.ETag), len(second))
	if err == nil {
		r.q.SendFirst(queueName, msg) // the next worker takes it
	}
}

func (p *producer) send(msg string, opt Options, rep *Report) {
	p.pending = append(p.pending, msg)
	rep.Messages++
	if p.chance(opt.Duplicates) {
		p.pending = append(p.pending, msg)
		rep.Messages++
		rep.Duplicates++
	}
}

func (p *producer) flush(ctx context.Context) error {
	for len(p.pending) > 0 {
		n := min(10, len(p.pending))
		for _, m := range p.pending[:n] {
			if _, err := p.q.Client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(p.q.QueueURL(queueName)), MessageBody: aws.String(m)}); err != nil {
				return fmt.Errorf("send: %w", err)
			}
		}
		p.pending = p.pending[n:]
	}
	return nil
}

// check compares every object with its digest: lost when there is none,
// stale when it was made from another version than the current one.
func check(ctx context.Context, client *s3.Client, cfg handler.Config, objects int, rep *Report) error {
	pages := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: aws.String(drop)})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, o := range page.Contents {
			key := aws.ToString(o.Key)
			got, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(digests), Key: aws.String(cfg.OutputKey(key))})
			if err != nil {
				rep.Lost++
				continue
			}
			var d struct {
				Status string `json:"status"`
				Source struct {
					ETag string `json:"etag"`
				} `json:"source"`
			}
			err = json.NewDecoder(got.Body).Decode(&d)
			got.Body.Close()
			if err != nil {
				return fmt.Errorf("digest of %s: %w", key, err)
			}
			rep.Digests++
			if d.Status == "rejected" {
				rep.Rejected++
			}
			if d.Source.ETag != strings.Trim(aws.ToString(o.ETag), `"`) {
				rep.Stale++
			}
		}
	}
	return nil
}
