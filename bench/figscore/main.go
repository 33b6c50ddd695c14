// Command figscore runs the figures verifier over a labelled corpus and
// prints how often it cries wolf and how many real errors it catches: the
// honest measure of the check, on any data given by path.
//
//	go run ./bench/figscore [-list] [-plant] [-dump] CORPUS.jsonl...
//
// Each line of a corpus is a JSON object: fr, en, kind ("translation" or
// "summary"), expect ("ok", "mismatch" or "exclude"), and optional id and
// note. A pair is flagged when the verifier reports an error, as `brief
// verify` then exits 3. -plant also plants errors of its own in the
// faithful pairs (a changed digit, scale word, weekday, ordinal, number
// word, fraction or hedge, or a dropped figure) and reports the
// precision and recall of the check on them. -dump prints every pair's
// full report as one JSON line instead, so that a change meant to keep
// the verdicts (a speed-up, a split function) can be checked with diff.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"brief/pipeline/figures"
)

// pair is one labelled line of a corpus.
type pair struct {
	ID     string `json:"id"`
	FR     string `json:"fr"`
	EN     string `json:"en"`
	Kind   string `json:"kind"`
	Expect string `json:"expect"`
	Note   string `json:"note"`
	Defect string `json:"defect"`
}

func main() {
	list := flag.Bool("list", false, "print each false alarm with its errors and each miss with its note")
	plant := flag.Bool("plant", false, "also plant errors in the faithful pairs and score them")
	dump := flag.Bool("dump", false, "print each pair's report (planted pairs too) as one JSON line, for diffs")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: figscore [-list] [-plant] [-dump] CORPUS.jsonl...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	for _, path := range flag.Args() {
		pairs, err := load(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "figscore: %v\n", err)
			os.Exit(2)
		}
		name := filepath.Base(path)
		if *dump {
			if err := dumpReports(os.Stdout, append(pairs, plantAll(pairs)...)); err != nil {
				fmt.Fprintf(os.Stderr, "figscore: %v\n", err)
				os.Exit(1)
			}
			continue
		}
		s := score(pairs)
		fmt.Println(s.line(name))
		for _, line := range kindLines(name, pairs) {
			fmt.Println(line)
		}
		if *list {
			s.print(os.Stdout)
		}
		if *plant {
			p := score(plantAll(pairs))
			fmt.Println(p.plantedLine(name))
			if *list {
				p.print(os.Stdout)
			}
		}
	}
}

// load reads a JSONL corpus.
func load(path string) ([]pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	var out []pair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var p pair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("%s:%d: not a JSON object (%v); each line needs fr, en, expect", path, n, err)
		}
		if p.ID == "" {
			p.ID = fmt.Sprintf("%s:%d", filepath.Base(path), n)
		}
		out = append(out, p)
	}
	return out, sc.Err()
}

// verify runs the check as `brief verify` does: paragraphs split on blank
// lines; a summary candidate line by line.
func verify(p pair) *figures.Report {
	src := paragraphs(p.FR)
	if p.Kind == "summary" {
		var lines []string
		for _, l := range strings.Split(p.EN, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		return figures.VerifySummary(src, lines)
	}
	return figures.VerifyTranslation(src, paragraphs(p.EN))
}

func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// kindLines scores the summaries and the translations of a mixed corpus
// apart, since the two modes fail in different ways; a corpus of one kind
// gets no extra line.
func kindLines(name string, pairs []pair) []string {
	byKind := map[string][]pair{}
	for _, p := range pairs {
		k := p.Kind
		if k != "summary" {
			k = "translation"
		}
		byKind[k] = append(byKind[k], p)
	}
	if len(byKind) < 2 {
		return nil
	}
	return []string{
		score(byKind["translation"]).line(name + " (translations)"),
		score(byKind["summary"]).line(name + " (summaries)"),
	}
}

// tally counts outcomes; listing keeps what -list prints.
type tally struct {
	ok, alarms, bad, caught int
	listing                 []string
}

func score(pairs []pair) tally {
	var t tally
	for _, p := range pairs {
		if p.Expect == "exclude" {
			continue
		}
		r := verify(p)
		flagged := !r.OK()
		if p.Expect == "ok" {
			t.ok++
			if flagged {
				t.alarms++
				t.listing = append(t.listing, describe("FALSE ALARM", p, errorsOf(r)))
			}
			continue
		}
		t.bad++
		if flagged {
			t.caught++
		} else {
			t.listing = append(t.listing, describe("MISSED", p, p.Note+p.Defect))
		}
	}
	return t
}

func errorsOf(r *figures.Report) string {
	var out []string
	for _, f := range r.Findings {
		if f.Severity == figures.Error {
			out = append(out, "error ["+f.Kind+" "+f.Rule+"] "+f.Message)
		}
	}
	return strings.Join(out, "\n  ")
}

func describe(what string, p pair, detail string) string {
	return fmt.Sprintf("%s %s\n  fr: %s\n  en: %s\n  %s", what, p.ID, p.FR, p.EN, detail)
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

func (t tally) line(name string) string {
	return fmt.Sprintf("%s: false alarms %d/%d faithful pairs (%.1f%%); errors caught %d/%d (%.0f%%)",
		name, t.alarms, t.ok, pct(t.alarms, t.ok), t.caught, t.bad, pct(t.caught, t.bad))
}

func (t tally) plantedLine(name string) string {
	prec := float64(t.caught) / float64(max(t.caught+t.alarms, 1))
	rec := float64(t.caught) / float64(max(t.bad, 1))
	return fmt.Sprintf("%s planted: %d planted errors in %d faithful pairs; precision %.3f recall %.3f (false alarms %d, missed %d)",
		name, t.bad, t.ok, prec, rec, t.alarms, t.bad-t.caught)
}

func (t tally) print(w io.Writer) {
	for _, l := range t.listing {
		fmt.Fprintln(w)
		fmt.Fprintln(w, l)
	}
}
