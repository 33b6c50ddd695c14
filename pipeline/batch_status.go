package pipeline

import (
	"context"
	"errors"
	"fmt"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/batch"
	"brief/pipeline/engine/openai"
)

// batchState is one batch in status output.
type batchState struct {
	ID            string                      `json:"id"`
	Status        string                      `json:"status"`
	RequestCounts goopenai.BatchRequestCounts `json:"request_counts"`
}

// groupState is what status prints with --json: the submission's overall
// state and each batch's.
type groupState struct {
	batchState
	Group   string       `json:"group,omitempty"`
	Batches []batchState `json:"batches"`
}

// BatchStatus prints the status and request counts of a batch, or of
// every batch of a submission when id is a group (or a batch of one).
func BatchStatus(ctx context.Context, cfg Config, id string, opt BatchOptions, s Streams) error {
	ids := []string{id}
	group := ""
	m, err := batch.Load(opt.stateDir(), id)
	switch {
	case err == nil:
		group, ids = m.Group, nil
		for _, b := range m.Batches {
			ids = append(ids, b.ID)
		}
	case !errors.Is(err, batch.ErrUnknownBatch):
		return err
	}
	c := openai.NewBatchClient(cfg.BaseURL, cfg.APIKey, cfg.Timeout)
	st := groupState{Group: group}
	st.ID = id
	for _, bid := range ids {
		b, err := c.Retrieve(ctx, bid)
		if err != nil {
			return err
		}
		st.Batches = append(st.Batches, batchState{ID: b.ID, Status: b.Status, RequestCounts: b.RequestCounts})
		st.RequestCounts.Total += b.RequestCounts.Total
		st.RequestCounts.Completed += b.RequestCounts.Completed
		st.RequestCounts.Failed += b.RequestCounts.Failed
	}
	st.Status = overall(st.Batches)
	if opt.JSON {
		return writeJSONLine(s, st)
	}
	for _, b := range st.Batches {
		fmt.Fprintf(s.Out, "%s\t%s\t%d/%d completed, %d failed\n", b.ID, b.Status,
			b.RequestCounts.Completed, b.RequestCounts.Total, b.RequestCounts.Failed)
	}
	return nil
}

// overall is a submission's status: the first unfinished batch's, else
// the worst finished one's.
func overall(bs []batchState) string {
	rank := map[string]int{batch.StatusCompleted: 0, batch.StatusCancelled: 1, batch.StatusExpired: 2, batch.StatusFailed: 3}
	worst := batch.StatusCompleted
	for _, b := range bs {
		if !batch.Done(b.Status) {
			return b.Status
		}
		if rank[b.Status] > rank[worst] {
			worst = b.Status
		}
	}
	return worst
}
