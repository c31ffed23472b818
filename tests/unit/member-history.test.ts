import {
  boundFor, compareHistoryKeys, historyCursorText, kindsToRead, mergeHistory, parseHistoryCursorText, type HistoryKey, type HistoryKind, type SourceBound,
} from '../../services/members/member-history';

const at = (iso: string) => Date.parse(iso);
const row = (iso: string, kind: HistoryKind, id: number) => ({ key: { at: at(iso), kind, id } });

/** A source's rows after a bound, as the SQL reads them (its own at/id order). */
function passes(bound: SourceBound, key: HistoryKey): boolean {
  const t = bound.at.getTime();
  if (bound.op === 'atMost') return key.at <= t;
  if (bound.op === 'before') return key.at < t;
  return key.at < t || (key.at === t && key.id < bound.id);
}

describe('member history order', () => {
  it('puts newer rows first, then a fixed kind order at the same instant, then the higher id', () => {
    const rows = [
      row('2030-01-01T10:00:00Z', 'CONTACT', 1),
      row('2030-01-02T10:00:00Z', 'INVOICE', 3),
      row('2030-01-01T10:00:00Z', 'VISIT', 2),
      row('2030-01-01T10:00:00Z', 'VISIT', 9),
      row('2030-01-01T10:00:00Z', 'RETURN', 4),
    ];
    const sorted = [...rows].sort((a, b) => compareHistoryKeys(a.key, b.key)).map((r) => `${r.key.kind}:${r.key.id}`);
    expect(sorted).toEqual(['INVOICE:3', 'VISIT:9', 'VISIT:2', 'RETURN:4', 'CONTACT:1']);
  });
});

describe('mergeHistory', () => {
  it('merges per-source streams into one page and sees a further row in any stream', () => {
    const visits = [row('2030-01-05T00:00:00Z', 'VISIT', 5), row('2030-01-01T00:00:00Z', 'VISIT', 1)];
    const invoices = [row('2030-01-04T00:00:00Z', 'INVOICE', 4), row('2030-01-03T00:00:00Z', 'INVOICE', 3)];
    const contacts = [row('2030-01-02T00:00:00Z', 'CONTACT', 2)];
    const page = mergeHistory([visits, invoices, contacts], 3);
    expect(page.nodes.map((r) => r.key.id)).toEqual([5, 4, 3]);
    expect(page.hasNextPage).toBe(true);
    expect(mergeHistory([visits, invoices, contacts], 5).hasNextPage).toBe(false);
    expect(mergeHistory([], 5)).toEqual({ nodes: [], hasNextPage: false });
  });

  it('pages through a timeline with ties across sources without losing or repeating a row', () => {
    const sameInstant = '2030-03-01T09:00:00Z';
    const timeline: Record<HistoryKind, Array<{ key: HistoryKey }>> = {
      VISIT: [row(sameInstant, 'VISIT', 7), row(sameInstant, 'VISIT', 6), row('2030-02-01T00:00:00Z', 'VISIT', 1)],
      BOOKING: [row('2030-04-01T00:00:00Z', 'BOOKING', 8), row(sameInstant, 'BOOKING', 2)],
      INVOICE: [row(sameInstant, 'INVOICE', 5), row('2030-01-01T00:00:00Z', 'INVOICE', 3)],
      RETURN: [row(sameInstant, 'RETURN', 1)],
      CONTACT: [row(sameInstant, 'CONTACT', 9), row('2029-12-31T00:00:00Z', 'CONTACT', 4)],
      LEVEL: [row(sameInstant, 'LEVEL', 3), row('2030-02-15T00:00:00Z', 'LEVEL', 2)],
    };
    const expected = Object.values(timeline).flat().sort((a, b) => compareHistoryKeys(a.key, b.key));
    for (const first of [1, 2, 3, 4]) {
      const seen: HistoryKey[] = [];
      let cursor: HistoryKey | null = null;
      for (let guard = 0; guard < 20; guard += 1) {
        const streams = (Object.keys(timeline) as HistoryKind[]).map((kind) =>
          timeline[kind].filter((r) => !cursor || passes(boundFor(kind, cursor), r.key)).slice(0, first + 1),
        );
        const page = mergeHistory(streams, first);
        seen.push(...page.nodes.map((n) => n.key));
        if (!page.hasNextPage) break;
        cursor = page.nodes[page.nodes.length - 1].key;
      }
      expect(seen).toEqual(expected.map((r) => r.key));
    }
  });
});

describe('boundFor', () => {
  const cursor: HistoryKey = { at: at('2030-01-01T00:00:00Z'), kind: 'INVOICE', id: 10 };
  it('lets later-ranked sources share the instant, keeps earlier-ranked ones strictly older, and ties the same source by id', () => {
    expect(boundFor('RETURN', cursor)).toEqual({ op: 'atMost', at: new Date(cursor.at) });
    expect(boundFor('CONTACT', cursor).op).toBe('atMost');
    expect(boundFor('VISIT', cursor)).toEqual({ op: 'before', at: new Date(cursor.at) });
    expect(boundFor('INVOICE', cursor)).toEqual({ op: 'beforeRow', at: new Date(cursor.at), id: 10 });
  });
});

describe('kindsToRead', () => {
  it('reads every kind by default and leaves the sales kinds out without sales.view', () => {
    expect(kindsToRead(null, true)).toEqual(['VISIT', 'BOOKING', 'INVOICE', 'RETURN', 'CONTACT', 'LEVEL']);
    expect(kindsToRead([], false)).toEqual(['VISIT', 'BOOKING', 'CONTACT', 'LEVEL']);
    expect(kindsToRead(['INVOICE', 'CONTACT'], false)).toEqual(['CONTACT']);
    expect(kindsToRead(['RETURN', 'INVOICE'], true)).toEqual(['INVOICE', 'RETURN']);
  });
});

describe('history cursor text', () => {
  it('round-trips a key and refuses anything else', () => {
    const key: HistoryKey = { at: at('2030-01-01T01:02:03.456Z'), kind: 'CONTACT', id: 42 };
    expect(parseHistoryCursorText(historyCursorText(key))).toEqual(key);
    for (const bad of ['', 'x', '[]', '["2030-01-01T00:00:00Z","NOPE",1]', '["nope","VISIT",1]', '["2030-01-01T00:00:00Z","VISIT",0]', '["2030-01-01T00:00:00Z","VISIT",1.5]']) {
      expect(parseHistoryCursorText(bad)).toBeNull();
    }
  });
});
