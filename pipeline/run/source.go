package run

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"brief/pipeline"
	"brief/pipeline/webinput"
)

// Source is one article a run works on: a text file, "-" for standard
// input, a saved page (.html), or a web address (an article page, or the
// items of a feed, local or fetched). Expand produces them, the run
// expands feeds into their items (expandWeb), and load reads each one.
type Source struct {
	// Path is the file as given, or the web address without credentials;
	// it names the output and the errors.
	Path string
	// URL is the web address to fetch, as given (credentials included:
	// never printed); "" for files.
	URL string
	// Feed is the feed an item came from, as Path names it.
	Feed string

	kind kind
	name string         // output base name when the address fixes it (webinput.OutputName)
	page *webinput.Page // the page, when expanding the address already fetched it
	date string         // the feed item's date, for a page that gives none
	err  error          // what went wrong expanding it: this input's result
}

// kind is how a source is loaded.
type kind int

const (
	kindText     kind = iota // a text file or stdin
	kindHTML                 // a saved page: extracted, never translated raw
	kindFeedFile             // a local RSS/Atom file: its items are the inputs
	kindAddress              // a web address not yet fetched: a page or a feed
	kindPage                 // an article page, fetched
	kindItem                 // a feed's item, fetched when its turn comes
)

// MaxArticleBytes bounds one article, whichever command reads it (translate,
// stage read, batch submit, verify): a news article is a few kilobytes;
// 8 MiB is thousands of requests and surely a mistake.
const MaxArticleBytes = 8 << 20

// ErrChanged reports a file that changed while it was read.
var ErrChanged = errors.New("the file changed while it was read")

// Expand turns command-line paths into sources: files as given, folders
// as their .txt, .md and .html files in name order, "-" as stdin, http(s)
// addresses as web sources (fetched when the run starts, to tell a page
// from a feed).
func Expand(paths []string) ([]Source, error) {
	var out []Source
	for _, p := range paths {
		if p == "-" {
			out = append(out, Source{Path: p})
			continue
		}
		if webinput.IsURL(p) {
			out = append(out, addressSource(p))
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%w: %s: no such file or folder", pipeline.ErrInput, p)
			}
			return nil, fmt.Errorf("%w: %s: %v", pipeline.ErrInput, p, err)
		}
		if !fi.IsDir() {
			out = append(out, Source{Path: p, kind: fileKind(p)})
			continue
		}
		files, err := textFiles(p)
		if err != nil {
			return nil, err
		}
		out = append(out, files...)
	}
	return out, nil
}

func textFiles(dir string) ([]Source, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", pipeline.ErrInput, dir, err)
	}
	var names []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.IsDir() && (ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm") && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, filepath.Join(dir, e.Name()))
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%w: %s: no .txt, .md or .html files in this folder", pipeline.ErrInput, dir)
	}
	sort.Strings(names)
	out := make([]Source, len(names))
	for i, n := range names {
		out[i] = Source{Path: n, kind: fileKind(n)}
	}
	return out, nil
}

// Paths are the paths of sources.
func Paths(sources []Source) []string {
	out := make([]string, len(sources))
	for i, s := range sources {
		out[i] = s.Path
	}
	return out
}

// Sources are paths as sources, unexpanded (folders are not looked into).
func Sources(paths []string) []Source {
	out := make([]Source, len(paths))
	for i, p := range paths {
		switch {
		case p == "-":
			out[i] = Source{Path: p}
		case webinput.IsURL(p):
			out[i] = addressSource(p)
		default:
			out[i] = Source{Path: p, kind: fileKind(p)}
		}
	}
	return out
}

// ReadInput reads a file, or stdin for "-", refusing oversized input. It
// returns when ctx is cancelled even if the read is blocked (a FIFO with
// no writer, a terminal): see cancellable.
func ReadInput(ctx context.Context, path string, stdin io.Reader) (pipeline.Input, error) {
	return cancellable(ctx, func() (pipeline.Input, error) {
		return readLimited(osFiles{}, path, stdin, MaxArticleBytes, describePath(path)+": ")
	})
}

// readArticle reads an article for translate, up to MaxArticleBytes, until
// ctx is cancelled.
func readArticle(ctx context.Context, src Source, stdin io.Reader) (pipeline.Input, error) {
	return cancellable(ctx, func() (pipeline.Input, error) {
		return readLimited(osFiles{}, src.Path, stdin, MaxArticleBytes, "")
	})
}

// files is how inputs are opened and looked at again after the read: the
// operating system's files, or in tests a file that changes meanwhile.
type files interface {
	Open(name string) (fs.File, error)
	Stat(name string) (fs.FileInfo, error)
}

type osFiles struct{}

func (osFiles) Open(name string) (fs.File, error)     { return os.Open(name) }
func (osFiles) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// readLimited reads up to limit bytes; errors start with name, since some
// callers add the path themselves.
func readLimited(fsys files, path string, stdin io.Reader, limit int64, name string) (pipeline.Input, error) {
	tooBig := fmt.Errorf("%w: %slarger than %d MiB; split the text into articles", pipeline.ErrInput, name, limit>>20)
	if path == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, limit+1))
		if err != nil {
			return pipeline.Input{}, fmt.Errorf("read stdin: %w", err)
		}
		if int64(len(b)) > limit {
			return pipeline.Input{}, tooBig
		}
		return pipeline.Input{Path: path, Bytes: b}, nil
	}
	f, err := fsys.Open(path)
	if err != nil {
		return pipeline.Input{}, fmt.Errorf("%w: %v", pipeline.ErrInput, err)
	}
	defer f.Close()
	before, err := f.Stat()
	if err != nil {
		return pipeline.Input{}, fmt.Errorf("%w: %v", pipeline.ErrInput, err)
	}
	if before.IsDir() {
		return pipeline.Input{}, fmt.Errorf("%w: %s is a folder; give a file, or the folder alone to translate its .txt and .md files", pipeline.ErrInput, path)
	}
	if before.Mode().IsRegular() && before.Size() > limit {
		return pipeline.Input{}, tooBig
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return pipeline.Input{}, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(b)) > limit {
		return pipeline.Input{}, tooBig
	}
	if before.Mode().IsRegular() {
		after, err := fsys.Stat(path)
		if err != nil || after.Size() != before.Size() || !after.ModTime().Equal(before.ModTime()) || int64(len(b)) != before.Size() {
			return pipeline.Input{}, fmt.Errorf("%w: %s%w; rerun once it is complete", pipeline.ErrInput, name, ErrChanged)
		}
	}
	return pipeline.Input{Path: path, Bytes: b}, nil
}

// OutputNames gives each input its Markdown file name, deterministically
// and without collisions: the first input with a base name gets
// "<name>.md"; a later one from another folder gets
// "<folder>-<name>.md", then "-2", "-3"... if that is taken too. Stdin
// is "stdin.md".
func OutputNames(sources []Source) []string {
	used := map[string]bool{}
	out := make([]string, len(sources))
	for _, s := range sources {
		if s.name != "" { // an address's name is its own, whatever else runs
			used[strings.ToLower(s.name)] = true
		}
	}
	for i, s := range sources {
		if s.name != "" {
			out[i] = s.name + ".md"
			continue
		}
		f := s.Path
		base := pipeline.BaseName(f)
		name := base
		if used[strings.ToLower(name)] && f != "-" {
			if dir := filepath.Base(filepath.Dir(f)); dir != "." && dir != string(filepath.Separator) {
				name = dir + "-" + base
			}
		}
		for n := 2; used[strings.ToLower(name)]; n++ {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		used[strings.ToLower(name)] = true
		out[i] = name + ".md"
	}
	return out
}

func describePath(p string) string {
	if p == "-" {
		return "stdin"
	}
	return p
}
