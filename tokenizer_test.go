package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"brief/pipeline/tokens"
)

// Stages that count no tokens never load the tokenizer: checked in a
// fresh process, since other tests in this one load it.
func TestNoTokenizerLoad(t *testing.T) {
	if dir := os.Getenv("BRIEF_TEST_NO_TOKENIZER"); dir != "" {
		noTokenizerChild(t, dir)
		return
	}
	dir := t.TempDir()
	src := "date 2021-02\nL'Otan passera de 500 à 4 000 personnes.\n"
	for name, text := range map[string]string{"fr.txt": src, "en.txt": "NATO will go from 500 to 4,000 people.\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestNoTokenizerLoad$")
	cmd.Env = append(os.Environ(), "BRIEF_TEST_NO_TOKENIZER="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("%v\n%s", err, out)
	}
}

func noTokenizerChild(t *testing.T, dir string) {
	getenv := func(string) string { return "" }
	for _, args := range [][]string{
		{"brief", "stage", "read", filepath.Join(dir, "fr.txt")},
		{"brief", "verify", filepath.Join(dir, "fr.txt"), filepath.Join(dir, "en.txt")},
		{"brief", "translate", "--engine", "apertium", "--stdout", "--force", filepath.Join(dir, "fr.txt")},
	} {
		if args[1] == "translate" && exec.Command("sh", "-c", "command -v apertium").Run() != nil {
			continue // the offline engine is not installed here
		}
		var out, errs bytes.Buffer
		code := runApp(context.Background(), args, testSystem(&out, &errs, getenv))
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args[1:], code, errs.String())
		}
		if n := tokens.Loads(); n != 0 {
			t.Errorf("%v loaded the tokenizer (%d encodings)", args[1:], n)
		}
	}
}
