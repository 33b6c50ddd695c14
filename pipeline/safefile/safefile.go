// Package safefile writes files so that no reader ever sees half of one,
// and checks that a folder takes files before any work is spent on them.
package safefile

import (
	"io/fs"
	"os"
	"path/filepath"
)

// Write writes data to path through a temporary file in the same folder,
// synced, then renamed over path, with permissions perm. On failure path
// is left as it was.
func Write(path string, data []byte, perm fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	_, werr := tmp.Write(data)
	if werr == nil {
		werr = tmp.Sync()
	}
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(name, perm)
	}
	if werr == nil {
		werr = os.Rename(name, path)
	}
	if werr != nil {
		_ = os.Remove(name) // best effort: the write already failed
	}
	return werr
}

// Writable creates dir (with permissions perm) when it is missing and
// checks that a file can be created in it.
func Writable(dir string, perm fs.FileMode) error {
	if err := os.MkdirAll(dir, perm); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".write-check-*")
	if err != nil {
		return err
	}
	name := f.Name()
	_ = f.Close()       // empty probe: nothing to flush
	_ = os.Remove(name) // best effort cleanup of the probe
	return nil
}
