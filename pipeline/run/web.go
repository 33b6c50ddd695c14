package run

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"brief/pipeline"
	"brief/pipeline/feed"
	"brief/pipeline/web"
	"brief/pipeline/webinput"
)

// WebOptions say how web inputs are fetched.
type WebOptions struct {
	Version string // brief's version, named in the User-Agent
}

// SetWeb sets how web inputs are fetched; call it before the first use.
// The fetcher waits on the engine options' clock, logs to their logger
// and keeps feeds' validators in the cache folder (none with NoCache).
func (r *Runner) SetWeb(o WebOptions) { r.webOpt = o }

// reader is the run's one fetcher of pages and feeds, built on first use.
func (r *Runner) reader() (*webinput.Reader, error) {
	r.webOnce.Do(func() { r.web, r.webErr = r.buildReader() })
	return r.web, r.webErr
}

func (r *Runner) buildReader() (*webinput.Reader, error) {
	opt := web.DefaultOptions(r.webOpt.Version)
	opt.Clock, opt.Logger = r.eng.Clock, r.eng.Logger
	if !r.eng.NoCache {
		dir, err := CacheDir(r.eng)
		if err != nil {
			return nil, err
		}
		// A feed's ETag and Last-Modified, so the next run's request is
		// conditional and an unchanged feed costs a 304.
		store, err := web.OpenStore(filepath.Join(dir, "web"))
		if err != nil {
			return nil, fmt.Errorf("%w: %v; choose another folder with --cache-dir or use --no-cache", pipeline.ErrConfig, err)
		}
		opt.Store = store
	}
	return &webinput.Reader{Fetcher: web.New(opt)}, nil
}

// addressSource is a command-line web address, not yet fetched.
func addressSource(raw string) Source {
	return Source{Path: web.PublicURL(raw), URL: raw, kind: kindAddress}
}

// fileKind tells a saved page and a feed file from a text file: by the
// extension, and for other extensions (.xml, .rss, none) by the content.
func fileKind(path string) kind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md":
		return kindText
	case ".html", ".htm":
		return kindHTML
	}
	if isFeedFile(path) {
		return kindFeedFile
	}
	return kindText
}

// isFeedFile reports whether the file starts like an RSS or Atom feed.
func isFeedFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false // read reports it
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := f.Read(head) // a short read only makes the sniff see less
	_, ok := feed.Detect(head[:n])
	return ok
}

// expandsLater reports a source whose inputs are known only once it is
// read: every --shard share expands it and takes its share of the items.
func (s Source) expandsLater() bool { return s.kind == kindAddress || s.kind == kindFeedFile }

// webRun is the state of one run's expansion of web sources.
type webRun struct {
	r       *Runner
	opt     Options
	ev      Events
	briefed map[string]feed.Briefing // items already briefed in --out, by feed.Key
	seen    map[string]bool          // addresses already taken, by feed.Key
}

// expandWeb fetches each command-line address once: a page becomes an
// input, a feed (fetched, or a local file) its items not yet briefed in
// --out. An address that fails stays an input carrying its error, so it
// is reported in its place and never stops the others.
func (r *Runner) expandWeb(ctx context.Context, sources []Source, opt Options, ev Events) ([]Source, error) {
	w := &webRun{r: r, opt: opt, ev: ev, seen: map[string]bool{}}
	var out []Source
	for _, src := range sources {
		if !src.expandsLater() {
			out = append(out, src)
			continue
		}
		if w.briefed == nil {
			b, err := briefedIn(opt)
			if err != nil {
				return nil, err
			}
			w.briefed = b
		}
		x, err := w.expand(ctx, src)
		switch {
		case err != nil:
			src.err = err
			out = append(out, src)
		case x.Page != nil:
			out = append(out, w.page(src, x.Page)...)
		default:
			out = append(out, w.items(src, x)...)
		}
	}
	return out, nil
}

// briefedIn maps the items already briefed in --out, with figures that
// passed, to their briefings: a feed run skips them without a request.
// --force redoes them, and --stdout writes no folder to compare with.
func briefedIn(opt Options) (map[string]feed.Briefing, error) {
	out := map[string]feed.Briefing{}
	if opt.Force || opt.Stdout {
		return out, nil
	}
	all, err := feed.Briefed(opt.OutDir)
	if err != nil {
		return nil, fmt.Errorf("%w: out folder %s: %v", pipeline.ErrConfig, opt.OutDir, err)
	}
	for k, b := range all {
		if b.Status == "passed" {
			out[k] = b
		}
	}
	return out, nil
}

// page keeps a command-line article page, once, when in this shard.
func (w *webRun) page(src Source, p *webinput.Page) []Source {
	key := feed.Key(p.SourceURL)
	if w.seen[key] || !w.opt.Shard.Takes(key) {
		return nil
	}
	w.seen[key] = true
	src.kind, src.page, src.name = kindPage, p, p.Name
	return []Source{src}
}
