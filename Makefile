# newsgist — make targets. Everything runs on a fresh machine with Go alone;
# the Lambda Runtime Interface Emulator is pinned in go.mod (tool directive).

GO        ?= go
SEED      := testdata/gates-missile-shield.txt
DIST      := dist
LDFLAGS   := -s -w
EVAL_DATA ?= ../shared/eval

.PHONY: run test check local-invoke load build build-SummariseFunction package golden fuzz stress eval-clean eval-quotes eval-summary eval-entities eval-real eval bench bench-cold clean

## run: digest the seed article locally (no AWS account needed)
run:
	$(GO) run ./cmd/newsgist summarise $(SEED)

## test: the whole test suite (what CI runs)
test:
	$(GO) test ./...

## check: formatting, vet and tests
check:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	$(GO) vet ./...
	$(GO) test ./...

## local-invoke: every events/*.json through the real Lambda runtime API (RIE) and a local S3
local-invoke:
	$(GO) run ./cmd/local-invoke

# The one command that builds the Lambda binary, for `make build` and for
# `sam build` alike: linux/arm64, no cgo, no RPC shim, no paths or VCS stamp
# (sam build copies the sources without .git), stripped. The build ID is a
# hash of the sources and embedded data (no .git needed): it is stored with
# every digest, so that after a release a backfill rewrites the digests.
LAMBDA_BUILD = CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -tags lambda.norpc -trimpath -buildvcs=false \
	-ldflags="$(LDFLAGS) -X github.com/newsgist/newsgist/internal/handler.buildID=$(SOURCE_HASH)"
SOURCE_HASH = $(shell find go.mod go.sum functions internal third_party -type f ! -name '*_test.go' ! -path '*/testdata/*' 2>/dev/null | LC_ALL=C sort | xargs cat | sha256sum | cut -c1-16)

## load: 1,000 objects through the SQS path (local S3 and SQS servers) with 5 % S3 faults,
## 2 % duplicate and some out-of-order notifications; prints objects/digests/rejected/failed/lost/stale
load:
	$(GO) run ./internal/loadtest/cmd/load

## build: the Lambda binary for provided.al2023 on arm64
build:
	mkdir -p $(DIST)
	$(LAMBDA_BUILD) -o $(DIST)/bootstrap ./functions/summarise

## build-SummariseFunction: what `sam build` runs (template Metadata BuildMethod: makefile)
build-SummariseFunction:
	$(LAMBDA_BUILD) -o $(ARTIFACTS_DIR)/bootstrap ./functions/summarise

## package: build, zip (zip -9, which compresses ~1.5 % better; a Go zip writer when zip is missing), print the sizes
package: build
	rm -f $(DIST)/bootstrap.zip
	if command -v zip >/dev/null; then cd $(DIST) && zip -q -9 bootstrap.zip bootstrap; else $(GO) run ./internal/benchdata/cmd/benchdata zip $(DIST)/bootstrap.zip $(DIST)/bootstrap; fi
	@ls -l $(DIST)/bootstrap $(DIST)/bootstrap.zip | awk '{printf "%s %d bytes (%.2f MB)\n", $$9, $$5, $$5/1e6}'

## golden: rewrite testdata/golden from the current code (then review git diff)
golden:
	$(GO) test ./internal/pipeline -run TestGolden -update

## fuzz: every fuzz target for at least FUZZSECS seconds (default 60), in batches of FUZZBATCH
## executions (the engine reports a batch's executions only when it ends, so a time-bounded run
## under-reports them), then the total executions; the unguarded targets (FuzzCleanUnguarded,
## FuzzDigest through the cleaner's recover) let panics surface. A crasher stops it.
FUZZSECS  ?= 60
FUZZBATCH ?= 5000
FUZZ_TARGETS := ./internal/s3event:FuzzDecode ./internal/entities:FuzzFind ./internal/credit:FuzzLabel ./internal/clean:FuzzDateReader ./internal/clean:FuzzClean \
	./internal/clean:FuzzCleanUnguarded ./internal/nlp:FuzzNewDocument ./internal/quotes:FuzzExtract ./internal/summary:FuzzCompress ./internal/pipeline:FuzzDigest ./internal/pipeline:FuzzCounters
fuzz:
	@mkdir -p $(DIST)
	@for t in $(FUZZ_TARGETS); do pkg=$${t%%:*}; fn=$${t##*:}; start=$$(date +%s); total=0; \
		while [ $$(( $$(date +%s) - start )) -lt $(FUZZSECS) ]; do \
			$(GO) test $$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZBATCH)x > $(DIST)/fuzz-$$fn.log 2>&1 || \
				{ grep -vE '^fuzz: elapsed' $(DIST)/fuzz-$$fn.log | tail -20; echo "FAIL $$fn"; exit 1; }; \
			total=$$(( total + $(FUZZBATCH) )); \
		done; \
		echo "$$fn ($$pkg): $$total execs in $$(( $$(date +%s) - start )) s, no crasher"; \
	done

## stress: hostile inputs (token and element floods, misnested tags, a gzip bomb, a 5 MiB article,
## random bytes, UTF-16 without BOM…) through `newsgist summarise` in a 256 MiB memory cgroup
## where the machine allows (root), one core; prints status, code, wall time and peak RSS per input
stress:
	mkdir -p $(DIST)
	$(GO) build -o $(DIST)/newsgist ./cmd/newsgist
	$(GO) run ./internal/stress/cmd/stress -newsgist $(DIST)/newsgist -mem $$((256<<20))

## eval-*: quality figures on the development data in ../shared/eval
eval-clean:
	$(GO) run ./cmd/newsgist eval clean $(EVAL_DATA)/clean-dev
eval-quotes:
	$(GO) run ./cmd/newsgist eval quotes $(EVAL_DATA)/quotes-dev/polnear_dev.jsonl
eval-summary:
	$(GO) run ./cmd/newsgist eval summary -data $(EVAL_DATA) -tradeoff
eval-entities:
	$(GO) run ./cmd/newsgist eval entities -data $(EVAL_DATA)/clean-dev
	$(GO) run ./cmd/newsgist eval entities -real -data $(EVAL_DATA)/clean-dev -labels $(EVAL_DATA)/real-dev/entities.jsonl
eval-real:
	$(GO) run ./cmd/newsgist eval real -data $(EVAL_DATA)
eval: eval-clean eval-quotes eval-summary eval-entities eval-real

## bench: warm benchmarks (one core, -cpu 1) of the whole digest, the prose baseline and every
## stage; raw output (benchstat input) in dist/bench.txt, then the tables of docs/performance.md
BENCH_COUNT ?= 5
BENCH_PKGS  ?= ./internal/pipeline ./internal/nlp ./internal/nlp/postag ./internal/clean ./internal/quotes ./internal/entities ./internal/summary
bench:
	mkdir -p $(DIST)
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 -count $(BENCH_COUNT) $(BENCH_PKGS) | tee $(DIST)/bench.txt
	$(GO) run ./internal/benchdata/cmd/benchdata table < $(DIST)/bench.txt

## bench-cold: fresh processes, one core: start → first seed digest, peak RSS on 1 MB articles, init cost
bench-cold:
	mkdir -p $(DIST)
	$(GO) build -trimpath -ldflags="$(LDFLAGS)" -o $(DIST)/newsgist ./cmd/newsgist
	$(GO) build -tags lambda.norpc -trimpath -ldflags="$(LDFLAGS)" -o $(DIST)/bootstrap-local ./functions/summarise
	GOMAXPROCS=1 $(GO) run ./internal/benchdata/cmd/benchdata cold -newsgist $(DIST)/newsgist -bootstrap $(DIST)/bootstrap-local -dir $(DIST) | tee $(DIST)/cold.md
	GOMAXPROCS=1 /usr/bin/time -v $(DIST)/newsgist summarise $(SEED) 2>&1 >/dev/null | grep -E 'Elapsed|Maximum resident'
	GOMAXPROCS=1 /usr/bin/time -v $(DIST)/newsgist summarise $(DIST)/article-1MB.html 2>&1 >/dev/null | grep -E 'Elapsed|Maximum resident'

clean:
	rm -rf $(DIST)
