package run

import (
	"context"
	"fmt"
	"strings"

	"brief/pipeline/feed"
	"brief/pipeline/web"
	"brief/pipeline/webinput"
)

// expand reads what a command-line address or feed file stands for: the
// address is fetched once (a page comes back read); a local feed is read
// from disk. Both sort a feed's items into new and already briefed.
func (w *webRun) expand(ctx context.Context, src Source) (*webinput.Expanded, error) {
	if src.kind == kindFeedFile {
		in, err := readArticle(ctx, src, nil)
		if err != nil {
			return nil, err
		}
		x, err := webinput.Feed(src.Path, in.Bytes, w.briefed)
		if err != nil {
			return nil, named(err)
		}
		return x, nil
	}
	rd, err := w.r.reader()
	if err != nil {
		return nil, err
	}
	x, err := rd.Expand(ctx, src.URL, w.briefed)
	if err != nil {
		return nil, named(err)
	}
	return x, nil
}

// items are a feed's new items in feed order: the first MaxItems of them,
// then this shard's share, each address once in the run. Output names
// come from the addresses, so they do not depend on the order.
func (w *webRun) items(src Source, x *webinput.Expanded) []Source {
	fresh, left := x.New, 0
	if n := w.opt.MaxItems; n > 0 && len(fresh) > n {
		fresh, left = fresh[:n], len(fresh)-n
	}
	var out []Source
	inShard := 0
	for _, it := range fresh {
		key := feed.Key(it.Link)
		if !w.opt.Shard.Takes(key) {
			continue
		}
		inShard++
		if w.seen[key] {
			continue
		}
		w.seen[key] = true
		out = append(out, Source{Path: web.PublicURL(it.Link), URL: it.Link, Feed: src.Path, kind: kindItem,
			name: webinput.OutputName(it.Link), date: it.Published})
	}
	w.ev.Notice(w.feedLine(src.Path, x, len(fresh), inShard, left))
	return out
}

// feedLine says what a feed holds and what the run does with it, e.g.
// "https://ex.fr/rss.xml: 12 items, 10 already briefed in out, 2 to brief".
func (w *webRun) feedLine(name string, x *webinput.Expanded, fresh, inShard, left int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", name, count(len(x.Feed.Items), "item", "items"))
	if x.Unchanged {
		b.WriteString(" (unchanged since the last run)")
	}
	if len(x.Briefed) > 0 {
		fmt.Fprintf(&b, ", %d already briefed in %s", len(x.Briefed), w.opt.OutDir)
	}
	fmt.Fprintf(&b, ", %d to brief", len(x.New))
	if left > 0 {
		fmt.Fprintf(&b, ", %d of them now and %d on later runs (--max-items %d)", fresh, left, w.opt.MaxItems)
	}
	if w.opt.Shard.N > 1 {
		fmt.Fprintf(&b, ", %d in shard %d/%d", inShard, w.opt.Shard.K, w.opt.Shard.N)
	}
	return b.String()
}

// count is "1 item" or "n items".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
