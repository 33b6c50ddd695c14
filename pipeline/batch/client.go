package batch

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

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

// Client talks to the files and batches endpoints of an OpenAI-compatible
// API.
type Client struct {
	c *goopenai.Client
}

// NewClient builds a client; timeout bounds each request (an upload of a
// large file included).
func NewClient(baseURL, apiKey string, timeout time.Duration) *Client {
	cc := goopenai.DefaultConfig(apiKey)
	if baseURL != "" {
		cc.BaseURL = strings.TrimRight(baseURL, "/")
	}
	cc.HTTPClient = &http.Client{Timeout: timeout}
	return &Client{c: goopenai.NewClientWithConfig(cc)}
}

// Create uploads one JSONL input file (purpose "batch") and starts a batch
// on it with a 24 h completion window.
func (c *Client) Create(ctx context.Context, name string, jsonl []byte, meta map[string]any) (goopenai.Batch, error) {
	f, err := c.c.CreateFileBytes(ctx, goopenai.FileBytesRequest{Name: name, Bytes: jsonl, Purpose: goopenai.PurposeBatch})
	if err != nil {
		return goopenai.Batch{}, fmt.Errorf("upload %s: %w", name, describe(err))
	}
	b, err := c.c.CreateBatch(ctx, goopenai.CreateBatchRequest{InputFileID: f.ID,
		Endpoint: goopenai.BatchEndpointChatCompletions, CompletionWindow: "24h", Metadata: meta})
	if err != nil {
		return goopenai.Batch{}, fmt.Errorf("create batch on %s: %w", f.ID, describe(err))
	}
	return b.Batch, nil
}

// Retrieve returns a batch's current state.
func (c *Client) Retrieve(ctx context.Context, id string) (goopenai.Batch, error) {
	b, err := c.c.RetrieveBatch(ctx, id)
	if err != nil {
		return goopenai.Batch{}, fmt.Errorf("batch %s: %w", id, describe(err))
	}
	return b.Batch, nil
}

// Content downloads a file's content.
func (c *Client) Content(ctx context.Context, fileID string) ([]byte, error) {
	rc, err := c.c.GetFileContent(ctx, fileID)
	if err != nil {
		return nil, fmt.Errorf("file %s: %w", fileID, describe(err))
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("file %s: %w", fileID, describe(err))
	}
	return b, nil
}

// describe is the openai engine's error line, with the advice a 404 from
// the file or batch endpoints calls for.
func describe(err error) error {
	return openai.Describe(err, "check --base-url (OPENAI_BASE_URL): the server may have no Batch API")
}
