package feed

import (
	"errors"
	"fmt"
	"io/fs"
	nurl "net/url"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"brief/pipeline/frontmatter"
)

// Briefing is what a briefing's front matter says about the page it was
// made from.
type Briefing struct {
	File   string // path of the Markdown file
	Status string // verification status: passed or failed
	SHA256 string // source_sha256: the extracted text's digest
}

// front is the part of a briefing's front matter that names its page.
type front struct {
	SourceURL    string `yaml:"source_url"`
	CanonicalURL string `yaml:"canonical_url"`
	SourceSHA256 string `yaml:"source_sha256"`
	Verification struct {
		Status string `yaml:"status"`
	} `yaml:"verification"`
}

// Briefed maps the source URLs (by Key) of the briefings in dir to them,
// reading only each file's front matter. A missing dir is an empty map:
// the first run has no --out folder yet. Files that are not briefings,
// and briefings of local files (no source_url), are left out.
func Briefed(dir string) (map[string]Briefing, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]Briefing{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	out := map[string]Briefing{}
	for _, e := range entries {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".md") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		fm, ok := readFront(path)
		if !ok {
			continue
		}
		b := Briefing{File: path, Status: fm.Verification.Status, SHA256: fm.SourceSHA256}
		for _, u := range []string{fm.SourceURL, fm.CanonicalURL} {
			if k := Key(u); k != "" {
				if _, dup := out[k]; !dup { // ReadDir is in name order: the first name wins
					out[k] = b
				}
			}
		}
	}
	return out, nil
}

// readFront reads path's front matter; ok is false for a file that is not
// a briefing (no front matter, or not the YAML of one).
func readFront(path string) (front, bool) {
	raw, err := frontmatter.ReadFile(path)
	if err != nil {
		return front{}, false
	}
	var fm front
	if yaml.Unmarshal(raw, &fm) != nil {
		return front{}, false
	}
	return fm, true
}

// Key is the form in which two URLs of the same page compare equal: the
// scheme and host lowercased, the default port and the fragment dropped.
// The query is kept: on some sites it names the article. "" for anything
// that is not an absolute http(s) URL.
func Key(raw string) string {
	u, err := nurl.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port := u.Port(); port != "" && !(u.Scheme == "http" && port == "80") && !(u.Scheme == "https" && port == "443") {
		host += ":" + port
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// New returns the items of f that no briefing in briefed covers, in feed
// order: what a scheduled run has to fetch.
func New(f *Feed, briefed map[string]Briefing) []Item {
	var out []Item
	for _, it := range f.Items {
		if _, done := briefed[Key(it.Link)]; !done {
			out = append(out, it)
		}
	}
	return out
}
