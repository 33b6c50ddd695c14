package run

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"brief/pipeline"
)

// Shard is share K of N of the inputs (1 <= K <= N); the zero Shard takes
// everything.
type Shard struct {
	K, N int
}

// ParseShard reads "K/N"; "" is the zero Shard.
func ParseShard(s string) (Shard, error) {
	if s == "" {
		return Shard{}, nil
	}
	k, n, ok := strings.Cut(s, "/")
	ki, kerr := strconv.Atoi(strings.TrimSpace(k))
	ni, nerr := strconv.Atoi(strings.TrimSpace(n))
	if !ok || kerr != nil || nerr != nil || ni < 1 || ki < 1 || ki > ni {
		return Shard{}, fmt.Errorf("%w: --shard %q: want K/N with 1 <= K <= N, e.g. --shard 2/4", pipeline.ErrConfig, s)
	}
	return Shard{K: ki, N: ni}, nil
}

// Takes reports whether the input known by key (its path relative to the
// command-line argument it came from) belongs to this shard. The split is
// a hash, so it is stable whatever else is in the collection.
func (s Shard) Takes(key string) bool {
	if s.N <= 1 {
		return true
	}
	sum := sha256.Sum256([]byte(key))
	return int(binary.BigEndian.Uint64(sum[:8])%uint64(s.N)) == s.K-1
}

// ShardKey is the key of file found under the command-line argument arg:
// its slash-separated path relative to a folder argument, or its base name
// for a file argument. Runners with different checkout folders agree.
func ShardKey(arg, file string) string {
	if rel, err := filepath.Rel(arg, file); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.Base(file)
}

// ExpandShard expands the command-line paths like Expand and keeps this
// shard's inputs; total counts the inputs of all shards. Standard input
// has no stable name, so it cannot be sharded.
func ExpandShard(paths []string, s Shard) (sources []Source, total int, err error) {
	if s.N == 0 {
		sources, err = Expand(paths)
		return sources, len(sources), err
	}
	var out []Source
	for _, arg := range paths {
		if arg == "-" {
			return nil, 0, fmt.Errorf("%w: --shard cannot split standard input; give files or folders", pipeline.ErrConfig)
		}
		all, err := Expand([]string{arg})
		if err != nil {
			return nil, 0, err
		}
		total += len(all)
		for _, src := range all {
			// A feed or an address is known only once read: every share
			// reads it and takes its share of what it holds.
			if src.expandsLater() || s.Takes(ShardKey(arg, src.Path)) {
				out = append(out, src)
			}
		}
	}
	return out, total, nil
}
