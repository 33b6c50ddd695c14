package run

import (
	"context"
	"fmt"
	"io"

	"brief/pipeline"
	"brief/pipeline/figures"
	"brief/pipeline/textenc"
)

// Compare checks the figures of an English candidate file against its
// French source file (`brief verify`). A mismatch is in the report, not
// an error: the caller decides the exit code.
func Compare(ctx context.Context, sourcePath, candidatePath string, mode figures.Mode, stdin io.Reader) (*figures.Report, error) {
	src, err := readParagraphs(ctx, sourcePath, stdin)
	if err != nil {
		return nil, err
	}
	cand, err := readText(ctx, candidatePath, stdin)
	if err != nil {
		return nil, err
	}
	if mode == figures.ModeSummary {
		// Each bullet or heading line on its own line of the summary.
		return figures.VerifySummary(src.Paragraphs, pipeline.SplitLines(cand)), nil
	}
	return figures.VerifyTranslation(src.Paragraphs, pipeline.ReadParagraphs(cand)), nil
}

func readParagraphs(ctx context.Context, path string, stdin io.Reader) (*pipeline.Document, error) {
	in, err := ReadInput(ctx, path, stdin)
	if err != nil {
		return nil, err
	}
	doc := &pipeline.Document{}
	if err := pipeline.Read(in)(ctx, doc); err != nil {
		return nil, fmt.Errorf("%s: %w", describePath(path), err)
	}
	return doc, nil
}

func readText(ctx context.Context, path string, stdin io.Reader) (string, error) {
	in, err := ReadInput(ctx, path, stdin)
	if err != nil {
		return "", err
	}
	text, _, err := textenc.Decode(in.Bytes)
	if err != nil {
		return "", fmt.Errorf("%w: %s: %v", pipeline.ErrInput, describePath(path), err)
	}
	return text, nil
}
