package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"

	"brief/internal/fakellm"
)

// fakebatch scripts the fake server's Batch API from a test script:
//
//	fakebatch hold            new batches stay in_progress
//	fakebatch release         finish held batches
//	fakebatch expire N        new batches expire after N lines
//	fakebatch fail ID...      lines with these custom_ids fail (HTTP 500)
//	fakebatch batches         print the number of batches created
//	fakebatch lines N         print the number of lines of the Nth batch
func fakebatch(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("fakebatch does not support !")
	}
	if len(args) == 0 {
		ts.Fatalf("usage: fakebatch CMD ...")
	}
	srv := ts.Value(serverKey{}).(*fakellm.Server)
	switch args[0] {
	case "hold":
		srv.HoldBatches()
	case "release":
		srv.ReleaseBatches()
	case "expire":
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		srv.ExpireBatches(n)
	case "fail":
		srv.FailBatchLines(args[1:]...)
	case "batches":
		fmt.Fprintf(ts.Stdout(), "%d\n", len(srv.BatchIDs()))
	case "lines":
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		ids := srv.BatchIDs()
		if n < 1 || n > len(ids) {
			ts.Fatalf("no batch %d of %d", n, len(ids))
		}
		fmt.Fprintf(ts.Stdout(), "%d\n", strings.Count(string(srv.BatchInput(ids[n-1])), "\n"))
	default:
		ts.Fatalf("unknown fakebatch command %q", args[0])
	}
}
