package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"brief/internal/fakellm"
)

// singleScenarios are the one-article cases of issue 16: the sample at a
// cloud server's cap and at a local server's (llama.cpp queues beyond its
// slots), with the summary of the source (the default) and of the
// translation (the old order).
func singleScenarios(in map[string]string, lat fakellm.Latency) []scenario {
	input := in["1x"]
	local := func(c int) fakellm.Latency {
		l := lat
		l.Cap, l.Queue = c, true
		return l
	}
	old := []string{"--summary-from", "translation"}
	return []scenario{
		{name: "1x, cap 16, -c 16", input: input, lat: lat, conc: 16},
		{name: "1x, cap 2 (queue), -c 2", input: input, lat: local(2), conc: 2},
		{name: "1x, cap 1 (queue), -c 1", input: input, lat: local(1), conc: 1},
		{name: "1x, cap 16, -c 16, --summary-from translation", input: input, lat: lat, conc: 16, extra: old},
		{name: "1x, cap 1 (queue), -c 1, --summary-from translation", input: input, lat: local(1), conc: 1, extra: old},
		{name: "1x, cap 1 (queue), -c 1, --max-chunk-tokens 2000", input: input, lat: local(1), conc: 1,
			extra: []string{"--max-chunk-tokens", "2000"}},
		{name: "2x (1,134 words), cap 16, -c 16", input: in["2x"], lat: lat, conc: 16},
	}
}

// single measures each one-article scenario repeat times (the median wall
// time is kept) against one request for the whole article, and prints the
// table of BENCHMARKS.md's single-article section.
func single(bin, work string, in map[string]string, lat fakellm.Latency, repeat int, only string) error {
	type baseline struct {
		d  time.Duration
		st fakellm.Stats
	}
	ones := map[string]baseline{}
	var rows []row
	var oneSt []fakellm.Stats
	for _, sc := range singleScenarios(in, lat) {
		if ok, _ := regexp.MatchString(only, sc.name); !ok {
			continue // a bad pattern matches nothing
		}
		if _, ok := ones[sc.input]; !ok {
			d, st, err := oneRequestStats(lat, sc.input)
			if err != nil {
				return err
			}
			ones[sc.input] = baseline{d, st}
		}
		var runs []row
		for range max(1, repeat) {
			r, err := measure(bin, work, sc)
			if err != nil {
				return fmt.Errorf("%s: %w", sc.name, err)
			}
			runs = append(runs, r)
		}
		slices.SortFunc(runs, func(a, b row) int { return int(a.wall - b.wall) })
		r := runs[len(runs)/2]
		r.one = ones[sc.input].d
		rows = append(rows, r)
		oneSt = append(oneSt, ones[sc.input].st)
		var walls []string
		for _, x := range runs {
			walls = append(walls, fmt.Sprintf("%.2f", x.wall.Seconds()))
		}
		fmt.Fprintf(os.Stderr, "bench: %s: %s s\n", sc.name, strings.Join(walls, ", "))
	}
	printSingle(os.Stdout, rows, oneSt)
	return nil
}

// printSingle writes the single-article table: wall time against the
// bound, against one request, and against one request plus the summary's
// own service time (what a local server's single slot cannot overlap);
// the tokens against the source's and the one request's reply.
func printSingle(w io.Writer, rows []row, oneSt []fakellm.Stats) {
	fmt.Fprintln(w, "| scenario | wall s | bound s | wall/bound | one request s | wall/one | one + summary s | wall/(one + summary) | requests | prompt tok | prompt/source | completion tok | completion/one reply |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for i, r := range rows {
		var summary time.Duration
		for _, s := range r.st.Served {
			if s.Summary {
				summary += s.Service
			}
		}
		allow := r.one + summary
		fmt.Fprintf(w, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %.2f | %d | %.2f |\n",
			r.name, r.wall.Seconds(), r.bound.Seconds(), r.wall.Seconds()/r.bound.Seconds(), r.one.Seconds(),
			r.wall.Seconds()/r.one.Seconds(), allow.Seconds(), r.wall.Seconds()/allow.Seconds(), r.st.Requests,
			r.st.PromptTokens, float64(r.st.PromptTokens)/float64(max(1, r.sourceW)), r.st.CompletionTokens,
			float64(r.st.CompletionTokens)/float64(max(1, oneSt[i].CompletionTokens)))
	}
	fmt.Fprintln(w)
	for i, r := range rows {
		if i == 0 || r.input != rows[i-1].input {
			fmt.Fprintf(w, "one request for %s: %.2f s, %d prompt tokens, %d completion tokens, %d source words\n",
				filepath.Base(r.input), r.one.Seconds(), oneSt[i].PromptTokens, oneSt[i].CompletionTokens, r.sourceW)
		}
	}
}

// oneRequestStats sends the whole input as one chat request to a fake
// with lat's TTFT and TPS and no cap, and returns its time and the
// server's token counts.
func oneRequestStats(lat fakellm.Latency, input string) (time.Duration, fakellm.Stats, error) {
	srv := fakellm.New()
	defer srv.Close()
	lat.Cap, lat.Queue = 0, false
	srv.SetLatency(lat)
	text, err := os.ReadFile(input)
	if err != nil {
		return 0, fakellm.Stats{}, err
	}
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "messages": []map[string]string{ // plain maps always marshal
		{"role": "system", "content": oneRequestPrompt},
		{"role": "user", "content": string(text)}}})
	req, err := http.NewRequestWithContext(context.Background(), http.MethodPost, srv.BaseURL()+"/chat/completions", bytes.NewReader(body))
	if err != nil {
		return 0, fakellm.Stats{}, err
	}
	req.Header.Set("Authorization", "Bearer "+fakellm.Token)
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, fakellm.Stats{}, err
	}
	_, _ = io.Copy(io.Discard, resp.Body) // timing only
	_ = resp.Body.Close()
	return time.Since(start), srv.Stats(), nil
}

// oneRequestPrompt is what a general LLM CLI would be asked; the fake
// answers it as a translation.
const oneRequestPrompt = "Translate this French news article into English."
