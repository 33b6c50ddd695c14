package openai

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"

	goopenai "github.com/sashabaranov/go-openai"
)

// Props is what a llama.cpp server says about itself (GET /props): the
// model file it serves under any name, its build, and the context of one
// slot.
type Props struct {
	ModelPath string
	BuildInfo string
	NCtx      int // tokens of context per slot; 0: not said
	Slots     int
}

// Identity is the model as the server names it in its replies.
type Identity struct {
	Model       string // the reply's "model"
	Fingerprint string // the reply's "system_fingerprint"
}

// server is what the engine learnt about its server, once per run.
type server struct {
	propsOnce sync.Once
	props     *Props // nil: the server has no /props (not llama.cpp)
	probeOnce sync.Once
	probed    *Identity // nil: the probe failed
	warnOnce  sync.Once // a failed cache write is said once
}

// maxPropsBytes bounds a /props reply (its chat template is the bulk).
const maxPropsBytes = 1 << 20

// propsURL is GET /props next to the API's /v1.
func propsURL(baseURL string) string {
	return strings.TrimSuffix(strings.TrimRight(baseURL, "/"), "/v1") + "/props"
}

// fetchProps asks doer for GET /props. It returns the HTTP status (0 when
// no answer came) and the props when the server is llama.cpp.
func fetchProps(ctx context.Context, doer goopenai.HTTPDoer, baseURL, key string) (*Props, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, propsURL(baseURL), nil)
	if err != nil {
		return nil, 0, err
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := doer.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxPropsBytes))
	if err != nil || resp.StatusCode != http.StatusOK {
		return nil, resp.StatusCode, err
	}
	var p struct {
		ModelPath string `json:"model_path"`
		BuildInfo string `json:"build_info"`
		Slots     int    `json:"total_slots"`
		Settings  struct {
			NCtx int `json:"n_ctx"`
		} `json:"default_generation_settings"`
	}
	if json.Unmarshal(body, &p) != nil || (p.ModelPath == "" && p.Settings.NCtx == 0) {
		return nil, resp.StatusCode, nil // a web server's page, not llama.cpp's
	}
	return &Props{ModelPath: p.ModelPath, BuildInfo: p.BuildInfo, NCtx: p.Settings.NCtx, Slots: p.Slots}, resp.StatusCode, nil
}

// serverProps fetches /props once per run (through the transport: a model
// still loading is waited for), nil when the server has none.
func (e *Engine) serverProps(ctx context.Context) *Props {
	e.server.propsOnce.Do(func() {
		if e.cfg.Azure {
			return
		}
		// No retries: any failure means no props.
		p, _, err := fetchProps(withNoRetry(ctx), e.t, e.cfg.BaseURL, e.cfg.APIKey)
		if err == nil {
			e.server.props = p
		}
		e.cfg.Logger.Debug("props", "found", p != nil)
	})
	return e.server.props
}

// knownProps is what serverProps found, once it ran.
func (e *Engine) knownProps() *Props {
	return e.server.props
}

// identityKey is the part of the cache key that names the model the
// server runs, read before any request: llama.cpp's model file and build
// (the same name may serve another file tomorrow).
func identityKey(p *Props) string {
	if p == nil {
		return ""
	}
	return p.ModelPath + "\x00" + p.BuildInfo
}

// Probe sends the smallest chat request (one output token) and returns the
// model identity the reply reports. It needs the key where the server has
// one, so doctor uses it to check the key.
func (e *Engine) Probe(ctx context.Context) (Identity, error) {
	id, err := e.probe(ctx)
	if err != nil {
		return id, describe(err)
	}
	return id, nil
}

// probe is Probe with go-openai's error as it came.
func (e *Engine) probe(ctx context.Context) (Identity, error) {
	req := goopenai.ChatCompletionRequest{Model: e.cfg.Model,
		Messages: []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleUser, Content: "Say OK."}}}
	if isReasoningModel(e.cfg.Model) {
		req.MaxCompletionTokens = 16
	} else {
		//lint:ignore SA1019 llama.cpp and older servers honour only max_tokens
		req.MaxTokens = 1
	}
	resp, err := e.client.CreateChatCompletion(withNoRetry(ctx), req)
	if err != nil {
		return Identity{}, err
	}
	return Identity{Model: resp.Model, Fingerprint: resp.SystemFingerprint}, nil
}

// serverIdentity probes once per run, for a server without /props, so
// that cached replies of another model are not replayed; nil when the
// probe failed (the cache is then trusted: the run may work from it).
func (e *Engine) serverIdentity(ctx context.Context) *Identity {
	e.server.probeOnce.Do(func() {
		id, err := e.Probe(ctx)
		if err != nil {
			e.cfg.Logger.Debug("probe", "error", err.Error())
			return
		}
		e.server.probed = &id
	})
	return e.server.probed
}

// sameModel says whether a cached reply came from the model the server
// runs now, as far as both say.
func sameModel(entry, now Identity) bool {
	if entry.Model != now.Model {
		return false
	}
	return entry.Fingerprint == "" || now.Fingerprint == "" || entry.Fingerprint == now.Fingerprint
}

// contextNote names the server's context when /props told it.
func (e *Engine) contextNote() string {
	if p := e.knownProps(); p != nil && p.NCtx > 0 {
		return fmt.Sprintf(" (its context is %d tokens per slot)", p.NCtx)
	}
	return ""
}

// promptCut reports a prompt the server read only in part: it says how
// many prompt tokens it read, and fewer than were sent means it kept the
// tail that fits its context (llama.cpp's context shift, Ollama's
// num_ctx). llama.cpp counts the prompt for us (serverTokens): its chat
// template only adds tokens, so reading under 90% of them is a cut. Other
// servers' tokenizers differ from the estimate (a llama vocabulary counts
// half as many again), so only a reading under 60% of it counts there. A
// server that reports no usage (0) is not judged.
func (e *Engine) promptCut(ctx context.Context, req goopenai.ChatCompletionRequest, read int) error {
	if read <= 0 {
		return nil
	}
	sent, share, about := promptTokens(req), 6, "about "
	if n, ok := e.serverTokens(ctx, req); ok {
		sent, share, about = n, 9, ""
	}
	if read*10 >= sent*share {
		return nil
	}
	return &kindError{kind: ErrPromptCut, detail: fmt.Sprintf(
		"the server read only %d of the %s%d prompt tokens sent%s: it cut the prompt to fit its context; raise the context (llama.cpp -c, Ollama num_ctx) or lower --max-chunk-tokens",
		read, about, sent, e.contextNote())}
}

// serverTokens counts req's messages with llama.cpp's own tokenizer
// (POST /tokenize), when the server has /props; false otherwise.
func (e *Engine) serverTokens(ctx context.Context, req goopenai.ChatCompletionRequest) (int, bool) {
	if e.knownProps() == nil {
		return 0, false
	}
	var text strings.Builder
	for _, m := range req.Messages {
		text.WriteString(m.Content + "\n")
	}
	body, _ := json.Marshal(map[string]any{"content": text.String()}) // a string always marshals
	url := strings.TrimSuffix(propsURL(e.cfg.BaseURL), "/props") + "/tokenize"
	r, err := http.NewRequestWithContext(withNoRetry(ctx), http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, false
	}
	r.Header.Set("Content-Type", "application/json")
	if e.cfg.APIKey != "" {
		r.Header.Set("Authorization", "Bearer "+e.cfg.APIKey)
	}
	resp, err := e.t.Do(r)
	if err != nil {
		return 0, false
	}
	defer resp.Body.Close()
	var out struct {
		Tokens []json.RawMessage `json:"tokens"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(resp.Body, maxPropsBytes)).Decode(&out) != nil || len(out.Tokens) == 0 {
		return 0, false
	}
	return len(out.Tokens), true
}

// ServerCheck is what `brief doctor` learns from the server.
type ServerCheck struct {
	Props *Props // llama.cpp's /props; nil: none
	// KeyCheckedBy names the request that needed the key and accepted
	// it; "" when the key could not be checked (ProbeErr).
	KeyCheckedBy string
	KeyErr       error    // the server refused the key (401/403)
	Identity     Identity // the probe reply's model, when one was sent
	ProbeErr     error    // the probe failed for another reason
}

// CheckServer checks the key with a request that needs it: GET /props on
// llama.cpp (its /v1/models needs no key even with --api-key), else a
// one-token chat request. It sends no retries.
func (e *Engine) CheckServer(ctx context.Context) ServerCheck {
	var sc ServerCheck
	if !e.cfg.Azure {
		p, status, err := fetchProps(withNoRetry(ctx), e.t, e.cfg.BaseURL, e.cfg.APIKey)
		switch {
		case status == http.StatusUnauthorized || status == http.StatusForbidden:
			sc.KeyErr = fmt.Errorf("the server refused the key on GET /props (HTTP %d)", status)
			return sc
		case err == nil && p != nil:
			sc.Props, sc.KeyCheckedBy = p, "GET /props"
			return sc
		}
	}
	id, err := e.probe(ctx)
	var apiErr *goopenai.APIError
	switch {
	case errors.As(err, &apiErr) && (apiErr.HTTPStatusCode == http.StatusUnauthorized || apiErr.HTTPStatusCode == http.StatusForbidden):
		sc.KeyErr = describe(err)
	case err != nil:
		sc.ProbeErr = describe(err)
	default:
		sc.Identity, sc.KeyCheckedBy = id, "a 1-token chat request"
	}
	return sc
}

func withNoRetry(ctx context.Context) context.Context {
	ctx, _ = withBudget(ctx, 1)
	return ctx
}
