//go:build unix

package apertium

import (
	"os/exec"
	"syscall"
)

// ownGroup starts the command in its own process group and makes
// cancellation kill the whole group, so the pipeline that the apertium
// script starts dies with it.
func ownGroup(c *exec.Cmd) {
	c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	c.Cancel = func() error {
		return syscall.Kill(-c.Process.Pid, syscall.SIGKILL)
	}
}
