package report

import (
	"strings"
	"testing"

	"brief/pipeline"
	"brief/pipeline/run"
)

func TestLine(t *testing.T) {
	for _, tt := range []struct {
		name        string
		res         run.Result
		want, never string
	}{
		{"offline: no requests or tokens", run.Result{Path: "a.txt", Engine: run.EngineApertium, Chunks: 2,
			Usage: pipeline.Usage{Requests: 2}}, "(apertium, 2 chunks, offline, 0s)", "token"},
		{"API: requests and tokens", run.Result{Path: "a.txt", Engine: run.EngineOpenAI, Model: "m", Chunks: 1, Requests: 1,
			Usage: pipeline.Usage{Requests: 1, PromptTokens: 10, CompletionTokens: 5}}, "(openai m, 1 chunk, 1 request, 15 tokens, 0s)", "offline"},
		{"plurals of findings", run.Result{Path: "a.txt", Engine: run.EngineOpenAI, Chunks: 1,
			Figures: &run.FiguresResult{Source: 3, Matched: 2, Errors: 1, Warnings: 1}}, "figures 2/3 matched (1 error, 1 warning)", "errors"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Line(tt.res)
			if !strings.Contains(got, tt.want) || strings.Contains(got, tt.never) {
				t.Errorf("Line = %q, want %q and no %q", got, tt.want, tt.never)
			}
		})
	}
}
