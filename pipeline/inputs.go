package pipeline

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// MaxInputBytes bounds what one article may weigh; a news article is a few
// kilobytes, and anything far beyond is a mistake.
const MaxInputBytes = 64 << 20

// ExpandPaths turns the command-line paths into input files: files as
// given, folders as their .txt and .md files in name order, "-" as stdin.
func ExpandPaths(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%w: %s: no such file or folder", ErrInput, p)
			}
			return nil, fmt.Errorf("%w: %s: %v", ErrInput, p, err)
		}
		if !fi.IsDir() {
			out = append(out, p)
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

func textFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInput, dir, err)
	}
	var out []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.IsDir() && (ext == ".txt" || ext == ".md") && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: %s: no .txt or .md files in this folder", ErrInput, dir)
	}
	sort.Strings(out)
	return out, nil
}

// MaxArticleBytes bounds one article for translate: a news article is a
// few kilobytes; 8 MiB is thousands of requests and surely a mistake.
const MaxArticleBytes = 8 << 20

// ErrChanged reports a file that changed while it was read.
var ErrChanged = errors.New("the file changed while it was read")

// ReadInput reads a file, or stdin for "-", refusing oversized input.
func ReadInput(path string, stdin io.Reader) (Input, error) {
	return readLimited(path, stdin, MaxInputBytes, describePath(path)+": ")
}

// ReadArticle reads an article for translate, up to MaxArticleBytes.
func ReadArticle(path string, stdin io.Reader) (Input, error) {
	return readLimited(path, stdin, MaxArticleBytes, "")
}

// afterRead runs between reading a file and checking it did not change;
// tests use it to change the file.
var afterRead = func(string) {}

// readLimited reads up to limit bytes; errors start with name, since some
// callers add the path themselves.
func readLimited(path string, stdin io.Reader, limit int64, name string) (Input, error) {
	tooBig := fmt.Errorf("%w: %slarger than %d MiB; split the text into articles", ErrInput, name, limit>>20)
	if path == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, limit+1))
		if err != nil {
			return Input{}, fmt.Errorf("read stdin: %w", err)
		}
		if int64(len(b)) > limit {
			return Input{}, tooBig
		}
		return Input{Path: path, Bytes: b}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return Input{}, fmt.Errorf("%w: %v", ErrInput, err)
	}
	defer f.Close()
	before, err := f.Stat()
	if err != nil {
		return Input{}, fmt.Errorf("%w: %v", ErrInput, err)
	}
	if before.IsDir() {
		return Input{}, fmt.Errorf("%w: %s is a folder; give a file, or the folder alone to translate its .txt and .md files", ErrInput, path)
	}
	if before.Mode().IsRegular() && before.Size() > limit {
		return Input{}, tooBig
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return Input{}, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(b)) > limit {
		return Input{}, tooBig
	}
	afterRead(path)
	if before.Mode().IsRegular() {
		after, err := os.Stat(path)
		if err != nil || after.Size() != before.Size() || !after.ModTime().Equal(before.ModTime()) || int64(len(b)) != before.Size() {
			return Input{}, fmt.Errorf("%w: %s%w; rerun once it is complete", ErrInput, name, ErrChanged)
		}
	}
	return Input{Path: path, Bytes: b}, nil
}

// OutputNames gives each input its Markdown file name, deterministically
// and without collisions: the first input with a base name gets
// "<name>.md"; a later one from another folder gets
// "<folder>-<name>.md", then "-2", "-3"... if that is taken too. Stdin
// is "stdin.md".
func OutputNames(files []string) []string {
	used := map[string]bool{}
	out := make([]string, len(files))
	for i, f := range files {
		base := baseName(f)
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
