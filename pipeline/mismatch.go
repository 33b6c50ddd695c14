package pipeline

import "fmt"

// MismatchError reports an input whose figures do not match after every
// repair attempt; no Markdown was written for it (unless --force).
type MismatchError struct {
	Path   string
	Errors int
	// Hint says what to do next in the terms of the command that ran:
	// only flags it has and the user did not give; "" for none.
	Hint string
}

// Error is the one line printed for the input, with the hint.
func (e *MismatchError) Error() string {
	msg := fmt.Sprintf("%s: figures do not match (%s)", e.Path, Plural(e.Errors, "error", "errors"))
	if e.Hint != "" {
		msg += "; " + e.Hint
	}
	return msg
}

// Mismatch returns a MismatchError with hint for doc when its figures
// failed, else nil.
func Mismatch(doc *Document, hint string) error {
	v := doc.Figures
	if v == nil || v.OK() {
		return nil
	}
	n := v.Translation.Counts.Errors
	if v.Summary != nil {
		n += v.Summary.Counts.Errors
	}
	return &MismatchError{Path: doc.Source.Path, Errors: n, Hint: hint}
}

// Plural is "1 error" or "n errors".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
