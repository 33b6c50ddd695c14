// Command run benchmarks brief against the fake server in latency mode:
// it builds brief, generates inputs (1x, 20x, 100x the sample, a folder of
// 50 articles, the largest input the reader takes) under bench/scratch, runs
// brief on each and prints a table against the critical-path bound. See
// bench/README.md for the definitions.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"brief/internal/fakellm"
)

type scenario struct {
	name    string
	input   string // file or folder
	lat     fakellm.Latency
	conc    int
	extra   []string // more flags for brief
	cached  bool     // run with a cache dir and --force (the cache answers)
	warm    int      // cached: the --concurrency the cache was filled with
	baseOne bool     // also measure one request for the whole input
}

type row struct {
	scenario
	wall       time.Duration
	st         fakellm.Stats
	rssMB      float64
	failed     int
	bound      time.Duration
	sourceW    int
	one        time.Duration
	oneModeled bool
}

func main() {
	work := flag.String("work", "bench/scratch", "scratch folder (git-ignored)")
	only := flag.String("only", "", "run only scenarios whose name contains this")
	sweep := flag.Bool("sweep", false, "run the chunk size and concurrency sweep on the 20x input instead")
	startupOnly := flag.Bool("startup", false, "measure only the start-up figures")
	one := flag.Bool("single", false, "run only the single-article table (the sample at cap 16, 2 and 1, against one request)")
	repeat := flag.Int("repeat", 3, "with -single: runs per scenario (the median is kept)")
	binary := flag.String("bin", "", "run this brief binary instead of building one (to compare builds)")
	flag.Parse()
	if err := run(*work, *only, *binary, *sweep, *startupOnly, *one, *repeat); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(work, only, bin string, sweep, startupOnly, one bool, repeat int) error {
	if err := os.MkdirAll(work, 0o755); err != nil {
		return err
	}
	if bin == "" {
		bin = filepath.Join(work, "brief")
		if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
			return fmt.Errorf("build: %v\n%s", err, out)
		}
	}
	in, err := makeInputs(work)
	if err != nil {
		return err
	}
	if startupOnly {
		return startup(bin, in["1x"])
	}
	lat := fakellm.Latency{TTFT: 300 * time.Millisecond, TPS: 60, Cap: 16}
	if one {
		return single(bin, work, in, lat, repeat, only)
	}
	scenarios := mainScenarios(in, lat)
	if sweep {
		scenarios = sweepScenarios(in["20x"], lat)
	}
	baselines := startBaselines(scenarios, only)
	var rows []row
	for _, sc := range scenarios {
		if only != "" && !strings.Contains(sc.name, only) {
			continue
		}
		r, err := measure(bin, work, sc)
		if err != nil {
			return fmt.Errorf("%s: %w", sc.name, err)
		}
		rows = append(rows, r)
		fmt.Fprintf(os.Stderr, "bench: %s: %.2fs\n", sc.name, r.wall.Seconds())
	}
	for i, r := range rows {
		if b, ok := baselines[r.name]; ok {
			rows[i].one = <-b // measured in the background meanwhile
		} else {
			rows[i].one, rows[i].oneModeled = modeled(r.scenario, r.sourceW), true
		}
	}
	printTable(os.Stdout, rows)
	if sweep {
		return nil
	}
	return startup(bin, in["1x"])
}

// mainScenarios are the table of BENCHMARKS.md: lat is the cap-16 server.
func mainScenarios(in map[string]string, lat fakellm.Latency) []scenario {
	cap8 := lat
	cap8.Cap = 8
	queue8 := cap8
	queue8.Queue = true
	zero := fakellm.Latency{RetryAfter: time.Second} // latency mode on, no delay
	return []scenario{
		{name: "1x, cap 16, -c 16", input: in["1x"], lat: lat, conc: 16, baseOne: true},
		{name: "20x, cap 16, -c 16", input: in["20x"], lat: lat, conc: 16, baseOne: true},
		{name: "20x cached rerun (filled at -c 16, rerun at -c 4)", input: in["20x"], lat: lat, conc: 4, cached: true, warm: 16},
		{name: "20x, cap 8 (429), -c 64", input: in["20x"], lat: cap8, conc: 64},
		{name: "20x, cap 8 (queue), -c 64", input: in["20x"], lat: queue8, conc: 64},
		{name: "20x, cap 16, -c 8 (default)", input: in["20x"], lat: lat, conc: 8},
		{name: "100x, cap 16, -c 16", input: in["100x"], lat: lat, conc: 16},
		{name: "folder of 50, cap 16, -c 16", input: in["folder"], lat: lat, conc: 16},
		{name: "1x, zero latency", input: in["1x"], lat: zero, conc: 16},
		{name: "largest (8 MiB), zero latency", input: in["largest"], lat: zero, conc: 16},
	}
}

// sweepScenarios vary the chunk budget and the concurrency on the 20x
// input against the cap-16 server.
func sweepScenarios(input string, lat fakellm.Latency) []scenario {
	var out []scenario
	for _, budget := range []int{400, 500, 600, 700, 800, 1600} {
		out = append(out, scenario{name: fmt.Sprintf("20x, --max-chunk-tokens %d, -c 16", budget), input: input, lat: lat, conc: 16,
			extra: []string{"--max-chunk-tokens", fmt.Sprint(budget)}})
	}
	for _, c := range []int{8, 32} {
		out = append(out, scenario{name: fmt.Sprintf("20x, default chunks, -c %d", c), input: input, lat: lat, conc: c})
	}
	return out
}

// measure runs brief once on sc against a fresh fake server.
func measure(bin, work string, sc scenario) (row, error) {
	srv := fakellm.New()
	defer srv.Close()
	out := filepath.Join(work, "out", strings.NewReplacer(" ", "_", ",", "", "(", "", ")", "").Replace(sc.name))
	_ = os.RemoveAll(out) // a fresh folder each run; it may not exist
	args := append([]string{"translate", "--json", "--out", out, "--concurrency", fmt.Sprint(sc.conc)}, sc.extra...)
	if sc.cached {
		cache := filepath.Join(work, "cache")
		_ = os.RemoveAll(cache) // start cold; the warm-up fills it
		srv.SetLatency(sc.lat)
		// The cache is filled at another --concurrency: the chunk plan,
		// so every cache key, must not depend on it.
		warm := []string{"translate", "--json", "--out", out, "--concurrency", fmt.Sprint(sc.warm), "--cache-dir", cache, sc.input}
		if _, _, _, err := runBrief(bin, srv, warm); err != nil {
			return row{}, err
		}
		args = append(args, "--cache-dir", cache, "--force")
	} else {
		args = append(args, "--no-cache")
	}
	srv.SetLatency(sc.lat)
	wall, rss, stdout, err := runBrief(bin, srv, append(args, sc.input))
	if err != nil {
		return row{}, err
	}
	r := row{scenario: sc, wall: wall, st: srv.Stats(), rssMB: rss, sourceW: words(sc.input)}
	for _, line := range bytes.Split(bytes.TrimSpace(stdout), []byte("\n")) {
		var res struct{ Status string }
		if json.Unmarshal(line, &res) != nil || res.Status != "ok" {
			r.failed++
		}
	}
	r.bound = bound(r.st, sc.lat.Cap)
	return r, nil
}

func runBrief(bin string, srv *fakellm.Server, args []string) (time.Duration, float64, []byte, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "OPENAI_BASE_URL="+srv.BaseURL(), "OPENAI_API_KEY="+fakellm.Token, "BRIEF_ENGINE=openai")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	rss := 0.0
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss) / 1024
	}
	if err != nil {
		return wall, rss, stdout.Bytes(), fmt.Errorf("brief %s: %v\n%s", strings.Join(args, " "), err, tail(stderr.String()))
	}
	return wall, rss, stdout.Bytes(), nil
}

// bound is the critical path: with the server's cap C (unbounded: every
// request at once), every request perfectly packed onto C slots, and none
// shorter than the longest one: max(longest request, sum(all)/C). The
// summary of the source runs beside the translation, so it is one more
// request, not a step after it.
func bound(st fakellm.Stats, c int) time.Duration {
	var longest, sum time.Duration
	for _, s := range st.Served {
		longest = max(longest, s.Service)
		sum += s.Service
	}
	if c <= 0 {
		c = max(1, len(st.Served))
	}
	return max(longest, sum/time.Duration(c))
}

// modeled is one request for the whole input on the same server model:
// TTFT + output words / TPS, the output being as long as the input.
func modeled(sc scenario, sourceWords int) time.Duration {
	if sc.lat.TPS == 0 {
		return sc.lat.TTFT
	}
	return sc.lat.TTFT + time.Duration(float64(sourceWords)/sc.lat.TPS*float64(time.Second))
}

// startBaselines sends each input that asks for it as one request (what a
// general LLM CLI does) to its own uncapped fake, in the background: it
// only sleeps, so it does not disturb the other runs.
func startBaselines(scs []scenario, only string) map[string]chan time.Duration {
	out := map[string]chan time.Duration{}
	for _, sc := range scs {
		if !sc.baseOne || (only != "" && !strings.Contains(sc.name, only)) {
			continue
		}
		ch := make(chan time.Duration, 1)
		out[sc.name] = ch
		go func() { ch <- oneRequest(sc) }()
	}
	return out
}

func oneRequest(sc scenario) time.Duration {
	d, _, err := oneRequestStats(sc.lat, sc.input)
	if err != nil {
		return 0
	}
	return d
}

func words(path string) int {
	n := 0
	_ = filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, err := os.ReadFile(p); err == nil {
				n += len(strings.Fields(string(b)))
			}
		}
		return nil
	})
	return n
}

func tail(s string) string {
	if len(s) > 2000 {
		return s[len(s)-2000:]
	}
	return s
}
