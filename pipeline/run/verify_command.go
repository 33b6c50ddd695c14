package run

import (
	"context"
	"errors"
	"fmt"
	"io"

	"brief/pipeline"
	"brief/pipeline/figures"
	"brief/pipeline/lang"
	"brief/pipeline/textenc"
)

// Compare checks the figures of an English candidate file against its
// French source file (`brief verify`). A mismatch is in the report, not
// an error: the caller decides the exit code.
//
// The source must be French and the candidate English (exit 2 otherwise,
// so two files given the wrong way round are not compared).
func Compare(ctx context.Context, sourcePath, candidatePath string, mode figures.Mode, stdin io.Reader) (*figures.Report, error) {
	src, srcErr := readParagraphs(ctx, sourcePath, stdin)
	var notFrench *pipeline.NotFrenchError
	if srcErr != nil && !errors.As(srcErr, &notFrench) {
		return nil, srcErr
	}
	cand, err := readText(ctx, candidatePath, stdin)
	if err != nil {
		return nil, err
	}
	english, looks := lang.IsEnglish(cand)
	switch {
	case notFrench != nil && !english && looks == lang.French:
		return nil, fmt.Errorf("%w: %s looks like %s and %s like French: the files are swapped; give the French source first: brief verify SOURCE_FR CANDIDATE_EN",
			pipeline.ErrInput, describePath(sourcePath), notFrench.LooksLike, describePath(candidatePath))
	case notFrench != nil:
		return nil, fmt.Errorf("%w: %s: the source looks like %s, not French; brief verify compares a French source with its English candidate",
			pipeline.ErrInput, describePath(sourcePath), notFrench.LooksLike)
	case !english:
		return nil, fmt.Errorf("%w: %s: the candidate looks like %s, not English; give the English translation (or summary) second: brief verify SOURCE_FR CANDIDATE_EN",
			pipeline.ErrInput, describePath(candidatePath), looks)
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
