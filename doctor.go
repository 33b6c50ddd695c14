package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"brief/pipeline/run"
	"brief/pipeline/secret"
)

var errDoctor = errors.New("doctor found problems")

func doctorCmd(sys system) *cli.Command {
	return &cli.Command{
		Name:         "doctor",
		Usage:        "check the endpoint, key, model, tokenizer, apertium and cache folder",
		OnUsageError: usageError,
		Flags:        engineFlags(),
		Action: func(c *cli.Context) error {
			cfg, st, err := options(c, sys)
			if err != nil {
				return err
			}
			redact := secret.New(cfg.APIKey)
			failed := false
			for _, ch := range run.Doctor(c.Context, cfg, st) {
				// ✓ passed, ✗ failed (doctor exits 1), - not needed by
				// the configured engine or not checked.
				mark := "✓"
				if !ch.OK {
					mark = "-"
					if ch.Required {
						mark, failed = "✗", true
					}
				}
				line := fmt.Sprintf("%s %-10s %s", mark, ch.Name, ch.Detail)
				if !ch.OK && ch.Fix != "" {
					line += " — " + ch.Fix
				}
				fmt.Fprintln(c.App.Writer, redact.Line(line))
			}
			if failed {
				return errDoctor
			}
			return nil
		},
	}
}
