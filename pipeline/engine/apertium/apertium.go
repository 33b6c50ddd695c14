// Package apertium is the offline engine: Apertium's rule-based French to
// Spanish and Spanish to English modes, chained, with figures protected by
// placeholders and an extractive summary.
package apertium

import (
	"context"
	"errors"
	"runtime"
	"strings"

	"brief/pipeline/chunking"
	"brief/pipeline/engine"
	"brief/pipeline/extractive"
	terms "brief/pipeline/glossary"
)

// Name is the engine's name in documents and front matter.
const Name = "apertium"

// Note tells readers what kind of translation they are reading.
const Note = "Rule-based machine translation (Apertium, French → Spanish → English): expect rough wording; every figure is checked below."

// model names the chain in results.
const model = ModeFrES + "|" + ModeESEng

// ErrEmptySummary reports a translation with no sentence to summarise.
var ErrEmptySummary = errors.New("apertium summary: the translation has no sentences")

// Term is one entry of the user's glossary (--glossary). The package
// name is terms here: this package's own built-in list is "glossary".
type Term = terms.Term

// Engine runs apertium.
type Engine struct {
	// run translates French text to English; it is the apertium pivot,
	// replaced in tests that need Apertium to misbehave.
	run func(ctx context.Context, text string) (string, error)
	// glossary is the user's French to English terms, protected like
	// figures and applied before the built-in ones.
	glossary []Term
}

// New returns the engine, running the apertium found on PATH.
func New() *Engine { return newWithBinary("apertium") }

// WithGlossary makes the engine render each French term as the given
// English, verbatim; it returns e.
func (e *Engine) WithGlossary(ts []Term) *Engine {
	e.glossary = ts
	return e
}

// newWithBinary runs bin with at most one pivot per core at once, however
// many chunks and inputs the caller has in flight: each pivot is a chain
// of CPU-bound processes, so more would only queue on the cores (and
// --concurrency, meant for an API's slots, must not multiply processes).
func newWithBinary(bin string) *Engine {
	return &Engine{run: limited(runtime.NumCPU(), func(ctx context.Context, text string) (string, error) {
		return pivot(ctx, bin, text)
	})}
}

// limited lets at most n calls of run proceed at once; the others wait
// for a slot or the end of their context.
func limited(n int, run func(context.Context, string) (string, error)) func(context.Context, string) (string, error) {
	slots := make(chan struct{}, max(1, n))
	return func(ctx context.Context, text string) (string, error) {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return "", ctx.Err()
		}
		defer func() { <-slots }()
		return run(ctx, text)
	}
}

// Translate translates a chunk whose paragraphs are separated by blank
// lines, in one apertium run per mode, keeping the paragraphs one to one.
// Figures and glossary terms travel as placeholders and come back in their
// English form; a paragraph whose placeholders do not come back intact is
// translated again sentence by sentence.
func (e *Engine) Translate(ctx context.Context, req engine.TranslateRequest) (engine.Result, error) {
	paras := chunking.Paragraphs(req.Text)
	if len(paras) == 0 {
		return engine.Result{Model: model}, nil
	}
	p := newProtector(req.Text, e.glossary...)
	prot := make([]protected, len(paras))
	texts := make([]string, len(paras))
	for i, para := range paras {
		prot[i] = p.protect(uninvert(para))
		texts[i] = prot[i].text
	}
	en, calls, err := e.translateAll(ctx, texts)
	if err != nil {
		return engine.Result{}, err
	}
	out := make([]string, len(paras))
	for i := range prot {
		s, ok := p.restore(p.polish(en[i], prot[i].text), prot[i].slots)
		if !ok {
			var n int
			s, n, err = e.repair(ctx, p, prot[i])
			calls += n
			if err != nil {
				return engine.Result{}, err
			}
		}
		out[i] = s
	}
	return engine.Result{Text: strings.Join(out, "\n\n"), Model: model, Usage: engine.Usage{Requests: calls}}, nil
}

// translateAll translates texts in one run, separated by blank lines,
// which Apertium's txt format keeps. Should the count still come back
// wrong, each text is translated on its own. It returns the runs made.
func (e *Engine) translateAll(ctx context.Context, texts []string) ([]string, int, error) {
	out, err := e.run(ctx, strings.Join(texts, "\n\n"))
	if err != nil {
		return nil, 1, err
	}
	if got := chunking.Paragraphs(out); len(got) == len(texts) {
		return got, 1, nil
	}
	res := make([]string, len(texts))
	for i, t := range texts {
		o, err := e.run(ctx, t)
		if err != nil {
			return nil, 1 + i, err
		}
		res[i] = strings.Join(chunking.Paragraphs(o), " ")
		if res[i] == "" {
			res[i] = t // nothing came back: keep the text rather than lose a paragraph
		}
	}
	return res, 1 + len(texts), nil
}

// repair translates a paragraph sentence by sentence, so a placeholder
// lost or doubled by one sentence's rules is confined to it, then settles
// each sentence: no placeholder leaks and no figure is lost.
func (e *Engine) repair(ctx context.Context, p *protector, pr protected) (string, int, error) {
	var sentences []string
	for _, s := range chunking.Sentences(pr.text) {
		if s = strings.TrimSpace(s); s != "" {
			sentences = append(sentences, s)
		}
	}
	en, calls, err := e.translateAll(ctx, sentences)
	if err != nil {
		return "", calls, err
	}
	parts := make([]string, len(sentences))
	taken := map[int]bool{}
	for i, s := range sentences {
		var slots []slot
		for _, sl := range pr.slots {
			if !taken[sl.id] && strings.Contains(s, sl.token) {
				slots = append(slots, sl)
				taken[sl.id] = true
			}
		}
		if i == len(sentences)-1 { // anything not found in a sentence lands at the end
			for _, sl := range pr.slots {
				if !taken[sl.id] {
					slots = append(slots, sl)
				}
			}
		}
		t := p.polish(en[i], s)
		if r, ok := p.restore(t, slots); ok {
			parts[i] = r
		} else {
			parts[i] = p.settle(t, slots)
		}
	}
	return strings.Join(parts, " "), calls, nil
}

// SummaryInput is the translation: an extractive summary copies English
// sentences, so it comes after the translation.
func (e *Engine) SummaryInput() engine.SummaryInput { return engine.FromTranslation }

// Summarize ranks the sentences of the translation and returns the most
// central ones as "# headline" and "- " bullets; every figure in it is
// copied from the translation. The headline is the article's title when
// it has one: given in English, or translated here when only the French
// one exists (a web page's title, which is not part of the body).
func (e *Engine) Summarize(ctx context.Context, req engine.SummarizeRequest) (engine.Result, error) {
	if err := ctx.Err(); err != nil {
		return engine.Result{}, err
	}
	var usage engine.Usage
	title := req.Title
	if title == "" && req.FrenchTitle != "" {
		res, err := e.Translate(ctx, engine.TranslateRequest{Text: req.FrenchTitle, Paragraphs: 1})
		if err != nil {
			return engine.Result{}, err
		}
		title, usage = res.Text, res.Usage
	}
	s := extractive.Summarize(req.Text, extractive.Options{Title: title})
	if len(s.Bullets) == 0 {
		return engine.Result{}, ErrEmptySummary
	}
	return engine.Result{Text: s.Markdown(), Model: "extractive", Usage: usage}, nil
}
