package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// sample is the article the inputs are made of.
const sample = "seeds/000_7f15cc14b7c1e000.txt"

var dateHeader = regexp.MustCompile(`^date \S+\s+`)

// largest is just under the reader's 8 MiB limit.
const largest = 8<<20 - 64<<10

// makeInputs writes the generated inputs under work and returns their
// paths by name: 1x, 2x, 20x, 100x, folder (50 articles), largest.
func makeInputs(work string) (map[string]string, error) {
	b, err := os.ReadFile(sample)
	if err != nil {
		return nil, err
	}
	// The sample starts with its metadata ("date 2021-02") on the line of
	// the first paragraph; copies after the first leave it out.
	text := strings.TrimSpace(string(b))
	body := strings.TrimSpace(dateHeader.ReplaceAllString(text, ""))
	dir := filepath.Join(work, "inputs")
	if err := os.MkdirAll(filepath.Join(dir, "folder"), 0o755); err != nil {
		return nil, err
	}
	out := map[string]string{"folder": filepath.Join(dir, "folder")}
	write := func(name string, times int) error {
		parts := make([]string, times)
		for i := range parts {
			parts[i] = body
		}
		parts[0] = text
		out[name] = filepath.Join(dir, name+".txt")
		return os.WriteFile(out[name], []byte(strings.Join(parts, "\n\n")+"\n"), 0o644)
	}
	for name, n := range map[string]int{"1x": 1, "2x": 2, "20x": 20, "100x": 100, "largest": largest / len(body)} {
		if err := write(name, n); err != nil {
			return nil, err
		}
	}
	for i := range 50 {
		p := filepath.Join(dir, "folder", fmt.Sprintf("article-%02d.txt", i))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return nil, err
		}
	}
	return out, nil
}
