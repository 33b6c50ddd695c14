package run

import (
	"context"
	"errors"
	"fmt"
	"io"

	"brief/pipeline"
	"brief/pipeline/feed"
	"brief/pipeline/webinput"
)

// namedError is a web input's error, whose message already starts with
// the address or file it is about (the fetcher and the extractor name
// it); bad input is the user's to fix (exit 2), anything else a failure
// worth a later retry (exit 1).
type namedError struct {
	err error
	bad bool
}

func (e *namedError) Error() string { return e.err.Error() }

func (e *namedError) Unwrap() error { return e.err }

// Is makes bad input count as pipeline.ErrInput.
func (e *namedError) Is(target error) bool { return e.bad && target == pipeline.ErrInput }

func named(err error) error {
	return &namedError{err: err, bad: webinput.IsBadInput(err)}
}

// namesItself reports an error that needs no input name in front.
func namesItself(err error) bool {
	var ne *namedError
	var mm *pipeline.MismatchError
	return errors.As(err, &ne) || errors.As(err, &mm)
}

// load reads a source for the read stage: a text file or stdin as bytes;
// a page (fetched now for a feed's item), or a saved .html file, as its
// extracted article.
func (in *inputs) load(ctx context.Context, src Source) (pipeline.Input, error) {
	if src.err != nil {
		return pipeline.Input{}, src.err
	}
	switch src.kind {
	case kindPage:
		return pageInput(src.Path, src.page, src.date), nil
	case kindItem:
		rd, err := in.r.reader()
		if err != nil {
			return pipeline.Input{}, err
		}
		p, err := rd.Page(ctx, src.URL)
		if err != nil {
			return pipeline.Input{}, named(err)
		}
		return pageInput(src.Path, p, src.date), nil
	case kindHTML:
		return readHTML(ctx, src.Path)
	case kindFeedFile, kindAddress:
		return pipeline.Input{}, fmt.Errorf("%w: a feed is not an article", pipeline.ErrInput) // expandWeb replaced them
	}
	return readArticle(ctx, src, in.stdin)
}

// readHTML extracts the article of a saved page; it is never translated
// raw, menus and all.
func readHTML(ctx context.Context, path string) (pipeline.Input, error) {
	raw, err := readArticle(ctx, Source{Path: path}, nil)
	if err != nil {
		return pipeline.Input{}, err
	}
	p, err := webinput.HTMLFile(path, raw.Bytes, 0)
	if err != nil {
		return pipeline.Input{}, named(err)
	}
	return pageInput(path, p, ""), nil
}

// pageInput is an extracted article as the read stage takes it; date is
// the feed item's, for a page that gives none.
func pageInput(path string, p *webinput.Page, date string) pipeline.Input {
	pg := &pipeline.Page{Name: p.Name, URL: p.SourceURL, Title: p.Title, Date: p.Date, Paragraphs: p.Paragraphs}
	if pg.Date == "" {
		pg.Date = date
	}
	// The page's own address is worth recording when it is another: a
	// feed run then knows the article under either.
	if c := p.CanonicalURL; c != "" && feed.Key(c) != feed.Key(p.SourceURL) {
		pg.CanonicalURL = c
	}
	return pipeline.Input{Path: path, Page: pg}
}

// ReadArticle reads one article for the read stage, as translate does: a
// text file or stdin ("-") as bytes, a saved .html page or a web address
// as its extracted article. A feed is refused: it is many articles.
func (r *Runner) ReadArticle(ctx context.Context, path string, stdin io.Reader) (pipeline.Input, error) {
	switch {
	case webinput.IsURL(path):
		rd, err := r.reader()
		if err != nil {
			return pipeline.Input{}, err
		}
		src := addressSource(path)
		p, err := rd.Page(ctx, src.URL)
		if errors.Is(err, webinput.ErrFeedNotPage) {
			err = fmt.Errorf("%w; give one article's address, or brief translate the feed to brief its items", err)
		}
		if err != nil {
			return pipeline.Input{}, named(err)
		}
		return pageInput(src.Path, p, ""), nil
	case path == "-":
		return ReadInput(ctx, path, stdin)
	}
	switch fileKind(path) {
	case kindHTML:
		return readHTML(ctx, path)
	case kindFeedFile:
		return pipeline.Input{}, fmt.Errorf("%w: %s is an RSS or Atom feed; give one article, or brief translate the feed to brief its items", pipeline.ErrInput, path)
	}
	return ReadInput(ctx, path, stdin)
}
