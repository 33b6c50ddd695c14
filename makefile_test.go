package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// make run and make test install Apertium quietly: apt runs
// non-interactively even through sudo (which drops the variables set
// before it), and debconf's notices are not shown when all goes well. A
// fake apt-get, sudo and id on an otherwise bare PATH stand for the
// machine.
func TestMakeApertiumQuiet(t *testing.T) {
	mk, err := exec.LookPath("make")
	if err != nil {
		t.Fatalf("make is needed to check the Makefile: %v", err)
	}
	for _, uid := range []string{"0", "1000"} {
		t.Run("uid "+uid, func(t *testing.T) {
			bin, record := fakeMachine(t, uid)
			cmd := exec.Command(mk, "-s", "apertium")
			cmd.Env = []string{"PATH=" + bin, "HOME=" + t.TempDir()}
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("make apertium: %v\n%s", err, out)
			}
			if strings.Contains(string(out), "debconf") || strings.Contains(string(out), "warning") {
				t.Errorf("make apertium printed apt's noise:\n%s", out)
			}
			calls, err := os.ReadFile(record)
			if err != nil {
				t.Fatalf("apt-get was not run: %v; make said:\n%s", err, out)
			}
			lines := strings.Split(strings.TrimSpace(string(calls)), "\n")
			if len(lines) != 2 {
				t.Fatalf("apt-get calls:\n%s", calls)
			}
			for _, l := range lines {
				if !strings.HasPrefix(l, "noninteractive ") {
					t.Errorf("apt-get ran with DEBIAN_FRONTEND unset: %q", l)
				}
			}
		})
	}
}

// fakeMachine is a folder for PATH with the tools the apertium target
// uses: real ones, and fakes of id (printing uid), sudo (which resets the
// environment as the real one does) and apt-get (which records its
// DEBIAN_FRONTEND and arguments and prints debconf's notice).
func fakeMachine(t *testing.T, uid string) (string, string) {
	t.Helper()
	bin := t.TempDir()
	for _, tool := range []string{"sh", "env", "grep", "mktemp", "cat", "rm"} {
		p, err := exec.LookPath(tool)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(p, filepath.Join(bin, tool)); err != nil {
			t.Fatal(err)
		}
	}
	record := filepath.Join(t.TempDir(), "apt-calls")
	scripts := map[string]string{
		"id":      "echo " + uid,
		"sudo":    `exec env -i PATH="$PATH" "$@"`,
		"apt-get": `echo "${DEBIAN_FRONTEND:-unset} $*" >> ` + record + "\n" + `echo "debconf: delaying package configuration, since apt-utils is not installed" >&2`,
	}
	for name, body := range scripts {
		if err := os.WriteFile(filepath.Join(bin, name), []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return bin, record
}
