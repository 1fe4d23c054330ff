package metrics

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

// ContentType is the media type of the text exposition format.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// Check is one health or readiness check: nil when it passes.
type Check struct {
	Name string
	Run  func() error
}

// Handler serves /metrics (the Prometheus text format, gzipped when the
// scraper accepts it, as Prometheus does), /healthz (liveness: every check of health passes) and
// /readyz (readiness: every check of ready passes). A failing check
// answers 503 with one line per check ("ok NAME" or "failed NAME: why").
func (m *Metrics) Handler(health, ready []Check) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", m.serveMetrics)
	mux.Handle("GET /healthz", checksHandler(health))
	mux.Handle("GET /readyz", checksHandler(ready))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "smtpgw relay: /metrics (Prometheus), /healthz, /readyz\n")
	})
	return mux
}

func (m *Metrics) serveMetrics(w http.ResponseWriter, r *http.Request) {
	body, err := m.Exposition()
	if err != nil {
		http.Error(w, "An error has occurred while serving metrics:\n\n"+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ContentType)
	w.Header().Set("Cache-Control", "no-store")
	if !acceptsGzip(r.Header.Get("Accept-Encoding")) {
		w.Write(body)
		return
	}
	w.Header().Set("Content-Encoding", "gzip")
	w.Header().Add("Vary", "Accept-Encoding")
	gz := gzip.NewWriter(w)
	gz.Write(body)
	gz.Close()
}

// acceptsGzip reports whether an Accept-Encoding header lists gzip with a
// non-zero weight.
func acceptsGzip(h string) bool {
	for part := range strings.SplitSeq(h, ",") {
		coding, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
		return !ok || strings.Trim(q, "0.") != ""
	}
	return false
}

func checksHandler(checks []Check) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		ok := true
		for _, c := range checks {
			if err := c.Run(); err != nil {
				ok = false
				fmt.Fprintf(&b, "failed %s: %v\n", c.Name, err)
			} else {
				fmt.Fprintf(&b, "ok %s\n", c.Name)
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if !ok {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		fmt.Fprint(w, b.String())
	})
}

// Listen listens on addr for the metrics and health endpoints.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s for metrics: %w (choose another metrics address)", addr, err)
	}
	return ln, nil
}

// Serve serves h on ln until ctx is done.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second}
	stop := context.AfterFunc(ctx, func() {
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	})
	defer stop()
	err := srv.Serve(ln)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
