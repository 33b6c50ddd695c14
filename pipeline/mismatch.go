package pipeline

import "fmt"

// MismatchError reports an input whose figures do not match after every
// repair attempt; no Markdown was written for it (unless --force).
type MismatchError struct {
	Path   string
	Errors int
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("%s: figures do not match (%d errors); see the report with --json, or write it anyway with --force", e.Path, e.Errors)
}

// Mismatch returns a MismatchError for doc when its figures failed, else
// nil.
func Mismatch(doc *Document) error {
	v := doc.Figures
	if v == nil || v.OK() {
		return nil
	}
	n := v.Translation.Counts.Errors
	if v.Summary != nil {
		n += v.Summary.Counts.Errors
	}
	return &MismatchError{Path: doc.Source.Path, Errors: n}
}
