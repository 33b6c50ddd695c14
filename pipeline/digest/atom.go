package digest

import (
	"bytes"
	"crypto/sha1"
	"encoding/xml"
	"fmt"
	"strings"
)

// Feed says how the Atom digest names itself.
type Feed struct {
	Page
	// ID is the feed's permanent address; "" derives a urn:uuid from the
	// title, so it stays the same from one run to the next.
	ID string
	// Self is where the feed itself is published, for rel="self"; optional.
	Self string
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Gen     string      `xml:"generator"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   atomText   `xml:"title"`
	Updated string     `xml:"updated"`
	Links   []atomLink `xml:"link"`
	Summary atomText   `xml:"summary"`
}

// epoch stands for "no date at all": Atom requires one, and the wall
// clock would make every run's bytes differ.
const epoch = "1970-01-01T00:00:00Z"

// Atom renders entries, in the order given, as an Atom 1.0 feed. Every
// timestamp comes from the briefings' dates: the feed's updated is the
// newest entry's.
func Atom(entries []Entry, f Feed) ([]byte, error) {
	newest := epoch
	for _, e := range entries {
		if t := timestamp(e.Date); e.Date != "" && t > newest {
			newest = t
		}
	}
	id := f.ID
	if id == "" {
		id = uuidURN("brief digest\x00" + f.title())
	}
	feed := atomFeed{ID: id, Title: f.title(), Updated: newest, Author: atomAuthor{Name: "brief"}, Gen: "brief"}
	if f.Self != "" {
		feed.Links = append(feed.Links, atomLink{Rel: "self", Type: "application/atom+xml", Href: f.Self})
	}
	for _, e := range entries {
		updated := newest
		if e.Date != "" {
			updated = timestamp(e.Date)
		}
		entry := atomEntry{
			ID: uuidURN("brief briefing\x00" + e.Name + "\x00" + e.SHA256), Title: atomText{Type: "text", Text: e.Title},
			Updated: updated, Links: []atomLink{{Rel: "alternate", Type: "text/markdown", Href: f.link(e)}},
			Summary: atomText{Type: "text", Text: summaryText(e)},
		}
		if u := sourceURL(e); u != "" {
			entry.Links = append(entry.Links, atomLink{Rel: "via", Type: "text/html", Href: u})
		}
		feed.Entries = append(feed.Entries, entry)
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		return nil, fmt.Errorf("atom: %w", err)
	}
	b.WriteString("\n")
	return b.Bytes(), nil
}

// timestamp is the RFC 3339 start of a YYYY-MM-DD or YYYY-MM date.
func timestamp(date string) string {
	if len(date) == len("2006-01") {
		date += "-01"
	}
	return date + "T00:00:00Z"
}

// summaryText is the bullets as plain text, then the figures status.
func summaryText(e Entry) string {
	var lines []string
	for _, bl := range e.Bullets {
		lines = append(lines, "• "+unescape(bl))
	}
	lines = append(lines, "", strings.ToUpper(figuresLine(e.Figures, false)[:1])+figuresLine(e.Figures, false)[1:]+".")
	return strings.TrimLeft(strings.Join(lines, "\n"), "\n")
}

// uuidURN is a name-based UUID (version 5 layout) of name: the same
// briefing always gets the same entry id.
func uuidURN(name string) string {
	h := sha1.Sum([]byte(name))
	h[6] = (h[6] & 0x0f) | 0x50
	h[8] = (h[8] & 0x3f) | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}
