package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"brief/pipeline/figures"
)

// Figures prints a figures report (`brief verify`): indented JSON, or a
// headline and one line per finding.
func Figures(w io.Writer, r *figures.Report, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
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
	return nil
}
