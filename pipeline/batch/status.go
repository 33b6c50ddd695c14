package batch

import (
	"context"
	"errors"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/engine/openai"
)

// Statuses of a batch, as the provider names them.
const (
	StatusValidating = "validating"
	StatusInProgress = "in_progress"
	StatusFinalizing = "finalizing"
	StatusCompleted  = "completed"
	StatusFailed     = "failed"
	StatusExpired    = "expired"
	StatusCancelling = "cancelling"
	StatusCancelled  = "cancelled"
)

// Done reports whether a batch in status will change no more.
func Done(status string) bool {
	switch status {
	case StatusCompleted, StatusFailed, StatusExpired, StatusCancelled:
		return true
	}
	return false
}

// State is one batch in status output.
type State struct {
	ID            string                      `json:"id"`
	Status        string                      `json:"status"`
	RequestCounts goopenai.BatchRequestCounts `json:"request_counts"`
}

// GroupState is what status prints with --json: the submission's overall
// state and each batch's.
type GroupState struct {
	State
	Group   string  `json:"group,omitempty"`
	Batches []State `json:"batches"`
}

// Status retrieves the status and request counts of a batch, or of every
// batch of a submission when id is a group (or a batch of one).
func Status(ctx context.Context, c *openai.BatchClient, id string, opt Options) (GroupState, error) {
	ids := []string{id}
	group := ""
	m, err := Load(opt.stateDir(), id)
	switch {
	case err == nil:
		group, ids = m.Group, nil
		for _, b := range m.Batches {
			ids = append(ids, b.ID)
		}
	case !errors.Is(err, ErrUnknownBatch):
		return GroupState{}, err
	}
	st := GroupState{Group: group}
	st.ID = id
	for _, bid := range ids {
		b, err := c.Retrieve(ctx, bid)
		if err != nil {
			return GroupState{}, err
		}
		st.Batches = append(st.Batches, State{ID: b.ID, Status: b.Status, RequestCounts: b.RequestCounts})
		st.RequestCounts.Total += b.RequestCounts.Total
		st.RequestCounts.Completed += b.RequestCounts.Completed
		st.RequestCounts.Failed += b.RequestCounts.Failed
	}
	st.Status = overall(st.Batches)
	return st, nil
}

// overall is a submission's status: the first unfinished batch's, else
// the worst finished one's.
func overall(bs []State) string {
	rank := map[string]int{StatusCompleted: 0, StatusCancelled: 1, StatusExpired: 2, StatusFailed: 3}
	worst := StatusCompleted
	for _, b := range bs {
		if !Done(b.Status) {
			return b.Status
		}
		if rank[b.Status] > rank[worst] {
			worst = b.Status
		}
	}
	return worst
}
