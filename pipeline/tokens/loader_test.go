package tokens

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	tiktoken_loader "github.com/pkoukk/tiktoken-go-loader"
)

// The fast parser reads exactly what tiktoken-go-loader's does.
func TestRanksLoader_SameAsLibrary(t *testing.T) {
	for _, name := range []string{"cl100k_base", "o200k_base"} {
		want, err := tiktoken_loader.NewOfflineLoader().LoadTiktokenBpe(name + ".tiktoken")
		if err != nil {
			t.Fatal(err)
		}
		got, err := ranksLoader{}.LoadTiktokenBpe("https://example.invalid/" + name + ".tiktoken")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || !cmp.Equal(want, got) {
			t.Errorf("%s: %d ranks, want %d (or different values)", name, len(got), len(want))
		}
	}
}

func TestParseRanks_Malformed(t *testing.T) {
	if _, err := parseRanks([]byte("IQ== 0\nnot-a-line\n")); err == nil {
		t.Error("parseRanks accepted a line without a rank")
	}
}

func BenchmarkLoadLibrary(b *testing.B) {
	for b.Loop() {
		if _, err := tiktoken_loader.NewOfflineLoader().LoadTiktokenBpe("o200k_base.tiktoken"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadRanks(b *testing.B) {
	for b.Loop() {
		if _, err := (ranksLoader{}).LoadTiktokenBpe("o200k_base.tiktoken"); err != nil {
			b.Fatal(err)
		}
	}
}
