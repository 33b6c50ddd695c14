package article

import (
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

// isoStart is the date at the start of an ISO 8601 timestamp; the date is
// kept as the page wrote it, in its own time zone, never converted.
var isoStart = regexp.MustCompile(`^\s*(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?:$|[T\s])`)

// isoDate is "YYYY-MM-DD" or "YYYY-MM" from s, the form of a
// `date 2021-02-18` header; "" when s does not start with such a date.
func isoDate(s string) string {
	m := isoStart.FindStringSubmatch(s)
	switch {
	case m == nil:
		return ""
	case m[3] == "":
		return m[1] + "-" + m[2]
	}
	return m[1] + "-" + m[2] + "-" + m[3]
}

// pickDate takes the publication date from, in order: the page's meta
// tags, its JSON-LD, what readability found elsewhere, and a <time>.
func pickDate(found readability.Article, h head) string {
	if d := isoDate(h.metaDate); d != "" {
		return d
	}
	if d := jsonLDDate(h.jsonLD); d != "" {
		return d
	}
	if t, err := found.PublishedTime(); err == nil && !t.IsZero() {
		// readability parses leniently; keep the date in the page's own zone.
		return t.Format("2006-01-02")
	}
	return isoDate(h.timeDate)
}

// jsonLDDate finds datePublished in JSON-LD blocks, preferring an
// article-typed object; it walks @graph and nested objects, which
// readability does not when @type is a list.
func jsonLDDate(blocks []string) string {
	var other string
	for _, b := range blocks {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(b)), &v) != nil {
			continue
		}
		if d, article := walkLD(v); d != "" {
			if article {
				return d
			}
			if other == "" {
				other = d
			}
		}
	}
	return other
}

// walkLD returns the first datePublished under v and whether it belongs
// to an article-typed object, preferring such an object.
func walkLD(v any) (string, bool) {
	var fallback string
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			d, article := walkLD(e)
			if article {
				return d, true
			}
			if fallback == "" {
				fallback = d
			}
		}
	case map[string]any:
		if s, ok := x["datePublished"].(string); ok && isoDate(s) != "" {
			if isArticleType(x["@type"]) {
				return isoDate(s), true
			}
			fallback = isoDate(s)
		}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			d, article := walkLD(x[k])
			if article {
				return d, true
			}
			if fallback == "" {
				fallback = d
			}
		}
	}
	return fallback, false
}

var articleType = regexp.MustCompile(`(?i)article|posting|report`)

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleType.MatchString(x)
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}
