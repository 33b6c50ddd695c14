package run

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"brief/pipeline"
)

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"", Shard{}, true},
		{"1/4", Shard{1, 4}, true},
		{"4/4", Shard{4, 4}, true},
		{"1/1", Shard{1, 1}, true},
		{"0/4", Shard{}, false},
		{"5/4", Shard{}, false},
		{"2/0", Shard{}, false},
		{"-1/4", Shard{}, false},
		{"2", Shard{}, false},
		{"a/b", Shard{}, false},
		{"1/4/2", Shard{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseShard(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Fatalf("ParseShard(%q) = %v, %v, want %v (ok %v)", tt.in, got, err, tt.want, tt.ok)
			}
			if err != nil && !errors.Is(err, pipeline.ErrConfig) {
				t.Errorf("ParseShard(%q) error %v is not pipeline.ErrConfig (exit 2)", tt.in, err)
			}
		})
	}
}

// Every key lands in exactly one of the N shards, for any N.
func TestShard_PartitionsExactlyOnce(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 7} {
		for i := range 200 {
			key := fmt.Sprintf("sub/article-%03d.txt", i)
			hits := 0
			for k := 1; k <= n; k++ {
				if (Shard{k, n}).Takes(key) {
					hits++
				}
			}
			if hits != 1 {
				t.Fatalf("key %q is in %d of %d shards, want 1", key, hits, n)
			}
		}
	}
}

// The assignment is a pure function of the key: pinned so that a change
// (which would make CI runners of two versions disagree) shows up here.
func TestShard_Stable(t *testing.T) {
	got := map[string]int{}
	for _, key := range []string{"a.txt", "b.txt", "article.txt", "2024/mai.md"} {
		for k := 1; k <= 4; k++ {
			if (Shard{k, 4}).Takes(key) {
				got[key] = k
			}
		}
	}
	want := map[string]int{"a.txt": 2, "b.txt": 2, "article.txt": 2, "2024/mai.md": 3}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("shard of key changed (-want +got):\n%s", diff)
	}
}

// The key is relative to the argument, so checkouts in different folders
// agree, and the union of the shards is the whole collection.
func TestExpandShard_CoverAndCheckoutIndependent(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, root := range []string{a, b} {
		dir := filepath.Join(root, "checkout", "seeds")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for i := range 50 {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	seen := map[string]int{}
	for k := 1; k <= 4; k++ {
		fa, total, err := ExpandShard([]string{filepath.Join(a, "checkout", "seeds")}, Shard{k, 4})
		if err != nil || total != 50 {
			t.Fatalf("ShardPaths: %v, total %d", err, total)
		}
		fb, _, err := ExpandShard([]string{filepath.Join(b, "checkout", "seeds") + "/"}, Shard{k, 4})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(bases(fa), bases(fb)); diff != "" {
			t.Errorf("shard %d/4 differs between checkouts (-a +b):\n%s", k, diff)
		}
		for _, f := range bases(fa) {
			seen[f]++
		}
	}
	if len(seen) != 50 {
		t.Errorf("shards cover %d of 50 inputs", len(seen))
	}
	for f, n := range seen {
		if n != 1 {
			t.Errorf("%s is in %d shards, want 1", f, n)
		}
	}
}

func TestExpandShard_RefusesStdin(t *testing.T) {
	if _, _, err := ExpandShard([]string{"-"}, Shard{1, 2}); !errors.Is(err, pipeline.ErrConfig) {
		t.Fatalf("ExpandShard(-) = %v, want pipeline.ErrConfig", err)
	}
}

func bases(sources []Source) []string {
	out := make([]string, len(sources))
	for i, s := range sources {
		out[i] = filepath.Base(s.Path)
	}
	return out
}
