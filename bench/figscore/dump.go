package main

import (
	"encoding/json"
	"io"
)

// dumpReports writes one line per pair: its id and the verifier's whole
// report, findings and rows included.
func dumpReports(w io.Writer, pairs []pair) error {
	enc := json.NewEncoder(w)
	for _, p := range pairs {
		line := struct {
			ID     string `json:"id"`
			Report any    `json:"report"`
		}{p.ID, verify(p)}
		if err := enc.Encode(line); err != nil {
			return err
		}
	}
	return nil
}
