// Package golden compares a test's output with a reviewed file under
// testdata and rewrites the file when the tests run with -update. It
// registers -update once for every test package that imports it; only
// tests import it.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files and script outputs")

// Update reports whether the tests run with -update: goldens (and
// testscript's script outputs) are rewritten instead of compared.
func Update() bool { return *update }

// Path is the conventional place of a test's golden named name:
// testdata/<test name>/<name>.golden.
func Path(t testing.TB, name string) string {
	return filepath.Join("testdata", t.Name(), name+".golden")
}

// Compare fails t with a diff when got differs from the file at path;
// under -update it writes got there instead, creating the folders.
func Compare(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run this package's tests with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got); review, then rerun with -update to accept:\n%s", path, diff)
	}
}
