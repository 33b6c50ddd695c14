package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func utf16le(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestRead(t *testing.T) {
	for _, tt := range []struct {
		name     string
		in       []byte
		date     string
		encoding string
		want     []string
	}{
		{"utf-8", []byte("Un été.\n\nDeux."), "", "utf-8", []string{"Un été.", "Deux."}},
		{"bom", []byte("\xEF\xBB\xBFUn été."), "", "utf-8-bom", []string{"Un été."}},
		{"utf-16le", utf16le("Un été.\r\n\r\nDeux."), "", "utf-16le", []string{"Un été.", "Deux."}},
		{"windows-1252", []byte("Un \xe9t\xe9 \x80 5.\r\n\r\nDeux."), "", "windows-1252", []string{"Un été € 5.", "Deux."}},
		{"crlf", []byte("A.\r\n\r\nB.\r\n"), "", "utf-8", []string{"A.", "B."}},
		{"cr", []byte("A.\r\rB.\r"), "", "utf-8", []string{"A.", "B."}},
		{"wrapped lines join", []byte("Une ligne\ncoupée.\n\nB."), "", "utf-8", []string{"Une ligne coupée.", "B."}},
		{"blank line with spaces", []byte("A.\n  \nB."), "", "utf-8", []string{"A.", "B."}},
		{"no-break spaces kept", []byte("4\u00a0000 et 5\u202f000."), "", "utf-8", []string{"4\u00a0000 et 5\u202f000."}},
		{"inline date header", []byte(" date 2021-02 L'Otan a dit."), "2021-02", "utf-8", []string{"L'Otan a dit."}},
		{"date header line", []byte("date 2021-02-18\n\nTexte."), "2021-02-18", "utf-8", []string{"Texte."}},
		{"date word in text", []byte("La date 2021-02 est loin."), "", "utf-8", []string{"La date 2021-02 est loin."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{}
			if err := Read(Input{Path: "dir/x.txt", Bytes: tt.in})(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, doc.Paragraphs); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
			if doc.Meta.Date != tt.date || doc.Source.Encoding != tt.encoding || doc.Source.Name != "x" {
				t.Errorf("date %q encoding %q name %q, want %q %q x", doc.Meta.Date, doc.Source.Encoding, doc.Source.Name, tt.date, tt.encoding)
			}
			if doc.Source.Size != int64(len(tt.in)) || len(doc.Source.SHA256) != 64 {
				t.Errorf("source = %+v", doc.Source)
			}
		})
	}
}

// Lines point at the first line of each paragraph in the file, header
// included, so annotations land on the right line.
func TestRead_Lines(t *testing.T) {
	doc := &Document{}
	in := []byte("date 2021-02\n\nUn.\n\n\nDeux\nsuite.\n  \nTrois.")
	if err := Read(Input{Path: "x.txt", Bytes: in})(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{3, 6, 9}, doc.Lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

func TestReadRefuses(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"whitespace", []byte(" \n\t\n ")},
		{"header only", []byte("date 2021-02\n")},
		{"binary", []byte("\x00\x01\x02ELF\x00\x00")},
		{"broken utf-8", []byte("été \xff\xfe fini")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := Read(Input{Path: "x.txt", Bytes: tt.in})(context.Background(), &Document{})
			if !errors.Is(err, ErrInput) {
				t.Errorf("Read(%q) error = %v, want ErrInput", tt.in, err)
			}
		})
	}
}

// An extracted page becomes a Document whose digest is the text's, so the
// same article gives the same Document whatever the page around it.
func TestRead_Page(t *testing.T) {
	page := &Page{Name: "budget-1a2b3c4d", URL: "https://ex.fr/budget.html?xtor=RSS", CanonicalURL: "https://ex.fr/budget.html",
		Title: "Budget 2025", Date: "2024-09-26", Paragraphs: []string{"Le déficit atteint 5\u00a0%.", " ", "La dette progresse."}}
	doc := &Document{}
	if err := Read(Input{Path: "https://ex.fr/budget.html?xtor=RSS", Page: page})(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	text := "Le déficit atteint 5\u00a0%.\n\nLa dette progresse."
	sum := sha256.Sum256([]byte(text))
	want := Document{Version: SchemaVersion,
		Source: Source{Path: "https://ex.fr/budget.html?xtor=RSS", Name: "budget-1a2b3c4d", Size: int64(len(text)),
			SHA256: hex.EncodeToString(sum[:]), Encoding: "utf-8",
			URL: "https://ex.fr/budget.html?xtor=RSS", CanonicalURL: "https://ex.fr/budget.html"},
		Meta:       Meta{Date: "2024-09-26", Title: "Budget 2025"},
		Paragraphs: []string{"Le déficit atteint 5\u00a0%.", "La dette progresse."},
		Lines:      []int{1, 3},
	}
	if diff := cmp.Diff(want, *doc); diff != "" {
		t.Errorf("Read(page) (-want +got):\n%s", diff)
	}
	err := Read(Input{Path: "x.html", Page: &Page{Paragraphs: []string{" "}}})(context.Background(), &Document{})
	if !errors.Is(err, ErrInput) {
		t.Errorf("Read(empty page) = %v, want ErrInput", err)
	}
}
