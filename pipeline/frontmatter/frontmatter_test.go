package frontmatter

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		err            error
	}{
		{"briefing", "---\ntitle: A\nsource: a.txt\n---\n\n# A\n", "title: A\nsource: a.txt\n", nil},
		{"crlf", "---\r\ntitle: A\r\n---\r\nbody", "title: A\r\n", nil},
		{"empty block", "---\n---\n# A\n", "", nil},
		{"no block", "# A\n\ntext\n", "", ErrNone},
		{"unterminated", "---\ntitle: A\n", "", ErrNone},
		{"empty file", "", "", ErrNone},
		{"rule later", "text\n---\ntitle: A\n---\n", "", ErrNone},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tt.in))
			if !errors.Is(err, tt.err) || string(got) != tt.want {
				t.Errorf("Read(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
			}
			front, rest, err := Split([]byte(tt.in))
			if !errors.Is(err, tt.err) || string(front) != tt.want {
				t.Errorf("Split(%q) = %q, %v; want %q, %v", tt.in, front, err, tt.want, tt.err)
			}
			if err == nil && !strings.HasSuffix(tt.in, string(rest)) {
				t.Errorf("Split(%q) rest = %q, not the file's tail", tt.in, rest)
			}
		})
	}
}

// Read stops at the closing line: a huge briefing body is never read.
func TestRead_StopsAtBlockEnd(t *testing.T) {
	r := &countingReader{r: io.MultiReader(strings.NewReader("---\ntitle: A\n---\n"), neverEnding{})}
	if _, err := Read(r); err != nil {
		t.Fatal(err)
	}
	if r.n > 8<<10 {
		t.Errorf("Read consumed %d bytes for a 20-byte front matter", r.n)
	}
}

type neverEnding struct{}

func (neverEnding) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}
