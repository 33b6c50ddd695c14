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
)

// Source is one article a run works on: a file, or "-" for standard
// input. It is where other kinds of input plug in (an article URL, the
// items of a feed): Expand produces them, read loads them.
type Source struct {
	Path string // as given; names the output and the errors
}

// MaxInputBytes bounds what one article may weigh; a news article is a few
// kilobytes, and anything far beyond is a mistake.
const MaxInputBytes = 64 << 20

// MaxArticleBytes bounds one article for translate: a news article is a
// few kilobytes; 8 MiB is thousands of requests and surely a mistake.
const MaxArticleBytes = 8 << 20

// ErrChanged reports a file that changed while it was read.
var ErrChanged = errors.New("the file changed while it was read")

// Expand turns command-line paths into sources: files as given, folders
// as their .txt and .md files in name order, "-" as stdin.
func Expand(paths []string) ([]Source, error) {
	var out []Source
	for _, p := range paths {
		if p == "-" {
			out = append(out, Source{Path: p})
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
			out = append(out, Source{Path: p})
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
		if !e.IsDir() && (ext == ".txt" || ext == ".md") && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, filepath.Join(dir, e.Name()))
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%w: %s: no .txt or .md files in this folder", pipeline.ErrInput, dir)
	}
	sort.Strings(names)
	out := make([]Source, len(names))
	for i, n := range names {
		out[i] = Source{Path: n}
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

// Sources are paths as sources, unexpanded.
func Sources(paths []string) []Source {
	out := make([]Source, len(paths))
	for i, p := range paths {
		out[i] = Source{Path: p}
	}
	return out
}

// ReadInput reads a file, or stdin for "-", refusing oversized input. It
// returns when ctx is cancelled even if the read is blocked (a FIFO with
// no writer, a terminal): see cancellable.
func ReadInput(ctx context.Context, path string, stdin io.Reader) (pipeline.Input, error) {
	return cancellable(ctx, func() (pipeline.Input, error) {
		return readLimited(osFiles{}, path, stdin, MaxInputBytes, describePath(path)+": ")
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
	for i, s := range sources {
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
