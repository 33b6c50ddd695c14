package article

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/internal/golden"
)

const pageURL = "https://www.courrier-matin.example/economie/article/2024/03/14/la-croissance-ralentit_6221.html?xtor=RSS-3208"

func page(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// show is the golden form of an article: its fields, then its paragraphs
// separated by blank lines (no-break spaces kept as bytes).
func show(a *Article) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "title: %s\ndate: %s\nlang: %s\nsite: %s\ncanonical: %s\nsha256: %s\n",
		a.Title, a.Date, a.Lang, a.SiteName, a.CanonicalURL, a.SHA256())
	for _, p := range a.Paragraphs {
		fmt.Fprintf(&b, "\n%s\n", p)
	}
	return b.Bytes()
}

func TestExtract(t *testing.T) {
	for _, tt := range []struct{ name, contentType string }{
		{"economie.html", "text/html; charset=utf-8"},
		{"english.html", "text/html"},
		{"brief.html", ""}, // Windows-1252, declared only in the page
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(page(t, tt.name), Options{URL: pageURL, ContentType: tt.contentType})
			if err != nil {
				t.Fatalf("Extract(%s) = %v", tt.name, err)
			}
			golden.Compare(t, filepath.Join("testdata", "TestExtract", strings.TrimSuffix(tt.name, ".html")+".golden"), show(a))
		})
	}
}

// The realistic page keeps its article and loses every piece of furniture.
func TestExtract_NoFurniture(t *testing.T) {
	a, err := Extract(page(t, "economie.html"), Options{URL: pageURL})
	if err != nil {
		t.Fatal(err)
	}
	text := a.Text()
	for _, junk := range []string{"cookies", "Accepter", "S'abonner", "International", "En continu",
		"Accueil", "Conjoncture", "Claire Dubois", "Publié le", "Partager", "LUDOVIC MARIN", "Lire aussi",
		"Budget 2024", "Publicité", "Newsletter", "S'inscrire", "Sur le même sujet", "Immobilier",
		"Commentaires", "Jean-Pierre", "47\u00a0000 euros", "Mentions légales", "Toute reproduction"} {
		if strings.Contains(text, junk) {
			t.Errorf("article text contains page furniture %q", junk)
		}
	}
	for _, fig := range []string{"0,8\u00a0% en 2024", "2,5\u202f% sur un an", "3\u202f200 milliards d'euros",
		"1\u00a0200\u00a0000 offres", "3,2 milliards d'euros", "le 1er\u00a0janvier", "la mi-2025", "Un marché du travail qui résiste"} {
		if !strings.Contains(text, fig) {
			t.Errorf("article text lost %q", fig)
		}
	}
	if got, want := len(a.Paragraphs), 8; got != want {
		t.Errorf("len(Paragraphs) = %d, want %d", got, want)
	}
}

// The same article in a page whose ads, menus and comments changed has
// the same text and digest: same page, same briefing.
func TestExtract_StableDigest(t *testing.T) {
	orig := page(t, "economie.html")
	changed := bytes.Replace(orig, []byte("Jean-Pierre 75"), []byte("Paul"), 1)
	changed = bytes.Replace(changed, []byte("Suivez notre direct"), []byte("Dernière minute"), 1)
	changed = bytes.Replace(changed, []byte(`data-slot="inread"`), []byte(`data-slot="x"`), 1)
	a, err := Extract(orig, Options{URL: pageURL})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Extract(changed, Options{URL: pageURL})
	if err != nil {
		t.Fatal(err)
	}
	if a.SHA256() != b.SHA256() {
		t.Errorf("digest changed with the page furniture: %s != %s", a.SHA256(), b.SHA256())
	}
}

func TestExtract_Lang(t *testing.T) {
	for _, tt := range []struct{ page, lang, base string }{
		{"economie.html", "fr-FR", "fr"},
		{"english.html", "en-GB", "en"},
		{"brief.html", "", ""},
	} {
		a, err := Extract(page(t, tt.page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Lang != tt.lang || a.LangBase() != tt.base {
			t.Errorf("Extract(%s): Lang %q, LangBase %q; want %q, %q", tt.page, a.Lang, a.LangBase(), tt.lang, tt.base)
		}
	}
}

func TestExtract_Errors(t *testing.T) {
	for _, tt := range []struct {
		name string
		page []byte
		want error
		line string
	}{
		{"paywall", page(t, "teaser.html"), ErrTeaser, "réservée aux abonnés"},
		{"list of links", page(t, "nav-only.html"), ErrNoArticle, "is it an article page"},
		{"empty", nil, ErrNoArticle, "empty"},
		{"blank", []byte(" \n\t"), ErrNoArticle, "empty"},
		{"binary", []byte("%PDF-1.7\n\x00\x01\x02\x03 obj stream"), ErrNoArticle, ""},
		{"json", []byte(`{"title":"La croissance ralentit","body":"…"}`), ErrNoArticle, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(tt.page, Options{URL: pageURL})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Extract(%s) = %v, want %v", tt.name, err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.line) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error line %q should be one line containing %q", err, tt.line)
			}
		})
	}
}

func TestExtract_BadURL(t *testing.T) {
	if _, err := Extract(page(t, "brief.html"), Options{URL: "http://[::1"}); err == nil {
		t.Error("Extract with a malformed page URL succeeded")
	}
}
