package openai

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"
)

// BatchClient talks to the files and batches endpoints of an
// OpenAI-compatible API, for batch mode (package batch).
type BatchClient struct {
	c *goopenai.Client
}

// NewBatchClient builds a client; timeout bounds each request (an upload
// of a large file included).
func NewBatchClient(baseURL, apiKey string, timeout time.Duration) *BatchClient {
	cc := goopenai.DefaultConfig(apiKey)
	if baseURL != "" {
		cc.BaseURL = strings.TrimRight(baseURL, "/")
	}
	cc.HTTPClient = &http.Client{Timeout: timeout}
	return &BatchClient{c: goopenai.NewClientWithConfig(cc)}
}

// Create uploads one JSONL input file (purpose "batch") and starts a batch
// on it with a 24 h completion window.
func (c *BatchClient) Create(ctx context.Context, name string, jsonl []byte, meta map[string]any) (goopenai.Batch, error) {
	f, err := c.c.CreateFileBytes(ctx, goopenai.FileBytesRequest{Name: name, Bytes: jsonl, Purpose: goopenai.PurposeBatch})
	if err != nil {
		return goopenai.Batch{}, fmt.Errorf("upload %s: %w", name, describeBatch(err))
	}
	b, err := c.c.CreateBatch(ctx, goopenai.CreateBatchRequest{InputFileID: f.ID,
		Endpoint: goopenai.BatchEndpointChatCompletions, CompletionWindow: "24h", Metadata: meta})
	if err != nil {
		return goopenai.Batch{}, fmt.Errorf("create batch on %s: %w", f.ID, describeBatch(err))
	}
	return b.Batch, nil
}

// Retrieve returns a batch's current state.
func (c *BatchClient) Retrieve(ctx context.Context, id string) (goopenai.Batch, error) {
	b, err := c.c.RetrieveBatch(ctx, id)
	if err != nil {
		return goopenai.Batch{}, fmt.Errorf("batch %s: %w", id, describeBatch(err))
	}
	return b.Batch, nil
}

// Content downloads a file's content.
func (c *BatchClient) Content(ctx context.Context, fileID string) ([]byte, error) {
	rc, err := c.c.GetFileContent(ctx, fileID)
	if err != nil {
		return nil, fmt.Errorf("file %s: %w", fileID, describeBatch(err))
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("file %s: %w", fileID, describeBatch(err))
	}
	return b, nil
}

// describeBatch is describe with the advice a 404 from the file or batch
// endpoints calls for.
func describeBatch(err error) error {
	return describeWith(err, "check --base-url (OPENAI_BASE_URL): the server may have no Batch API")
}

// ListModels lists the model ids the endpoint serves (brief doctor).
func ListModels(ctx context.Context, baseURL, apiKey string, timeout time.Duration) ([]string, error) {
	cc := goopenai.DefaultConfig(apiKey)
	cc.BaseURL = strings.TrimRight(baseURL, "/")
	cc.HTTPClient = &http.Client{Timeout: timeout}
	list, err := goopenai.NewClientWithConfig(cc).ListModels(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, describeWith(err, "check --base-url (OPENAI_BASE_URL)")
	}
	var ids []string
	for _, m := range list.Models {
		ids = append(ids, m.ID)
	}
	return ids, nil
}
