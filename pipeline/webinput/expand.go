package webinput

import (
	"context"
	"fmt"

	"brief/pipeline/feed"
	"brief/pipeline/web"
)

// Expanded is what one address on the command line stands for: an
// article page (fetched once, here), or a feed and its items to brief.
type Expanded struct {
	Page *Page // the address was an article page

	Feed *feed.Feed // the address was a feed
	// Unchanged: the server answered 304 to the conditional request; the
	// items come from the stored copy (one that failed last run is still
	// new).
	Unchanged bool
	New       []feed.Item
	// Briefed are the feed's items already briefed in the output folder:
	// skipped without a request.
	Briefed []feed.Item
}

// Expand fetches rawURL once. An article page comes back read; a feed
// comes back with its items split into new and already briefed (by
// source_url in briefed, see feed.Briefed), in feed order.
func (r *Reader) Expand(ctx context.Context, rawURL string, briefed map[string]feed.Briefing) (*Expanded, error) {
	p, err := r.Fetcher.Fetch(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	if p.Kind == web.KindFeed {
		f, err := feed.Parse(p.Body, p.FinalURL)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.URL, err)
		}
		x := split(f, briefed)
		x.Unchanged = p.FromStore
		return x, nil
	}
	page, err := r.read(p)
	if err != nil {
		return nil, err
	}
	return &Expanded{Page: page}, nil
}

// Feed reads a local feed file's items, split like Expand's.
func Feed(path string, content []byte, briefed map[string]feed.Briefing) (*Expanded, error) {
	f, err := feed.Parse(content, "")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return split(f, briefed), nil
}

// split sorts a feed's items into new and already briefed, in feed order.
func split(f *feed.Feed, briefed map[string]feed.Briefing) *Expanded {
	x := &Expanded{Feed: f}
	for _, it := range f.Items {
		if _, done := briefed[feed.Key(it.Link)]; done {
			x.Briefed = append(x.Briefed, it)
		} else {
			x.New = append(x.New, it)
		}
	}
	return x
}
