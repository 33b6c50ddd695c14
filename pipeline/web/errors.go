package web

import (
	"errors"
	"fmt"
)

// The ways a fetch fails. A caller sorts them with IsBadInput: bad input
// is the user's to fix (exit 2), the rest is a failure worth a retry later
// (exit 1).
var (
	ErrScheme      = errors.New("only http and https addresses can be fetched")
	ErrNotFound    = errors.New("no page at this address; check it")
	ErrStatus      = errors.New("the server refused the request")
	ErrRedirects   = errors.New("too many redirects")
	ErrTooLarge    = errors.New("the page is too large for an article")
	ErrUnsupported = errors.New("not an HTML page or an RSS/Atom feed")
	ErrEmpty       = errors.New("the server sent an empty page")
	ErrServer      = errors.New("the server failed; try again later")
	ErrNetwork     = errors.New("network error; check the connection and try again")
)

// badInput are the errors that retrying the same address cannot fix.
var badInput = []error{ErrScheme, ErrNotFound, ErrStatus, ErrRedirects, ErrTooLarge, ErrUnsupported, ErrEmpty}

// Error is a failed fetch of one address.
type Error struct {
	URL      string // without credentials
	Status   int    // the last HTTP status; 0 when no response came
	Attempts int    // requests sent
	Err      error  // wraps one of the Err* values above
}

// Error starts with the address, without credentials.
func (e *Error) Error() string { return e.URL + ": " + e.Err.Error() }

// Unwrap gives errors.Is access to the Err* value.
func (e *Error) Unwrap() error { return e.Err }

// IsBadInput reports an error the user must fix (a wrong address, a page
// that is not an article or a feed): exit 2 rather than 1.
func IsBadInput(err error) bool {
	for _, b := range badInput {
		if errors.Is(err, b) {
			return true
		}
	}
	return false
}

// attemptsNote says how often a request was tried, when more than once.
func attemptsNote(n int) string {
	if n > 1 {
		return fmt.Sprintf(" after %d attempts", n)
	}
	return ""
}
