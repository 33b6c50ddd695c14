package article

import "testing"

func BenchmarkExtract(b *testing.B) {
	p := page(b, "economie.html")
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		if _, err := Extract(p, Options{URL: pageURL}); err != nil {
			b.Fatal(err)
		}
	}
}
