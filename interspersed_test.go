package main

import (
	"io"
	"strings"
	"testing"
)

func TestInterspersed(t *testing.T) {
	app := newApp(testSystem(io.Discard, io.Discard, func(string) string { return "" }))
	for _, tt := range []struct{ in, want string }{
		{"brief translate seeds/ --json", "brief translate --json seeds/"},
		{"brief translate a.txt --model m b.txt -q", "brief translate --model m -q a.txt b.txt"},
		{"brief translate a.txt --model=m", "brief translate --model=m a.txt"},
		{"brief translate - --stdout", "brief translate --stdout -"},
		{"brief translate a -- --weird-name", "brief translate a -- --weird-name"},
		{"brief stage chunk doc.json --max-chunk-tokens 40", "brief stage chunk --max-chunk-tokens 40 doc.json"},
		{"brief verify s.txt c.txt --summary --json", "brief verify --summary --json s.txt c.txt"},
		{"brief --help", "brief --help"},
		{"brief nope a --x", "brief nope a --x"},
	} {
		got := strings.Join(interspersed(app, strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("interspersed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
