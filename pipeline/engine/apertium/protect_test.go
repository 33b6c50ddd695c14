package apertium

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"

	"brief/pipeline/chunking"
	"brief/pipeline/engine"
)

func TestProtect(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		in        string
		wantText  string
		wantSlots []string
	}{
		{"digits", "Il y a 500 et 4 000 personnes.", "Il y a ZQX0ZQ et ZQX1ZQ personnes.", []string{"500", "4,000"}},
		{"range as one figure", "De 500 à 4 000 personnes.", "ZQX0ZQ personnes.", []string{"from 500 to 4,000"}},
		{"percent", "Une hausse de 2,5 % cette année.", "Une hausse de ZQX0ZQ cette année.", []string{"2.5%"}},
		{"nbsp and hedge", "Quelque 10\u00a0000 militaires.", "ZQX0ZQ militaires.", []string{"about 10,000"}},
		{"month and year", "En février 2020 à Doha.", "En ZQX0ZQ à Doha.", []string{"February 2020"}},
		{"year stays ungrouped", "Il est né en 1984 à Lyon.", "Il est né en ZQX0ZQ à Lyon.", []string{"1984"}},
		{"other four digits grouped", "Il y a 3000 soldats.", "Il y a ZQX0ZQ soldats.", []string{"3,000"}},
		{"glossary with article", "L’Otan et l'ONU.", "ZQX0ZQ et ZQX1ZQ.", []string{"NATO", "the UN"}},
		{"title keeps the name", "M. Stoltenberg a parlé.", "ZQX0ZQ Stoltenberg a parlé.", []string{"Mr"}},
		{"name particle kept", "Moustafa al-Kazimi et Al-Qaïda.", "Moustafa ZQX0ZQ et ZQX1ZQ.", []string{"al-Kazimi", "al-Qaeda"}},
		{"no figures", "Bonjour le monde.", "Bonjour le monde.", nil},
		{"initial is not a title", "J. M. Dupont et M. Martin.", "J. M. Dupont et ZQX0ZQ Martin.", []string{"Mr"}},
		{"identifiers kept literally", "Le COVID-19 et l'A380.", "Le ZQX0ZQ et l'ZQX1ZQ.", []string{"COVID-19", "A380"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := newProtector(tt.in).protect(tt.in)
			if got.text != tt.wantText {
				t.Errorf("protect(%q).text = %q, want %q", tt.in, got.text, tt.wantText)
			}
			var slots []string
			for _, s := range got.slots {
				slots = append(slots, s.english)
			}
			if strings.Join(slots, "|") != strings.Join(tt.wantSlots, "|") {
				t.Errorf("protect(%q) slots = %q, want %q", tt.in, slots, tt.wantSlots)
			}
		})
	}
}

func TestNewProtector_AvoidsCollision(t *testing.T) {
	t.Parallel()
	p := newProtector("Le code zqx1zq circule.")
	if p.head == "ZQX" {
		t.Errorf("newProtector chose %q although the text contains it", p.head)
	}
}

func TestRestore(t *testing.T) {
	t.Parallel()
	p := &protector{head: "ZQX"}
	slots := []slot{{id: 3, token: "ZQX3ZQ", english: "4,000"}, {id: 4, token: "ZQX4ZQ", english: "NATO"}}
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"intact", "ZQX4ZQ has ZQX3ZQ people.", "NATO has 4,000 people.", true},
		{"case changed and glued", "Zqx4zq has ofZQX3ZQ people.", "NATO has of4,000 people.", true},
		{"missing", "ZQX4ZQ has people.", "ZQX4ZQ has people.", false},
		{"duplicated", "ZQX4ZQ has ZQX3ZQ ZQX3ZQ people.", "ZQX4ZQ has ZQX3ZQ ZQX3ZQ people.", false},
		{"foreign", "ZQX4ZQ has ZQX3ZQ ZQX9ZQ people.", "ZQX4ZQ has ZQX3ZQ ZQX9ZQ people.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := p.restore(tt.in, slots)
			if got != tt.want || ok != tt.ok {
				t.Errorf("restore(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestSettle(t *testing.T) {
	t.Parallel()
	p := &protector{head: "ZQX"}
	slots := []slot{{id: 0, token: "ZQX0ZQ", english: "500"}, {id: 1, token: "ZQX1ZQ", english: "4,000"}}
	tests := []struct{ name, in, want string }{
		{"missing goes before the full stop", "From ZQX0ZQ people.", "From 500 people (4,000)."},
		{"duplicate dropped", "From ZQX0ZQ to ZQX1ZQ ZQX1ZQ.", "From 500 to 4,000 ."},
		{"foreign dropped, all missing", "Nothing ZQX7ZQ here", "Nothing here (500, 4,000)"},
		{"inside a closing quote", `"We go."`, `"We go (500, 4,000)."`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := strings.Join(strings.Fields(p.settle(tt.in, slots)), " ")
			if got != tt.want {
				t.Errorf("settle(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// fakeRun is an apertium stand-in: it "translates" by copying, after
// applying edit to the text of the calls listed in broken (0-based).
type fakeRun struct {
	calls  []string
	broken map[int]func(string) string
}

func (f *fakeRun) run(_ context.Context, text string) (string, error) {
	n := len(f.calls)
	f.calls = append(f.calls, text)
	if edit := f.broken[n]; edit != nil {
		return edit(text), nil
	}
	return text, nil
}

var anyPlaceholder = regexp.MustCompile(`(?i)(ZQX|QXZ|XQZ|ZXQ|QZX)\d+ZQ`)

func TestTranslate_LostPlaceholderIsRepaired(t *testing.T) {
	t.Parallel()
	dropFirst := func(s string) string { return strings.Replace(s, "ZQX1ZQ", "", 1) }
	tests := []struct {
		name      string
		broken    map[int]func(string) string
		want      string
		wantCalls int
	}{
		{"sentence retry recovers it", map[int]func(string) string{0: dropFirst},
			"Il y a 500 personnes. Puis 4,000 personnes.\n\nEt 12% de plus.", 2},
		{"still lost: appended to its sentence", map[int]func(string) string{0: dropFirst, 1: dropFirst},
			"Il y a 500 personnes. Puis personnes (4,000).\n\nEt 12% de plus.", 2},
		{"doubled", map[int]func(string) string{0: func(s string) string { return strings.Replace(s, "ZQX0ZQ", "ZQX0ZQ ZQX0ZQ", 1) }},
			"Il y a 500 personnes. Puis 4,000 personnes.\n\nEt 12% de plus.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := &fakeRun{broken: tt.broken}
			e := &Engine{run: f.run}
			src := "Il y a 500 personnes. Puis 4 000 personnes.\n\nEt 12 % de plus."
			res, err := e.Translate(context.Background(), engine.TranslateRequest{Text: src, Paragraphs: 2})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.ReplaceAll(res.Text, "  ", " ")
			if got != tt.want {
				t.Errorf("Translate = %q, want %q", got, tt.want)
			}
			if anyPlaceholder.MatchString(res.Text) {
				t.Errorf("placeholder leaked: %q", res.Text)
			}
			if len(f.calls) != tt.wantCalls || res.Usage.Requests != tt.wantCalls {
				t.Errorf("apertium runs = %d (reported %d), want %d", len(f.calls), res.Usage.Requests, tt.wantCalls)
			}
		})
	}
}

func TestTranslate_ParagraphMismatchFallsBack(t *testing.T) {
	t.Parallel()
	merge := func(s string) string { return strings.ReplaceAll(s, "\n\n", " ") }
	f := &fakeRun{broken: map[int]func(string) string{0: merge}}
	e := &Engine{run: f.run}
	src := "Un.\n\nDeux.\n\nTrois 3."
	res, err := e.Translate(context.Background(), engine.TranslateRequest{Text: src, Paragraphs: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got := chunking.Paragraphs(res.Text); len(got) != 3 {
		t.Fatalf("Translate gave %d paragraphs, want 3: %q", len(got), res.Text)
	}
	if len(f.calls) != 4 {
		t.Errorf("apertium runs = %d, want 1 for the chunk + 3 paragraph by paragraph", len(f.calls))
	}
}

func TestTranslate_EmptyParagraphKept(t *testing.T) {
	t.Parallel()
	drop := func(s string) string {
		if strings.Contains(s, "Deux") && !strings.Contains(s, "\n\n") {
			return ""
		}
		return strings.Replace(s, "Deux.", "", 1)
	}
	f := &fakeRun{broken: map[int]func(string) string{0: drop, 2: drop}}
	e := &Engine{run: f.run}
	res, err := e.Translate(context.Background(), engine.TranslateRequest{Text: "Un.\n\nDeux.\n\nTrois.", Paragraphs: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got := chunking.Paragraphs(res.Text); len(got) != 3 {
		t.Errorf("Translate gave %d paragraphs, want 3: %q", len(got), res.Text)
	}
}

func TestTranslate_RunError(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	e := &Engine{run: func(context.Context, string) (string, error) { return "", boom }}
	if _, err := e.Translate(context.Background(), engine.TranslateRequest{Text: "Un 1."}); !errors.Is(err, boom) {
		t.Errorf("Translate error = %v, want %v", err, boom)
	}
}

func TestTranslate_MissingBinary(t *testing.T) {
	t.Parallel()
	e := newWithBinary("/nonexistent/apertium")
	_, err := e.Translate(context.Background(), engine.TranslateRequest{Text: "Un 1."})
	if !errors.Is(err, ErrMissing) {
		t.Fatalf("Translate error = %v, want ErrMissing", err)
	}
	if !strings.Contains(err.Error(), "apt-get install apertium apertium-fr-es apertium-eng-spa") {
		t.Errorf("error %q does not name the packages", err)
	}
	if err := available("/nonexistent/apertium"); !errors.Is(err, ErrMissing) {
		t.Errorf("available = %v, want ErrMissing", err)
	}
}

func TestFixSentenceCase(t *testing.T) {
	t.Parallel()
	ph := regexp.MustCompile(`ZQX\d+ZQ`)
	tests := []struct{ name, en, fr, want string }{
		{"after placeholder", "ZQX0ZQ Goes to augment.", "ZQX0ZQ va augmenter.", "ZQX0ZQ goes to augment."},
		{"after copied name", "Hi. Mr Stoltenberg Has called.", "Salut. ZQX0ZQ Stoltenberg a appelé.", "Hi. Mr Stoltenberg Has called."},
		{"after placeholder and name", "Hi. ZQX0ZQ Stoltenberg Has called.", "Salut. ZQX0ZQ Stoltenberg a appelé.", "Hi. ZQX0ZQ Stoltenberg has called."},
		{"name kept", "ZQX0ZQ Jens Stoltenberg said.", "ZQX0ZQ Jens Stoltenberg a dit.", "ZQX0ZQ Jens Stoltenberg said."},
		{"month kept", "ZQX0ZQ May is late.", "ZQX0ZQ mai est tard.", "ZQX0ZQ May is late."},
		{"known opener untouched", "The Minister Said it.", "Le ministre l'a dit.", "The Minister Said it."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := fixSentenceCase(tt.en, tt.fr, ph); got != tt.want {
				t.Errorf("fixSentenceCase(%q) = %q, want %q", tt.en, got, tt.want)
			}
		})
	}
}

func TestTidy(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Afghanistan ?", "Afghanistan?"},
		{"does not have  still", "does not have still"},
		{"said\u00a0: «\u00a0hello\u00a0»", "said: “hello”"},
		{"go back .", "go back."},
	}
	for _, tt := range tests {
		if got := tidy(tt.in); got != tt.want {
			t.Errorf("tidy(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUninvert(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{`"Oui", a-t-il affirmé.`, `"Oui", il a affirmé.`},
		{`"Non", dit-elle.`, `"Non", elle dit.`},
		{"Peut-être que celui-ci viendra.", "Peut-être que celui-ci viendra."},
	}
	for _, tt := range tests {
		if got := uninvert(tt.in); got != tt.want {
			t.Errorf("uninvert(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOrderSpans_LongestFirst(t *testing.T) {
	t.Parallel()
	spans := []span{{start: 3, end: 6, english: "500"}, {start: 3, end: 12, english: "500 to 4,000"}, {start: 0, end: 2, english: "x"}}
	orderSpans(spans)
	var got []string
	for _, s := range spans {
		got = append(got, s.english)
	}
	if want := "x|500 to 4,000|500"; strings.Join(got, "|") != want {
		t.Errorf("orderSpans = %q, want %q", got, want)
	}
}

func TestProtect_UserGlossary(t *testing.T) {
	t.Parallel()
	terms := []Term{{French: "Resolute Support", English: "Resolute Support"}, {French: "effectifs", English: "headcount"}, {French: "Otan", English: "the Alliance"}}
	in := "Les effectifs de l’Otan et de Resolute Support, pas les sureffectifs."
	got := newProtector(in, terms...).protect(in)
	want := "Les ZQX0ZQ de ZQX1ZQ et de ZQX2ZQ, pas les sureffectifs."
	if got.text != want {
		t.Errorf("protect = %q, want %q", got.text, want)
	}
	var en []string
	for _, s := range got.slots {
		en = append(en, s.english)
	}
	if strings.Join(en, "|") != "headcount|the Alliance|Resolute Support" {
		t.Errorf("slots = %q", en)
	}
}

// A figure that opens a sentence is capitalised; elsewhere it is not.
func TestRestore_SentenceStart(t *testing.T) {
	t.Parallel()
	p := newProtector("x")
	slots := []slot{{id: 0, token: "ZQX0ZQ", english: "twenty-one"}, {id: 1, token: "ZQX1ZQ", english: "about 500"}}
	if _, ok := p.restore("ZQX0ZQ soldiers came. “ZQX1ZQ people” too, with ZQX0ZQ.", slots); ok {
		t.Fatal("restore accepted a repeated slot")
	}
	got, ok := p.restore("ZQX0ZQ soldiers came. “ZQX1ZQ people” too.", slots)
	if !ok || got != "Twenty-one soldiers came. “About 500 people” too." {
		t.Errorf("restore = %q, %v", got, ok)
	}
	got, _ = p.restore("They saw ZQX0ZQ soldiers and ZQX1ZQ people.", slots)
	if got != "They saw twenty-one soldiers and about 500 people." {
		t.Errorf("restore = %q", got)
	}
}
