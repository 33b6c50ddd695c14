package article

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract: any bytes give an article or a classified error, never a
// panic.
func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<html><script type="application/ld+json">[[[{"@graph":{"datePublished":1}}]]]</script><time datetime="2024-99-99"></time></html>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := Extract(page, Options{URL: "https://example.org/a/b.html"})
		if err != nil {
			if !errors.Is(err, ErrNoArticle) && !errors.Is(err, ErrTeaser) {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		if len(a.Paragraphs) == 0 {
			t.Fatal("no error and no paragraphs")
		}
		if a.Date != "" && isoDate(a.Date) != a.Date {
			t.Fatalf("Date %q is not YYYY-MM[-DD]", a.Date)
		}
	})
}
