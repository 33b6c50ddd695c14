package openai

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"brief/pipeline/engine"
	"brief/pipeline/safefile"
)

// Cache stores checked replies on disk, one file per request, named by
// the SHA-256 of everything that decides the reply: base URL, model,
// rendered system and user prompts, and parameters. The API key is never
// part of the key or of the files. Folders are 0700 and files 0600; files
// are written atomically, so an interrupted run leaves every finished
// reply readable and no half-written one.
type Cache struct{ dir string }

// cacheVersion changes when the key or the entry layout changes.
const cacheVersion = 1

// OpenCache creates dir (0700) if needed.
func OpenCache(dir string) (*Cache, error) {
	if err := safefile.Writable(dir, 0o700); err != nil {
		return nil, err
	}
	return &Cache{dir: dir}, nil
}

// cacheEntry is one stored reply.
type cacheEntry struct {
	Version int          `json:"version"`
	Text    string       `json:"text"`
	Model   string       `json:"model"`
	Usage   engine.Usage `json:"usage"`
}

// cacheKey hashes what decides a reply.
func cacheKey(baseURL, model, system, user string) string {
	b, _ := json.Marshal(struct { // strings always marshal
		V           int     `json:"v"`
		BaseURL     string  `json:"base_url"`
		Model       string  `json:"model"`
		System      string  `json:"system"`
		User        string  `json:"user"`
		Temperature float64 `json:"temperature"`
	}{cacheVersion, baseURL, model, system, user, 0})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func (c *Cache) path(key string) string { return filepath.Join(c.dir, key[:2], key+".json") }

// Get returns the stored reply for key; a missing or unreadable entry is
// a miss (it is rewritten on success).
func (c *Cache) Get(key string) (engine.Result, bool) {
	if c == nil {
		return engine.Result{}, false
	}
	b, err := os.ReadFile(c.path(key))
	if err != nil {
		return engine.Result{}, false
	}
	var e cacheEntry
	if json.Unmarshal(b, &e) != nil || e.Version != cacheVersion || e.Text == "" {
		return engine.Result{}, false
	}
	return engine.Result{Text: e.Text, Model: e.Model, Usage: e.Usage}, true
}

// Put stores a checked reply atomically.
func (c *Cache) Put(key string, r engine.Result) error {
	if c == nil {
		return nil
	}
	b, err := json.Marshal(cacheEntry{Version: cacheVersion, Text: r.Text, Model: r.Model, Usage: r.Usage})
	if err != nil {
		return err
	}
	p := c.path(key)
	err = os.MkdirAll(filepath.Dir(p), 0o700)
	if err == nil {
		err = safefile.Write(p, b, 0o600)
	}
	if err != nil {
		return fmt.Errorf("cache: %w; use another --cache-dir or --no-cache", err)
	}
	return nil
}
