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
		fmt.Fprintf(w, "%s: %s checked against %s, %s, %s\n",
			strings.ToUpper(r.Status), Plural(r.Counts.Target, "summary figure", "summary figures"),
			Plural(r.Counts.Source, "source figure", "source figures"), Plural(r.Counts.Errors, "error", "errors"),
			Plural(r.Counts.Warnings, "warning", "warnings"))
	} else {
		fmt.Fprintf(w, "%s: %d of %s matched, %s, %s\n",
			strings.ToUpper(r.Status), r.Counts.Matched, Plural(r.Counts.Source, "source figure", "source figures"),
			Plural(r.Counts.Errors, "error", "errors"), Plural(r.Counts.Warnings, "warning", "warnings"))
	}
	for _, f := range r.Findings {
		fmt.Fprintf(w, "%s [%s %s] %s\n", f.Severity, f.Kind, f.Rule, f.Message)
	}
	return nil
}
