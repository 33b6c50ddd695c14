package web

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// feedServer serves a feed with validators and answers 304 when the
// request's validators match.
func feedServer(s *site, path string, etag, lastModified *string, body *string) {
	s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		if *etag != "" && r.Header.Get("If-None-Match") == *etag ||
			*etag == "" && *lastModified != "" && r.Header.Get("If-Modified-Since") == *lastModified {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if *etag != "" {
			w.Header().Set("ETag", *etag)
		}
		if *lastModified != "" {
			w.Header().Set("Last-Modified", *lastModified)
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write([]byte(*body))
	})
}

func TestFetch_ConditionalETag(t *testing.T) {
	s := newSite(t)
	etag, lm, body := `"v1"`, "", rssFeed
	feedServer(s, "/rss.xml", &etag, &lm, &body)
	store, err := OpenStore(filepath.Join(t.TempDir(), "validators"))
	if err != nil {
		t.Fatal(err)
	}
	f := fetcher(&fakeClock{}, func(o *Options) { o.Store = store })
	ctx := context.Background()

	first, err := f.Fetch(ctx, s.URL+"/rss.xml")
	if err != nil || first.FromStore || first.Kind != KindFeed {
		t.Fatalf("first Fetch = %+v, %v", first, err)
	}
	second, err := f.Fetch(ctx, s.URL+"/rss.xml")
	if err != nil || !second.FromStore || second.Status != 304 || string(second.Body) != rssFeed || second.Kind != KindFeed {
		t.Fatalf("second Fetch = %+v, %v; want the stored feed after a 304", second, err)
	}
	reqs := s.requests("/rss.xml")
	if got := reqs[1].Header.Get("If-None-Match"); got != `"v1"` || reqs[0].Header.Get("If-None-Match") != "" {
		t.Errorf("If-None-Match = %q on the second request, %q on the first", got, reqs[0].Header.Get("If-None-Match"))
	}

	etag, body = `"v2"`, strings.Replace(rssFeed, "a.html", "new.html", 1)
	third, err := f.Fetch(ctx, s.URL+"/rss.xml")
	if err != nil || third.FromStore || !strings.Contains(string(third.Body), "new.html") {
		t.Fatalf("Fetch of a changed feed = %+v, %v", third, err)
	}
	fourth, err := f.Fetch(ctx, s.URL+"/rss.xml")
	if err != nil || !fourth.FromStore || !strings.Contains(string(fourth.Body), "new.html") {
		t.Fatalf("Fetch after the change = %+v, %v; want the new feed from the store", fourth, err)
	}
}

func TestFetch_ConditionalLastModified(t *testing.T) {
	s := newSite(t)
	etag, lm, body := "", "Thu, 14 Mar 2024 08:00:00 GMT", rssFeed
	feedServer(s, "/rss.xml", &etag, &lm, &body)
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	f := fetcher(&fakeClock{}, func(o *Options) { o.Store = store })
	for range 2 {
		if _, err := f.Fetch(context.Background(), s.URL+"/rss.xml"); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.requests("/rss.xml")[1].Header.Get("If-Modified-Since"); got != lm {
		t.Errorf("If-Modified-Since = %q, want %q", got, lm)
	}
}

// Pages are not stored: an article is fetched once, and skipped by its
// briefing afterwards.
func TestFetch_PagesNotStored(t *testing.T) {
	s := newSite(t)
	s.mux.HandleFunc("/a.html", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("ETag", `"p1"`)
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(htmlPage))
	})
	dir := t.TempDir()
	store, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	f := fetcher(&fakeClock{}, func(o *Options) { o.Store = store })
	for range 2 {
		if _, err := f.Fetch(context.Background(), s.URL+"/a.html"); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.requests("/a.html")[1].Header.Get("If-None-Match"); got != "" {
		t.Errorf("a page was fetched conditionally (If-None-Match %q)", got)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("the store holds %d files after fetching pages", len(files))
	}
}

// A corrupt record is no record: the fetch is unconditional.
func TestFetch_CorruptStore(t *testing.T) {
	s := newSite(t)
	etag, lm, body := `"v1"`, "", rssFeed
	feedServer(s, "/rss.xml", &etag, &lm, &body)
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(store.path(s.URL+"/rss.xml"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := fetcher(&fakeClock{}, func(o *Options) { o.Store = store }).Fetch(context.Background(), s.URL+"/rss.xml")
	if err != nil || p.FromStore || s.requests("/rss.xml")[0].Header.Get("If-None-Match") != "" {
		t.Fatalf("Fetch with a corrupt record = %+v, %v", p, err)
	}
}
