package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// selectInputs expands the paths and keeps, with --changed-since, only the
// files git reports as changed since that ref (or untracked).
func (r *Runner) selectInputs(ctx context.Context, paths []string) ([]string, error) {
	files, err := ExpandPaths(paths)
	if err != nil || r.cfg.ChangedSince == "" {
		return files, err
	}
	changed, err := gitChanged(ctx, r.cfg.ChangedSince)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err == nil && changed[abs] {
			out = append(out, f)
		}
	}
	return out, nil
}

// gitChanged lists, as absolute paths, files changed between ref and the
// work tree, plus untracked ones.
func gitChanged(ctx context.Context, ref string) (map[string]bool, error) {
	top, err := git(ctx, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("%w: --changed-since needs a git work tree: %v", ErrConfig, err)
	}
	root := strings.TrimSpace(top)
	diff, err := git(ctx, "diff", "--name-only", ref, "--")
	if err != nil {
		return nil, fmt.Errorf("%w: --changed-since %s: %v", ErrConfig, ref, err)
	}
	untracked, err := git(ctx, "ls-files", "--others", "--exclude-standard", "--full-name", ":/")
	if err != nil {
		return nil, fmt.Errorf("%w: --changed-since: %v", ErrConfig, err)
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
