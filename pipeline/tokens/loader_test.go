package tokens

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pkoukk/tiktoken-go"
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

// Counting gives what tiktoken's own encoder gives.
func TestCount_SameAsTiktoken(t *testing.T) {
	texts := []string{"", "L’Otan passera de 500 à 4\u00a0000 personnes, soit +12,5 % !",
		"Œuvre d'art: 3,2 milliards d’euros — mi-2022.\n\n  Deux  espaces\ttab 15 h 30 ’s",
		strings.Repeat("anticonstitutionnellement 🇫🇷 ", 5)}
	if b, err := os.ReadFile("../../seeds/000_7f15cc14b7c1e000.txt"); err == nil {
		texts = append(texts, string(b))
	}
	for _, name := range []string{"cl100k_base", "o200k_base"} {
		e, err := Load(name)
		if err != nil {
			t.Fatal(err)
		}
		tk, err := tiktoken.GetEncoding(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range texts {
			if got, want := e.Count(s), len(tk.EncodeOrdinary(s)); got != want {
				t.Errorf("%s: Count(%.40q) = %d, want %d", name, s, got, want)
			}
		}
	}
}
