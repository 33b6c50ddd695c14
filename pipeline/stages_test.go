package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"brief/internal/fakellm"
	"brief/pipeline/figures"
)

// Each stage fills only its own field of the Document.
func TestStageOwnership(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	full := runAll(t, srv, Config{MaxChunkTokens: 300}, sample(t))
	r, err := NewRunner(Config{Engine: EngineOpenAI, BaseURL: srv.BaseURL(), APIKey: fakellm.Token, Model: "test-model", Concurrency: 2, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string][]string{
		"chunk": {"Chunks"}, "translate": {"Translation"}, "summarize": {"Summary"}, "verify": {"Figures"},
	}
	for _, name := range []string{"chunk", "translate", "summarize", "verify"} {
		t.Run(name, func(t *testing.T) {
			before := clone(t, full)
			after := clone(t, full)
			st, err := r.Step(name, Input{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Run(context.Background(), after); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(before, after, cmpopts.IgnoreFields(Document{}, owner[name]...), cmpopts.IgnoreUnexported(figures.Mention{})); diff != "" {
				t.Errorf("%s changed another stage's part (-before +after):\n%s", name, diff)
			}
		})
	}
}

func clone(t *testing.T, d *Document) *Document {
	t.Helper()
	var b bytes.Buffer
	if err := Encode(&b, d); err != nil {
		t.Fatal(err)
	}
	out, err := Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A stage run out of order says which stage to run first.
func TestStagePreconditions(t *testing.T) {
	r := &Runner{cfg: Config{}}
	for _, tt := range []struct{ stage, want string }{
		{"translate", `run "brief stage chunk" first`},
		{"summarize", `run "brief stage translate" first`},
		{"verify", `run "brief stage translate" first`},
		{"render", `run "brief stage translate" first`},
	} {
		st, err := r.Step(tt.stage, Input{}, func([]byte) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		err = st.Run(context.Background(), &Document{Version: 1, Paragraphs: []string{"x"}})
		if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrInput) {
			t.Errorf("%s on a read-only document: err = %v, want ErrInput mentioning %q", tt.stage, err, tt.want)
		}
	}
}

func TestDecode(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     error
	}{
		{"empty", "", ErrInput},
		{"not json", "hello", ErrInput},
		{"unknown field", `{"version":1,"bogus":true}`, ErrInput},
		{"other version", `{"version":2}`, ErrVersion},
		{"missing version", `{"paragraphs":["a"]}`, ErrVersion},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.in))
			if !errors.Is(err, tt.want) {
				t.Errorf("Decode(%q) error = %v, want %v", tt.in, err, tt.want)
			}
		})
	}
}

// Encode is deterministic and never escapes HTML characters in the text.
func TestEncode(t *testing.T) {
	d := &Document{Version: 1, Paragraphs: []string{"a < b & c > d"}}
	var b1, b2 bytes.Buffer
	if err := Encode(&b1, d); err != nil {
		t.Fatal(err)
	}
	_ = Encode(&b2, d) // same input, same error
	if b1.String() != b2.String() || !strings.Contains(b1.String(), "a < b & c > d") || !strings.HasSuffix(b1.String(), "}\n") {
		t.Errorf("Encode = %q", b1.String())
	}
	if !json.Valid(b1.Bytes()) {
		t.Error("Encode output is not valid JSON")
	}
}
