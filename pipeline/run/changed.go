package run

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"brief/pipeline"
)

// changedSince keeps, when ref is set, only the sources git reports as
// changed since that ref (or untracked).
func (r *Runner) changedSince(ctx context.Context, sources []Source, ref string) ([]Source, error) {
	if ref == "" {
		return sources, nil
	}
	changed, err := gitChanged(ctx, ref)
	if err != nil {
		return nil, err
	}
	var out []Source
	for _, s := range sources {
		if s.URL != "" { // a web page is not in git: always current
			out = append(out, s)
			continue
		}
		abs, err := filepath.Abs(s.Path)
		if err == nil && changed[abs] {
			out = append(out, s)
		}
	}
	return out, nil
}

// gitChanged lists, as absolute paths, files changed between ref and the
// work tree, plus untracked ones.
func gitChanged(ctx context.Context, ref string) (map[string]bool, error) {
	top, err := git(ctx, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("%w: --changed-since needs a git work tree: %v", pipeline.ErrConfig, err)
	}
	root := strings.TrimSpace(top)
	diff, err := git(ctx, "diff", "--name-only", ref, "--")
	if err != nil {
		return nil, fmt.Errorf("%w: --changed-since %s: %v", pipeline.ErrConfig, ref, err)
	}
	untracked, err := git(ctx, "ls-files", "--others", "--exclude-standard", "--full-name", ":/")
	if err != nil {
		return nil, fmt.Errorf("%w: --changed-since: %v", pipeline.ErrConfig, err)
	}
	out := map[string]bool{}
	for _, name := range strings.Fields(diff + "\n" + untracked) {
		out[filepath.Join(root, name)] = true
	}
	return out, nil
}

func git(ctx context.Context, args ...string) (string, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %s", strings.Join(args, " "), strings.TrimSpace(stderr.String()+" "+err.Error()))
	}
	return stdout.String(), nil
}
