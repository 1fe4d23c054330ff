package relay

import (
	"errors"

	"github.com/smtpgw/smtpgw/relay/spool"
)

// QueueListing is what `smtpgw queue list` shows: the messages of the
// queue (with the damaged files the relay moved to corrupt/ after them)
// or of failed/.
type QueueListing struct {
	Dir      string           // spool.DirQueue or spool.DirFailed
	Messages []*spool.Message // oldest first; never nil
	Damaged  int              // how many of Messages are damaged files
}

// ListQueue lists the queue, or failed/ when failed is set.
func ListQueue(sp *spool.Spool, failed bool) (*QueueListing, error) {
	l := &QueueListing{Dir: spool.DirQueue, Messages: []*spool.Message{}}
	if failed {
		l.Dir = spool.DirFailed
	}
	ms, err := sp.List(l.Dir)
	if err != nil {
		return nil, err
	}
	l.Messages = append(l.Messages, ms...)
	if !failed {
		// damaged files the relay moved out of the queue
		corrupt, err := sp.List(spool.DirCorrupt)
		if err != nil {
			return nil, err
		}
		l.Messages = append(l.Messages, corrupt...)
	}
	for _, m := range l.Messages {
		if m.Damaged != "" {
			l.Damaged++
		}
	}
	return l, nil
}

// RetryAllResult is what asking to retry the whole queue did.
type RetryAllResult struct {
	Queued    int              // messages in the queue when asked
	Requested []string         // ids now due, oldest first
	Damaged   []DamagedMessage // damaged files, not retried
	// FailedLeft counts the messages of failed/: they go back to the
	// queue only by id.
	FailedLeft int
}

// DamagedMessage is a spool file that cannot be delivered.
type DamagedMessage struct {
	ID, Reason string
}

// RetryAll asks for every queued message to be tried now. A message
// delivered meanwhile is skipped; a damaged one is listed, not retried.
func RetryAll(sp *spool.Spool) (*RetryAllResult, error) {
	ids, err := sp.IDs(spool.DirQueue)
	if err != nil {
		return nil, err
	}
	res := &RetryAllResult{Queued: len(ids)}
	for _, id := range ids {
		err := sp.Retry(id)
		var de *spool.DamagedError
		switch {
		case err == nil:
			res.Requested = append(res.Requested, id)
		case errors.Is(err, spool.ErrNotFound):
			// delivered meanwhile
		case errors.As(err, &de):
			res.Damaged = append(res.Damaged, DamagedMessage{ID: id, Reason: de.Reason})
		default:
			return res, &RetryError{ID: id, Err: err}
		}
	}
	if failed, err := sp.IDs(spool.DirFailed); err == nil {
		res.FailedLeft = len(failed)
	}
	return res, nil
}

// RetryError is a message that could not be retried.
type RetryError struct {
	ID  string
	Err error
}

func (e *RetryError) Error() string { return e.ID + ": " + e.Err.Error() }
func (e *RetryError) Unwrap() error { return e.Err }
