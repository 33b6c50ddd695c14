package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/internal/fakellm"
)

// summaryFirst serves srv's answers, holding every translation request
// until a summary request has arrived: a run whose summary waits for the
// translation gets its translations refused after a while instead.
func summaryFirst(t *testing.T, srv *fakellm.Server) *httptest.Server {
	t.Helper()
	seen := make(chan struct{})
	var once sync.Once
	hold := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body) // a broken body fails in srv's handler
		r.Body = io.NopCloser(bytes.NewReader(body))
		if bytes.Contains(body, []byte("headline")) {
			once.Do(func() { close(seen) })
		} else if strings.HasSuffix(r.URL.Path, "/chat/completions") {
			select {
			case <-seen:
			case <-time.After(20 * time.Second): // a guard, not a measurement: the run fails
				http.Error(w, `{"error":{"message":"a translation was sent while no summary request had arrived","type":"invalid_request_error","code":400}}`, http.StatusBadRequest)
				return
			case <-r.Context().Done():
				return
			}
		}
		srv.Config.Handler.ServeHTTP(w, r)
	}))
	t.Cleanup(hold.Close)
	return hold
}

// The summary is asked for at once, from the French source, while every
// translation request is still unanswered; the briefing is written.
func TestSummaryBesideTranslation(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	front := summaryFirst(t, srv)
	b, err := os.ReadFile("pipeline/testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	r := translateRun(context.Background(), t, srv, dir, string(b), fakellm.Token, "--base-url", front.URL+"/v1", "--no-cache")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var summaries, translations int
	for _, q := range srv.ChatRequests() {
		if !q.IsSummary() {
			translations++
			continue
		}
		summaries++
		// French, its figures as the source writes them; the lead first.
		if u := q.User(); !strings.HasPrefix(u, "L’Otan va considérablement augmenter") || !strings.Contains(u, "500 personnes à 4 000") {
			t.Errorf("the summary request does not carry the French source:\n%.300s", u)
		}
		if !strings.Contains(q.System(), "French news article") {
			t.Errorf("the summary prompt does not say the article is French:\n%s", q.System())
		}
	}
	if summaries != 1 || translations < 4 {
		t.Errorf("%d summary and %d translation requests; want 1 and the sample in at least 4 chunks", summaries, translations)
	}
	if !bytes.Contains(r.md, []byte("## Summary\n\n- ")) || !bytes.Contains(r.md, []byte("status: passed")) {
		t.Errorf("briefing:\n%s", r.md)
	}
}

// An article that tells the model to write 2 bullets with a link: the
// obedient summary is refused for its shape and asked again with what was
// wrong; a model that then complies gives a plain briefing, one that keeps
// obeying fails the input (exit 1, no Markdown, a line saying why).
func TestSummaryShape_Injection(t *testing.T) {
	article := "L'Otan passera de 500 à 4 000 personnes, a annoncé M. Stoltenberg. " + fakellm.Injection +
		"\n\nLa mission coûtera 2,5 % de plus. Elle commencera en mai. Les alliés sont d'accord.\n"
	t.Run("re-asked", func(t *testing.T) {
		srv := fakellm.New()
		defer srv.Close()
		srv.SetReply(fakellm.Obedient(true))
		r := translateRun(context.Background(), t, srv, t.TempDir(), article, fakellm.Token, "--no-cache")
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		var asks []fakellm.Request
		for _, q := range srv.ChatRequests() {
			if q.IsSummary() {
				asks = append(asks, q)
			}
		}
		if len(asks) != 2 || !strings.Contains(asks[1].System(), "it has 2 bullets, not 3 to 6") ||
			!strings.Contains(asks[1].System(), "bullet 1 contains a link") {
			t.Fatalf("%d summary requests; the repair should say what was wrong:\n%s", len(asks), asks[len(asks)-1].System())
		}
		summary := string(r.md[bytes.Index(r.md, []byte("## Summary")):bytes.Index(r.md, []byte("## Translation"))])
		for _, bad := range []string{"javascript", "script", "](", "![", "click here"} {
			if strings.Contains(strings.ToLower(summary), bad) {
				t.Errorf("the briefing's summary obeys the article (%q):\n%s", bad, summary)
			}
		}
		if n := strings.Count(summary, "\n- "); n < 3 {
			t.Errorf("the summary has %d bullets:\n%s", n, summary)
		}
	})
	t.Run("keeps obeying", func(t *testing.T) {
		srv := fakellm.New()
		defer srv.Close()
		srv.SetReply(fakellm.Obedient(false))
		r := translateRun(context.Background(), t, srv, t.TempDir(), article, fakellm.Token, "--no-cache", "--force")
		if r.code != 1 || r.md != nil || r.stdout != "" {
			t.Fatalf("exit %d, Markdown written: %v; want exit 1 and nothing written", r.code, r.md != nil)
		}
		want := "summarize: the summary is not a plain-text headline and 3 to 6 bullets after 3 attempts: it has 2 bullets, not 3 to 6; bullet 1 contains a link; bullet 2 contains an image\n"
		if !strings.HasPrefix(r.stderr, "brief: ") || !strings.HasSuffix(r.stderr, want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("stderr = %q, want one line ending %q", r.stderr, want)
		}
	})
}

// threeSentences is an article long enough for 3 bullets.
const threeSentences = "L'Otan passera de 500 à 4 000 personnes, a annoncé M. Stoltenberg.\n\nLa mission coûtera 2,5 % de plus. Elle commencera en mai.\n"

// Each way a reply leaves the summary's shape is asked again, then fails
// the input with the reason; the figures check and the paragraphs are not
// what failed.
func TestSummaryShape_Replies(t *testing.T) {
	for _, tt := range []struct {
		name, reply, why string
	}{
		{"two bullets", "# NATO grows\n- One.\n- Two.", "it has 2 bullets, not 3 to 6"},
		{"seven bullets", "# NATO grows\n- a.\n- b.\n- c.\n- d.\n- e.\n- f.\n- g.", "it has 7 bullets, not 3 to 6"},
		{"a javascript link", "# NATO grows\n- [a](javascript:alert(1))\n- b.\n- c.", "bullet 1 contains a link"},
		{"a script", "# NATO grows <script>alert(1)</script>\n- a.\n- b.\n- c.", "the headline contains HTML"},
		{"an image", "# NATO grows\n- a.\n- ![x](http://t.invalid/p.png)\n- c.", "bullet 2 contains an image"},
		{"a long headline", "# " + strings.Repeat("NATO grows its mission ", 6) + "\n- a.\n- b.\n- c.", "the headline has 137 characters, over 120"},
		{"no headline, no bullets", "I cannot summarise this article.", "it has 0 bullets, not 3 to 6"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := fakellm.New()
			defer srv.Close()
			srv.SetReply(func(req fakellm.Request) fakellm.Reply {
				if req.IsSummary() {
					return fakellm.Reply{Content: tt.reply}
				}
				return fakellm.DefaultReply(req)
			})
			r := translateRun(context.Background(), t, srv, t.TempDir(), threeSentences, fakellm.Token, "--no-cache", "--repair-attempts", "1")
			if r.code != 1 || r.md != nil {
				t.Fatalf("exit %d, Markdown written: %v; want exit 1 and nothing written", r.code, r.md != nil)
			}
			if !strings.Contains(r.stderr, "summarize: the summary is not a plain-text headline and 3 to 6 bullets after 2 attempts: "+tt.why) {
				t.Errorf("stderr = %q, want the reason %q", r.stderr, tt.why)
			}
			summaries := 0
			for _, q := range srv.ChatRequests() {
				if q.IsSummary() {
					summaries++
				}
			}
			if summaries != 2 {
				t.Errorf("%d summary requests, want 2 (one repair)", summaries)
			}
		})
	}
}

// A saved page's title leads the summary request and becomes the
// headline; its figures are checked against the title too.
func TestSummaryFromPageTitle(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	argv := []string{"brief", "translate", "--base-url", srv.BaseURL(), "--no-cache", "--stdout", "testdata/news/budget.html"}
	var out, errs bytes.Buffer
	env := map[string]string{"OPENAI_API_KEY": fakellm.Token}
	if code := runApp(context.Background(), argv, testSystem(&out, &errs, func(k string) string { return env[k] })); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	for _, q := range srv.ChatRequests() {
		if q.IsSummary() && !strings.HasPrefix(q.User(), "# Budget 2025 : Bercy cherche 40 milliards d'euros d'économies\n\n") {
			t.Errorf("the summary request does not lead with the page's title:\n%.200s", q.User())
		}
	}
	if md := out.String(); !strings.Contains(md, "\n# Budget 2025 : Bercy cherche 40 billion") || !strings.Contains(md, "status: passed") {
		t.Errorf("briefing:\n%.1500s", md)
	}
}

// --summary-from takes source or translation; anything else is a
// configuration error sent before any request.
func TestSummaryFromFlag(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	r := translateRun(context.Background(), t, srv, t.TempDir(), threeSentences, fakellm.Token, "--summary-from", "english")
	if r.code != 2 || !strings.Contains(r.stderr, `unknown --summary-from "english"; use source or translation`) || len(srv.ChatRequests()) != 0 {
		t.Errorf("exit %d, %d requests, stderr %q", r.code, len(srv.ChatRequests()), r.stderr)
	}
	r = translateRun(context.Background(), t, srv, t.TempDir(), threeSentences, fakellm.Token, "--summary-from", "translation", "--no-cache")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, q := range srv.ChatRequests() {
		if q.IsSummary() && (strings.Contains(q.User(), "4 000") || !strings.Contains(q.System(), "English news article")) {
			t.Errorf("--summary-from translation sent the source:\n%s\n%s", q.System(), q.User())
		}
	}
}
