// Package frontmatter reads the YAML front matter of a briefing without
// reading the rest of the file.
package frontmatter

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
)

// ErrNone reports a file that does not start with a front matter block.
var ErrNone = errors.New("no front matter")

// MaxBytes bounds a front matter block: a briefing's is a few hundred
// bytes, so anything far larger is not one.
const MaxBytes = 64 << 10

// Read returns the YAML between a leading "---" line and the next one,
// reading no further than that closing line.
func Read(r io.Reader) ([]byte, error) {
	br := bufio.NewReader(io.LimitReader(r, MaxBytes))
	first, err := br.ReadString('\n')
	if strings.TrimRight(first, "\r\n") != "---" {
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		return nil, ErrNone
	}
	var out bytes.Buffer
	for {
		line, err := br.ReadString('\n')
		if strings.TrimRight(line, "\r\n") == "---" {
			return out.Bytes(), nil
		}
		out.WriteString(line)
		if errors.Is(err, io.EOF) {
			return nil, ErrNone // unterminated, or longer than MaxBytes
		}
		if err != nil {
			return nil, err
		}
	}
}

// ReadFile is Read on the file at path.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Split returns the front matter of md and the text after it.
func Split(md []byte) (front, rest []byte, err error) {
	line, pos := cutLine(md, 0)
	if line != "---" {
		return nil, md, ErrNone
	}
	start := pos
	for pos < len(md) {
		end := pos
		line, pos = cutLine(md, pos)
		if line == "---" {
			return md[start:end], md[pos:], nil
		}
	}
	return nil, md, ErrNone
}

// cutLine returns the line starting at i without its line end, and where
// the next line starts.
func cutLine(b []byte, i int) (string, int) {
	j := bytes.IndexByte(b[i:], '\n')
	if j < 0 {
		return strings.TrimRight(string(b[i:]), "\r"), len(b)
	}
	return strings.TrimRight(string(b[i:i+j]), "\r"), i + j + 1
}
