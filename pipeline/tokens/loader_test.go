package tokens

import (
	"os"
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

// Counts pinned from tiktoken's own encoder (EncodeOrdinary with the
// library's offline loader) when they were first checked, so a library
// upgrade that changes a count shows up here.
func TestCount_Pinned(t *testing.T) {
	sample, err := os.ReadFile("../testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"L’Otan passera de 500 à 4\u00a0000 personnes, soit +12,5 % !",
		"Œuvre d'art: 3,2 milliards d’euros — mi-2022.\n\n  Deux  espaces\ttab 15 h 30 ’s", string(sample)}
	for _, tt := range []struct {
		name string
		want []int
	}{
		{"cl100k_base", []int{23, 36, 1018}},
		{"o200k_base", []int{22, 30, 860}},
	} {
		e, err := Load(tt.name)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range texts {
			if got := e.Count(s); got != tt.want[i] {
				t.Errorf("%s: Count(%.40q) = %d, want %d", tt.name, s, got, tt.want[i])
			}
		}
	}
}
