package batch

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"brief/pipeline/safefile"
)

// ManifestVersion is the version of the manifest format.
const ManifestVersion = 1

// DefaultStateDir is where submit keeps manifests, in the working folder.
const DefaultStateDir = ".brief-batch"

// ErrUnknownBatch reports an id that no manifest in the state folder knows.
var ErrUnknownBatch = errors.New("unknown batch")

// Manifest is what collect needs to rebuild a submission: which inputs, as
// which chunks, under which model and prompts, went into which batches.
// It holds no API key and no article text.
type Manifest struct {
	Version        int        `json:"version"`
	Group          string     `json:"group"` // ties the batches of one submit
	Model          string     `json:"model"`
	PromptsHash    string     `json:"prompts_hash"`
	MaxChunkTokens int        `json:"max_chunk_tokens"`
	Batches        []BatchRef `json:"batches"`
	Inputs         []InputRef `json:"inputs"`
}

// BatchRef is one submitted batch.
type BatchRef struct {
	ID          string `json:"id"`
	InputFileID string `json:"input_file_id"`
	Requests    int    `json:"requests"`
}

// InputRef is one input and its chunk plan.
type InputRef struct {
	Path   string     `json:"path"`
	SHA256 string     `json:"sha256"`
	Chunks []ChunkRef `json:"chunks"`
}

// ChunkRef ties a chunk to its batch line.
type ChunkRef struct {
	Index      int    `json:"index"`
	CustomID   string `json:"custom_id"`
	TextSHA256 string `json:"text_sha256"` // of the chunk text sent
}

// TextHash is the key results are looked up by: the SHA-256 of the text
// a chunk request carries.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// GroupID names a submission after its first batch.
func GroupID(firstBatchID string) string {
	return "group-" + TextHash(firstBatchID)[:12]
}

// Paths lists the inputs in submit order.
func (m *Manifest) Paths() []string {
	out := make([]string, len(m.Inputs))
	for i, in := range m.Inputs {
		out[i] = in.Path
	}
	return out
}

// Save writes the manifest to dir/<group>.json atomically, creating dir
// with a .gitignore so the state never gets committed.
func (m *Manifest) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	ignore := filepath.Join(dir, ".gitignore")
	if _, err := os.Stat(ignore); errors.Is(err, fs.ErrNotExist) {
		if err := os.WriteFile(ignore, []byte("*\n"), 0o644); err != nil {
			return err
		}
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return safefile.Write(filepath.Join(dir, m.Group+".json"), append(b, '\n'), 0o644)
}

// Load finds the manifest of id, a group id or the id of any of its
// batches, in dir.
func Load(dir, id string) (*Manifest, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var m Manifest
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if m.Version != ManifestVersion {
			return nil, fmt.Errorf("%s: manifest version %d, want %d", name, m.Version, ManifestVersion)
		}
		if m.Group == id || slices.ContainsFunc(m.Batches, func(b BatchRef) bool { return b.ID == id }) {
			return &m, nil
		}
	}
	return nil, fmt.Errorf("%w %s in %s; run this where you ran brief batch submit, or pass --state", ErrUnknownBatch, id, strings.TrimSuffix(dir, "/"))
}
