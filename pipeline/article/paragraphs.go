package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// block elements end the paragraph before them and start a new one.
var block = set("p div section article main header footer h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre table tr thead tbody tfoot hr figure details summary address")

// skipped elements hold no article prose: captions are photo credits,
// the rest is page furniture readability may have left.
var skipped = set("script style noscript template figcaption button form nav aside iframe svg canvas video audio select textarea")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// furnitureWords name, in class or id attributes, the parts of an article
// block that are not its prose: kicker, byline, dateline, share buttons,
// tags, insets, ads, captions.
var furnitureWords = set("kicker surtitre overline breadcrumb breadcrumbs byline author authors signature date dateline timestamp meta share sharing social tags tag keywords newsletter subscribe subscription abonnement paywall promo related recommended recirculation outbrain taboola comments comment ad ads advert advertisement pub publicite sponsor sponsored caption credit credits")

// furniture reports an element whose class or id names page furniture.
func furniture(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		if furnitureWords[w] {
			return true
		}
	}
	return false
}

// body is the article's prose: the paragraphs without furniture, unless
// dropping furniture by class name lost most of the text (a site whose
// body wrapper is named like furniture).
func body(root *html.Node) []string {
	all, kept := paragraphs(root, false), paragraphs(root, true)
	if 2*chars(kept) < chars(all) {
		return all
	}
	return kept
}

func chars(paras []string) int {
	n := 0
	for _, p := range paras {
		n += utf8.RuneCountInString(p)
	}
	return n
}

// paragraphs splits the text under root at block elements, in document
// order. Unlike readability's text renderer it keeps U+00A0 and U+202F:
// they are the thousands separators of French figures.
// With furnitureToo, elements whose class names page furniture are
// skipped too.
func paragraphs(root *html.Node, furnitureToo bool) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if p := clean(cur.String()); p != "" {
			out = append(out, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
			return
		case n.Type != html.ElementNode && n.Type != html.DocumentNode:
			return
		case skipped[n.Data], furnitureToo && furniture(n):
			return
		case n.Data == "br", n.Data == "td", n.Data == "th":
			cur.WriteByte(' ')
		}
		isBlock := block[n.Data]
		if isBlock {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if isBlock {
			flush()
		}
	}
	walk(root)
	flush()
	return out
}

// asciiSpace is HTML's inter-element white space: it collapses; no-break
// spaces do not.
var asciiSpace = regexp.MustCompile(`[ \t\n\r\f]+`)

// invisible characters break words and figures apart for no reader.
var invisible = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "")

// clean collapses HTML white space and drops invisible and control
// characters: a page's text never carries terminal escapes into a
// briefing.
func clean(s string) string {
	s = asciiSpace.ReplaceAllString(invisible.Replace(s), " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimFunc(s, unicode.IsSpace)
}

// dateline is a "Publié le …" line, metadata rather than prose.
var dateline = regexp.MustCompile(`(?i)^(?:publié|mis à jour|modifié|actualisé|published|updated)\b`)

// related lines inside an article body point to other articles.
var related = regexp.MustCompile(`(?i)^(?:[àa] lire aussi|lire aussi|lire également|[àa] lire également|voir aussi|[àa] voir aussi|read also|read more|related)\b`)

// adLabel is a paragraph that only labels an ad slot.
var adLabel = regexp.MustCompile(`(?i)^(?:publicité|advertisement|sponsorisé|contenu sponsorisé)$`)

// keep drops what readability leaves inside an article body that is not
// its prose: the title repeated, "Lire aussi" links, ad labels.
func keep(paras []string, title string) []string {
	var out []string
	for i, p := range paras {
		short := len([]rune(p)) < 300
		switch {
		case i < 3 && strings.EqualFold(p, title):
		case short && (related.MatchString(p) || dateline.MatchString(p)):
		case adLabel.MatchString(p):
		default:
			out = append(out, p)
		}
	}
	return out
}

// paywall lines say the rest of the article is for subscribers.
var paywall = regexp.MustCompile(`(?i)(?:réservée? aux abonnés|il vous reste \d+\s*%\s*de cet article|la suite est réservée|pour lire la suite|abonnez-vous pour (?:lire|continuer)|subscribe to (?:continue|read)|for subscribers only|this article is for subscribers)`)

// paywalled returns the first short paragraph that announces a paywall.
func paywalled(paras []string) string {
	for _, p := range paras {
		if len([]rune(p)) < 300 && paywall.MatchString(p) {
			return p
		}
	}
	return ""
}
