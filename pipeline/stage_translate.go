package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"brief/pipeline/chunking"
	"brief/pipeline/engine"
	"brief/pipeline/figures"
	"brief/pipeline/lang"
)

// TranslateOptions configures the translate stage.
type TranslateOptions struct {
	Provenance
	Note           string // the engine's caveat for readers, if any
	Concurrency    int    // chunks in flight at once
	RepairAttempts int    // extra requests for a chunk whose figures do not match
	// OnChunkDone is called after each chunk, from any goroutine.
	OnChunkDone func(done, total int)
}

// ErrParagraphs reports a translation whose paragraph count differs from
// its source's after every attempt.
var ErrParagraphs = errors.New("paragraph count mismatch")

// ErrLanguage reports a translation with a paragraph that is not English
// after every attempt: still French, the source copied, made-up words, or
// another language (the wrapped *lang.ParagraphError says which).
var ErrLanguage = errors.New("the translation is not English")

// languageError is a *lang.ParagraphError that is also ErrLanguage.
type languageError struct{ err error }

func (e languageError) Error() string   { return e.err.Error() }
func (e languageError) Unwrap() []error { return []error{ErrLanguage, e.err} }

// Translate sends every chunk to t, in parallel under a bound, and
// assembles the English body in chunk order.
func Translate(t engine.Translator, opt TranslateOptions) Stage {
	return func(ctx context.Context, doc *Document) error {
		if doc.Chunks == nil {
			return requirement("translate", "chunks", "chunk")
		}
		if err := checkChunkPlan(doc); err != nil {
			return err
		}
		chunks := doc.Chunks.Chunks
		out := make([]TranslatedChunk, len(chunks))
		var mu sync.Mutex
		var usage Usage
		done := 0
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(max(1, opt.Concurrency))
		for _, i := range sendOrder(chunks, opt.Concurrency) {
			c := chunks[i]
			g.Go(func() error {
				tc, u, err := translateSplitting(gctx, t, c, opt.RepairAttempts, maxSplits)
				mu.Lock()
				defer mu.Unlock()
				usage = usage.Add(u)
				if err != nil {
					return fmt.Errorf("chunk %d: %w", c.Index, err)
				}
				out[i] = tc
				done++
				if opt.OnChunkDone != nil {
					opt.OnChunkDone(done, len(chunks))
				}
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return err
		}
		var body strings.Builder
		for _, tc := range out {
			body.WriteString(tc.Text)
		}
		doc.Translation = &Translation{Provenance: opt.Provenance, Note: opt.Note, Usage: usage, Chunks: out,
			Paragraphs: SplitParagraphs(body.String())}
		return nil
	}
}

// sendOrder is the order chunks are sent in: one at a time, in order;
// in parallel, the largest first, so the last wave holds the small ones
// and the slots finish together (longest-processing-time-first). Only the
// timing changes: results are kept by index.
func sendOrder(chunks []Piece, concurrency int) []int {
	order := make([]int, len(chunks))
	for i := range order {
		order[i] = i
	}
	if concurrency > 1 {
		sort.SliceStable(order, func(a, b int) bool { return chunks[order[a]].Tokens > chunks[order[b]].Tokens })
	}
	return order
}

// maxSplits bounds how many times a chunk too long for the model is
// halved: 2^4 pieces.
const maxSplits = 4

// translateSplitting translates a chunk; when the model says it is too
// long (reply cut at the output limit, or prompt over the context size),
// it cuts the chunk in two at the paragraph, sentence or word boundary
// nearest the middle and translates the halves.
func translateSplitting(ctx context.Context, t engine.Translator, c Piece, repairs, splits int) (TranslatedChunk, Usage, error) {
	tc, usage, err := translateChunk(ctx, t, c, repairs)
	if err == nil || !errors.Is(err, engine.ErrTooLong) || splits == 0 {
		return tc, usage, err
	}
	a, b, ok := Halve(c.Text)
	if !ok {
		return tc, usage, err
	}
	var out TranslatedChunk
	for _, half := range []string{a, b} {
		h, u, err := translateSplitting(ctx, t, Piece{Index: c.Index, Text: half}, repairs, splits-1)
		usage = usage.Add(u)
		if err != nil {
			return TranslatedChunk{}, usage, err
		}
		out.Text += h.Text
		out.Attempts += h.Attempts
	}
	out.Index = c.Index
	return out, usage, nil
}

// Halve cuts text in two non-blank parts, a+b == text, at the paragraph
// break nearest the middle, else the sentence end, else the space.
func Halve(text string) (string, string, bool) {
	mid := len(text) / 2
	core := strings.TrimSpace(text)
	lead := strings.Index(text, core)
	best := -1
	consider := func(cut int) {
		if cut <= lead || cut >= lead+len(core) {
			return
		}
		if best < 0 || abs(cut-mid) < abs(best-mid) {
			best = cut
		}
	}
	for i := strings.Index(text, "\n\n"); i >= 0; {
		consider(i + 2)
		j := strings.Index(text[i+2:], "\n\n")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	if best < 0 {
		pos := 0
		for _, s := range chunking.Sentences(text) {
			pos += len(s)
			consider(pos)
		}
	}
	if best < 0 {
		for i, r := range text {
			if r == ' ' {
				consider(i + 1)
			}
		}
	}
	if best < 0 || strings.TrimSpace(text[:best]) == "" || strings.TrimSpace(text[best:]) == "" {
		return "", "", false
	}
	return text[:best], text[best:], true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// attempt is one reply for a chunk and how bad it is.
type attempt struct {
	res        engine.Result
	paragraphs []string
	errors     int   // figure errors; a language failure and a paragraph mismatch count as worse
	refused    error // why the reply cannot be used whatever its figures (paragraphs, language)
	feedback   []string
}

// Badness of replies that cannot be used: worse than any count of figure
// errors, a wrong paragraph count worst of all.
const (
	languageErrors  = 1 << 29
	paragraphErrors = 1 << 30
)

// translateChunk asks for the chunk, then re-asks with what was wrong
// (figure discrepancies, a paragraph not in English, the paragraph count)
// while attempts remain; it keeps the best reply. Only a reply that
// passed every check is committed to the engine's cache.
func translateChunk(ctx context.Context, t engine.Translator, c Piece, repairs int) (TranslatedChunk, Usage, error) {
	req := ChunkRequest(c)
	lead := c.Text[:strings.Index(c.Text, req.Text)]
	trail := c.Text[len(lead)+len(req.Text):]
	src := SplitParagraphs(req.Text)
	var usage Usage
	var best *attempt
	n := 0
	for n <= repairs {
		n++
		res, err := t.Translate(ctx, req)
		usage = usage.Add(res.Usage)
		if err != nil {
			return TranslatedChunk{}, usage, err
		}
		a := judge(src, res.Text)
		a.res = res
		if best == nil || a.errors < best.errors {
			best = &a
		}
		if a.errors == 0 {
			break
		}
		req.Feedback = a.feedback
	}
	if best.refused != nil {
		return TranslatedChunk{}, usage, fmt.Errorf("%w after %d attempts", best.refused, n)
	}
	if best.errors == 0 {
		best.res.Keep()
	}
	return TranslatedChunk{Index: c.Index, Text: lead + JoinParagraphs(best.paragraphs) + trail, Attempts: n}, usage, nil
}

// ChunkRequest is the first request the translate stage sends for c: its
// text trimmed, with its paragraph count. Batch mode sends exactly this.
func ChunkRequest(c Piece) engine.TranslateRequest {
	core := strings.TrimSpace(c.Text)
	return engine.TranslateRequest{Index: c.Index, Text: core, Paragraphs: len(SplitParagraphs(core))}
}

// judge aligns a reply with its source paragraphs, checks that each is
// English (lang.CheckParagraphs: not French, not the source copied, not
// made-up words) and counts figure errors.
func judge(src []string, reply string) attempt {
	got := engine.Unwrap(reply, len(src))
	if len(got) != len(src) {
		// Some models separate paragraphs with single line breaks.
		if lines := SplitLines(reply); len(lines) == len(src) {
			got = lines
		}
	}
	if len(got) != len(src) {
		return attempt{paragraphs: got, errors: paragraphErrors,
			refused:  fmt.Errorf("%w: the source has %d paragraphs, the reply had %d", ErrParagraphs, len(src), len(got)),
			feedback: []string{fmt.Sprintf("the translation must have exactly %d paragraphs separated by blank lines; it had %d", len(src), len(got))}}
	}
	if err := lang.CheckParagraphs(src, got); err != nil {
		return attempt{paragraphs: got, errors: languageErrors, refused: languageError{err},
			feedback: []string{err.Error() + "; translate every paragraph into plain English"}}
	}
	r := figures.VerifyTranslation(src, got)
	return attempt{paragraphs: got, errors: r.Counts.Errors, feedback: Feedback(r)}
}

// SplitLines splits on single line breaks, dropping empty lines.
func SplitLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Feedback lists a report's errors as short lines for a repair request.
func Feedback(r *figures.Report) []string {
	var out []string
	for _, f := range r.Findings {
		if f.Severity == figures.Error {
			out = append(out, f.Message)
		}
	}
	return out
}
