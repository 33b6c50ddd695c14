// Package feed lists the articles of an RSS 2.0 or Atom feed, in feed
// order, and tells which of them a folder of briefings already covers, so
// a scheduled run fetches only the new ones.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/mmcdole/gofeed"
)

// ErrNotFeed reports content that is not an RSS or Atom feed.
var ErrNotFeed = errors.New("not an RSS or Atom feed")

// Type names a feed format.
type Type string

// The feed formats brief reads.
const (
	RSS  Type = "rss"
	Atom Type = "atom"
)

// Feed is what a run needs of a feed.
type Feed struct {
	Type  Type
	Title string
	Link  string // the site's page, when the feed names one
	Items []Item
	// NoLink counts items dropped because they name no article to fetch.
	NoLink int
}

// Item is one article of a feed.
type Item struct {
	Link      string // absolute; what the briefing records as source_url
	Title     string
	Published string // YYYY-MM-DD in the feed's own time zone; "" when absent
	GUID      string
}

// peek is how much of the content detection looks at: the root element
// of any real feed is near the top.
const peek = 4096

// Detect reports whether content is an RSS or Atom feed, from the content
// alone (servers label feeds text/xml, text/html or octet-stream).
func Detect(content []byte) (Type, bool) {
	if len(content) > peek {
		content = content[:peek]
	}
	switch gofeed.DetectFeedType(bytes.NewReader(content)) {
	case gofeed.FeedTypeRSS:
		return RSS, true
	case gofeed.FeedTypeAtom:
		return Atom, true
	}
	// JSON Feed is detected by gofeed from any JSON object: an API's reply
	// is not a feed to brief.
	return "", false
}

// Parse reads a feed; relative links resolve against feedURL (which may
// be empty for a local file).
func Parse(content []byte, feedURL string) (*Feed, error) {
	typ, ok := Detect(content)
	if !ok {
		return nil, ErrNotFeed
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(content))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotFeed, err)
	}
	base, _ := nurl.Parse(feedURL) // a bad base only leaves links unresolved
	f := &Feed{Type: typ, Title: clean(parsed.Title), Link: resolve(base, parsed.Link)}
	seen := map[string]bool{}
	for _, it := range parsed.Items {
		if it == nil {
			continue
		}
		link := resolve(base, itemLink(it))
		if link == "" {
			f.NoLink++
			continue
		}
		if seen[link] {
			continue
		}
		seen[link] = true
		f.Items = append(f.Items, Item{Link: link, Title: clean(it.Title), Published: published(it), GUID: strings.TrimSpace(it.GUID)})
	}
	return f, nil
}

// itemLink is the item's link, or its GUID when that is a permalink.
func itemLink(it *gofeed.Item) string {
	if l := strings.TrimSpace(it.Link); l != "" {
		return l
	}
	for _, l := range it.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	g := strings.TrimSpace(it.GUID)
	if strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

// resolve makes ref absolute against base; only http(s) links are kept:
// an item pointing elsewhere names nothing brief may fetch.
func resolve(base *nurl.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := nurl.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// layouts are the usual feed date forms; parsing the raw text keeps the
// feed's own time zone, where gofeed's parsed times are in UTC.
var layouts = []string{time.RFC3339, time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST", time.RFC822Z, time.RFC822, "2006-01-02"}

func published(it *gofeed.Item) string {
	for _, raw := range []string{it.Published, it.Updated} {
		for _, l := range layouts {
			if t, err := time.Parse(l, strings.TrimSpace(raw)); err == nil {
				return t.Format("2006-01-02")
			}
		}
	}
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// asciiSpace collapses; no-break spaces in French titles are kept.
var asciiSpace = regexp.MustCompile(`[ \t\r\n\f]+`)

// clean collapses white space and drops control characters (a feed's
// text never carries terminal escapes).
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(asciiSpace.ReplaceAllString(s, " "))
}
