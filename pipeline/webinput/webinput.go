// Package webinput turns the inputs that are not text files — http(s)
// addresses of article pages or RSS/Atom feeds, and local .html files —
// into articles ready for the read stage. It joins the fetcher (web), the
// extractor (article) and the feed reader (feed), and sorts their errors
// into bad input (exit 2) and failure (exit 1).
package webinput

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	nurl "net/url"
	"path/filepath"
	"regexp"
	"strings"

	"brief/pipeline/article"
	"brief/pipeline/feed"
	"brief/pipeline/lang"
	"brief/pipeline/web"
)

// ErrNotFrench reports a page that is not in French; brief translates
// from French only.
var ErrNotFrench = errors.New("not French")

// ErrFeedNotPage reports a feed where an article page was expected (a
// feed item that links to another feed).
var ErrFeedNotPage = errors.New("a feed, not an article page")

// Page is an article read from a page, with what the briefing records
// about where it came from.
type Page struct {
	*article.Article
	SourceURL string // the address as given (command line or feed item): source_url, and the skip key
	FinalURL  string // after redirects
	Name      string // output base name, without .md
}

// IsURL reports a command-line argument that names a web address rather
// than a file.
func IsURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// IsHTMLFile reports a local file the read stage treats as a saved page.
func IsHTMLFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".html" || ext == ".htm"
}

// IsBadInput reports an error the user must act on (exit 2): a wrong
// address, a page that is not an article, a teaser, a page not in French.
func IsBadInput(err error) bool {
	return web.IsBadInput(err) || errors.Is(err, article.ErrNoArticle) || errors.Is(err, article.ErrTeaser) ||
		errors.Is(err, feed.ErrNotFeed) || errors.Is(err, ErrNotFrench) || errors.Is(err, ErrFeedNotPage)
}

// Reader fetches and reads pages and feeds.
type Reader struct {
	Fetcher  *web.Fetcher
	MinChars int // see article.Options; 0: the default
}

// Page fetches rawURL and keeps its article; a feed is refused here (the
// caller expands feeds with Expand).
func (r *Reader) Page(ctx context.Context, rawURL string) (*Page, error) {
	p, err := r.Fetcher.Fetch(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	if p.Kind != web.KindHTML {
		return nil, fmt.Errorf("%s: %w", p.URL, ErrFeedNotPage)
	}
	return r.read(p)
}

func (r *Reader) read(p *web.Page) (*Page, error) {
	a, err := article.Extract(p.Body, article.Options{URL: p.FinalURL, ContentType: p.ContentType, MinChars: r.MinChars})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.URL, err)
	}
	if err := CheckFrench(a); err != nil {
		return nil, fmt.Errorf("%s: %w", p.URL, err)
	}
	return &Page{Article: a, SourceURL: p.URL, FinalURL: p.FinalURL, Name: OutputName(p.URL)}, nil
}

// HTMLFile reads a saved page from disk, as the read stage does for a
// .html input; path names it.
func HTMLFile(path string, body []byte, minChars int) (*Page, error) {
	a, err := article.Extract(body, article.Options{MinChars: minChars})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := CheckFrench(a); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	base := filepath.Base(path)
	return &Page{Article: a, Name: strings.TrimSuffix(base, filepath.Ext(base))}, nil
}

// CheckFrench refuses an article whose page declares another language,
// or whose text is clearly not French whatever the page declares.
func CheckFrench(a *article.Article) error {
	if l := a.LangBase(); l != "" && l != "fr" {
		return fmt.Errorf("%w: the page is in %q; brief translates French articles only", ErrNotFrench, a.Lang)
	}
	if ok, looks := lang.IsFrench(a.Text()); !ok {
		return fmt.Errorf("%w: the article text looks %s; brief translates French articles only", ErrNotFrench, looks)
	}
	return nil
}

// slugChars are what an output name keeps of an address's last segment.
var slugChars = regexp.MustCompile(`[^a-z0-9]+`)

// OutputName names a page's briefing after its address: the last path
// segment as a slug, then 8 hex digits of the address's hash, so two
// pages never share a name and a page keeps its name from run to run.
func OutputName(rawURL string) string {
	key := feed.Key(rawURL)
	sum := sha256.Sum256([]byte(key))
	slug := ""
	if u, err := nurl.Parse(key); err == nil {
		segs := strings.Split(strings.Trim(u.Path, "/"), "/")
		last := segs[len(segs)-1]
		slug = slugChars.ReplaceAllString(strings.ToLower(strings.TrimSuffix(last, filepath.Ext(last))), "-")
		if strings.Trim(slug, "-") == "" {
			slug = slugChars.ReplaceAllString(strings.ToLower(u.Hostname()), "-")
		}
	}
	slug = strings.Trim(slug, "-")
	if len(slug) > 60 {
		slug = strings.TrimRight(slug[:60], "-")
	}
	if slug == "" {
		slug = "page"
	}
	return slug + "-" + hex.EncodeToString(sum[:4])
}
