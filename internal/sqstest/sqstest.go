// Package sqstest runs an in-process server speaking the SQS JSON protocol
// (the one aws-sdk-go-v2's SQS client uses: POST with X-Amz-Target
// AmazonSQS.<Action>), with visibility timeouts, receive counts and a
// dead-letter queue after maxReceiveCount, for tests that drive the real SDK
// client. It keeps everything in memory.
package sqstest

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Server is an in-memory SQS server.
type Server struct {
	URL    string
	Client *sqs.Client

	http   *httptest.Server
	mu     sync.Mutex
	queues map[string]*queue // by URL
	seq    int
	now    func() time.Time
}

// Queue settings.
type Queue struct {
	Name            string
	DeadLetter      string // name of the dead-letter queue, "" for none
	MaxReceiveCount int    // receives before a message moves to DeadLetter
}

type queue struct {
	Queue
	msgs []*message
}

type message struct {
	id, body, receipt string
	visibleAt         time.Time
	receives          int
	sent              time.Time
}

// Start starts a server with the given queues.
func Start(queues ...Queue) *Server {
	s := &Server{queues: map[string]*queue{}, now: time.Now}
	s.http = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.http.URL
	for _, q := range queues {
		s.queues[s.QueueURL(q.Name)] = &queue{Queue: q}
	}
	s.Client = sqs.New(sqs.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(s.URL),
		Credentials:  credentials.NewStaticCredentialsProvider("test", "test", ""),
	})
	return s
}

// Close stops the server.
func (s *Server) Close() { s.http.Close() }

// QueueURL returns the URL of the named queue.
func (s *Server) QueueURL(name string) string { return s.URL + "/123456789012/" + name }

// Len returns the number of messages in the named queue, in flight or not.
func (s *Server) Len(name string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if q := s.queues[s.QueueURL(name)]; q != nil {
		return len(q.msgs)
	}
	return 0
}

// SendFirst puts a message at the head of the named queue, to be received
// before those already waiting: a standard queue promises no order, and a
// test may need the worst one.
func (s *Server) SendFirst(name, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.queues[s.QueueURL(name)]
	s.send(q, body)
	last := q.msgs[len(q.msgs)-1]
	copy(q.msgs[1:], q.msgs[:len(q.msgs)-1])
	q.msgs[0] = last
}

// Bodies returns the bodies of the named queue's messages.
func (s *Server) Bodies(name string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	if q := s.queues[s.QueueURL(name)]; q != nil {
		for _, m := range q.msgs {
			out = append(out, m.body)
		}
	}
	return out
}

type apiError struct {
	code, msg string
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	action := strings.TrimPrefix(r.Header.Get("X-Amz-Target"), "AmazonSQS.")
	var req map[string]json.RawMessage
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeErr(w, apiError{"InvalidParameterValue", err.Error()})
		return
	}
	s.mu.Lock()
	resp, aerr := s.do(action, req)
	s.mu.Unlock()
	if aerr != nil {
		writeErr(w, *aerr)
		return
	}
	w.Header().Set("Content-Type", "application/x-amz-json-1.0")
	json.NewEncoder(w).Encode(resp)
}

func writeErr(w http.ResponseWriter, e apiError) {
	w.Header().Set("Content-Type", "application/x-amz-json-1.0")
	w.Header().Set("x-amzn-query-error", e.code+";Sender")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]string{"__type": "com.amazonaws.sqs#" + e.code, "message": e.msg})
}

func str(req map[string]json.RawMessage, k string) string {
	var v string
	json.Unmarshal(req[k], &v)
	return v
}

func num(req map[string]json.RawMessage, k string, def int) int {
	var v *int
	if json.Unmarshal(req[k], &v) != nil || v == nil {
		return def
	}
	return *v
}

func md5hex(s string) string {
	sum := md5.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

func (s *Server) do(action string, req map[string]json.RawMessage) (any, *apiError) {
	q := s.queues[str(req, "QueueUrl")]
	if q == nil && action != "ListQueues" {
		return nil, &apiError{"QueueDoesNotExist", "no queue " + str(req, "QueueUrl")}
	}
	switch action {
	case "SendMessage":
		id := s.send(q, str(req, "MessageBody"))
		return map[string]string{"MessageId": id, "MD5OfMessageBody": md5hex(str(req, "MessageBody"))}, nil
	case "SendMessageBatch":
		var entries []struct{ Id, MessageBody string }
		json.Unmarshal(req["Entries"], &entries)
		var ok []map[string]string
		for _, e := range entries {
			ok = append(ok, map[string]string{"Id": e.Id, "MessageId": s.send(q, e.MessageBody), "MD5OfMessageBody": md5hex(e.MessageBody)})
		}
		return map[string]any{"Successful": ok, "Failed": []any{}}, nil
	case "ReceiveMessage":
		return map[string]any{"Messages": s.receive(q, num(req, "MaxNumberOfMessages", 1), num(req, "VisibilityTimeout", 30))}, nil
	case "DeleteMessage":
		s.remove(q, str(req, "ReceiptHandle"))
		return map[string]any{}, nil
	case "DeleteMessageBatch":
		var entries []struct{ Id, ReceiptHandle string }
		json.Unmarshal(req["Entries"], &entries)
		var ok []map[string]string
		for _, e := range entries {
			s.remove(q, e.ReceiptHandle)
			ok = append(ok, map[string]string{"Id": e.Id})
		}
		return map[string]any{"Successful": ok, "Failed": []any{}}, nil
	case "ChangeMessageVisibility":
		for _, m := range q.msgs {
			if m.receipt == str(req, "ReceiptHandle") {
				m.visibleAt = s.now().Add(time.Duration(num(req, "VisibilityTimeout", 0)) * time.Second)
			}
		}
		return map[string]any{}, nil
	case "GetQueueAttributes":
		visible, inflight := 0, 0
		for _, m := range q.msgs {
			if m.visibleAt.After(s.now()) {
				inflight++
			} else {
				visible++
			}
		}
		return map[string]any{"Attributes": map[string]string{
			"ApproximateNumberOfMessages":           strconv.Itoa(visible),
			"ApproximateNumberOfMessagesNotVisible": strconv.Itoa(inflight),
		}}, nil
	}
	return nil, &apiError{"UnsupportedOperation", "sqstest does not implement " + action}
}

func (s *Server) send(q *queue, body string) string {
	s.seq++
	id := fmt.Sprintf("00000000-0000-4000-8000-%012d", s.seq)
	q.msgs = append(q.msgs, &message{id: id, body: body, sent: s.now()})
	return id
}

func (s *Server) receive(q *queue, max, visibility int) []map[string]any {
	var out []map[string]any
	now := s.now()
	kept := q.msgs[:0]
	for _, m := range q.msgs {
		if len(out) >= max || m.visibleAt.After(now) {
			kept = append(kept, m)
			continue
		}
		if q.DeadLetter != "" && q.MaxReceiveCount > 0 && m.receives >= q.MaxReceiveCount {
			dlq := s.queues[s.QueueURL(q.DeadLetter)]
			dlq.msgs = append(dlq.msgs, &message{id: m.id, body: m.body, sent: m.sent, receives: m.receives})
			continue
		}
		m.receives++
		s.seq++
		m.receipt = fmt.Sprintf("%s#%d", m.id, s.seq)
		m.visibleAt = now.Add(time.Duration(visibility) * time.Second)
		out = append(out, map[string]any{
			"MessageId": m.id, "ReceiptHandle": m.receipt, "Body": m.body, "MD5OfBody": md5hex(m.body),
			"Attributes": map[string]string{
				"ApproximateReceiveCount": strconv.Itoa(m.receives),
				"SentTimestamp":           strconv.FormatInt(m.sent.UnixMilli(), 10),
			},
		})
		kept = append(kept, m)
	}
	q.msgs = kept
	return out
}

func (s *Server) remove(q *queue, receipt string) {
	for i, m := range q.msgs {
		if m.receipt == receipt {
			q.msgs = append(q.msgs[:i], q.msgs[i+1:]...)
			return
		}
	}
}
