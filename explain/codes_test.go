package explain

import "testing"

// basicCode and detailOf search the static tables by halves: they must be
// sorted, without duplicates, and find every entry (and nothing between).
func TestCodeTablesSortedAndFound(t *testing.T) {
	for i, e := range basicCodeTable {
		if i > 0 && basicCodeTable[i-1].code >= e.code {
			t.Fatalf("basicCodeTable: %d after %d", e.code, basicCodeTable[i-1].code)
		}
		if got, ok := basicCode(e.code); !ok || got != e.info {
			t.Errorf("basicCode(%d) = %v, %v", e.code, got, ok)
		}
		if _, ok := basicCode(e.code + 1); ok != (i+1 < len(basicCodeTable) && basicCodeTable[i+1].code == e.code+1) {
			t.Errorf("basicCode(%d) found = %v", e.code+1, ok)
		}
	}
	for _, c := range []int{0, 199, 600} {
		if _, ok := basicCode(c); ok {
			t.Errorf("basicCode(%d) found", c)
		}
	}
	for i, e := range enhancedDetailTable {
		if i > 0 {
			p := enhancedDetailTable[i-1]
			if p.subject > e.subject || p.subject == e.subject && p.detail >= e.detail {
				t.Fatalf("enhancedDetailTable: %d.%d after %d.%d", e.subject, e.detail, p.subject, p.detail)
			}
		}
		if got, ok := detailOf(e.subject, e.detail); !ok || got != e.info {
			t.Errorf("detailOf(%d, %d) = %v, %v", e.subject, e.detail, got, ok)
		}
		if got, ok := enhancedDetails.Get()[itoa(e.subject)+"."+itoa(e.detail)]; !ok || got != e.info {
			t.Errorf("enhancedDetails[%d.%d] = %v, %v", e.subject, e.detail, got, ok)
		}
	}
	for _, sd := range [][2]int{{0, 1}, {1, 99}, {8, 0}, {7, 31}, {-1, 0}} {
		if _, ok := detailOf(sd[0], sd[1]); ok {
			t.Errorf("detailOf(%d, %d) found", sd[0], sd[1])
		}
	}
}
