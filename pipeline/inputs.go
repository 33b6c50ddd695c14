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

// ReadInput reads a file, or stdin for "-", refusing oversized input.
func ReadInput(path string, stdin io.Reader) (Input, error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return Input{}, fmt.Errorf("%w: %v", ErrInput, err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return Input{}, fmt.Errorf("read: %w", err)
	}
	if len(b) > MaxInputBytes {
		return Input{}, fmt.Errorf("%w: larger than %d MiB; split the text into articles", ErrInput, MaxInputBytes>>20)
	}
	return Input{Path: path, Bytes: b}, nil
}

// WriteFileAtomic writes data to path through a temporary file in the same
// folder and a rename, so readers never see a half-written file.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	_, werr := tmp.Write(data)
	if werr == nil {
		werr = tmp.Sync()
	}
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(name, 0o644)
	}
	if werr == nil {
		werr = os.Rename(name, path)
	}
	if werr != nil {
		_ = os.Remove(name) // best effort: the write already failed
		return werr
	}
	return nil
}
