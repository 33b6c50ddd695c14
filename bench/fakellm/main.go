// Command fakellm serves the project's fake OpenAI-compatible API on
// 127.0.0.1, for trying brief by hand and for the benchmarks.
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"brief/internal/fakellm"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "listen address (loopback only)")
	delay := flag.Duration("delay", 0, "delay every answer")
	lat := flag.String("latency", "", "latency mode, e.g. ttft=300ms,tps=60,cap=16[,queue][,retry-after=1s]")
	flag.Parse()
	host, _, err := net.SplitHostPort(*addr)
	if err != nil || (host != "127.0.0.1" && host != "localhost" && host != "::1") {
		fmt.Fprintln(os.Stderr, "fakellm: listen on a loopback address only, e.g. 127.0.0.1:8089")
		os.Exit(2)
	}
	l, err := fakellm.ParseLatency(*lat)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fakellm:", err)
		os.Exit(2)
	}
	srv := fakellm.New()
	srv.SetDelay(*delay)
	srv.SetLatency(l)
	srv.Close() // keep the handler, serve it on the requested address instead
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fakellm:", err)
		os.Exit(1)
	}
	fmt.Printf("OPENAI_BASE_URL=http://%s/v1 OPENAI_API_KEY=%s\n", ln.Addr(), fakellm.Token)
	s := &http.Server{Handler: srv.Config.Handler, ReadHeaderTimeout: 10 * time.Second}
	if err := s.Serve(ln); err != nil {
		fmt.Fprintln(os.Stderr, "fakellm:", err)
		os.Exit(1)
	}
}
