package figures

// Mode says what the candidate text is.
type Mode string

// Modes of verification.
const (
	ModeTranslation Mode = "translation" // every figure both ways, paragraph by paragraph
	ModeSummary     Mode = "summary"     // every candidate figure supported by the source
)

// Severity ranks findings; only errors fail a run.
type Severity string

// Severities.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Report statuses.
const (
	Passed = "passed"
	Failed = "failed"
)

// Row statuses, one per source figure.
const (
	RowMatched  = "matched"
	RowMissing  = "missing"
	RowModified = "modified"
	RowOmitted  = "omitted" // summary mode: not in the summary, which is fine
	RowWarning  = "warning"
)

// Report is the result of a verification: one row per source figure and
// the findings that explain every difference.
type Report struct {
	Mode     Mode      `json:"mode"`
	Status   string    `json:"status"`
	Counts   Counts    `json:"counts"`
	Rows     []Row     `json:"figures"`
	Findings []Finding `json:"findings"`
}

// check is one verification in progress: the report it fills and what it
// knows of the source beyond its figures.
type check struct {
	*Report
	currencies     map[string]bool  // named or implied by the source (N6)
	currencyCue    bool             // a word of the source names a currency (else euros are only assumed)
	periods        map[int64]bool   // lengths of the period nouns the source names (summary)
	softMisses     []*atom          // summary figures unsupported but soft, for anchored()
	line           []*atom          // the summary line being checked
	text           string           // and its text
	source         []string         // the source paragraphs
	target         []string         // the translation's (translation mode only)
	bullets        []string         // the summary's lines
	respectivement map[int]bool     // source paragraphs that say "respectivement", read once
	sourceText     string           // the source paragraphs joined, and
	sourceWords    map[string][]int // where each of its words starts (inSourceText), built on first use
	all            []*atom          // every figure of the summary
	known          map[string]bool  // names either document writes mid-sentence (summary mode)
	srcToks        [][]token        // the source paragraphs' tokens, read once for known (summary mode)
}

// Counts summarises a report.
type Counts struct {
	Source   int `json:"source"`
	Target   int `json:"target"`
	Matched  int `json:"matched"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// Row is one source figure and where it was found in the English.
type Row struct {
	Paragraph int    `json:"paragraph"`
	Source    string `json:"source"`
	Kind      Kind   `json:"kind"`
	Value     string `json:"value"`
	English   string `json:"english,omitempty"`
	Status    string `json:"status"`
}

// Finding is one discrepancy between source and candidate.
type Finding struct {
	Kind      string   `json:"kind"` // added, removed, modified, format, hedge, ...
	Severity  Severity `json:"severity"`
	Rule      string   `json:"rule"`
	Paragraph int      `json:"paragraph"`
	Source    *Mention `json:"source,omitempty"`
	Target    *Mention `json:"target,omitempty"`
	Message   string   `json:"message"`
}

// OK reports whether the report has no error.
func (r *Report) OK() bool { return r.Counts.Errors == 0 }

// finish fills the counts and status from rows and findings.
func (r *Report) finish() {
	r.Counts.Errors, r.Counts.Warnings, r.Counts.Infos = 0, 0, 0
	for _, f := range r.Findings {
		switch f.Severity {
		case Error:
			r.Counts.Errors++
		case Warning:
			r.Counts.Warnings++
		case Info:
			r.Counts.Infos++
		}
	}
	r.Counts.Source = len(r.Rows)
	r.Counts.Matched = 0
	for _, row := range r.Rows {
		if row.Status == RowMatched || row.Status == RowWarning {
			r.Counts.Matched++
		}
	}
	r.Status = Passed
	if r.Counts.Errors > 0 {
		r.Status = Failed
	}
	if r.Rows == nil {
		r.Rows = []Row{}
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
}
