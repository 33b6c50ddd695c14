package pipeline

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"brief/pipeline/chunking"
	"brief/pipeline/textenc"
)

var fuzzSeeds = []string{
	"date 2021-02 L'Otan passera de 500 à 4 000 personnes.\n\nLa mission coûtera 2,5 % de plus.",
	"\ufeffLe 1er mai, M. Dupont a dit « non ».\r\n\r\nFin.",
	"\xff\xfeL\x00e\x00 \x00c\x00",
	"L'\xe9t\xe9 a \xe9t\xe9 chaud.",
	"\x00\x01\x02binary",
	" \n\t\n\u00a0\n",
	strings.Repeat("mot ", 300),
	"Unmotsanspontuationmaistreslongquidepasselebudgetdetokens",
}

// FuzzRead: decoding and the read stage never panic, and what they accept
// is clean UTF-8 paragraphs.
func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, _, err := textenc.Decode(b)
		if err == nil && (!utf8.ValidString(text) || strings.ContainsRune(text, '\r')) {
			t.Fatalf("Decode(%q) = %q: invalid UTF-8 or CR left", b, text)
		}
		doc := &Document{}
		if err := Read(Input{Path: "f.txt", Bytes: b})(context.Background(), doc); err != nil {
			return
		}
		if len(doc.Paragraphs) == 0 {
			t.Fatalf("Read(%q) accepted no paragraphs", b)
		}
		for _, p := range doc.Paragraphs {
			if !utf8.ValidString(p) || strings.TrimSpace(p) == "" || strings.Contains(p, "\n\n") {
				t.Fatalf("Read(%q): bad paragraph %q", b, p)
			}
		}
	})
}

// runeCounter counts a token per 4 runes, so long words exceed small
// budgets.
type runeCounter struct{}

func (runeCounter) Count(s string) int { return (utf8.RuneCountInString(s) + 3) / 4 }

// FuzzChunk: joining the chunks gives back the body, and no chunk is over
// budget unless it is a single word.
func FuzzChunk(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, 1+i*7)
	}
	f.Fuzz(func(t *testing.T, text string, budget int) {
		if !utf8.ValidString(text) || budget < 1 || budget > 1000 {
			return
		}
		paras, _ := paragraphs(text)
		chunks := chunking.Split(paras, budget, runeCounter{})
		if got, want := strings.Join(chunks, ""), strings.Join(paras, chunking.Separator); got != want {
			t.Fatalf("Split(%q, %d): rejoined %q, want %q", paras, budget, got, want)
		}
		for _, c := range chunks {
			if runeCounter.Count(runeCounter{}, c) > budget && len(strings.Fields(c)) > 1 {
				t.Fatalf("Split(%q, %d): chunk %q over budget", paras, budget, c)
			}
		}
	})
}

// FuzzDecode: the Document decoder never panics, and what it accepts
// encodes to a stable form.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"version":1,"source":{"path":"a.txt","name":"a","size":1,"sha256":"x","encoding":"utf-8"},"meta":{},"paragraphs":["Un."]}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(`{"version":1,"paragraphs":null,"chunks":{"encoding":"cl100k_base","max_tokens":5,"chunks":[{"index":0,"text":"a","tokens":1,"paragraphs":1}]}}`))
	f.Add([]byte(`{"version":1,"nope":true}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Decode(bytes.NewReader(b))
		if err != nil {
			return
		}
		var first, second bytes.Buffer
		if err := Encode(&first, doc); err != nil {
			t.Fatalf("Encode after Decode(%q): %v", b, err)
		}
		again, err := Decode(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("Decode(Encode(Decode(%q))): %v", b, err)
		}
		if err := Encode(&second, again); err != nil || !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("encoding is not stable:\n%s\n%s", first.Bytes(), second.Bytes())
		}
	})
}
