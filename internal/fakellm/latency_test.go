package fakellm

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func post(t *testing.T, s *Server, body string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.BaseURL()+"/chat/completions", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

const chat = `{"model":"m","messages":[{"role":"system","content":"Translate."},{"role":"user","content":"Le prix a 3 mots"}]}`

func TestLatency_CountsServedRequests(t *testing.T) {
	s := New()
	defer s.Close()
	s.SetLatency(Latency{TTFT: time.Millisecond, TPS: 1e6, Cap: 2})
	for range 2 {
		if resp := post(t, s, chat); resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d, want 200", resp.StatusCode)
		}
	}
	st := s.Stats()
	if st.Requests != 2 || st.Rejected != 0 || len(st.Served) != 2 || st.PromptTokens != 2*6 {
		t.Errorf("Stats() = %+v, want 2 requests served, 12 prompt tokens", st)
	}
}

func TestLatency_RefusesBeyondCap(t *testing.T) {
	s := New()
	defer s.Close()
	s.SetLatency(Latency{Cap: 1, RetryAfter: 250 * time.Millisecond})
	s.lat.slots <- struct{}{} // another request holds the only slot
	resp := post(t, s, chat)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "0.25" {
		t.Errorf("status %d Retry-After %q, want 429 and 0.25", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if st := s.Stats(); st.Rejected != 1 {
		t.Errorf("Rejected = %d, want 1", st.Rejected)
	}
}

func TestParseLatency(t *testing.T) {
	got, err := ParseLatency("ttft=300ms,tps=60,cap=16,queue")
	want := Latency{TTFT: 300 * time.Millisecond, TPS: 60, Cap: 16, Queue: true}
	if err != nil || got != want {
		t.Errorf("ParseLatency = %+v, %v; want %+v", got, err, want)
	}
	if _, err := ParseLatency("speed=3"); err == nil {
		t.Error("ParseLatency(speed=3) succeeded, want an error")
	}
}
