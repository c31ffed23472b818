import { auditEntryForScope } from '../../services/visibility/audit-visibility';
import type { ContactScope } from '../../services/visibility/contact-visibility';

const own: ContactScope = { kind: 'salespeople', salespersonIds: [5] };
const entry = (action: string, before: object | null, after: object | null) => ({
  id: 1,
  action,
  before: before ? JSON.stringify(before) : null,
  after: after ? JSON.stringify(after) : null,
});
const read = (e: { before: string | null; after: string | null }) => ({ before: e.before && JSON.parse(e.before), after: e.after && JSON.parse(e.after) });

describe('audit entries as a contact scope may read them', () => {
  it('shows an assignment to a salesperson in scope as it is', () => {
    const e = entry('campaignAssigned', null, { campaignId: 3, salespersonId: 5 });
    expect(auditEntryForScope(e, own)).toEqual(e);
  });

  it('hides the salesperson and the campaign of an assignment outside the scope', () => {
    expect(read(auditEntryForScope(entry('campaignAssigned', null, { campaignId: 3, salespersonId: 9 }), own))).toEqual({
      before: null,
      after: { campaignId: null, salespersonId: null },
    });
  });

  it('keeps the campaign of a move from the viewer to another, hiding only the other', () => {
    expect(read(auditEntryForScope(entry('campaignReassigned', { campaignId: 3, salespersonId: 5 }, { campaignId: 3, salespersonId: 9 }), own))).toEqual({
      before: { campaignId: 3, salespersonId: 5 },
      after: { campaignId: 3, salespersonId: null },
    });
  });

  it('hides a move between two salespeople outside the scope', () => {
    expect(read(auditEntryForScope(entry('campaignReassigned', { campaignId: 3, salespersonId: 8 }, { campaignId: 3, salespersonId: 9 }), own))).toEqual({
      before: { campaignId: null, salespersonId: null },
      after: { campaignId: null, salespersonId: null },
    });
  });

  it('hides everything from a viewer who sees no contacts', () => {
    const e = auditEntryForScope(entry('campaignAssigned', null, { campaignId: 3, salespersonId: 5 }), { kind: 'salespeople', salespersonIds: [] });
    expect(read(e).after).toEqual({ campaignId: null, salespersonId: null });
  });

  it('leaves every entry alone for a viewer who sees all contacts, and other entries for everyone', () => {
    const assigned = entry('campaignAssigned', null, { campaignId: 3, salespersonId: 9 });
    expect(auditEntryForScope(assigned, { kind: 'all' })).toBe(assigned);
    const update = entry('update', { salespersonId: 9 }, { salespersonId: 8 });
    expect(auditEntryForScope(update, own)).toBe(update);
  });

  it('keeps the entry\'s class, so its GraphQL type still resolves', () => {
    class Entry {
      constructor(public action: string, public before: string | null, public after: string | null) {}
    }
    const redacted = auditEntryForScope(new Entry('campaignAssigned', null, '{"campaignId":3,"salespersonId":9}'), own);
    expect(redacted).toBeInstanceOf(Entry);
  });
});
