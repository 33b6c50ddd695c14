package digest

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"

	"brief/pipeline/markdown"
)

// DefaultTitle heads a digest when none is given.
const DefaultTitle = "Briefings"

// Page says how a digest names itself and links its entries.
type Page struct {
	Title string
	// Link is the address of an entry's file, as the page links it;
	// nil links the file name (a page that sits beside the briefings).
	Link func(Entry) string
}

func (p Page) title() string {
	if t := strings.TrimSpace(p.Title); t != "" {
		return t
	}
	return DefaultTitle
}

func (p Page) link(e Entry) string {
	if p.Link != nil {
		return p.Link(e)
	}
	return escapePath(e.Name)
}

// Markdown renders entries, in the order given, as one Markdown page.
func Markdown(entries []Entry, p Page) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n", markdown.Inline(p.title()))
	if len(entries) == 0 {
		b.WriteString("_No briefings._\n")
		return b.Bytes()
	}
	for _, e := range entries {
		fmt.Fprintf(&b, "## [%s](<%s>)\n\n", linkText(e.Title), p.link(e))
		b.WriteString(infoLine(e) + "\n\n")
		for _, bl := range e.Bullets {
			fmt.Fprintf(&b, "- %s\n", markdown.Inline(unescape(bl)))
		}
		if len(e.Bullets) > 0 {
			b.WriteString("\n")
		}
	}
	return b.Bytes()
}

// infoLine is "date · source · figures status".
func infoLine(e Entry) string {
	parts := []string{}
	if e.Date != "" {
		parts = append(parts, e.Date)
	}
	if u := sourceURL(e); u != "" {
		parts = append(parts, fmt.Sprintf("[%s](<%s>)", linkText(hostOf(u)), u))
	} else if e.Source != "" {
		parts = append(parts, "source: "+markdown.Inline(e.Source))
	}
	return strings.Join(append(parts, figuresLine(e.Figures, true)), " · ")
}

// figuresLine says whether every figure matched; a failure stands out.
func figuresLine(f Figures, md bool) string {
	status := "figures " + f.Status
	if f.Status != "passed" {
		status = "figures " + strings.ToUpper(f.Status)
		if md {
			status = "**" + status + "**"
		}
	}
	s := fmt.Sprintf("%s: %d of %d matched", status, f.Matched, f.SourceFigures)
	if f.Errors > 0 {
		s += fmt.Sprintf(", %d %s", f.Errors, plural(f.Errors, "error"))
	}
	if f.Warnings > 0 {
		s += fmt.Sprintf(", %d %s", f.Warnings, plural(f.Warnings, "warning"))
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// sourceURL is the briefing's page address, safe to link: source_url,
// or a source that is itself an http(s) address.
func sourceURL(e Entry) string {
	for _, s := range []string{e.SourceURL, e.Source} {
		u, err := nurl.Parse(strings.TrimSpace(s))
		if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			u.User = nil
			return safeURL(u.String())
		}
	}
	return ""
}

func hostOf(u string) string {
	p, err := nurl.Parse(u)
	if err != nil || p.Host == "" {
		return u
	}
	return p.Host
}

// linkText escapes text for inside [...].
func linkText(s string) string {
	return strings.NewReplacer("[", `\[`, "]", `\]`).Replace(markdown.Inline(s))
}

// unescape undoes markdown.Inline's entities, so text read back from a
// briefing is escaped once, not twice.
var unescape = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace

// safeURL percent-encodes what may not stand in a <...> link
// destination or an XML attribute unescaped.
func safeURL(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`<>"'\()`+"`", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// escapePath escapes each segment of a slash-separated relative path.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = safeURL(nurl.PathEscape(s))
	}
	return strings.Join(segs, "/")
}
