package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func lines(n int) []Line {
	var out []Line
	for i := range n {
		out = append(out, NewLine(fmt.Sprintf("a-0123abcd-c%d", i), json.RawMessage(`{"model":"m","messages":[]}`)))
	}
	return out
}

func TestFiles_SplitsByLines(t *testing.T) {
	files, err := Files(lines(7), Limits{MaxLines: 3})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, f := range files {
		got = append(got, bytes.Count(f, []byte("\n")))
	}
	if diff := cmp.Diff([]int{3, 3, 1}, got); diff != "" {
		t.Errorf("lines per file (-want +got):\n%s", diff)
	}
}

func TestFiles_SplitsByBytesKeepingOrder(t *testing.T) {
	ls := lines(10)
	one, _ := json.Marshal(ls[0])
	limit := 3*(len(one)+1) + 2 // three lines fit, four do not
	files, err := Files(ls, Limits{MaxBytes: limit})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range files {
		if len(f) > limit {
			t.Errorf("file of %d bytes over the limit %d", len(f), limit)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(f)), "\n") {
			var got Line
			if err := json.Unmarshal([]byte(l), &got); err != nil {
				t.Fatal(err)
			}
			if got.Method != "POST" || got.URL != "/v1/chat/completions" {
				t.Errorf("line %s: method %q url %q", got.CustomID, got.Method, got.URL)
			}
			ids = append(ids, got.CustomID)
		}
	}
	if len(files) != 4 {
		t.Errorf("Files made %d files, want 4", len(files))
	}
	var want []string
	for _, l := range ls {
		want = append(want, l.CustomID)
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("custom_ids across files (-want +got):\n%s", diff)
	}
}

func TestFiles_LineTooLarge(t *testing.T) {
	if _, err := Files(lines(1), Limits{MaxBytes: 10}); !errors.Is(err, ErrLineTooLarge) {
		t.Fatalf("Files = %v, want ErrLineTooLarge", err)
	}
}

func TestCustomID(t *testing.T) {
	tests := []struct {
		name, sha string
		idx       int
		want      string
	}{
		{"article", "1a2b3c4d5e6f", 0, "article-1a2b3c4d-c0"},
		{"l'été à Paris", "ffffffff00", 12, "l_t_Paris-ffffffff-c12"},
	}
	for _, tt := range tests {
		if got := CustomID(tt.name, tt.sha, tt.idx); got != tt.want {
			t.Errorf("CustomID(%q, %q, %d) = %q, want %q", tt.name, tt.sha, tt.idx, got, tt.want)
		}
	}
}

func TestReadResults(t *testing.T) {
	output := `{"id":"r1","custom_id":"ok","response":{"status_code":200,"body":{"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":" Hello. "},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}},"error":null}
{"id":"r2","custom_id":"cut","response":{"status_code":200,"body":{"choices":[{"index":0,"message":{"role":"assistant","content":"Hel"},"finish_reason":"length"}]}},"error":null}
`
	errs := `{"id":"r3","custom_id":"boom","response":{"status_code":500,"body":{"error":{"message":"x"}}},"error":null}
{"id":"r4","custom_id":"late","response":null,"error":{"code":"batch_expired","message":"expired"}}
{"id":"r5","custom_id":"ok","response":null,"error":{"code":"batch_expired","message":"a late duplicate"}}
`
	got := map[string]Outcome{}
	for _, f := range []string{output, errs} {
		if err := ReadResults(strings.NewReader(f), got); err != nil {
			t.Fatal(err)
		}
	}
	if o := got["ok"]; !o.OK() || o.Text != "Hello." || o.Usage.TotalTokens != 4 || o.Usage.Requests != 1 {
		t.Errorf(`outcome "ok" = %+v`, o)
	}
	for _, id := range []string{"cut", "boom", "late"} {
		if got[id].OK() {
			t.Errorf("outcome %q = %+v, want a failure", id, got[id])
		}
	}
	if err := ReadResults(strings.NewReader("{nope\n"), got); err == nil {
		t.Error("ReadResults accepted a malformed line")
	}
}
