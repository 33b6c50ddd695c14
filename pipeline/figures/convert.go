package figures

import (
	"math"
	"math/big"
	"strings"
)

// conversions are the factors from a metric unit to the imperial one an
// English text may give instead (N17).
var conversions = map[[2]string]float64{
	{"km", "mi"}: 0.621371, {"km/h", "mph"}: 0.621371, {"m", "ft"}: 3.28084, {"m", "yd"}: 1.09361, {"cm", "in"}: 0.393701, {"m", "in"}: 39.3701,
	{"kg", "lb"}: 2.20462, {"g", "oz"}: 0.035274, {"kg", "oz"}: 35.274, {"ha", "acre"}: 2.47105, {"m3", "l"}: 1000, {"ha", "mi2"}: 0.00386102, {"km2", "acre"}: 247.105, {"km2", "mi2"}: 0.386102, {"m2", "ft2"}: 10.7639,
	{"l", "gal"}: 0.264172, {"cl", "oz"}: 0.33814, {"ml", "oz"}: 0.033814, {"l", "oz"}: 33.814, {"t", "lb"}: 2204.62, {"kn", "km/h"}: 1.852, {"kn", "mph"}: 1.15078,
	{"nmi", "km"}: 1.852, {"nmi", "mi"}: 1.15078, {"m3", "ft3"}: 35.3147, {"m3", "gal"}: 264.172, {"m3", "bbl"}: 6.28981,
	{"m", "mi"}: 0.000621371, {"mm", "in"}: 0.0393701, {"km", "ft"}: 3280.84, {"cm", "ft"}: 0.0328084,
}

// sameScale are units that say the same thing: degrees alone and degrees
// Celsius in a French text.
func sameScale(a, b string) bool {
	return a == "°" && (b == "°C" || b == "°F") || b == "°" && (a == "°C" || a == "°F")
}

// unitChange judges a source and an English quantity in different units:
// a conversion is plausible only when the number changed by the
// conversion factor, within the rounding the English wrote; the same
// number in another unit, or a number no factor explains, is an error.
func unitChange(s, t Mention) verdict {
	sv, tv := s.Rat(), t.Rat()
	if sv == nil || tv == nil {
		return verdict{true, "unit", Error, "N17", "unit differs (" + s.Unit + " vs " + t.Unit + ")"}
	}
	a, _ := sv.Float64()
	b, _ := tv.Float64()
	if a == b && s.Comparator == t.Comparator && !sameScale(s.Unit, t.Unit) {
		// A translator who converts writes another number: 50 m is 55
		// yards, so "50 yards" kept the number and changed the unit (and
		// "more than 1,000 miles" for "plus de 1 000 km", bound or not).
		return verdict{true, "unit", Error, "N17", "unit differs (" + s.Unit + " written " + t.Unit + ") and the number was not converted"}
	}
	if conv, ok := converted(a, s.Unit, t.Unit); ok && closeToUnit(conv, b, t) {
		return verdict{true, "unit", Warning, "N17", "converted from " + s.Unit + " to " + t.Unit + "; keep the original figure"}
	}
	if conv, ok := converted(a*1000, s.Unit, t.Unit); ok && englishComma(s.Raw) && closeToUnit(conv, b, t) {
		// "L'oléoduc de 2,735 km" with "the 1,700-mile pipeline": the
		// French kept an English thousands comma, which the conversion
		// confirms
		return verdict{true, "unit", Warning, "N17", "converted from " + s.Unit + " to " + t.Unit + ", from a source that writes " + s.Raw + " with an English comma; keep the original figure"}
	}
	if sameScale(s.Unit, t.Unit) {
		return verdict{true, "modified", Error, "N17", "value differs"}
	}
	return verdict{true, "unit", Error, "N17", "unit differs (" + s.Unit + " written " + t.Unit + ") and the number was not converted"}
}

// converted is a in unit from, expressed in unit to.
func converted(a float64, from, to string) (float64, bool) {
	if (from == "°C" || from == "°") && to == "°F" {
		return a*9/5 + 32, true
	}
	if from == "K" && to == "°C" {
		return a - 273.15, true // 290 kelvins (about 17°C)
	}
	if from == "K" && to == "°F" {
		return (a-273.15)*9/5 + 32, true
	}
	if f, ok := conversions[[2]string{from, to}]; ok {
		return a * f, true
	}
	if f, ok := conversions[[2]string{to, from}]; ok {
		return a / f, true
	}
	return 0, false
}

// closeTo: b, as written (value string v), is conv rounded: within half
// a unit of its last significant digit, or 3%.
func closeTo(conv, b float64, v string) bool {
	return math.Abs(conv-b) <= math.Max(0.03*math.Abs(conv), roundingStep(v)/2)
}

// roundingStep is the unit of the last significant digit of the value
// string v: 0.1 for "104.2", 10 for "80", 1 when v does not parse.
func roundingStep(v string) float64 {
	r, ok := new(big.Rat).SetString(v)
	if !ok {
		return 1
	}
	step := 1.0
	if !r.IsInt() {
		return math.Pow(10, -float64(len(v)-1-indexByte(v, '.')))
	}
	for n := r.Num(); n.Sign() != 0 && new(big.Int).Rem(n, big.NewInt(10)).Sign() == 0; n = new(big.Int).Quo(n, big.NewInt(10)) {
		step *= 10
	}
	return step
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return len(s) - 1
}

// fahrenheitOf: the English bare degrees t are the French degrees s
// (Celsius) converted to Fahrenheit, as rounded as t is written.
func fahrenheitOf(s, t Mention) bool {
	sv, tv := s.Rat(), t.Rat()
	if sv == nil || tv == nil {
		return false
	}
	a, _ := sv.Float64()
	b, _ := tv.Float64()
	return b > a && closeTo(a*9/5+32, b, t.Value)
}

// englishComma: a French number written as English groups its
// thousands, one to three digits, a comma and three more ("2,735 km").
func englishComma(raw string) bool {
	digits := strings.FieldsFunc(raw, func(r rune) bool { return r < '0' || r > '9' })
	if len(digits) != 2 || len(digits[0]) > 3 || len(digits[1]) != 3 {
		return false
	}
	k := strings.Index(raw, digits[0]) + len(digits[0])
	return k < len(raw) && raw[k] == ','
}
