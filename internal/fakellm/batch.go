package fakellm

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"

	goopenai "github.com/sashabaranov/go-openai"
)

// The Batch API side of the fake: POST /v1/files (multipart), GET
// /v1/files/{id}[/content], POST /v1/batches and GET /v1/batches/{id}. A
// batch is processed when created, each line answered by the same reply
// function as /v1/chat/completions, so its output equals what ordinary
// requests would get. Batch lines are not recorded as chat requests:
// ChatRequests shows only ordinary ones.

// batchStores holds each server's files and batches. It lives outside
// Server so the Batch API stays in this file; entries die with the test
// binary.
var batchStores sync.Map // *Server -> *batchStore

type batchStore struct {
	mu      sync.Mutex
	files   map[string]*storedFile
	batches map[string]*storedBatch
	seq     int
	hold    bool            // new batches stay in_progress until ReleaseBatches
	expire  int             // >= 0: batches expire after this many lines
	fail    map[string]bool // custom_ids whose line fails
	polls   int             // GET /v1/batches/{id} received
}

type storedFile struct {
	goopenai.File
	content []byte
}

type storedBatch struct {
	goopenai.Batch
	output, errors []byte // result lines, published when the batch finishes
	expired        bool
	counts         goopenai.BatchRequestCounts // published when the batch finishes
}

func (s *Server) batches() *batchStore {
	v, _ := batchStores.LoadOrStore(s, &batchStore{files: map[string]*storedFile{},
		batches: map[string]*storedBatch{}, fail: map[string]bool{}, expire: -1})
	return v.(*batchStore)
}

// HoldBatches keeps new batches in_progress until ReleaseBatches.
func (s *Server) HoldBatches() {
	b := s.batches()
	b.mu.Lock()
	defer b.mu.Unlock()
	b.hold = true
}

// ReleaseBatches finishes every held batch and stops holding new ones.
func (s *Server) ReleaseBatches() {
	b := s.batches()
	b.mu.Lock()
	defer b.mu.Unlock()
	b.hold = false
	for _, sb := range b.batches {
		if sb.Status == "in_progress" {
			b.finish(sb)
		}
	}
}

// ExpireBatches makes new batches expire after n lines: the rest get
// batch_expired lines in the error file.
func (s *Server) ExpireBatches(n int) {
	b := s.batches()
	b.mu.Lock()
	defer b.mu.Unlock()
	b.expire = n
}

// FailBatchLines makes the lines with these custom_ids fail with HTTP 500
// in the error file.
func (s *Server) FailBatchLines(customIDs ...string) {
	b := s.batches()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, id := range customIDs {
		b.fail[id] = true
	}
}

// BatchIDs lists the batches created so far, in creation order.
func (s *Server) BatchIDs() []string {
	b := s.batches()
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]string, 0, len(b.batches))
	for i := 1; i <= b.seq; i++ {
		if _, ok := b.batches[fmt.Sprintf("batch_%d", i)]; ok {
			out = append(out, fmt.Sprintf("batch_%d", i))
		}
	}
	return out
}

// BatchInput returns the input file of a batch, as uploaded.
func (s *Server) BatchInput(batchID string) []byte {
	b := s.batches()
	b.mu.Lock()
	defer b.mu.Unlock()
	sb, ok := b.batches[batchID]
	if !ok {
		return nil
	}
	return b.files[sb.InputFileID].content
}

// BatchPolls counts the status requests received.
func (s *Server) BatchPolls() int {
	b := s.batches()
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.polls
}

func (s *Server) serveBatch(w http.ResponseWriter, r *http.Request, req Request) {
	if req.Authorization != "Bearer "+Token {
		writeError(w, http.StatusUnauthorized, "authentication_error", "invalid_api_key", "Invalid API Key")
		return
	}
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/") // v1 files|batches [id [content]]
	switch {
	case r.Method == http.MethodPost && r.URL.Path == "/v1/files":
		s.uploadFile(w, r, req.Body)
	case r.Method == http.MethodGet && parts[1] == "files" && len(parts) == 3:
		s.withFile(w, parts[2], func(f *storedFile) { writeJSON(w, http.StatusOK, f.File) })
	case r.Method == http.MethodGet && parts[1] == "files" && len(parts) == 4 && parts[3] == "content":
		s.withFile(w, parts[2], func(f *storedFile) {
			w.Header().Set("Content-Type", "application/octet-stream")
			_, _ = w.Write(f.content) // the client going away is not the server's problem
		})
	case r.Method == http.MethodPost && r.URL.Path == "/v1/batches":
		s.createBatch(w, req.Body)
	case r.Method == http.MethodGet && parts[1] == "batches" && len(parts) == 3:
		b := s.batches()
		b.mu.Lock()
		b.polls++
		sb, ok := b.batches[parts[2]]
		var out goopenai.Batch
		if ok {
			out = sb.Batch
		}
		b.mu.Unlock()
		if !ok {
			writeError(w, http.StatusNotFound, "invalid_request_error", "", "no batch "+parts[2])
			return
		}
		writeJSON(w, http.StatusOK, out)
	default:
		writeError(w, http.StatusNotFound, "invalid_request_error", "", "no route "+r.Method+" "+r.URL.Path)
	}
}

func (s *Server) withFile(w http.ResponseWriter, id string, f func(*storedFile)) {
	b := s.batches()
	b.mu.Lock()
	sf, ok := b.files[id]
	b.mu.Unlock()
	if !ok {
		writeError(w, http.StatusNotFound, "invalid_request_error", "", "no file "+id)
		return
	}
	f(sf)
}

func (s *Server) uploadFile(w http.ResponseWriter, r *http.Request, body []byte) {
	_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || params["boundary"] == "" {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "", "want a multipart upload")
		return
	}
	form, err := multipart.NewReader(bytes.NewReader(body), params["boundary"]).ReadForm(256 << 20)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "", "bad multipart body: "+err.Error())
		return
	}
	fhs := form.File["file"]
	if len(fhs) != 1 || len(form.Value["purpose"]) != 1 {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "", "want one file and a purpose")
		return
	}
	content, err := readPart(fhs[0])
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "", err.Error())
		return
	}
	b := s.batches()
	b.mu.Lock()
	b.seq++
	f := &storedFile{File: goopenai.File{ID: fmt.Sprintf("file-%d", b.seq), Object: "file", Bytes: len(content),
		CreatedAt: 1700000000, FileName: fhs[0].Filename, Purpose: form.Value["purpose"][0], Status: "processed"}, content: content}
	b.files[f.ID] = f
	b.mu.Unlock()
	writeJSON(w, http.StatusOK, f.File)
}

func readPart(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
