package article

import (
	nurl "net/url"
	"strings"

	"golang.org/x/net/html"
)

// head is what the page says about itself that readability does not
// report (or reports only through a lenient date parser).
type head struct {
	canonical string
	lang      string // og:locale or Content-Language, when html has no lang
	metaDate  string // article:published_time, itemprop datePublished
	jsonLD    []string
	timeDate  string // <time datetime> marked as the publication, or the first in <article>
	h1        string
}

// readHead walks the whole tree once, before readability strips scripts
// and reshapes it.
func readHead(doc *html.Node, base *nurl.URL) head {
	var h head
	var canonical, ogURL string
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if hasToken(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case "meta":
				h.meta(n, &ogURL)
			case "script":
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					h.jsonLD = append(h.jsonLD, textOf(n))
				}
			case "time":
				h.time(n, inArticle)
			case "h1":
				if h.h1 == "" {
					h.h1 = clean(textOf(n))
				}
			case "article":
				inArticle = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	h.canonical = absolute(base, firstOf(canonical, ogURL))
	return h
}

func (h *head) meta(n *html.Node, ogURL *string) {
	key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	switch key {
	case "article:published_time", "og:article:published_time", "datepublished":
		if h.metaDate == "" {
			h.metaDate = content
		}
	case "og:locale", "content-language":
		if h.lang == "" {
			h.lang = strings.ReplaceAll(content, "_", "-")
		}
	case "og:url":
		if *ogURL == "" {
			*ogURL = content
		}
	}
}

// time keeps a <time> that says it is the publication date; failing
// that, the first one inside <article> (a date elsewhere on the page may
// be a comment's or a related link's).
func (h *head) time(n *html.Node, inArticle bool) {
	dt := strings.TrimSpace(attr(n, "datetime"))
	if dt == "" {
		return
	}
	marked := strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate")
	if marked || (inArticle && h.timeDate == "") {
		if marked || isoDate(dt) != "" {
			h.timeDate = dt
		}
	}
}

// absolute resolves ref against base, without its fragment; with no base
// and no ref it is "".
func absolute(base *nurl.URL, ref string) string {
	var u *nurl.URL
	if ref != "" {
		r, err := nurl.Parse(strings.TrimSpace(ref))
		if err == nil {
			u = r
			if base != nil {
				u = base.ResolveReference(r)
			}
		}
	}
	if u == nil || !u.IsAbs() {
		u = base
	}
	if u == nil {
		return ""
	}
	c := *u
	c.Fragment, c.RawFragment = "", ""
	return c.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}

// textOf is the concatenated text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
