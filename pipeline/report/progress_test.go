package report

import (
	"bytes"
	"strings"
	"testing"
)

// The bar counts chunks and clears its line when done, so the summary line
// that follows starts clean.
func TestBarProgress(t *testing.T) {
	var b bytes.Buffer
	p := &bar{w: &b}
	p.Start("seeds/a.txt", 3)
	p.ChunkDone()
	p.ChunkDone()
	if !strings.Contains(b.String(), "(2/3)") || !strings.Contains(b.String(), "a.txt") {
		t.Errorf("progress after 2 of 3 chunks = %q", b.String())
	}
	p.ChunkDone()
	p.Finish()
	out := b.String()
	if last := out[strings.LastIndex(out, "\r")+1:]; strings.TrimSpace(last) != "" {
		t.Errorf("the bar did not clear its line: %q", last)
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour codes without colour: %q", out)
	}
}
