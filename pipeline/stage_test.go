package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
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
