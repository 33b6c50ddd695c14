package main

import (
	"runtime/debug"
)

// softMemoryLimit is the heap size past which the garbage collector works
// harder instead of letting the heap double: brief's live data stays far
// below it on articles, and a run on the largest input the reader takes
// (8 MiB) then peaks near 150 MB of RSS instead of over 200 MB. It is a
// soft limit: a run that needs more still gets it.
const softMemoryLimit = 120 << 20

// limitMemory sets the soft limit unless GOMEMLIMIT chose one.
func limitMemory(getenv func(string) string) {
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
}
