package webinput

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/pipeline/article"
	"brief/pipeline/feed"
	"brief/pipeline/markdown"
	"brief/pipeline/web"
)

// newsSite is a fake French news site: two article pages, an English
// page, an RSS feed with validators, and the usual failures.
type newsSite struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	items []string // paths the feed lists
	etag  string
}

func page(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "article", "testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{hits: map[string]int{}, items: []string{"/eco/croissance.html", "/eco/greve.html"}, etag: `"1"`}
	pages := map[string][]byte{"/eco/croissance.html": page(t, "economie.html"), "/eco/greve.html": page(t, "brief.html"),
		"/eco/secheresse.html": page(t, "economie.html"), "/en/inflation.html": page(t, "english.html"),
		"/eco/retraites.html": page(t, "teaser.html")}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		etag, items := s.etag, append([]string(nil), s.items...)
		s.mu.Unlock()
		switch p := r.URL.Path; {
		case p == "/eco/rss.xml":
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "text/xml; charset=utf-8") // as many servers label feeds
			_, _ = w.Write([]byte(rss(items)))
		case pages[p] != nil:
			ct := "text/html; charset=utf-8"
			if p == "/eco/greve.html" {
				ct = "text/html" // Windows-1252, declared in the page only
			}
			w.Header().Set("Content-Type", ct)
			_, _ = w.Write(pages[p])
		case p == "/eco/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			_, _ = w.Write([]byte("%PDF-1.7\n1 0 obj"))
		case p == "/eco/gone.html":
			w.WriteHeader(http.StatusGone)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func rss(paths []string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Économie</title><link>/eco/</link>`)
	for _, p := range paths {
		b.WriteString("<item><title>" + p + "</title><link>" + p + "?xtor=RSS</link><pubDate>Thu, 14 Mar 2024 06:45:12 +0100</pubDate></item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func (s *newsSite) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// instant is a clock whose waits end at once.
type instant struct{}

func (instant) Now() time.Time                                   { return time.Now() }
func (instant) Sleep(ctx context.Context, _ time.Duration) error { return ctx.Err() }

func reader(t *testing.T, store *web.Store) *Reader {
	opt := web.DefaultOptions("1.0.0")
	opt.Clock = instant{}
	opt.Store = store
	return &Reader{Fetcher: web.New(opt)}
}

// brief writes the briefing a run would write for p: what matters here is
// the front matter's source_url.
func brief(t *testing.T, out string, p *Page) {
	t.Helper()
	fm := markdown.FrontMatter{Title: p.Title, Source: p.SourceURL, SourceURL: p.SourceURL, SourceSHA256: p.SHA256(), Date: p.Date,
		Engine: "openai", Verification: markdown.Verification{Status: "passed"}}
	md, err := markdown.Render(markdown.Briefing{Front: fm, Headline: p.Title, Paragraphs: p.Paragraphs})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, p.Name+".md"), md, 0o644); err != nil {
		t.Fatal(err)
	}
}

// run is one scheduled run: the feed, then each new item, one bad item
// never stopping the rest.
func run(t *testing.T, r *Reader, feedURL, out string) (briefed, skipped int, unchanged bool, errs []error) {
	t.Helper()
	done, err := feed.Briefed(out)
	if err != nil {
		t.Fatal(err)
	}
	x, err := r.Expand(context.Background(), feedURL, done)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range x.New {
		p, err := r.Page(context.Background(), it.Link)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		brief(t, out, p)
		briefed++
	}
	return briefed, len(x.Briefed), x.Unchanged, errs
}

// The acceptance of the scheduled run: a feed of two articles gives two
// briefings; a second run fetches the feed and no article; a new item is
// briefed alone.
func TestScheduledRun(t *testing.T) {
	s := newNewsSite(t)
	out := t.TempDir()
	store, err := web.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	r := reader(t, store)
	feedURL := s.URL + "/eco/rss.xml"

	if n, skipped, unchanged, errs := run(t, r, feedURL, out); n != 2 || skipped != 0 || unchanged || errs != nil {
		t.Fatalf("first run: %d briefed, %d skipped, unchanged %v, %v", n, skipped, unchanged, errs)
	}
	if n, skipped, unchanged, errs := run(t, r, feedURL, out); n != 0 || skipped != 2 || !unchanged || errs != nil {
		t.Fatalf("second run: %d briefed, %d skipped, unchanged %v, %v; want a 304 and nothing to do", n, skipped, unchanged, errs)
	}
	if s.hit("/eco/rss.xml") != 2 || s.hit("/eco/croissance.html") != 1 || s.hit("/eco/greve.html") != 1 {
		t.Errorf("requests %v: want the feed twice and each article once", s.hits)
	}

	s.mu.Lock()
	s.items = append([]string{"/eco/secheresse.html", "/eco/gone.html"}, s.items...)
	s.etag = `"2"`
	s.mu.Unlock()
	n, skipped, _, errs := run(t, r, feedURL, out)
	if n != 1 || skipped != 2 || len(errs) != 1 || !IsBadInput(errs[0]) {
		t.Fatalf("third run: %d briefed, %d skipped, %v; want the new item briefed and the gone one a bad input", n, skipped, errs)
	}
	if s.hit("/eco/croissance.html") != 1 || s.hit("/eco/secheresse.html") != 1 {
		t.Errorf("requests %v: only the new items are fetched", s.hits)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.md"))
	if len(files) != 3 {
		t.Errorf("%d briefings, want 3: %v", len(files), files)
	}
}

func TestPage(t *testing.T) {
	s := newNewsSite(t)
	r := reader(t, nil)
	p, err := r.Page(context.Background(), s.URL+"/eco/croissance.html?xtor=RSS")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "La croissance française ralentit à 0,8 % en 2024" || p.Date != "2024-03-14" || len(p.Paragraphs) != 8 ||
		p.SourceURL != s.URL+"/eco/croissance.html?xtor=RSS" || p.Name != OutputName(p.SourceURL) {
		t.Errorf("Page = %+v", p)
	}
	for _, tt := range []struct {
		path string
		want error
	}{
		{"/en/inflation.html", ErrNotFrench},
		{"/eco/retraites.html", article.ErrTeaser},
		{"/eco/missing.html", web.ErrNotFound},
		{"/eco/gone.html", web.ErrNotFound},
		{"/eco/report.pdf", web.ErrUnsupported},
		{"/eco/rss.xml", ErrFeedNotPage},
	} {
		_, err := r.Page(context.Background(), s.URL+tt.path)
		if !errors.Is(err, tt.want) || !IsBadInput(err) || !strings.HasPrefix(err.Error(), s.URL+tt.path+": ") {
			t.Errorf("Page(%s) = %v, want %v as bad input, naming the address", tt.path, err, tt.want)
		}
	}
}

// One command-line address that is a page is fetched once, and read.
func TestExpand_Page(t *testing.T) {
	s := newNewsSite(t)
	x, err := reader(t, nil).Expand(context.Background(), s.URL+"/eco/greve.html", nil)
	if err != nil || x.Page == nil || x.Feed != nil || x.Page.Date != "2024-03-06" {
		t.Fatalf("Expand(page) = %+v, %v", x, err)
	}
	if s.hit("/eco/greve.html") != 1 {
		t.Errorf("the page was fetched %d times", s.hit("/eco/greve.html"))
	}
}

func TestHTMLFile(t *testing.T) {
	p, err := HTMLFile("saved/La croissance.html", page(t, "economie.html"), 0)
	if err != nil || p.Name != "La croissance" || p.SourceURL != "" || p.Date != "2024-03-14" {
		t.Fatalf("HTMLFile = %+v, %v", p, err)
	}
	if _, err := HTMLFile("en.html", page(t, "english.html"), 0); !errors.Is(err, ErrNotFrench) {
		t.Errorf("HTMLFile(english) = %v, want ErrNotFrench", err)
	}
	// a page that declares no language is judged by its text
	undeclared := strings.Replace(string(page(t, "english.html")), `lang="en-GB"`, "", 1)
	undeclared = strings.Replace(undeclared, `<meta property="og:locale" content="en_GB">`, "", 1)
	if _, err := HTMLFile("en.html", []byte(undeclared), 0); !errors.Is(err, ErrNotFrench) || !strings.Contains(err.Error(), "looks English") {
		t.Errorf("HTMLFile(english, undeclared) = %v, want ErrNotFrench naming English", err)
	}
}

func TestFeedFile(t *testing.T) {
	x, err := Feed("eco.rss", []byte(rss([]string{"https://ex.fr/a.html", "https://ex.fr/b.html"})),
		map[string]feed.Briefing{feed.Key("https://ex.fr/a.html?xtor=RSS"): {}})
	if err != nil || len(x.New) != 1 || len(x.Briefed) != 1 || x.New[0].Link != "https://ex.fr/b.html?xtor=RSS" {
		t.Fatalf("Feed = %+v, %v", x, err)
	}
	if _, err := Feed("x.rss", []byte("<html/>"), nil); !IsBadInput(err) {
		t.Errorf("Feed(not a feed) = %v, want bad input", err)
	}
}

func TestCheckFrench(t *testing.T) {
	fr := "Le gouvernement a présenté mercredi un plan pour soutenir l'industrie, qui a perdu des emplois depuis le début de l'année."
	en := "The government presented on Wednesday a plan to support the industry, which has lost jobs since the start of the year."
	for _, tt := range []struct {
		lang, text string
		ok         bool
	}{
		{"fr-FR", fr, true},
		{"", fr, true},
		{"fr", en, false},    // the text wins over a wrong declaration
		{"en-GB", fr, false}, // a page declared English is refused
		{"", en, false},
	} {
		err := CheckFrench(&article.Article{Lang: tt.lang, Paragraphs: []string{tt.text}})
		if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrNotFrench)) {
			t.Errorf("CheckFrench(lang %q, %.20q) = %v, want ok %v", tt.lang, tt.text, err, tt.ok)
		}
	}
}

func TestOutputName(t *testing.T) {
	for _, tt := range []struct{ in, prefix string }{
		{"https://www.lemonde.example/economie/article/2024/03/14/la-croissance-ralentit_6221.html?xtor=RSS", "la-croissance-ralentit-6221-"},
		{"https://www.example.fr/", "www-example-fr-"},
		{"https://www.example.fr/actu/index.php?id=3", "index-"},
		{"https://www.example.fr/" + strings.Repeat("tres-long-", 20), "tres-long-tres-long-tres-long-tres-long-tres-long-tres-long-"},
	} {
		got := OutputName(tt.in)
		if !strings.HasPrefix(got, tt.prefix) || len(got) != len(tt.prefix)+8 {
			t.Errorf("OutputName(%q) = %q, want %q + 8 hex digits", tt.in, got, tt.prefix)
		}
	}
	a, b := OutputName("https://ex.fr/index.php?id=3"), OutputName("https://ex.fr/index.php?id=4")
	if a == b || a != OutputName("https://EX.fr/index.php?id=3#top") {
		t.Errorf("OutputName: %q, %q: two pages share a name, or one page has two", a, b)
	}
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{"https://ex.fr/a": true, "HTTP://ex.fr": true, "seeds/a.txt": false,
		"-": false, "ftp://ex.fr": false, "http.txt": false} {
		if IsURL(arg) != want {
			t.Errorf("IsURL(%q) = %v", arg, !want)
		}
	}
	for path, want := range map[string]bool{"a.html": true, "A.HTM": true, "a.txt": false, "html": false} {
		if IsHTMLFile(path) != want {
			t.Errorf("IsHTMLFile(%q) = %v", path, !want)
		}
	}
}
