package openai

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	goopenai "github.com/sashabaranov/go-openai"

	"brief/pipeline/engine"
	"brief/pipeline/safefile"
)

// Cache stores checked replies on disk, one file per request, named by
// the SHA-256 of everything that decides the reply: base URL, the model
// file the server reports (llama.cpp's /props), and the request itself
// (model, messages, max_tokens, temperature). Each entry also records the
// model and system_fingerprint of the reply, checked against what the
// server reports in this run. The API key is never part of the key or of
// the files. The folder is 0700 (made so if it was not) and files 0600,
// written atomically; entries are read only as regular files of bounded
// size, never through a symbolic link.
type Cache struct{ dir string }

// cacheVersion changes when the key or the entry layout changes.
const cacheVersion = 2

// maxEntryBytes bounds what one entry may weigh: a chunk's reply is a
// few kilobytes.
const maxEntryBytes = 4 << 20

// ErrCacheFolder reports a cache folder others may write to and that
// cannot be made private: its entries could be planted.
var ErrCacheFolder = errors.New("the cache folder is open to other users and cannot be made private (chmod 700)")

// OpenCache creates dir (0700) if needed, and makes an existing folder
// private.
func OpenCache(dir string) (*Cache, error) {
	if err := safefile.Writable(dir, 0o700); err != nil {
		return nil, err
	}
	if err := private(dir); err != nil {
		return nil, err
	}
	return &Cache{dir: dir}, nil
}

// private makes dir 0700 when group or others have any access to it.
func private(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if fi.Mode().Perm()&0o077 == 0 {
		return nil
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Errorf("%w: %v", ErrCacheFolder, err)
	}
	return nil
}

// cacheEntry is one stored reply.
type cacheEntry struct {
	Version     int          `json:"version"`
	Text        string       `json:"text"`
	Model       string       `json:"model"`
	Fingerprint string       `json:"system_fingerprint,omitempty"`
	Usage       engine.Usage `json:"usage"`
}

// cacheKey hashes what decides a reply: the endpoint, the model file the
// server says it runs (server), and the request as go-openai sends it
// (model, messages, max_tokens...; the temperature is always 0).
func cacheKey(baseURL, server string, req goopenai.ChatCompletionRequest) string {
	body, _ := json.Marshal(req) // a request of strings and numbers always marshals
	b, _ := json.Marshal(struct {
		V           int             `json:"v"`
		BaseURL     string          `json:"base_url"`
		Server      string          `json:"server"`
		Request     json.RawMessage `json:"request"`
		Temperature float64         `json:"temperature"`
	}{cacheVersion, baseURL, server, body, 0})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func (c *Cache) path(key string) string { return filepath.Join(c.dir, key[:2], key+".json") }

// Get returns the stored entry for key. A missing, unreadable, oversized
// or corrupt entry, or one that is not a regular file (a symbolic link to
// /dev/zero...), is a miss: it is rewritten on success.
func (c *Cache) Get(key string) (cacheEntry, bool) {
	if c == nil {
		return cacheEntry{}, false
	}
	b, err := readEntry(c.path(key))
	if err != nil {
		return cacheEntry{}, false
	}
	var e cacheEntry
	if json.Unmarshal(b, &e) != nil || e.Version != cacheVersion || e.Text == "" {
		return cacheEntry{}, false
	}
	return e, true
}

// readEntry reads a regular file of at most maxEntryBytes without
// following a symbolic link: the file opened must be the one Lstat saw.
func readEntry(p string) ([]byte, error) {
	dir, err := os.Lstat(filepath.Dir(p))
	if err != nil || !dir.IsDir() {
		return nil, fs.ErrInvalid
	}
	before, err := os.Lstat(p)
	if err != nil || !before.Mode().IsRegular() || before.Size() > maxEntryBytes {
		return nil, fs.ErrInvalid
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if after, err := f.Stat(); err != nil || !os.SameFile(before, after) {
		return nil, fs.ErrInvalid
	}
	b, err := io.ReadAll(io.LimitReader(f, maxEntryBytes+1))
	if err != nil || len(b) > maxEntryBytes {
		return nil, fs.ErrInvalid
	}
	return b, nil
}

// Put stores a checked reply atomically.
func (c *Cache) Put(key string, e cacheEntry) error {
	if c == nil {
		return nil
	}
	e.Version = cacheVersion
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	p := c.path(key)
	sub := filepath.Dir(p)
	err = os.MkdirAll(sub, 0o700)
	if err == nil {
		err = private(sub)
	}
	if fi, lerr := os.Lstat(sub); err == nil && (lerr != nil || !fi.IsDir()) {
		err = fmt.Errorf("%s is not a folder", sub)
	}
	if err == nil {
		err = safefile.Write(p, b, 0o600)
	}
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	return nil
}

// fromCache answers a request from the cache when an entry exists and
// comes from the model the server runs: the request's key already names
// llama.cpp's model file; for other servers, the reply's model and
// fingerprint must match what a probe reports in this run.
func (e *Engine) fromCache(ctx context.Context, key string) (engine.Result, bool) {
	entry, ok := e.cfg.Cache.Get(key)
	if !ok {
		return engine.Result{}, false
	}
	if e.knownProps() == nil {
		if now := e.serverIdentity(ctx); now != nil && !sameModel(Identity{entry.Model, entry.Fingerprint}, *now) {
			e.cfg.Logger.Debug("cache entry of another model", "cached", entry.Model, "server", now.Model)
			return engine.Result{}, false
		}
	}
	engine.CountCacheHit(ctx)
	return engine.Result{Text: entry.Text, Model: entry.Model, Usage: entry.Usage}, true
}

// cacheKey is the key of req in this run (after /props is read).
func (e *Engine) cacheKey(ctx context.Context, req goopenai.ChatCompletionRequest) string {
	return cacheKey(e.cfg.BaseURL, identityKey(e.serverProps(ctx)), req)
}

// store writes a reply the stage accepted. A failed write is a warning,
// said once: the run goes on without caching.
func (e *Engine) store(key string, res engine.Result, fingerprint string) {
	err := e.cfg.Cache.Put(key, cacheEntry{Text: res.Text, Model: res.Model, Fingerprint: fingerprint, Usage: res.Usage})
	if err != nil {
		e.server.warnOnce.Do(func() {
			e.cfg.Logger.Warn("warning: replies are not cached: " + err.Error() + "; check the folder, or use another --cache-dir or --no-cache")
		})
	}
}
