package web

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"brief/pipeline/safefile"
)

// Store keeps, per feed address, the validators (ETag, Last-Modified) and
// the body of the last fetch, so the next run asks "has it changed?" and
// gets a 304 instead of the feed again. The body is kept because the
// items of an unchanged feed are still needed: one that failed last time
// must be retried.
type Store struct{ dir string }

// stored is one address's record.
type stored struct {
	URL          string `json:"url"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	ContentType  string `json:"content_type,omitempty"`
	FinalURL     string `json:"final_url"`
	Body         []byte `json:"body"`
}

// OpenStore uses dir (created if missing) for the records.
func OpenStore(dir string) (*Store, error) {
	if err := safefile.Writable(dir, 0o755); err != nil {
		return nil, fmt.Errorf("validator store %s: %w", dir, err)
	}
	return &Store{dir: dir}, nil
}

func (s *Store) path(url string) string {
	sum := sha256.Sum256([]byte(url))
	return filepath.Join(s.dir, hex.EncodeToString(sum[:16])+".json")
}

// load returns the record of url; a missing or unreadable record is none:
// the fetch is then unconditional.
func (s *Store) load(url string) (*stored, bool) {
	b, err := os.ReadFile(s.path(url))
	if err != nil {
		return nil, false
	}
	var r stored
	if json.Unmarshal(b, &r) != nil || r.URL != url {
		return nil, false
	}
	return &r, true
}

// save writes the record atomically.
func (s *Store) save(r stored) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return safefile.Write(s.path(r.URL), b, 0o644)
}
