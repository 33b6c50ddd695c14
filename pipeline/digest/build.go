package digest

import (
	"fmt"
	"path/filepath"
	"strings"
)

// The output formats.
const (
	FormatMarkdown = "md"
	FormatAtom     = "atom"
)

// Options is one digest to build.
type Options struct {
	Format string // FormatMarkdown (default) or FormatAtom
	Filter Filter
	Feed   Feed // its Page is used by both formats
}

// Build reads the briefings in dir and renders the digest. skipped lists
// the files that looked like briefings but were not, for a warning each.
func Build(dir string, o Options) (out []byte, skipped []error, err error) {
	entries, skipped, err := Load(dir)
	if err != nil {
		return nil, nil, err
	}
	entries = Select(entries, o.Filter)
	switch o.Format {
	case FormatMarkdown, "":
		return Markdown(entries, o.Feed.Page), skipped, nil
	case FormatAtom:
		out, err := Atom(entries, o.Feed)
		return out, skipped, err
	}
	return nil, nil, fmt.Errorf("unknown format %q; use md or atom", o.Format)
}

// RelativeLinks links each entry's file relative to the folder from (the
// folder where the digest will be read).
func RelativeLinks(from string) func(Entry) string {
	base, errBase := filepath.Abs(from)
	return func(e Entry) string {
		file, err := filepath.Abs(e.File)
		if err != nil || errBase != nil {
			return escapePath(filepath.ToSlash(e.File))
		}
		rel, err := filepath.Rel(base, file)
		if err != nil {
			rel = file
		}
		return escapePath(filepath.ToSlash(rel))
	}
}

// BaseLinks links each entry's file under base, the address where the
// folder of briefings is published.
func BaseLinks(base string) func(Entry) string {
	base = strings.TrimRight(base, "/")
	return func(e Entry) string { return safeURL(base) + "/" + escapePath(e.Name) }
}
