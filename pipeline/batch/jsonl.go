// Package batch is batch mode (brief batch submit, status, collect) on the
// OpenAI engine's batch client: it cuts the inputs as translate does,
// writes one chat request per chunk as JSONL input files within the
// provider's limits, submits and polls batches, keeps the local manifest
// that ties a batch to its inputs, and collects by running the ordinary
// pipeline with the batch's answers.
package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
)

// Endpoint is the only endpoint brief batches.
const Endpoint = "/v1/chat/completions"

// Line is one request of a batch input file.
type Line struct {
	CustomID string          `json:"custom_id"`
	Method   string          `json:"method"`
	URL      string          `json:"url"`
	Body     json.RawMessage `json:"body"`
}

// NewLine is a POST of body to the chat endpoint.
func NewLine(customID string, body json.RawMessage) Line {
	return Line{CustomID: customID, Method: "POST", URL: Endpoint, Body: body}
}

// Limits bound one input file; the provider refuses bigger files.
type Limits struct {
	MaxLines int
	MaxBytes int
}

// DefaultLimits are OpenAI's: 50,000 requests or 200 MB per file.
var DefaultLimits = Limits{MaxLines: 50000, MaxBytes: 200 << 20}

// ErrLineTooLarge reports one request larger than a whole file may be.
var ErrLineTooLarge = errors.New("one request is larger than a batch file may be")

// Files encodes lines as JSONL, starting a new file whenever the next line
// would break a limit. Line order is kept.
func Files(lines []Line, lim Limits) ([][]byte, error) {
	var files [][]byte
	var cur bytes.Buffer
	n := 0
	for _, l := range lines {
		b, err := json.Marshal(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", l.CustomID, err)
		}
		b = append(b, '\n')
		if lim.MaxBytes > 0 && len(b) > lim.MaxBytes {
			return nil, fmt.Errorf("%w: %s is %d bytes, the limit %d", ErrLineTooLarge, l.CustomID, len(b), lim.MaxBytes)
		}
		full := (lim.MaxLines > 0 && n == lim.MaxLines) || (lim.MaxBytes > 0 && cur.Len()+len(b) > lim.MaxBytes)
		if n > 0 && full {
			files = append(files, bytes.Clone(cur.Bytes()))
			cur.Reset()
			n = 0
		}
		cur.Write(b)
		n++
	}
	if n > 0 {
		files = append(files, bytes.Clone(cur.Bytes()))
	}
	return files, nil
}

var unsafeID = regexp.MustCompile(`[^A-Za-z0-9_.-]+`)

// CustomID names chunk idx of an input: its base name, the first 8 hex
// digits of its SHA-256 and the chunk index, e.g. "article-1a2b3c4d-c0".
func CustomID(name, sha256 string, idx int) string {
	name = unsafeID.ReplaceAllString(name, "_")
	if len(name) > 40 {
		name = name[:40]
	}
	if len(sha256) > 8 {
		sha256 = sha256[:8]
	}
	return fmt.Sprintf("%s-%s-c%d", name, sha256, idx)
}
