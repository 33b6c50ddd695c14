package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"testing"
)

// A stage run out of order says which stage to run first.
func TestStagePreconditions(t *testing.T) {
	for _, tt := range []struct {
		stage string
		run   Stage
		want  string
	}{
		{"translate", Translate(nil, TranslateOptions{}), `run "brief stage chunk" first`},
		{"summarize", Summarize(nil, SummarizeOptions{}), `run "brief stage translate" first`},
		{"verify", Verify(nil), `run "brief stage translate" first`},
		{"render", Render(func([]byte) error { return nil }, nil), `run "brief stage translate" first`},
	} {
		err := tt.run(context.Background(), &Document{Version: 1, Paragraphs: []string{"x"}})
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

// Together runs its stages at once (each here waits for the other to
// start), lets each finish, and reports the error of the first stage
// given, whichever failed first.
func TestTogether(t *testing.T) {
	boom, other := errors.New("boom"), errors.New("other")
	for _, tt := range []struct {
		name       string
		errs       [2]error
		firstFails int // which stage returns first
		want       error
	}{
		{"both succeed", [2]error{nil, nil}, 0, nil},
		{"the second fails", [2]error{nil, boom}, 1, boom},
		{"both fail, the second first", [2]error{boom, other}, 1, boom},
		{"both fail, the first first", [2]error{boom, other}, 0, boom},
	} {
		t.Run(tt.name, func(t *testing.T) {
			started := make(chan struct{}, 2)
			firstDone := make(chan struct{})
			finished := [2]bool{}
			stage := func(i int) Stage {
				return func(ctx context.Context, _ *Document) error {
					started <- struct{}{}
					for len(started) < 2 {
						runtime.Gosched() // the other stage has not started yet
					}
					if i != tt.firstFails {
						<-firstDone
					} else {
						defer close(firstDone)
					}
					finished[i] = ctx.Err() == nil
					return tt.errs[i]
				}
			}
			err := Together(context.Background(), &Document{}, stage(0), stage(1))
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Errorf("Together = %v, want %v", err, tt.want)
			}
			if !finished[0] || !finished[1] {
				t.Errorf("a stage was cancelled: finished = %v", finished)
			}
		})
	}
}
