//go:build !unix

package apertium

import "os/exec"

// ownGroup is a no-op where process groups do not exist; cancellation
// kills the apertium process only.
func ownGroup(*exec.Cmd) {}
