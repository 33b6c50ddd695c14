package figures

import "fmt"

// VerifyTranslation compares source and translation paragraph by
// paragraph: every source figure must appear with the same value in the
// aligned English paragraph, and no English figure may be unaccounted for.
func VerifyTranslation(source, translation []string) *Report {
	r := &Report{Mode: ModeTranslation}
	if len(source) != len(translation) {
		r.Findings = append(r.Findings, Finding{Kind: "alignment", Severity: Error, Rule: "M1",
			Message: fmt.Sprintf("paragraph count differs: %d in the source, %d in the translation", len(source), len(translation))})
	}
	for i, src := range source {
		var dst string
		if i < len(translation) {
			dst = translation[i]
		}
		compareParagraph(r, i, Extract(src, French), Extract(dst, English))
	}
	r.finish()
	return r
}

func compareParagraph(r *Report, para int, src, dst []Mention) {
	used := make([]bool, len(dst))
	for _, s := range src {
		s.Paragraph = para
		row := Row{Paragraph: para, Source: s.Raw, Kind: s.Kind, Value: s.Value, Status: RowMissing}
		for j, d := range dst {
			if !used[j] && d.Key() == s.Key() {
				used[j] = true
				row.English, row.Status = d.Raw, RowMatched
				break
			}
		}
		if row.Status == RowMissing {
			sm := s
			r.Findings = append(r.Findings, Finding{Kind: "removed", Severity: Error, Rule: "M2", Paragraph: para, Source: &sm,
				Message: fmt.Sprintf("%q (%s) is missing from the translation of paragraph %d", s.Raw, s.Value, para+1)})
		}
		r.Rows = append(r.Rows, row)
	}
	for j, d := range dst {
		r.Counts.Target++
		if used[j] {
			continue
		}
		d.Paragraph = para
		dm := d
		r.Findings = append(r.Findings, Finding{Kind: "added", Severity: Error, Rule: "M2", Paragraph: para, Target: &dm,
			Message: fmt.Sprintf("%q (%s) in paragraph %d of the translation is not in the source", d.Raw, d.Value, para+1)})
	}
}

// VerifySummary checks that every figure of the summary lines is supported
// by a figure of the source; omissions are fine.
func VerifySummary(source, summary []string) *Report {
	r := &Report{Mode: ModeSummary}
	var all []Mention
	for i, p := range source {
		for _, m := range Extract(p, French) {
			m.Paragraph = i
			all = append(all, m)
			r.Rows = append(r.Rows, Row{Paragraph: i, Source: m.Raw, Kind: m.Kind, Value: m.Value, Status: RowOmitted})
		}
	}
	for i, line := range summary {
		for _, d := range Extract(line, English) {
			r.Counts.Target++
			d.Paragraph = i
			if !markSupported(r.Rows, all, d) {
				dm := d
				r.Findings = append(r.Findings, Finding{Kind: "unsupported", Severity: Error, Rule: "N20", Paragraph: i, Target: &dm,
					Message: fmt.Sprintf("%q (%s) in the summary is not in the source", d.Raw, d.Value)})
			}
		}
	}
	r.finish()
	return r
}

func markSupported(rows []Row, src []Mention, d Mention) bool {
	found := false
	for i, s := range src {
		if s.Key() == d.Key() {
			found = true
			if rows[i].Status == RowOmitted {
				rows[i].Status, rows[i].English = RowMatched, d.Raw
				return true
			}
		}
	}
	return found
}
