package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"brief/pipeline"
	"brief/pipeline/batch"
)

// shardFlag is --shard K/N, on translate and batch submit.
func shardFlag() cli.Flag {
	return &cli.StringFlag{Name: "shard", EnvVars: []string{"BRIEF_SHARD"},
		Usage: "take only share K of N of the inputs (stable hash of each path relative to its argument), e.g. 2/4 in a CI matrix"}
}

func stateFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "state", Value: batch.DefaultStateDir, EnvVars: []string{"BRIEF_BATCH_STATE"},
			Usage: "folder of the local batch manifests (git-ignored); collect must see the one submit wrote"},
		&cli.BoolFlag{Name: "json", Usage: "print one JSON object on stdout"},
	}
}

func batchOptions(c *cli.Context) pipeline.BatchOptions {
	return pipeline.BatchOptions{StateDir: c.String("state"), JSON: c.Bool("json"), Wait: c.Bool("wait"),
		Poll: c.Duration("poll"), Limits: batch.Limits{MaxLines: c.Int("max-requests"), MaxBytes: c.Int("max-file-bytes")}}
}

func batchCmd(getenv func(string) string) *cli.Command {
	return &cli.Command{
		Name:         "batch",
		Usage:        "translate large collections through the provider's Batch API (about half price, results within 24 h)",
		OnUsageError: usageError,
		Subcommands:  []*cli.Command{batchSubmitCmd(getenv), batchStatusCmd(getenv), batchCollectCmd(getenv)},
		Action: func(*cli.Context) error {
			return fmt.Errorf("%w: brief batch submit|status|collect", errUsage)
		},
	}
}

func batchSubmitCmd(getenv func(string) string) *cli.Command {
	return &cli.Command{
		Name:         "submit",
		Usage:        "chunk the inputs locally and submit one chat request per chunk as a batch; prints the batch ids",
		ArgsUsage:    "PATH...",
		OnUsageError: usageError,
		Flags: append(append(engineFlags(getenv), stateFlags()...), shardFlag(),
			&cli.IntFlag{Name: "max-requests", Value: batch.DefaultLimits.MaxLines, Usage: "requests per batch file; more make several batches"},
			&cli.IntFlag{Name: "max-file-bytes", Value: batch.DefaultLimits.MaxBytes, Usage: "bytes per batch file; more make several batches"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return fmt.Errorf("%w: give at least one file or folder, e.g. brief batch submit seeds/", errUsage)
			}
			cfg, err := config(c, getenv)
			if err != nil {
				return err
			}
			r, files, err := runnerFor(c, cfg)
			if err != nil {
				return err
			}
			return r.BatchSubmit(c.Context, files, batchOptions(c), streams(c))
		},
	}
}

func batchStatusCmd(getenv func(string) string) *cli.Command {
	return &cli.Command{
		Name:         "status",
		Usage:        "print the status and request counts of a batch or a submission's group",
		ArgsUsage:    "ID",
		OnUsageError: usageError,
		Flags: append(stateFlags(),
			&cli.StringFlag{Name: "base-url", EnvVars: []string{"OPENAI_BASE_URL"}, Usage: "OpenAI-compatible API base URL"},
			&cli.DurationFlag{Name: "timeout", Value: pipeline.DefaultTimeout, EnvVars: []string{"BRIEF_TIMEOUT"}, Usage: "timeout of one API request"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("%w: brief batch status [--json] ID", errUsage)
			}
			cfg := pipeline.Config{BaseURL: c.String("base-url"), APIKey: getenv("OPENAI_API_KEY"), Timeout: c.Duration("timeout")}
			return pipeline.BatchStatus(c.Context, cfg, c.Args().First(), batchOptions(c), streams(c))
		},
	}
}

func batchCollectCmd(getenv func(string) string) *cli.Command {
	return &cli.Command{
		Name:         "collect",
		Usage:        "download a finished batch's results and write the briefings exactly like brief translate",
		ArgsUsage:    "ID",
		OnUsageError: usageError,
		Flags: append(append(engineFlags(getenv), stateFlags()[0]),
			&cli.StringFlag{Name: "out", Value: "out", EnvVars: []string{"BRIEF_OUT"}, Usage: "folder of the Markdown briefings"},
			&cli.BoolFlag{Name: "force", Usage: "write the Markdown even when figures do not match (marked failed)"},
			&cli.BoolFlag{Name: "wait", Usage: "poll until the batch has finished instead of exiting 1"},
			&cli.DurationFlag{Name: "poll", Value: pipeline.DefaultPoll, Usage: "time between two status checks with --wait"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("%w: brief batch collect [--wait] ID", errUsage)
			}
			cfg, err := config(c, getenv)
			if err != nil {
				return err
			}
			return pipeline.BatchCollect(c.Context, cfg, c.Args().First(), batchOptions(c), streams(c))
		},
	}
}
