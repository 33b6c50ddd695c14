// Package digest gathers the briefings of a folder into one page, newest
// first: a Markdown page for people, or an Atom feed for feed readers.
// It is pure apart from Load: the same briefings give the same bytes, with
// no wall-clock time anywhere.
package digest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"brief/pipeline/frontmatter"
)

// Entry is one briefing as the digest shows it.
type Entry struct {
	File      string // path of the Markdown file, as found under the folder given
	Name      string // base name of File
	Title     string
	Date      string // YYYY-MM-DD or YYYY-MM; "" when the article had none
	Source    string // the source path or address recorded
	SourceURL string // the page's address, for briefings made from one
	SHA256    string
	Bullets   []string // the summary, as written in the briefing (Markdown)
	Figures   Figures
}

// Figures is a briefing's figures check.
type Figures struct {
	Status        string `yaml:"status"`
	SourceFigures int    `yaml:"source_figures"`
	Matched       int    `yaml:"matched"`
	Errors        int    `yaml:"errors"`
	Warnings      int    `yaml:"warnings"`
}

// front is the part of the front matter the digest reads; every field
// but title and verification may be absent.
type front struct {
	Title        string  `yaml:"title"`
	Source       string  `yaml:"source"`
	SourceURL    string  `yaml:"source_url"`
	SourceSHA256 string  `yaml:"source_sha256"`
	Date         string  `yaml:"date"`
	Verification Figures `yaml:"verification"`
}

// ErrNotBriefing reports a Markdown file with front matter that is not a
// briefing's; the digest skips it with a warning.
var ErrNotBriefing = errors.New("not a briefing")

// Load reads the briefings in dir (its .md files, not its subfolders).
// Files without front matter (a README, a digest page) are not briefings
// and are passed over in silence; files whose front matter is not a
// briefing's are listed in skipped. err is for a folder that cannot be
// read.
func Load(dir string) (entries []Entry, skipped []error, err error) {
	list, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range list {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || !strings.EqualFold(filepath.Ext(name), ".md") {
			continue
		}
		path := filepath.Join(dir, name)
		entry, err := load(path)
		switch {
		case errors.Is(err, frontmatter.ErrNone):
		case err != nil:
			skipped = append(skipped, fmt.Errorf("%s: %w", path, err))
		default:
			entries = append(entries, entry)
		}
	}
	return entries, skipped, nil
}

func load(path string) (Entry, error) {
	md, err := os.ReadFile(path)
	if err != nil {
		return Entry{}, err
	}
	raw, body, err := frontmatter.Split(md)
	if err != nil {
		return Entry{}, err
	}
	var fm front
	if err := yaml.Unmarshal(raw, &fm); err != nil {
		return Entry{}, fmt.Errorf("%w (front matter: %v)", ErrNotBriefing, firstLine(err.Error()))
	}
	if strings.TrimSpace(fm.Title) == "" || fm.Verification.Status == "" {
		return Entry{}, fmt.Errorf("%w (no title or verification in the front matter)", ErrNotBriefing)
	}
	return Entry{
		File: path, Name: filepath.Base(path), Title: strings.TrimSpace(fm.Title), Date: validDate(fm.Date),
		Source: fm.Source, SourceURL: fm.SourceURL, SHA256: fm.SourceSHA256,
		Bullets: summary(body), Figures: fm.Verification,
	}, nil
}

// summary returns the "- " lines of the "## Summary" section.
func summary(body []byte) []string {
	var out []string
	in := false
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \r")
		switch {
		case strings.HasPrefix(line, "## "):
			in = strings.TrimSpace(line[3:]) == "Summary"
		case in && strings.HasPrefix(line, "- "):
			out = append(out, strings.TrimSpace(line[2:]))
		}
	}
	return out
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
