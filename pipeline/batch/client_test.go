package batch

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"brief/internal/fakellm"
	"brief/pipeline/engine/openai"
)

func chatBody(text string) json.RawMessage {
	b, _ := json.Marshal(map[string]any{"model": "m", "temperature": 0,
		"messages": []map[string]string{{"role": "system", "content": "Translate"}, {"role": "user", "content": text}}})
	return b
}

// Upload, create, retrieve and download round-trip through go-openai and
// the fake; each line is answered as an ordinary request would be.
func TestClient_RoundTrip(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	c := openai.NewBatchClient(srv.BaseURL(), fakellm.Token, time.Minute)
	files, err := Files([]Line{NewLine("a-1-c0", chatBody("Il y a 4 000 personnes.")), NewLine("a-1-c1", chatBody("Et 2,5 %."))}, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	b, err := c.Create(ctx, "in.jsonl", files[0], map[string]any{"tool": "brief"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Retrieve(ctx, b.ID)
	if err != nil || got.Status != StatusCompleted || got.RequestCounts.Completed != 2 || got.OutputFileID == nil {
		t.Fatalf("Retrieve = %+v, %v; want completed with 2 requests and an output file", got, err)
	}
	content, err := c.Content(ctx, *got.OutputFileID)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Outcome{}
	if err := ReadResults(strings.NewReader(string(content)), out); err != nil {
		t.Fatal(err)
	}
	if o := out["a-1-c0"]; o.Text != fakellm.Translate("Il y a 4 000 personnes.") {
		t.Errorf("a-1-c0 = %+v, want the fake's ordinary reply", o)
	}
	if o := out["a-1-c1"]; o.Text != fakellm.Translate("Et 2,5 %.") {
		t.Errorf("a-1-c1 = %+v, want the fake's ordinary reply", o)
	}
	if n := len(srv.ChatRequests()); n != 0 {
		t.Errorf("%d ordinary chat requests, want 0", n)
	}
}

// The fake validates lines like the provider: a bad line fails the batch.
func TestClient_InvalidLineFailsBatch(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	c := openai.NewBatchClient(srv.BaseURL(), fakellm.Token, time.Minute)
	ctx := context.Background()
	b, err := c.Create(ctx, "in.jsonl", []byte(`{"custom_id":"x","method":"GET","url":"/v1/chat/completions","body":{}}`+"\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if b.Status != StatusFailed || b.Errors == nil || len(b.Errors.Data) == 0 {
		t.Fatalf("Create = %+v, want a failed batch with errors", b)
	}
}

func TestClient_ErrorsAreAPIErrors(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	_, err := openai.NewBatchClient(srv.BaseURL(), "sk-wrong-0123456789", time.Minute).Retrieve(context.Background(), "batch_1")
	if !errors.Is(err, openai.ErrAPI) || !strings.Contains(err.Error(), "HTTP 401") {
		t.Fatalf("Retrieve with a wrong key = %v, want ErrAPI with HTTP 401", err)
	}
}
