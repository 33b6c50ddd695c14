package report

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/schollz/progressbar/v3"
)

// bar shows one progress bar per input on stderr, advanced per chunk. It
// is only used when stderr is a terminal.
type bar struct {
	w     io.Writer
	color bool
	bar   *progressbar.ProgressBar
}

func (p *bar) Start(name string, chunks int) {
	p.bar = progressbar.NewOptions(chunks,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription(fmt.Sprintf("%-24s", filepath.Base(name))),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("chunks"),
		progressbar.OptionEnableColorCodes(p.color),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(0),
	)
	_ = p.bar.RenderBlank() // a terminal write error only loses the bar
}

func (p *bar) ChunkDone() {
	if p.bar != nil {
		_ = p.bar.Add(1) // see RenderBlank
	}
}

func (p *bar) Finish() {
	if p.bar != nil {
		_ = p.bar.Finish() // see RenderBlank
		_ = p.bar.Clear()
		p.bar = nil
	}
}
