package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	"github.com/rogpeppe/go-internal/testscript"
)

// newsSite is a fake French news site for the CLI tests, on 127.0.0.1:
// article pages written the way real ones are (cookie banner, menus,
// related links, comments, footer, JSON-LD), an RSS 2.0 feed whose items
// a script can add to, an Atom feed, and the usual ways a fetch fails.
type newsSite struct {
	*httptest.Server
	pages map[string][]byte // path -> page

	mu    sync.Mutex
	hits  map[string]int
	items []string // paths the RSS feed lists, newest first
	etag  int      // the RSS feed's version
}

type newsKey struct{}

// newNewsSite serves the pages of testdata/news.
func newNewsSite() (*newsSite, error) {
	s := &newsSite{pages: map[string][]byte{}, hits: map[string]int{}, etag: 1,
		items: []string{"/eco/budget-2025.html", "/eco/greve-sncf.html"}}
	for path, file := range map[string]string{
		"/eco/budget-2025.html": "budget.html", "/eco/greve-sncf.html": "greve.html",
		"/eco/secheresse.html": "secheresse.html", "/eco/busy.html": "secheresse.html", "/en/inflation.html": "english.html",
	} {
		b, err := os.ReadFile(filepath.Join("testdata", "news", file))
		if err != nil {
			return nil, err
		}
		s.pages[path] = b
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s, nil
}

func (s *newsSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	hits, items, etag := s.hits[r.URL.Path], append([]string(nil), s.items...), fmt.Sprintf(`"v%d"`, s.etag)
	s.mu.Unlock()
	switch p := r.URL.Path; {
	case p == "/eco/rss.xml":
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "text/xml; charset=utf-8") // as many servers label feeds
		_, _ = w.Write(rss("http://"+r.Host, items))
	case p == "/eco/mixed.xml": // one good article among bad links
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write(rss("http://"+r.Host, []string{"/eco/budget-2025.html", "/eco/missing.html", "/en/inflation.html", "/eco/rapport.pdf", "/down.html"}))
	case p == "/eco/":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(sectionPage))
	case p == "/eco/atom.xml":
		w.Header().Set("Content-Type", "application/atom+xml")
		_, _ = w.Write([]byte(atomFeed))
	case p == "/eco/busy.html" && hits == 1:
		w.Header().Set("Retry-After", "30")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	case s.pages[p] != nil:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(s.pages[p])
	case p == "/old/budget":
		http.Redirect(w, r, "/eco/budget-2025.html", http.StatusMovedPermanently)
	case p == "/huge.html":
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write(bytes.Repeat([]byte("<p>Un très long paragraphe.</p>\n"), 9<<20/32))
	case p == "/eco/rapport.pdf":
		w.Header().Set("Content-Type", "application/pdf")
		_, _ = w.Write([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"))
	case p == "/api/indicateurs.json":
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"pib": 0.8, "inflation": 1.8}`))
	case p == "/down.html":
		http.Error(w, "maintenance", http.StatusServiceUnavailable)
	default:
		http.NotFound(w, r)
	}
}

// hit is how many requests path received.
func (s *newsSite) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// rss is the RSS 2.0 feed of paths, with absolute links as most feeds
// have them, tagged for the site's analytics.
func rss(site string, paths []string) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>La Gazette de l'Est - Économie</title><link>` + site + `/eco/</link><description>Toute l'actualité économique</description><language>fr</language>
`)
	for i, p := range paths {
		fmt.Fprintf(&b, "<item><title>Article %d</title><link>%s%s?xtor=RSS-12</link><guid isPermaLink=\"false\">gaz-%d</guid>"+
			"<pubDate>Mon, 07 Oct 2024 08:%02d:00 +0200</pubDate><description>Résumé de l'article.</description></item>\n", i, site, p, len(p), i)
	}
	b.WriteString("</channel></rss>\n")
	return []byte(b.String())
}

// sectionPage is a section's front page: headlines and links, no article.
const sectionPage = `<!DOCTYPE html><html lang="fr"><head><title>Économie - La Gazette de l'Est</title></head><body>
<header><nav><a href="/">Accueil</a> <a href="/eco/">Économie</a> <a href="/sports/">Sports</a></nav></header>
<main><h1>Économie</h1><ul>
<li><a href="/eco/budget-2025.html">Budget 2025 : Bercy cherche 40 milliards d'euros d'économies</a></li>
<li><a href="/eco/greve-sncf.html">Grève à la SNCF : un TGV sur deux vendredi</a></li>
<li><a href="/eco/secheresse.html">Sécheresse : 62 départements soumis à des restrictions d'eau</a></li>
</ul></main><footer>© La Gazette de l'Est</footer></body></html>`

// atomFeed lists the same two articles, with links relative to the feed.
const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>La Gazette de l'Est</title>
  <id>urn:gazette:eco</id>
  <updated>2024-10-03T19:05:00+02:00</updated>
  <entry><title>Grève à la SNCF</title><id>urn:gazette:2</id><link rel="alternate" href="/eco/greve-sncf.html"/><updated>2024-10-03T19:05:00+02:00</updated></entry>
  <entry><title>Budget 2025</title><id>urn:gazette:1</id><link rel="alternate" href="/eco/budget-2025.html"/><updated>2024-09-26T07:30:00+02:00</updated></entry>
</feed>
`

// newsCmd scripts the site from a test script:
//
//	news add PATH         the RSS feed lists PATH first, under a new ETag
//	news hits PATH        print how many requests PATH received
//	news requests         print every path requested, with its count
//	news save FILE PATH.. write an RSS file listing PATHs on the site
func newsCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: news add PATH | news hits PATH | news requests | news save FILE PATH...")
	}
	s := ts.Value(newsKey{}).(*newsSite)
	s.mu.Lock()
	defer s.mu.Unlock()
	switch args[0] {
	case "add":
		s.items = append([]string{args[1]}, s.items...)
		s.etag++
	case "save":
		ts.Check(os.WriteFile(ts.MkAbs(args[1]), rss(s.URL, args[2:]), 0o644))
	case "hits":
		fmt.Fprintf(ts.Stdout(), "%d\n", s.hits[args[1]])
	case "requests":
		var paths []string
		for p, n := range s.hits {
			paths = append(paths, p+" "+strconv.Itoa(n))
		}
		sort.Strings(paths)
		fmt.Fprintln(ts.Stdout(), strings.Join(paths, "\n"))
	default:
		ts.Fatalf("unknown news command %q", args[0])
	}
}

// atomCmd checks that a file is an Atom feed of N entries with what RFC
// 4287 requires: the feed's id, title and updated date (RFC 3339), each
// entry's too, and a link:
//
//	atom FILE N
func atomCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: atom FILE N")
	}
	b, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	if typ := gofeed.DetectFeedType(bytes.NewReader(b)); typ != gofeed.FeedTypeAtom {
		ts.Fatalf("%s: not an Atom feed (%v)", args[0], typ)
	}
	f, err := (&atom.Parser{}).Parse(bytes.NewReader(b))
	if err != nil {
		ts.Fatalf("%s: %v", args[0], err)
	}
	if f.ID == "" || f.Title == "" || f.UpdatedParsed == nil {
		ts.Fatalf("%s: the feed lacks an id, a title or an RFC 3339 updated date", args[0])
	}
	if strconv.Itoa(len(f.Entries)) != args[1] {
		ts.Fatalf("%s: %d entries, want %s", args[0], len(f.Entries), args[1])
	}
	for _, e := range f.Entries {
		if e.ID == "" || e.Title == "" || len(e.Links) == 0 || e.Links[0].Href == "" || e.UpdatedParsed == nil {
			ts.Fatalf("%s: entry %q lacks an id, a title, a link or an RFC 3339 updated date", args[0], e.Title)
		}
	}
}

// globCmd copies the one file matching a pattern, whose name holds the
// test server's port, to a fixed name; with !, no file matches:
//
//	glob PATTERN DEST
//	! glob PATTERN
func globCmd(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 1 {
		ts.Fatalf("usage: glob PATTERN [DEST]")
	}
	m, err := filepath.Glob(ts.MkAbs(args[0]))
	ts.Check(err)
	if neg {
		if len(m) > 0 {
			ts.Fatalf("%s matches %v", args[0], m)
		}
		return
	}
	if len(m) != 1 || len(args) != 2 {
		ts.Fatalf("%s matches %d files, want 1: %v", args[0], len(m), m)
	}
	b, err := os.ReadFile(m[0])
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), b, 0o644))
}
