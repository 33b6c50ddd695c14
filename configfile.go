package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"
	"go.yaml.in/yaml/v3"
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
// is fine; an unknown key or an API key in the file is an error.
func loadConfigFile(path string) error {
	if path == "" {
		return nil
	}
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("config %s: %v", path, err)
	}
	var values map[string]string
	if err := yaml.Unmarshal(b, &values); err != nil {
		return fmt.Errorf("config %s: %v; write key: value lines", path, err)
	}
	for k, v := range values {
		env, ok := configKeys[k]
		if !ok {
			return fmt.Errorf("config %s: unknown key %q (known: %s; the API key belongs in OPENAI_API_KEY or .env)", path, k, knownKeys())
		}
		if _, set := os.LookupEnv(env); !set {
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
		Name:         "config",
		Usage:        "brief config path: where the optional config file is read from",
		OnUsageError: usageError,
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
