package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A corpus of four pairs: two faithful, one wrong, one excluded. The
// wrong one must be caught, the faithful ones pass, and every faithful
// pair gets a planted error that the check catches.
func TestScoreAndPlant(t *testing.T) {
	corpus := strings.Join([]string{
		`{"id":"a","fr":"La ville compte 12 000 habitants.","en":"The town has 12,000 inhabitants.","kind":"translation","expect":"ok"}`,
		`{"id":"b","fr":"Le vote a lieu jeudi.","en":"The vote is on Thursday.","kind":"translation","expect":"ok"}`,
		`{"id":"c","fr":"Le budget atteint 3,2 milliards d'euros.","en":"The budget reaches 3.2 million euros.","kind":"translation","expect":"mismatch","note":"scale"}`,
		`{"id":"d","fr":"Rien.","en":"Nothing at all.","kind":"translation","expect":"exclude"}`,
	}, "\n")
	path := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(path, []byte(corpus), 0o644); err != nil {
		t.Fatal(err)
	}
	pairs, err := load(path)
	if err != nil {
		t.Fatal(err)
	}
	s := score(pairs)
	if s.ok != 2 || s.alarms != 0 || s.bad != 1 || s.caught != 1 {
		t.Errorf("score = %+v, want 2 faithful, 0 alarms, 1 of 1 caught", s)
	}
	if got := s.line("c.jsonl"); got != "c.jsonl: false alarms 0/2 faithful pairs (0.0%); errors caught 1/1 (100%)" {
		t.Errorf("line = %q", got)
	}
	p := score(plantAll(pairs))
	if p.bad != 2 || p.caught != 2 || p.alarms != 0 {
		t.Errorf("planted = %+v, want 2 planted errors, both caught, no alarm", p)
	}
}

func TestLoadRejectsBadLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(path, []byte("{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := load(path); err == nil || !strings.Contains(err.Error(), "bad.jsonl:1") {
		t.Errorf("load = %v, want an error naming bad.jsonl:1", err)
	}
}

// -dump writes one JSON line per pair with the pair's id and the status
// the verifier gave it, so two builds can be compared with diff.
func TestDumpReports(t *testing.T) {
	pairs := []pair{
		{ID: "good", FR: "La ville compte 12 000 habitants.", EN: "The town has 12,000 inhabitants."},
		{ID: "bad", FR: "Le budget atteint 3,2 milliards d'euros.", EN: "The budget reaches 3.2 million euros."},
	}
	var b strings.Builder
	if err := dumpReports(&b, pairs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), b.String())
	}
	for i, want := range []string{`{"id":"good","report":{"mode":"translation","status":"passed"`, `{"id":"bad","report":{"mode":"translation","status":"failed"`} {
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d = %.120s, want prefix %s", i+1, lines[i], want)
		}
	}
}
