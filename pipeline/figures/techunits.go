package figures

// Units of technology news (N17): screen sizes, storage, bit rates,
// frequencies and pixels. Each family shares a base in metricBase, so that
// a changed prefix (64 Go -> 64 MB, 100 Mbit/s -> 100 Gbps) is a scale
// error like MW -> GW, not a conversion.

// techCased are unit symbols whose case tells them apart from words or
// from each other: "Go" is a gigabyte but "go" a verb, "MB" a megabyte
// but "Mb" a megabit, "KO" a knock-out. Read from the token as written.
var techCased = map[Lang]map[string]string{
	French: {
		"Ko": "kB", "ko": "kB", "Mo": "MB", "Go": "GB", "To": "TB", "Po": "PB",
		"KB": "kB", "MB": "MB", "GB": "GB", "TB": "TB", // the English symbols, as French writers use them too
		"Kb": "kbit", "kb": "kbit", "Mb": "Mbit", "Gb": "Gbit", "Tb": "Tbit",
	},
	English: {
		"KB": "kB", "kB": "kB", "MB": "MB", "GB": "GB", "TB": "TB", "PB": "PB", "gb": "GB",
		"Kb": "kbit", "kb": "kbit", "Mb": "Mbit", "Gb": "Gbit", "Tb": "Tbit",
	},
}

// techWords are unit words and symbols no other word is spelled like;
// they join unitWords (read folded to lower case).
var techWords = map[string]string{
	"pouces": "in", "pouce": "in", "octets": "B", "octet": "B", "bytes": "B", "byte": "B",
	"kilooctets": "kB", "mégaoctets": "MB", "megaoctets": "MB", "gigaoctets": "GB", "téraoctets": "TB",
	"kilooctet": "kB", "mégaoctet": "MB", "megaoctet": "MB", "gigaoctet": "GB", "téraoctet": "TB",
	"pétaoctets": "PB", "pétaoctet": "PB", "petaoctets": "PB", "teraoctets": "TB", "teraoctet": "TB",
	"petabyte": "PB", "térabit": "Tbit", "gigabit": "Gbit", "mégabit": "Mbit", "megabit": "Mbit",
	"kilobytes": "kB", "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB", "petabytes": "PB",
	"kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB",
	"bits": "bit", "bit": "bit", "kilobits": "kbit", "mégabits": "Mbit", "megabits": "Mbit",
	"gigabits": "Gbit", "térabits": "Tbit", "terabits": "Tbit", "kbit": "kbit", "mbit": "Mbit",
	"gbit": "Gbit", "tbit": "Tbit", "kbps": "kbit/s", "mbps": "Mbit/s", "gbps": "Gbit/s", "tbps": "Tbit/s",
	"hz": "Hz", "hertz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz", "kilohertz": "kHz",
	"mégahertz": "MHz", "megahertz": "MHz", "gigahertz": "GHz",
	"pixels": "px", "pixel": "px", "px": "px", "mégapixels": "Mpx", "megapixels": "Mpx",
	"megapixel": "Mpx", "mégapixel": "Mpx", "mpx": "Mpx",
	// "nm" is a nanometre in chip news and a nautical mile in sailing
	// copy: one code, which the matcher lets answer "milles" (nmi) too
	"nm": "nm", "nanomètres": "nm", "nanomètre": "nm", "nanometres": "nm", "nanometers": "nm", "nanometre": "nm", "nanometer": "nm",
}

// techBase: each family's base and power of ten.
var techBase = map[string]unitScale{
	"B": {"B", 0}, "kB": {"B", 3}, "MB": {"B", 6}, "GB": {"B", 9}, "TB": {"B", 12}, "PB": {"B", 15},
	"bit": {"bit", 0}, "kbit": {"bit", 3}, "Mbit": {"bit", 6}, "Gbit": {"bit", 9}, "Tbit": {"bit", 12},
	"kbit/s": {"bit/s", 3}, "Mbit/s": {"bit/s", 6}, "Gbit/s": {"bit/s", 9}, "Tbit/s": {"bit/s", 12},
	"kB/s": {"B/s", 3}, "MB/s": {"B/s", 6}, "GB/s": {"B/s", 9},
	"Hz": {"Hz", 0}, "kHz": {"Hz", 3}, "MHz": {"Hz", 6}, "GHz": {"Hz", 9}, "px": {"px", 0}, "Mpx": {"px", 6},
}

// techEnglishUnits writes each technology unit as its symbol, but for
// the three that read better spelled out.
func techEnglishUnits() map[string]string {
	out := map[string]string{}
	for u := range techBase {
		out[u] = u
	}
	out["in"], out["px"], out["Mpx"], out["nm"] = "inches", "pixels", "megapixels", "nm"
	return out
}

// techUnitAt reads a unit symbol whose case matters at j, "Go", "MB",
// "Mb", or an inch or megapixels written against an English number
// ("6.1in", "50MP").
func (p *parser) techUnitAt(j int) string {
	if j >= len(p.toks) || p.toks[j].kind != tWord {
		return ""
	}
	if u := techCased[p.lang][p.toks[j].text]; u != "" {
		return u
	}
	if p.lang == English && p.glued(j) && p.num(j-1) != nil {
		switch p.toks[j].text {
		case "in":
			return "in"
		case "MP":
			return "Mpx" // "a 50MP sensor"; spaced, "50 MP" may be members of parliament
		}
	}
	return ""
}

// timesSign reads an "x" or "×" after a number. Between two numbers it
// joins the sides of a resolution or a size, "3 840 x 2 160 pixels",
// "1920x1080": the first number stands alone (-1 keeps it, using
// nothing). Glued to the number and followed by none it is a factor, "a
// 5x zoom", "3×". Otherwise it is not this reader's (0).
func (p *parser) timesSign(m *Mention, j int) int {
	x := p.word(j) == "x" || p.sym(j) == "×"
	if !x {
		return 0
	}
	if p.num(j+1) != nil {
		return -1
	}
	if p.glued(j) && (j+1 >= len(p.toks) || !p.glued(j+1) || p.toks[j+1].kind == tSym) {
		m.Kind, m.style = Multiplier, "factor"
		return 1 + p.factorAfter(m, j+1) // "100,000x fewer": divided by 100,000
	}
	return 0
}
