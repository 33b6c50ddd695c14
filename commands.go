package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"brief/pipeline"
	"brief/pipeline/cost"
	"brief/pipeline/engine/openai"
	"brief/pipeline/figures"
	"brief/pipeline/report"
	"brief/pipeline/run"
)

func engineFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "engine", Value: run.EngineAuto, EnvVars: []string{"BRIEF_ENGINE"},
			Usage: "auto, openai or apertium (auto: openai when OPENAI_BASE_URL or OPENAI_API_KEY is set, else apertium)"},
		&cli.StringFlag{Name: "model", Value: openai.DefaultModel, EnvVars: []string{"BRIEF_MODEL"}, Usage: "chat model name"},
		baseURLFlag(),
		&cli.BoolFlag{Name: "stream", EnvVars: []string{"BRIEF_STREAM"}, Usage: "stream replies as server-sent events (for proxies that drop a long silent request); a stream cut before the end is asked again"},
		&cli.StringFlag{Name: "azure-api-version", EnvVars: []string{"AZURE_OPENAI_API_VERSION"}, Usage: "use Azure OpenAI's deployment API with this api-version (--base-url https://RESOURCE.openai.azure.com, --model DEPLOYMENT)"},
		&cli.IntFlag{Name: "max-chunk-tokens", Value: pipeline.DefaultMaxChunkTokens, EnvVars: []string{"BRIEF_MAX_CHUNK_TOKENS"}, Usage: "token budget of one chunk"},
		&cli.StringFlag{Name: "summary-from", Value: "source", EnvVars: []string{"BRIEF_SUMMARY_FROM"}, Usage: "what a model summarises: source (the French article, beside the translation) or translation (after it)"},
		&cli.IntFlag{Name: "concurrency", Value: run.DefaultConcurrency, EnvVars: []string{"BRIEF_CONCURRENCY"}, Usage: "chunks translated at once"},
		&cli.IntFlag{Name: "repair-attempts", Value: run.DefaultRepairAttempts, EnvVars: []string{"BRIEF_REPAIR_ATTEMPTS"}, Usage: "re-asks for a chunk or summary whose figures do not match"},
		timeoutFlag(),
		&cli.IntFlag{Name: "retries", Value: run.DefaultRetries, EnvVars: []string{"BRIEF_RETRIES"}, Usage: "extra attempts of a failed request (connection errors, 408, 409, 429, 5xx, bad replies)"},
		&cli.IntFlag{Name: "rpm", EnvVars: []string{"BRIEF_RPM"}, Usage: "client-side limit of requests per minute (0: none)"},
		&cli.IntFlag{Name: "tpm", EnvVars: []string{"BRIEF_TPM"}, Usage: "client-side limit of tokens per minute, estimated from request sizes (0: none)"},
		&cli.StringFlag{Name: "cache-dir", EnvVars: []string{"BRIEF_CACHE_DIR"}, Usage: "folder of cached replies (default: the user cache folder + /brief)"},
		&cli.BoolFlag{Name: "no-cache", EnvVars: []string{"BRIEF_NO_CACHE"}, Usage: "neither read nor write the reply cache"},
		&cli.StringFlag{Name: "prompts", EnvVars: []string{"BRIEF_PROMPTS"}, Usage: "folder of prompt templates overriding the embedded ones (<task>/system.md, <task>/user.md)"},
		&cli.StringFlag{Name: "from", Value: "fr", Usage: "source language (only fr)"},
		&cli.StringFlag{Name: "to", Value: "en", Usage: "target language (only en)"},
	}
}

// baseURLFlag is --base-url, on every command that talks to the API.
func baseURLFlag() cli.Flag {
	return &cli.StringFlag{Name: "base-url", EnvVars: []string{"OPENAI_BASE_URL"}, Usage: "OpenAI-compatible API base URL, e.g. http://localhost:11434/v1"}
}

// timeoutFlag is --timeout, on every command that talks to the API.
func timeoutFlag() cli.Flag {
	return &cli.DurationFlag{Name: "timeout", Value: run.DefaultTimeout, EnvVars: []string{"BRIEF_TIMEOUT"}, Usage: "timeout of one API request"}
}

// options maps the engine flags to the engine and stage options; the API
// key comes only from the environment (or .env), never from a flag.
func options(c *cli.Context, sys system) (run.EngineOptions, run.StageOptions, error) {
	if c.String("from") != "fr" || c.String("to") != "en" {
		return run.EngineOptions{}, run.StageOptions{}, fmt.Errorf("%w: only --from fr --to en is supported", errUsage)
	}
	for _, name := range []string{"max-chunk-tokens", "concurrency"} {
		if c.Int(name) < 1 {
			return run.EngineOptions{}, run.StageOptions{}, fmt.Errorf("%w: --%s must be at least 1", errUsage, name)
		}
	}
	for _, name := range []string{"repair-attempts", "retries", "rpm", "tpm"} {
		if c.Int(name) < 0 {
			return run.EngineOptions{}, run.StageOptions{}, fmt.Errorf("%w: --%s must be 0 or more", errUsage, name)
		}
	}
	if c.Duration("timeout") <= 0 {
		return run.EngineOptions{}, run.StageOptions{}, fmt.Errorf("%w: --timeout must be positive, e.g. 10m", errUsage)
	}
	key, err := apiKey(sys.getenv)
	if err != nil {
		return run.EngineOptions{}, run.StageOptions{}, err
	}
	base, err := baseURL(c.String("base-url"))
	if err != nil {
		return run.EngineOptions{}, run.StageOptions{}, err
	}
	eng := run.EngineOptions{
		Engine: c.String("engine"), Model: c.String("model"), BaseURL: base,
		AzureAPIVersion: c.String("azure-api-version"), Stream: c.Bool("stream"),
		APIKey: key, Timeout: c.Duration("timeout"), PromptsDir: c.String("prompts"),
		Retries: c.Int("retries"), RPM: c.Int("rpm"), TPM: c.Int("tpm"),
		CacheDir: c.String("cache-dir"), NoCache: c.Bool("no-cache"), Clock: sys.clock, SummaryFrom: c.String("summary-from"),
		Logger: newLogger(c.App.ErrWriter, false, false, sys.getenv("OPENAI_API_KEY")), // warnings; translate sets its own
	}
	st := run.StageOptions{MaxChunkTokens: c.Int("max-chunk-tokens"), Concurrency: c.Int("concurrency"),
		RepairAttempts: c.Int("repair-attempts")}
	return eng, st, nil
}

func translateFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "out", Value: "out", EnvVars: []string{"BRIEF_OUT"}, Usage: "folder of the Markdown briefings"},
		&cli.BoolFlag{Name: "stdout", Usage: "write the Markdown to stdout instead of --out"},
		&cli.BoolFlag{Name: "force", Usage: "redo up-to-date inputs, and write the Markdown even when figures do not match (marked failed)"},
		&cli.BoolFlag{Name: "json", Usage: "print one JSON result per input on stdout"},
		&cli.BoolFlag{Name: "dry-run", Usage: "print the chunk plan, token counts and a cost estimate; send nothing"},
		&cli.Float64Flag{Name: "price-in", Usage: "USD per million input tokens, overriding the built-in price table"},
		&cli.Float64Flag{Name: "price-out", Usage: "USD per million output tokens, overriding the built-in price table"},
		&cli.StringFlag{Name: "changed-since", Usage: "only inputs changed since this git ref (for CI)"},
		&cli.StringFlag{Name: "glossary", EnvVars: []string{"BRIEF_GLOSSARY"}, Usage: "CSV or TSV file of French term, English term"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print only errors"},
		&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "debug logs on stderr (requests, timings, retries)"},
		&cli.BoolFlag{Name: "log-prompts", Usage: "with --verbose, also log full prompts and replies"},
		&cli.BoolFlag{Name: "no-progress", Usage: "no progress bar"},
		shardFlag(),
		&cli.IntFlag{Name: "max-items", EnvVars: []string{"BRIEF_MAX_ITEMS"}, Usage: "brief at most `N` new items per feed, the first in feed order; the rest wait for later runs (0: all)"},
	}
}

func translateCmd(sys system) *cli.Command {
	return &cli.Command{
		Name:      "translate",
		Usage:     "translate articles into English briefings (files, folders of .txt/.md/.html, http(s) article pages or RSS/Atom feeds, or - for stdin)",
		ArgsUsage: "PATH|URL...",
		Flags:     append(engineFlags(), translateFlags()...),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("give at least one file or folder, e.g. brief translate seeds/")
			}
			eng, st, err := options(c, sys)
			if err != nil {
				return err
			}
			opt, show, err := translateOptions(c, sys, &eng)
			if err != nil {
				return err
			}
			r, sources, err := runnerFor(c, eng, st)
			if err != nil {
				return err
			}
			return r.Translate(c.Context, sources, c.App.Reader, opt, report.New(show, c.App.Writer, c.App.ErrWriter))
		},
	}
}

// runnerFor builds the runner (reporting a broken configuration first)
// and expands the command's inputs (with --shard): every command that
// works through articles starts this way.
func runnerFor(c *cli.Context, eng run.EngineOptions, st run.StageOptions) (*run.Runner, []run.Source, error) {
	r := run.New(eng, st)
	r.SetWeb(run.WebOptions{Version: version()})
	if err := r.Setup(); err != nil {
		return nil, nil, err
	}
	sources, err := inputs(c)
	return r, sources, err
}

// inputs expands the command-line paths and keeps the --shard share.
func inputs(c *cli.Context) ([]run.Source, error) {
	sh, err := run.ParseShard(c.String("shard"))
	if err != nil {
		return nil, err
	}
	sources, total, err := run.ExpandShard(c.Args().Slice(), sh)
	if err != nil {
		return nil, err
	}
	if sh.N > 0 {
		fmt.Fprintf(c.App.ErrWriter, "brief: shard %d/%d: %d of %d inputs\n", sh.K, sh.N, len(sources), total)
	}
	return sources, nil
}

// translateOptions maps what only translate has: output modes, pricing,
// glossary, what to show, and logging.
func translateOptions(c *cli.Context, sys system, eng *run.EngineOptions) (run.Options, report.Options, error) {
	opt := run.Options{OutDir: c.String("out"), Stdout: c.Bool("stdout"), Force: c.Bool("force"),
		DryRun: c.Bool("dry-run"), ChangedSince: c.String("changed-since"), MaxItems: c.Int("max-items"),
		MismatchHint: mismatchHint(!c.Bool("json"))}
	sh, err := run.ParseShard(c.String("shard"))
	if err != nil {
		return opt, report.Options{}, err
	}
	opt.Shard = sh
	show := report.Options{JSON: c.Bool("json"), Quiet: c.Bool("quiet"),
		Annotations: sys.getenv("GITHUB_ACTIONS") == "true", Color: sys.getenv("NO_COLOR") == ""}
	if c.IsSet("price-in") || c.IsSet("price-out") {
		if c.Float64("price-in") < 0 || c.Float64("price-out") < 0 {
			return opt, show, fmt.Errorf("%w: --price-in and --price-out must be 0 or more", errUsage)
		}
		opt.Price = &cost.Price{In: c.Float64("price-in"), Out: c.Float64("price-out")}
	}
	if g := c.String("glossary"); g != "" {
		terms, err := run.LoadGlossary(g)
		if err != nil {
			return opt, show, err
		}
		eng.Glossary = terms
	}
	if opt.MaxItems < 0 {
		return opt, show, fmt.Errorf("%w: --max-items must be 0 or more", errUsage)
	}
	quiet := show.Quiet || show.JSON
	if sys.tty.stderr && !quiet && !c.Bool("no-progress") && sys.getenv("CI") != "true" && !opt.DryRun && !opt.Stdout {
		show.Progress = true
		opt.MaxInputs = 1 // one bar at a time
	}
	eng.Logger = newLogger(c.App.ErrWriter, c.Bool("verbose"), quiet, eng.APIKey)
	eng.LogPrompts = c.Bool("verbose") && c.Bool("log-prompts")
	return opt, show, nil
}

// mismatchHint is what translate and batch collect say of an input whose
// figures do not match (--force was not given, or it would be written):
// --json only where the command has it and it was not given.
func mismatchHint(jsonHint bool) string {
	hint := "no briefing written; --force writes it marked FAILED"
	if jsonHint {
		hint += ", --json lists every finding"
	}
	return hint
}

// stageCmd has one subcommand per stage, so each takes its own flags:
// brief stage chunk --max-chunk-tokens 400 doc.json.
func stageCmd(sys system) *cli.Command {
	var subs []*cli.Command
	for _, name := range pipeline.StageNames {
		subs = append(subs, &cli.Command{
			Name:      name,
			Usage:     stageUsage[name],
			ArgsUsage: "[PATH|-]",
			Flags:     engineFlags(),
			Action: func(c *cli.Context) error {
				if c.NArg() > 1 {
					return usagef("give at most one document (a file, or - for stdin)")
				}
				eng, st, err := options(c, sys)
				if err != nil {
					return err
				}
				r := run.New(eng, st)
				r.SetWeb(run.WebOptions{Version: version()})
				out, err := r.Stage(c.Context, name, c.Args().First(), c.App.Reader)
				if _, werr := c.App.Writer.Write(out); werr != nil && err == nil {
					err = werr
				}
				return err
			},
		})
	}
	return &cli.Command{
		Name:        "stage",
		Usage:       "run one stage, JSON document in and out: read|chunk|translate|summarize|verify|render",
		ArgsUsage:   "NAME [PATH|-]",
		Subcommands: subs,
	}
}

var stageUsage = map[string]string{
	"read":      "read an article (text or .html file, http(s) address, or -) into a new document",
	"chunk":     "cut the body into chunks under the token budget",
	"translate": "translate every chunk",
	"summarize": "write a headline and bullets from the translation",
	"verify":    "check the figures of translation and summary (exit 3 on mismatch)",
	"render":    "print the Markdown briefing",
}

func verifyCmd() *cli.Command {
	return &cli.Command{
		Name:      "verify",
		Usage:     "check the figures of an English text against its French source (exit 3 on mismatch)",
		ArgsUsage: "SOURCE CANDIDATE",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "summary", Usage: "the candidate is a summary: its figures must exist in the source, omissions are fine"},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return usagef("give two files: the French source, then the English candidate")
			}
			mode := figures.ModeTranslation
			if c.Bool("summary") {
				mode = figures.ModeSummary
			}
			candidate := c.Args().Get(1)
			rep, err := run.Compare(c.Context, c.Args().Get(0), candidate, mode, c.App.Reader)
			if err != nil {
				return err
			}
			if err := report.Figures(c.App.Writer, rep, c.Bool("json")); err != nil {
				return err
			}
			if !rep.OK() {
				return &pipeline.MismatchError{Path: candidate, Errors: rep.Counts.Errors} // the findings are printed
			}
			return nil
		},
	}
}

func versionCmd() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version",
		Action: func(c *cli.Context) error {
			fmt.Fprintln(c.App.Writer, "brief", version())
			return nil
		},
	}
}

func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return strings.Join(strings.Fields(fmt.Sprintf("%s %s%s %s", v, rev, dirty, bi.GoVersion)), " ")
}
