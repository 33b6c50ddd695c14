package feed

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParse_RSS(t *testing.T) {
	f, err := Parse(read(t, "economie.rss"), "https://www.courrier-matin.example/economie/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Feed{
		Type: RSS, Title: "Le Courrier du Matin - Économie", Link: "https://www.courrier-matin.example/economie/",
		Items: []Item{
			{Link: "https://www.courrier-matin.example/economie/article/2024/03/14/la-croissance-ralentit_6221.html?xtor=RSS-3208",
				Title: "La croissance française ralentit à 0,8 % en 2024", Published: "2024-03-14", GUID: "courrier-6221"},
			{Link: "https://www.courrier-matin.example/economie/article/2024/03/06/greve-sncf_6190.html",
				Title: "Grève SNCF : un TGV sur deux jeudi", Published: "2024-03-06",
				GUID: "https://www.courrier-matin.example/economie/article/2024/03/06/greve-sncf_6190.html"},
		},
		NoLink: 1, // the podcast: an enclosure, no article
	}
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("Parse(economie.rss) (-want +got):\n%s", diff)
	}
}

func TestParse_Atom(t *testing.T) {
	f, err := Parse(read(t, "planete.atom"), "")
	if err != nil {
		t.Fatal(err)
	}
	want := &Feed{
		Type: Atom, Title: "Planète — Le Courrier du Matin", Link: "https://www.courrier-matin.example/planete/",
		Items: []Item{
			{Link: "https://www.courrier-matin.example/planete/article/2024/03/15/secheresse_6230.html",
				Title: "Sécheresse : 62 départements en alerte", Published: "2024-03-15", GUID: "tag:courrier-matin.example,2024:6230"},
			// no <published>: <updated>, in the feed's own zone
			{Link: "https://www.courrier-matin.example/planete/article/2024/03/09/eolien_6201.html",
				Title: "Énergie : la production éolienne en hausse de 12,5 %", Published: "2024-03-09", GUID: "tag:courrier-matin.example,2024:6201"},
		},
	}
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("Parse(planete.atom) (-want +got):\n%s", diff)
	}
}

func TestDetect(t *testing.T) {
	for _, tt := range []struct {
		name    string
		content string
		want    Type
		ok      bool
	}{
		{"rss", string(read(t, "economie.rss")), RSS, true},
		{"atom", string(read(t, "planete.atom")), Atom, true},
		{"rdf", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>`, RSS, true},
		{"bom and blank lines", "\ufeff\n\n<rss version=\"2.0\"><channel/></rss>", RSS, true},
		{"html", "<!DOCTYPE html><html lang=\"fr\"><head><title>x</title></head><body><p>Bonjour</p></body></html>", "", false},
		{"xhtml", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`, "", false},
		{"json api", `{"version":"1","items":[{"url":"https://example.org/a"}]}`, "", false},
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "", false},
		{"empty", "", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Detect([]byte(tt.content))
			if got != tt.want || ok != tt.ok {
				t.Errorf("Detect = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParse_NotFeed(t *testing.T) {
	for _, content := range []string{"<html><body>x</body></html>", `{"items":[]}`, "<rss><channel><item><title>cut", ""} {
		if _, err := Parse([]byte(content), ""); !errors.Is(err, ErrNotFeed) {
			t.Errorf("Parse(%q) = %v, want ErrNotFeed", content, err)
		}
	}
}

// Links that name nothing brief may fetch are dropped, not followed.
func TestParse_UnsafeLinks(t *testing.T) {
	rss := `<rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>file:///etc/passwd</link></item>
<item><title>b</title><link>javascript:alert(1)</link></item>
<item><title>c</title><link>ftp://example.org/x</link></item>
<item><title>d</title><link>https://example.org/ok.html</link></item>
</channel></rss>`
	f, err := Parse([]byte(rss), "https://example.org/feed")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 1 || f.Items[0].Link != "https://example.org/ok.html" || f.NoLink != 3 {
		t.Errorf("Parse kept %+v (NoLink %d), want only the https item", f.Items, f.NoLink)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(read(f, "economie.rss"), "https://example.org/rss")
	f.Add(read(f, "planete.atom"), "")
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="../x"/></entry></feed>`), "http://[::1]/a/b")
	f.Fuzz(func(t *testing.T, content []byte, base string) {
		fd, err := Parse(content, base)
		if err != nil {
			if !errors.Is(err, ErrNotFeed) {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		for _, it := range fd.Items {
			if Key(it.Link) == "" {
				t.Fatalf("item link %q is not an absolute http(s) URL", it.Link)
			}
		}
	})
}

// A feed's titles never carry terminal escapes (gofeed drops those
// XML forbids, not C1 controls); French no-break spaces stay.
func TestClean(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"La dette à 3\u202f200 milliards", "La dette à 3\u202f200 milliards"},
		{"  Éco\n\t  et  social ", "Éco et social"},
		{"Éco\u009b31m rouge\x1b", "Éco31m rouge"},
	} {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
