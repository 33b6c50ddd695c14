package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"brief/pipeline"
)

var errDoctor = errors.New("doctor found problems")

func doctorCmd(getenv func(string) string) *cli.Command {
	return &cli.Command{
		Name:         "doctor",
		Usage:        "check the endpoint, key, model, tokenizer, apertium and cache folder",
		OnUsageError: usageError,
		Flags:        engineFlags(getenv),
		Action: func(c *cli.Context) error {
			cfg, err := config(c, getenv)
			if err != nil {
				return err
			}
			failed := false
			for _, ch := range pipeline.Doctor(c.Context, cfg) {
				mark := "✓"
				if !ch.OK {
					mark = "✗"
					failed = failed || ch.Required
				}
				line := fmt.Sprintf("%s %-10s %s", mark, ch.Name, ch.Detail)
				if !ch.OK && ch.Fix != "" {
					line += " — " + ch.Fix
				}
				fmt.Fprintln(c.App.Writer, pipeline.Redact(line, cfg.APIKey))
			}
			if failed {
				return errDoctor
			}
			return nil
		},
	}
}
