package loadtest

import (
	"context"
	"testing"
)

// A smaller make load: nothing lost, nothing stale, every object digested
// once whatever the faults, duplicates and reordering.
func TestLoadLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds of load")
	}
	rep, err := Run(context.Background(), Options{Objects: 150, FaultRate: 0.05, Duplicates: 0.05, Updates: 0.3, Workers: 4, Testdata: "../../testdata", Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep, "; ", rep.Detail(4))
	if rep.Lost != 0 || rep.Stale != 0 || rep.Digests != 150 || rep.Failed != 0 || rep.Rejected != 3 {
		t.Errorf("%v", rep)
	}
	if rep.Duplicates == 0 || rep.OutOfOrder == 0 || rep.Raced == 0 || rep.Faults == 0 {
		t.Errorf("the load did not exercise duplicates, reordering and faults: %s", rep.Detail(4))
	}
}

// The same load with unconditional digest writes leaves stale digests: the
// raced pairs are real races, and the conditional write is what wins them.
func TestLoadWithoutTheGuardGoesStale(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds of load")
	}
	rep, err := Run(context.Background(), Options{Objects: 150, FaultRate: 0.05, Duplicates: 0.02, Updates: 0.3, Workers: 4, Testdata: "../../testdata", Seed: 3, Plain: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep, "; ", rep.Detail(4))
	if rep.Raced == 0 || rep.Stale == 0 {
		t.Errorf("no stale digest without the guard: %v; %s", rep, rep.Detail(4))
	}
}
