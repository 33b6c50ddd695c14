package article

import (
	"fmt"
	"strings"
	"testing"
)

func TestIsoDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2024-03-14T06:45:12+01:00", "2024-03-14"},
		{"2024-03-14T23:30:00-05:00", "2024-03-14"}, // the page's own day, never converted
		{"2024-03-14", "2024-03-14"},
		{" 2024-03-14 08:00", "2024-03-14"},
		{"2021-02", "2021-02"},
		{"2024-13-01", ""},
		{"2024-02-32", ""},
		{"14/03/2024", ""},
		{"20240314", ""},
		{"", ""},
	} {
		if got := isoDate(tt.in); got != tt.want {
			t.Errorf("isoDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// prose is enough text for Extract to accept the page.
var prose = strings.Repeat("<p>Le gouvernement a présenté mercredi un plan de 3,2 milliards d'euros pour soutenir l'industrie, qui a perdu 45 000 emplois depuis le début de l'année.</p>\n", 4)

// pageWith builds a page whose header and comments hold dates that are
// not the article's.
func pageWith(head, header, article string) []byte {
	if header == "" {
		header = `<p>Mis à jour le <time datetime="2020-01-01">1er janvier</time></p>`
	}
	return []byte(fmt.Sprintf("<!DOCTYPE html><html lang=\"fr\"><head><title>Un plan pour l'industrie</title>%s</head><body>"+
		"<header><nav><a href=\"/\">Accueil</a></nav>%s</header>"+
		"<article><h1>Un plan pour l'industrie</h1>%s%s</article>"+
		"<section class=\"comments\"><p>Posté le <time datetime=\"2019-05-05\">5 mai</time></p></section></body></html>",
		head, header, article, prose))
}

func TestExtract_Date(t *testing.T) {
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	for _, tt := range []struct{ name, head, header, article, want string }{
		{"meta", `<meta property="article:published_time" content="2024-03-14T06:45:12+01:00">`, "", "", "2024-03-14"},
		{"meta wins over json-ld", `<meta property="article:published_time" content="2024-03-14T06:45:12+01:00">` +
			ld(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-01-01"}`), "", "", "2024-03-14"},
		{"json-ld", ld(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-02-18T10:00:00+01:00"}`), "", "", "2024-02-18"},
		{"json-ld type list", ld(`{"@context":"https://schema.org","@type":["ReportageNewsArticle","NewsArticle"],"datePublished":"2024-02-19"}`), "", "", "2024-02-19"},
		{"json-ld graph", ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2010-01-01"},{"@type":"NewsArticle","datePublished":"2024-02-20T08:00:00Z"}]}`), "", "", "2024-02-20"},
		{"json-ld list", ld(`[{"@type":"Organization","name":"X"},{"@context":"https://schema.org","@type":"Article","datePublished":"2024-02-21"}]`), "", "", "2024-02-21"},
		{"json-ld broken then good", ld(`{"@type":`) + ld(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-02-22"}`), "", "", "2024-02-22"},
		{"time in article", "", "", `<p class="x">Le <time datetime="2024-01-05T09:00">5 janvier</time></p>`, "2024-01-05"},
		{"time marked outside article", "", `<p><time itemprop="datePublished" datetime="2024-01-06">6 janvier</time></p>`, "", "2024-01-06"},
		{"no date: header and comment times are not the article's", "", "", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(pageWith(tt.head, tt.header, tt.article), Options{})
			if err != nil {
				t.Fatalf("Extract = %v", err)
			}
			if a.Date != tt.want {
				t.Errorf("Date = %q, want %q", a.Date, tt.want)
			}
		})
	}
}

func TestClean(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"  Le  chiffre\n\td'affaires ", "Le chiffre d'affaires"},
		{"1\u00a0200\u202f000 €", "1\u00a0200\u202f000 €"},
		{"\u00a0début", "début"},
		{"ter\u00admi\u200bnal", "terminal"},
		{"bell\x07 and \x1b[31mred\x1b[0m \u0085", "bell and [31mred[0m"},
	} {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
