package pipeline

import (
	"context"

	"brief/pipeline/figures"
	"brief/pipeline/glossary"
)

// Verify checks the figures of the translation, paragraph by paragraph,
// and of the summary against the source. A mismatch is recorded in the
// report, not returned as an error: the caller decides the exit code.
func Verify(terms []glossary.Term) Stage {
	return func(_ context.Context, doc *Document) error {
		if doc.Translation == nil {
			return requirement("verify", "translation", "translate")
		}
		if doc.Chunks != nil {
			if err := checkChunkPlan(doc); err != nil {
				return err
			}
		}
		if err := checkTranslation(doc); err != nil {
			return err
		}
		v := &Verification{Translation: figures.VerifyTranslation(doc.Paragraphs, doc.Translation.Paragraphs)}
		if doc.Summary != nil {
			v.Summary = figures.VerifySummary(summarySource(doc), summaryLines(doc.Summary))
		}
		v.Glossary = glossary.Check(terms, doc.Paragraphs, doc.Translation.Paragraphs)
		v.Status = figures.Passed
		if !v.Translation.OK() || v.Summary != nil && !v.Summary.OK() {
			v.Status = figures.Failed
		}
		v.Checked = contentDigest(doc)
		doc.Figures = v
		return nil
	}
}
