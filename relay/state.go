package relay

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"time"

	"github.com/smtpgw/smtpgw/relay/deliver"
	"github.com/smtpgw/smtpgw/relay/spool"
)

// StateFile is what the running relay keeps in its spool
// (spool.RelayStateFile) for `smtpgw queue status`, which runs in another
// process: the per-destination delivery state, replaced atomically every
// stateEvery while it changes, and at stop.
type StateFile struct {
	Updated      time.Time                  `json:"updated"`
	PID          int                        `json:"pid"`
	Destinations []deliver.DestinationState `json:"destinations"`
}

// stateEvery is how often the state file is rewritten (when it changed).
const stateEvery = 2 * time.Second

// saveState writes the state file when the destinations changed since
// last (last holds what was written).
func (r *Relay) saveState(last *[]byte) {
	ds := r.Destinations()
	b, err := json.Marshal(ds)
	if err != nil || bytes.Equal(b, *last) {
		return
	}
	out, err := json.MarshalIndent(StateFile{Updated: time.Now().UTC(), PID: os.Getpid(), Destinations: ds}, "", "  ")
	if err != nil {
		return
	}
	if err := r.Spool.WriteRelayState(out); err != nil {
		r.opts.Logger.Warn("cannot write the relay state file", "file", r.Spool.Dir+"/"+spool.RelayStateFile, "err", err)
		return
	}
	*last = b
}

// stateLoop writes the state file until stop is closed, then once more.
func (r *Relay) stateLoop(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	var last []byte
	t := time.NewTicker(stateEvery)
	defer t.Stop()
	for {
		select {
		case <-stop:
			r.saveState(&last)
			return
		case <-t.C:
			r.saveState(&last)
		}
	}
}

// QueueStatus is the spool at a glance and the relay's delivery state per
// destination: what `smtpgw queue status` shows.
type QueueStatus struct {
	Spool        string    `json:"spool"`
	RelayRunning bool      `json:"relay_running"`
	Queued       int       `json:"queued"`
	Recipients   int       `json:"pending_recipients"`
	Failed       int       `json:"failed"`
	Damaged      int       `json:"damaged"`
	Oldest       time.Time `json:"oldest_queued,omitzero"`
	// StateUpdated is when the relay last wrote its destination state
	// (zero: it never did); when no relay runs, the state is its last.
	StateUpdated time.Time                  `json:"state_updated,omitzero"`
	Destinations []deliver.DestinationState `json:"destinations"`
}

// Status reads the spool's queue and the relay's state file.
func Status(sp *spool.Spool) (QueueStatus, error) {
	st := QueueStatus{Spool: sp.Dir, RelayRunning: sp.RelayRunning(), Destinations: []deliver.DestinationState{}}
	for _, dir := range []string{spool.DirQueue, spool.DirFailed, spool.DirCorrupt} {
		ms, err := sp.List(dir)
		if err != nil {
			return st, err
		}
		for _, m := range ms {
			switch {
			case m.Damaged != "" || dir == spool.DirCorrupt:
				st.Damaged++
			case dir == spool.DirFailed:
				st.Failed++
			default:
				st.Queued++
				for _, r := range m.State.Rcpts {
					if r.Status == spool.StatusPending {
						st.Recipients++
					}
				}
				if st.Oldest.IsZero() || m.Envelope.Received.Before(st.Oldest) {
					st.Oldest = m.Envelope.Received
				}
			}
		}
	}
	b, err := sp.ReadRelayState()
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	var sf StateFile
	if err := json.Unmarshal(b, &sf); err != nil {
		return st, errors.New("the relay state file " + sp.Dir + "/" + spool.RelayStateFile + " is damaged: " + err.Error())
	}
	st.StateUpdated = sf.Updated
	if sf.Destinations != nil {
		st.Destinations = sf.Destinations
	}
	return st, nil
}
