package figures

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// paraJob is one paragraph (or summary line) to read, with what
// extractKnown needs for it.
type paraJob struct {
	text    string
	lang    Lang
	clauses bool
	known   map[string]bool
	toks    []token // read already for the names, or nil
}

// extractParas reads every paragraph on all the cores: paragraphs share
// nothing, their reading is most of the verifier's time on a long
// article, and the French alone is longer than the English, so giving
// each language its own core left one idle half the time. The mentions
// come back in the jobs' order, whatever the order they were read in.
func extractParas(jobs []paraJob) [][]Mention {
	out := make([][]Mention, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < len(jobs); k = int(next.Add(1)) - 1 {
				j := jobs[k]
				out[k] = extractKnown(j.text, j.lang, j.clauses, j.known, j.toks)
			}
		})
	}
	wg.Wait()
	return out
}

// sourceJobs are the French paragraphs' jobs.
func (r *check) sourceJobs(paras []string) []paraJob {
	jobs := make([]paraJob, len(paras))
	for i, p := range paras {
		jobs[i] = paraJob{text: p, lang: French, clauses: r.Mode == ModeSummary, known: r.known}
		if r.srcToks != nil {
			jobs[i].toks = r.srcToks[i] // read once already, for the names
		}
	}
	return jobs
}
