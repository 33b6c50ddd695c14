package web

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestFetch_Redirects(t *testing.T) {
	s := newSite(t)
	s.mux.Handle("/old", http.RedirectHandler("/moved", http.StatusMovedPermanently))
	s.mux.Handle("/moved", http.RedirectHandler("/economie/article.html", http.StatusFound))
	s.handle("/economie/article.html", "text/html", htmlPage)
	s.mux.Handle("/loop", http.RedirectHandler("/loop", http.StatusFound))
	s.mux.Handle("/to-ftp", http.RedirectHandler("ftp://example.org/a.html", http.StatusFound))
	s.mux.Handle("/to-file", http.RedirectHandler("file:///etc/passwd", http.StatusFound))

	p, err := fetcher(&fakeClock{}).Fetch(context.Background(), s.URL+"/old")
	if err != nil || p.FinalURL != s.URL+"/economie/article.html" || p.URL != s.URL+"/old" {
		t.Fatalf("Fetch(/old) = %+v, %v; want the page at /economie/article.html", p, err)
	}

	_, err = fetcher(&fakeClock{}).Fetch(context.Background(), s.URL+"/loop")
	if !errors.Is(err, ErrRedirects) || !IsBadInput(err) {
		t.Fatalf("Fetch(/loop) = %v, want ErrRedirects", err)
	}
	if got := len(s.requests("/loop")); got != DefaultMaxRedirects+1 {
		t.Errorf("the loop was followed %d times, want %d requests", got, DefaultMaxRedirects+1)
	}

	for _, path := range []string{"/to-ftp", "/to-file"} {
		if _, err := fetcher(&fakeClock{}).Fetch(context.Background(), s.URL+path); !errors.Is(err, ErrScheme) || !IsBadInput(err) {
			t.Errorf("Fetch(%s) = %v, want ErrScheme", path, err)
		}
	}
}

func TestFetch_Schemes(t *testing.T) {
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/a.html", "javascript:alert(1)",
		"example.org/a.html", "/a.html", "", "http://", "mailto:a@example.org", "http://[::1"} {
		_, err := fetcher(&fakeClock{}).Fetch(context.Background(), u)
		if !errors.Is(err, ErrScheme) || !IsBadInput(err) {
			t.Errorf("Fetch(%q) = %v, want ErrScheme", u, err)
		}
	}
}

func TestFetch_TooLarge(t *testing.T) {
	s := newSite(t)
	big := strings.Repeat("<p>Le chiffre d'affaires a augmenté de 12 % en 2023.</p>\n", (9<<20)/56)
	s.handle("/sized", "text/html", big) // with Content-Length
	streamed := make(chan int64, 1)
	s.mux.HandleFunc("/streamed", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>x</p>", 8<<10))
		var n int64
		for n < 256<<20 { // 256 MiB, chunked: no Content-Length
			k, err := w.Write(chunk)
			n += int64(k)
			if err != nil {
				break
			}
			w.(http.Flusher).Flush()
		}
		streamed <- n
	})
	s.handle("/limit", "text/html", strings.Repeat("a", DefaultMaxBytes-len(htmlPage))+htmlPage)

	for _, path := range []string{"/sized", "/streamed"} {
		_, err := fetcher(&fakeClock{}).Fetch(context.Background(), s.URL+path)
		if !errors.Is(err, ErrTooLarge) || !IsBadInput(err) || !strings.Contains(err.Error(), "more than 8 MiB") {
			t.Errorf("Fetch(%s) = %v, want ErrTooLarge", path, err)
		}
	}
	if n := <-streamed; n >= 256<<20 {
		t.Errorf("the server could write all %d bytes: the body was read past the limit", n)
	}
	if _, err := fetcher(&fakeClock{}).Fetch(context.Background(), s.URL+"/limit"); err != nil {
		t.Errorf("Fetch of exactly 8 MiB = %v, want the page", err)
	}
}

func TestFetch_Timeout(t *testing.T) {
	s := newSite(t)
	s.mux.HandleFunc("/hang", func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	f := fetcher(&fakeClock{}, func(o *Options) { o.Timeout = 20 * time.Millisecond; o.Retries = 1 })
	_, err := f.Fetch(context.Background(), s.URL+"/hang")
	if !errors.Is(err, ErrNetwork) || IsBadInput(err) || !strings.Contains(err.Error(), "no answer within 20ms") {
		t.Fatalf("Fetch(/hang) = %v, want a network failure", err)
	}
	if got := len(s.requests("/hang")); got != 2 {
		t.Errorf("%d requests, want 2 (one retry)", got)
	}
}

func TestFetch_NetworkDown(t *testing.T) {
	s := newSite(t)
	url := s.URL + "/x"
	s.Close()
	c := &fakeClock{}
	_, err := fetcher(c).Fetch(context.Background(), url)
	if !errors.Is(err, ErrNetwork) || IsBadInput(err) || !strings.Contains(err.Error(), "after 4 attempts") {
		t.Fatalf("Fetch = %v, want a network failure after 4 attempts", err)
	}
	if strings.Count(err.Error(), url) != 1 {
		t.Errorf("error line %q should name the address once", err)
	}
	if len(c.slept()) != 3 {
		t.Errorf("waits %v, want 3", c.slept())
	}
}

func TestFetch_Credentials(t *testing.T) {
	s := newSite(t)
	for _, u := range []string{
		strings.Replace(s.URL, "http://", "http://reader:s3cret@", 1) + "/missing",
		"ftp://reader:s3cret@example.org/a",
	} {
		_, err := fetcher(&fakeClock{}).Fetch(context.Background(), u)
		if err == nil || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("Fetch(%s) = %v; want an error without the password", u, err)
		}
	}
	if r := s.requests("/missing"); len(r) != 1 || r[0].Header.Get("Authorization") == "" {
		t.Error("credentials in the address were not sent as basic auth")
	}
}

// Interrupting a run during a backoff wait ends the fetch at once.
func TestFetch_Canceled(t *testing.T) {
	s := newSite(t)
	failThen(s, 5, 503, "")
	ctx, cancel := context.WithCancel(context.Background())
	f := fetcher(&fakeClock{onSleep: cancel})
	_, err := f.Fetch(ctx, s.URL+"/x")
	if !errors.Is(err, context.Canceled) || len(s.requests("/x")) != 1 {
		t.Fatalf("Fetch = %v after %d requests; want context.Canceled after 1", err, len(s.requests("/x")))
	}
}

// At most PerHost requests reach one host at once.
func TestFetch_PerHost(t *testing.T) {
	s := newSite(t)
	var mu sync.Mutex
	inFlight, most := 0, 0
	arrived := make(chan struct{}, 16)
	release := make(chan struct{})
	s.mux.HandleFunc("/p/", func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		mu.Unlock()
		arrived <- struct{}{}
		<-release
		mu.Lock()
		inFlight--
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(htmlPage))
	})
	f := fetcher(&fakeClock{}, func(o *Options) { o.PerHost = 2 })
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for i := range 6 {
		wg.Go(func() {
			_, err := f.Fetch(context.Background(), s.URL+"/p/"+strconv.Itoa(i))
			errs <- err
		})
	}
	<-arrived
	<-arrived // two are in; the other four wait for a slot
	close(release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if most != 2 {
		t.Errorf("%d requests in flight at once, want 2", most)
	}
}

func TestHostLimit(t *testing.T) {
	h := newHostLimit(nil, 2)
	ctx := context.Background()
	r1, err1 := h.acquire(ctx, "a.example")
	_, err2 := h.acquire(ctx, "A.example")
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := h.acquire(done, "a.example"); !errors.Is(err, context.Canceled) {
		t.Errorf("a third request to a full host got a slot (err %v)", err)
	}
	if _, err := h.acquire(ctx, "b.example"); err != nil {
		t.Errorf("another host was held up: %v", err)
	}
	r1()
	r1() // releasing twice frees one slot only
	if _, err := h.acquire(ctx, "a.example"); err != nil {
		t.Errorf("a freed slot was not given again: %v", err)
	}
	if _, err := h.acquire(done, "a.example"); !errors.Is(err, context.Canceled) {
		t.Error("a double release freed two slots")
	}
}

// A redirect on the same host with one slot per host: the first answer
// frees its slot before the next request takes it.
func TestFetch_RedirectOneSlot(t *testing.T) {
	s := newSite(t)
	s.mux.Handle("/old", http.RedirectHandler("/new", http.StatusMovedPermanently))
	s.handle("/new", "text/html", htmlPage)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // a deadlock fails instead of hanging the suite
	defer cancel()
	if _, err := fetcher(&fakeClock{}, func(o *Options) { o.PerHost = 1 }).Fetch(ctx, s.URL+"/old"); err != nil {
		t.Fatal(err)
	}
}

// PublicURL names an address as the fetcher does: without credentials.
func TestPublicURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{" https://reader:s3cret@example.org/a?x=1 ", "https://example.org/a?x=1"},
		{"http://example.org/b", "http://example.org/b"},
		{"http://reader:s3cret@exa mple.org/%zz", "the address"},
	} {
		if got := PublicURL(tt.in); got != tt.want {
			t.Errorf("PublicURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
