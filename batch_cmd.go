package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"brief/pipeline/batch"
	"brief/pipeline/engine/openai"
	"brief/pipeline/report"
	"brief/pipeline/run"
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

func batchOptions(c *cli.Context, sys system) batch.Options {
	return batch.Options{StateDir: c.String("state"), Wait: c.Bool("wait"), Poll: c.Duration("poll"), Clock: sys.clock,
		Limits: batch.Limits{MaxLines: c.Int("max-requests"), MaxBytes: c.Int("max-file-bytes")}}
}

// batchClient is the files and batches client of the configured endpoint.
func batchClient(c *cli.Context, sys system) (*openai.BatchClient, error) {
	key, err := apiKey(sys.getenv)
	if err != nil {
		return nil, err
	}
	base, err := baseURL(c.String("base-url"))
	if err != nil {
		return nil, err
	}
	return openai.NewBatchClient(base, key, c.Duration("timeout")), nil
}

func batchCmd(sys system) *cli.Command {
	return &cli.Command{
		Name:        "batch",
		Usage:       "translate large collections through the provider's Batch API (about half price, results within 24 h)",
		Subcommands: []*cli.Command{batchSubmitCmd(sys), batchStatusCmd(sys), batchCollectCmd(sys)},
	}
}

func batchSubmitCmd(sys system) *cli.Command {
	return &cli.Command{
		Name:      "submit",
		Usage:     "chunk the inputs locally and submit one chat request per chunk as a batch; prints the batch ids",
		ArgsUsage: "PATH...",
		Flags: append(append(engineFlags(), stateFlags()...), shardFlag(),
			&cli.IntFlag{Name: "max-requests", Value: batch.DefaultLimits.MaxLines, Usage: "requests per batch file; more make several batches"},
			&cli.IntFlag{Name: "max-file-bytes", Value: batch.DefaultLimits.MaxBytes, Usage: "bytes per batch file; more make several batches"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("give at least one file or folder, e.g. brief batch submit seeds/")
			}
			eng, st, err := options(c, sys)
			if err != nil {
				return err
			}
			r, sources, err := runnerFor(c, eng, st)
			if err != nil {
				return err
			}
			client, err := batchClient(c, sys)
			if err != nil {
				return err
			}
			out, err := batch.Submit(c.Context, r, client, sources, batchOptions(c, sys))
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.ErrWriter, "brief: submitted %d requests from %d inputs in %s (group %s); collect with: brief batch collect %s\n",
				out.Requests, out.Inputs, report.Plural(len(out.Batches), "batch", "batches"), out.Group, out.Group)
			if c.Bool("json") {
				return writeJSONLine(c.App.Writer, out)
			}
			for _, b := range out.Batches {
				fmt.Fprintln(c.App.Writer, b.ID)
			}
			return nil
		},
	}
}

func batchStatusCmd(sys system) *cli.Command {
	return &cli.Command{
		Name:      "status",
		Usage:     "print the status and request counts of a batch or a submission's group",
		ArgsUsage: "ID",
		Flags:     append(stateFlags(), baseURLFlag(), timeoutFlag()),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("give one batch id, as printed by brief batch submit")
			}
			client, err := batchClient(c, sys)
			if err != nil {
				return err
			}
			st, err := batch.Status(c.Context, client, c.Args().First(), batchOptions(c, sys))
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return writeJSONLine(c.App.Writer, st)
			}
			for _, b := range st.Batches {
				fmt.Fprintf(c.App.Writer, "%s\t%s\t%d/%d completed, %d failed\n", b.ID, b.Status,
					b.RequestCounts.Completed, b.RequestCounts.Total, b.RequestCounts.Failed)
			}
			return nil
		},
	}
}

func batchCollectCmd(sys system) *cli.Command {
	return &cli.Command{
		Name:      "collect",
		Usage:     "download a finished batch's results and write the briefings exactly like brief translate",
		ArgsUsage: "ID",
		Flags: append(append(engineFlags(), stateFlags()[0]),
			&cli.StringFlag{Name: "out", Value: "out", EnvVars: []string{"BRIEF_OUT"}, Usage: "folder of the Markdown briefings"},
			&cli.BoolFlag{Name: "force", Usage: "write the Markdown even when figures do not match (marked failed)"},
			&cli.BoolFlag{Name: "wait", Usage: "poll until the batch has finished instead of exiting 1"},
			&cli.DurationFlag{Name: "poll", Value: batch.DefaultPoll, Usage: "time between two status checks with --wait"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("give one batch id, as printed by brief batch submit")
			}
			eng, st, err := options(c, sys)
			if err != nil {
				return err
			}
			newRunner := func(model string, maxChunkTokens int) *run.Runner {
				eng.Model, st.MaxChunkTokens = model, maxChunkTokens
				return run.New(eng, st)
			}
			opt := run.Options{OutDir: c.String("out"), Force: c.Bool("force"), MismatchHint: mismatchHint(false)}
			client, err := batchClient(c, sys)
			if err != nil {
				return err
			}
			return batch.Collect(c.Context, newRunner, client, c.Args().First(), batchOptions(c, sys), opt,
				report.New(report.Options{}, c.App.Writer, c.App.ErrWriter))
		},
	}
}

func writeJSONLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
