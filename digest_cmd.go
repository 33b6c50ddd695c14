package main

import (
	"errors"
	"fmt"
	"io/fs"
	nurl "net/url"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"brief/pipeline"
	"brief/pipeline/digest"
	"brief/pipeline/safefile"
)

func digestCmd() *cli.Command {
	return &cli.Command{
		Name:      "digest",
		Usage:     "one Markdown page (or Atom feed) of the briefings in a folder, newest first",
		ArgsUsage: "DIR",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Usage: "write to `FILE` (atomically) instead of stdout; links are then relative to its folder"},
			&cli.StringFlag{Name: "format", Value: digest.FormatMarkdown, Usage: "md or atom"},
			&cli.StringFlag{Name: "since", Usage: "only briefings dated on or after `DATE` (YYYY-MM-DD or YYYY-MM)"},
			&cli.IntFlag{Name: "limit", Usage: "at most `N` briefings, the newest (0: all)"},
			&cli.StringFlag{Name: "title", Value: digest.DefaultTitle, Usage: "title of the page or feed"},
			&cli.StringFlag{Name: "base-url", Usage: "`URL` where DIR is published: links become absolute, and the feed's id"},
		},
		Action: func(c *cli.Context) error {
			dir, o, err := digestOptions(c)
			if err != nil {
				return err
			}
			out, skipped, err := digest.Build(dir, o)
			if err != nil {
				return digestFolderError(dir, err)
			}
			for _, s := range skipped {
				fmt.Fprintf(c.App.ErrWriter, "brief: %v; skipped\n", s)
			}
			return writeDigest(c, out)
		},
	}
}

// digestOptions checks the command line and maps it to digest.Options.
func digestOptions(c *cli.Context) (string, digest.Options, error) {
	var o digest.Options
	if c.NArg() != 1 {
		return "", o, usagef("give one folder of briefings, e.g. brief digest out")
	}
	o.Format, o.Filter = c.String("format"), digest.Filter{Since: c.String("since"), Limit: c.Int("limit")}
	switch {
	case o.Format != digest.FormatMarkdown && o.Format != digest.FormatAtom:
		return "", o, fmt.Errorf("%w: --format %q: use md or atom", errUsage, o.Format)
	case o.Filter.Since != "" && !digest.ValidDate(o.Filter.Since):
		return "", o, fmt.Errorf("%w: --since %q: give a date as YYYY-MM-DD or YYYY-MM", errUsage, o.Filter.Since)
	case o.Filter.Limit < 0:
		return "", o, fmt.Errorf("%w: --limit must be 0 or more", errUsage)
	}
	o.Feed.Title = c.String("title")
	o.Feed.Link = digest.RelativeLinks(".")
	if out := c.String("out"); out != "" {
		o.Feed.Link = digest.RelativeLinks(filepath.Dir(out))
	}
	if base := c.String("base-url"); base != "" {
		u, err := nurl.Parse(base)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return "", o, fmt.Errorf("%w: --base-url %q: give an http(s) address, e.g. https://example.org/briefings/", errUsage, base)
		}
		o.Feed.Link, o.Feed.ID = digest.BaseLinks(base), base
	}
	return c.Args().First(), o, nil
}

// digestFolderError says what is wrong with DIR in one line.
func digestFolderError(dir string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w: %s: no such folder; give the folder of the briefings, e.g. brief digest out", pipeline.ErrInput, dir)
	case isNotDir(dir):
		return fmt.Errorf("%w: %s: not a folder; give the folder of the briefings, e.g. brief digest out", pipeline.ErrInput, dir)
	}
	return fmt.Errorf("%s: %w", dir, err)
}

func isNotDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir()
}

// writeDigest prints the digest, or writes --out atomically.
func writeDigest(c *cli.Context, out []byte) error {
	path := c.String("out")
	if path == "" {
		_, err := c.App.Writer.Write(out)
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := safefile.Write(path, out, 0o644); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
