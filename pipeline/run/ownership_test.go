package run

import (
	"bytes"
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"brief/internal/fakellm"
	"brief/pipeline"
	"brief/pipeline/figures"
)

// Each stage fills only its own field of the Document.
func TestStageOwnership(t *testing.T) {
	srv := fakellm.New()
	defer srv.Close()
	full := runAll(t, srv, testConfig{MaxChunkTokens: 300}, sample(t))
	eng, st := testConfig{Concurrency: 2}.options(srv)
	r := New(eng, st)
	owner := map[string][]string{
		"chunk": {"Chunks"}, "translate": {"Translation"}, "summarize": {"Summary"}, "verify": {"Figures"},
	}
	for _, name := range []string{"chunk", "translate", "summarize", "verify"} {
		t.Run(name, func(t *testing.T) {
			before := clone(t, full)
			after := clone(t, full)
			st, err := r.Step(name, pipeline.Input{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Run(context.Background(), after); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(before, after, cmpopts.IgnoreFields(pipeline.Document{}, owner[name]...), cmpopts.IgnoreUnexported(figures.Mention{})); diff != "" {
				t.Errorf("%s changed another stage's part (-before +after):\n%s", name, diff)
			}
		})
	}
}

func clone(t *testing.T, d *pipeline.Document) *pipeline.Document {
	t.Helper()
	var b bytes.Buffer
	if err := pipeline.Encode(&b, d); err != nil {
		t.Fatal(err)
	}
	out, err := pipeline.Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
