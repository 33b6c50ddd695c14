package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"brief/pipeline/figures"
	"brief/pipeline/textenc"
)

// VerifyFiles checks the figures of an English candidate file against its
// French source file, prints the report, and returns a MismatchError when
// it has errors.
func VerifyFiles(sourcePath, candidatePath string, mode figures.Mode, asJSON bool, s Streams) error {
	src, err := readParagraphs(sourcePath, s.In)
	if err != nil {
		return err
	}
	cand, err := readText(candidatePath, s.In)
	if err != nil {
		return err
	}
	var r *figures.Report
	if mode == figures.ModeSummary {
		// Each bullet or heading line on its own line of the summary.
		r = figures.VerifySummary(src.Paragraphs, SplitLines(cand))
	} else {
		cp, _ := paragraphs(cand)
		r = figures.VerifyTranslation(src.Paragraphs, cp)
	}
	if asJSON {
		enc := json.NewEncoder(s.Out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return err
		}
	} else {
		printReport(s.Out, r)
	}
	if !r.OK() {
		return &MismatchError{Path: candidatePath, Errors: r.Counts.Errors}
	}
	return nil
}

func readParagraphs(path string, stdin io.Reader) (*Document, error) {
	in, err := ReadInput(path, stdin)
	if err != nil {
		return nil, err
	}
	doc := &Document{}
	if err := Read(in)(context.Background(), doc); err != nil {
		return nil, fmt.Errorf("%s: %w", describePath(path), err)
	}
	return doc, nil
}

func readText(path string, stdin io.Reader) (string, error) {
	in, err := ReadInput(path, stdin)
	if err != nil {
		return "", err
	}
	text, _, err := textenc.Decode(in.Bytes)
	if err != nil {
		return "", fmt.Errorf("%w: %s: %v", ErrInput, describePath(path), err)
	}
	return text, nil
}

func printReport(w io.Writer, r *figures.Report) {
	if r.Mode == figures.ModeSummary {
		// Omissions are fine in a summary: count what it says, not what it skips.
		fmt.Fprintf(w, "%s: %d summary figures checked against %d source figures, %d errors, %d warnings\n",
			strings.ToUpper(r.Status), r.Counts.Target, r.Counts.Source, r.Counts.Errors, r.Counts.Warnings)
	} else {
		fmt.Fprintf(w, "%s: %d of %d source figures matched, %d errors, %d warnings\n",
			strings.ToUpper(r.Status), r.Counts.Matched, r.Counts.Source, r.Counts.Errors, r.Counts.Warnings)
	}
	for _, f := range r.Findings {
		fmt.Fprintf(w, "%s [%s %s] %s\n", f.Severity, f.Kind, f.Rule, f.Message)
	}
}
