package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/joho/godotenv"

	"brief/pipeline"
)

// loadEnvironment makes the process environment hold what the flags read
// below themselves, in the order flag > environment > .env > config file
// > default. An empty value means unset at every level, so a .env copied
// from .env.example as is (BRIEF_OUT=, BRIEF_MODEL=) keeps the defaults
// instead of overriding them with "".
func loadEnvironment(stderr io.Writer) error {
	unsetEmpty()
	// .env never overrides the real environment; a missing file is fine.
	if err := godotenv.Load(); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: .env: %v; write NAME=value lines (see .env.example)", pipeline.ErrConfig, err)
	}
	unsetEmpty()
	return loadConfigFile(configPath(), stderr)
}

// ownPrefixes are the variables brief reads; only they are touched.
var ownPrefixes = []string{"BRIEF_", "OPENAI_", "AZURE_OPENAI_"}

// unsetEmpty unsets brief's variables that are set to "", since urfave/cli
// takes a variable that is set, even empty, over a flag's default.
func unsetEmpty() {
	for _, kv := range os.Environ() {
		name, value, _ := strings.Cut(kv, "=")
		if value != "" {
			continue
		}
		for _, p := range ownPrefixes {
			if strings.HasPrefix(name, p) {
				_ = os.Unsetenv(name) // cannot fail for a name os.Environ gave
			}
		}
	}
}
