package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"
	"go.yaml.in/yaml/v3"

	"brief/pipeline"
)

// configKeys maps the config file's keys to the environment variables the
// flags read, so the file slots in below the environment and .env.
var configKeys = map[string]string{
	"engine":           "BRIEF_ENGINE",
	"model":            "BRIEF_MODEL",
	"base_url":         "OPENAI_BASE_URL",
	"out":              "BRIEF_OUT",
	"max_chunk_tokens": "BRIEF_MAX_CHUNK_TOKENS",
	"concurrency":      "BRIEF_CONCURRENCY",
	"repair_attempts":  "BRIEF_REPAIR_ATTEMPTS",
	"summary_from":     "BRIEF_SUMMARY_FROM",
	"timeout":          "BRIEF_TIMEOUT",
	"prompts":          "BRIEF_PROMPTS",
	"glossary":         "BRIEF_GLOSSARY",
}

// configPath is brief's config file in the user config folder.
func configPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "brief", "config.yaml")
}

// loadConfigFile sets the environment variables for the keys of the
// config file that neither the environment nor .env set. A missing file
// is fine, and so is a config folder that cannot be looked into (with a
// warning on stderr): the file is optional, and a folder broken by
// another program must not stop every run. A file that is there but
// cannot be read, an unknown key or an API key in the file is an error.
func loadConfigFile(path string, stderr io.Writer) error {
	if path == "" {
		return nil
	}
	if _, err := os.Stat(path); err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "brief: warning: config folder %s cannot be read (%v); going on without a config file\n",
				filepath.Dir(path), errors.Unwrap(err))
		}
		return nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%w: config %s: %v; fix its permissions or remove it", pipeline.ErrConfig, path, err)
	}
	var values map[string]string
	if err := yaml.Unmarshal(b, &values); err != nil {
		return fmt.Errorf("%w: config %s: %v; write key: value lines", pipeline.ErrConfig, path, err)
	}
	for k, v := range values {
		env, ok := configKeys[k]
		if !ok {
			return fmt.Errorf("%w: config %s: unknown key %q (known: %s; the API key belongs in OPENAI_API_KEY or .env)", pipeline.ErrConfig, path, k, knownKeys())
		}
		if os.Getenv(env) == "" { // empty means unset (loadEnvironment)
			if err := os.Setenv(env, v); err != nil {
				return err
			}
		}
	}
	return nil
}

func knownKeys() string {
	var ks []string
	for k := range configKeys {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

func configCmd() *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "brief config path: where the optional config file is read from",
		Subcommands: []*cli.Command{{
			Name:  "path",
			Usage: "print the config file path",
			Action: func(c *cli.Context) error {
				fmt.Fprintln(c.App.Writer, configPath())
				return nil
			},
		}},
	}
}
