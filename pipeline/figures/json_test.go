package figures

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Paragraphs are numbered from 1 in JSON, as in the messages and the
// Markdown table, and a report survives the round trip.
func TestReportJSONParagraphsFromOne(t *testing.T) {
	r := VerifyTranslation([]string{"Un.", "Il y a 500 personnes & 3 < 4."}, []string{"One.", "There are 600 people & 3 < 4."})
	if len(r.Findings) == 0 || r.Findings[0].Paragraph != 1 {
		t.Fatalf("findings = %+v, want one in paragraph index 1", r.Findings)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.Contains(s, `"paragraph":2`) || strings.Contains(s, `"paragraph":1`) || strings.Contains(s, `"paragraph":0`) {
		t.Errorf("the second paragraph is not paragraph 2 in JSON: %s", s)
	}
	if strings.Contains(s, `\u0026`) || strings.Contains(s, `\u003c`) {
		t.Errorf("JSON escapes HTML characters: %s", s)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(r, &back, cmpopts.IgnoreUnexported(Mention{})); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
	if err := json.Unmarshal([]byte(`{"paragraph":1,"bogus":1}`), &Finding{}); err == nil {
		t.Error("an unknown field in a finding was accepted")
	}
}
