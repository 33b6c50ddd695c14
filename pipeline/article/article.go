// Package article keeps the article of a news page: its main text in
// paragraphs, title, publication date and language, without the page's
// furniture (menus, cookie banners, related links, comments, ads). The
// readability library finds the main content; this package adds what it
// lacks for brief: paragraphs that keep French no-break spaces, dates in
// the form of the Document's metadata, and teaser detection.
package article

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// ErrNoArticle reports a page with no article text, or too little to be
// one; the caller treats it as bad input (exit 2).
var ErrNoArticle = errors.New("no article text found")

// ErrTeaser reports a page that shows only the beginning of its article
// behind a paywall; the caller treats it as bad input.
var ErrTeaser = errors.New("only a teaser of the article is on the page")

// DefaultMinChars is the shortest article text accepted: below it, what
// was found is a list of links or a stub, not something worth a briefing.
const DefaultMinChars = 250

// Article is what a news page holds that a briefing needs.
type Article struct {
	Title        string
	Date         string // YYYY-MM-DD or YYYY-MM, as the Document's Meta.Date; "" when unknown
	Paragraphs   []string
	Lang         string // as declared (html lang, og:locale, Content-Language), e.g. "fr-FR"; "" when none
	SiteName     string
	CanonicalURL string // absolute; the page URL when the page names none
}

// Options tunes Extract; the zero value uses the defaults.
type Options struct {
	URL         string // the page's address, to resolve relative links; may be empty
	ContentType string // the Content-Type header, for the charset; may be empty
	MinChars    int    // shortest text accepted; 0: DefaultMinChars
}

// Text is the article's body as the read stage holds it: paragraphs
// separated by blank lines.
func (a *Article) Text() string { return strings.Join(a.Paragraphs, "\n\n") }

// SHA256 is the hex digest of Text: it identifies the article whatever
// the page around it (ads and menus change on every load).
func (a *Article) SHA256() string {
	sum := sha256.Sum256([]byte(a.Text()))
	return hex.EncodeToString(sum[:])
}

// LangBase is the primary language subtag, lowercased: "fr" for "fr-FR"
// or "fr_FR"; "" when the page declares none.
func (a *Article) LangBase() string {
	l := strings.ToLower(strings.TrimSpace(a.Lang))
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	return l
}

// Extract finds the article in an HTML page.
func Extract(page []byte, opt Options) (*Article, error) {
	var base *nurl.URL
	if opt.URL != "" {
		u, err := nurl.Parse(opt.URL)
		if err != nil {
			return nil, fmt.Errorf("page url: %w", err)
		}
		base = u
	}
	doc, err := parse(page, opt.ContentType)
	if err != nil {
		return nil, err
	}
	head := readHead(doc, base) // before readability mutates the tree
	parser := readability.NewParser()
	parser.KeepClasses = true // paragraphs() reads them to drop bylines and insets
	found, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	a := &Article{
		Title:        clean(found.Title()),
		Date:         pickDate(found, head),
		Lang:         strings.TrimSpace(firstOf(found.Language(), head.lang)),
		SiteName:     clean(found.SiteName()),
		CanonicalURL: head.canonical,
	}
	if found.Node != nil {
		a.Paragraphs = keep(body(found.Node), a.Title)
	}
	if a.Title == "" {
		a.Title = head.h1
	}
	return a, check(a, opt.MinChars)
}

// parse decodes the page to UTF-8 (old French sites still serve
// Windows-1252) and builds the tree.
func parse(page []byte, contentType string) (*html.Node, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, fmt.Errorf("%w: the page is empty", ErrNoArticle)
	}
	r, err := charset.NewReader(bytes.NewReader(page), contentType)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	return doc, nil
}

// check refuses an empty or teaser-only extraction.
func check(a *Article, minChars int) error {
	if minChars <= 0 {
		minChars = DefaultMinChars
	}
	if len(a.Paragraphs) == 0 {
		return fmt.Errorf("%w; is it an article page?", ErrNoArticle)
	}
	if p := paywalled(a.Paragraphs); p != "" {
		return fmt.Errorf("%w (%q); give a page with the whole article", ErrTeaser, p)
	}
	if n := chars(a.Paragraphs); n < minChars {
		return fmt.Errorf("%w: only %d characters of text; is it an article page?", ErrNoArticle, n)
	}
	return nil
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
