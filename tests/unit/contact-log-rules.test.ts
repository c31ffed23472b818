import { characterCount, fromDateTimeInputs, toDateTimeInputs } from '@/components/contacts/page/date-time';
import { StaffRole } from '@/services/staff/staff-role';
import type { Viewer } from '@/services/auth/viewer';
import {
  canEditContactLog, contactLogCursor, MAX_CONTACTED_AHEAD_MS, textLength, validateClosingNote, validateContactLogValues, type ContactLogValues,
} from '@/services/contacts/contact-log.service';
import { DomainError } from '@/services/errors/domain-error';
import { aViewer } from '../helpers/viewers';
import { decodeCursor } from '@/services/pagination/cursor';

const now = new Date('2020-06-10T05:10:00.000Z');
const base: ContactLogValues = { contactedAt: now, methodId: 1, statusId: 3, note: '', content: '', nextFollowUpAt: null };

function failure(fn: () => unknown): { field?: string; key: string; params: Record<string, unknown> } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, key: error.messageKey, params: error.params };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('validateContactLogValues', () => {
  it('trims note and content and keeps the rest', () => {
    expect(validateContactLogValues({ ...base, note: '  免費試做 ', content: ' 想試 facial\n' }, now)).toEqual({ ...base, note: '免費試做', content: '想試 facial' });
  });

  it('counts characters, not UTF-16 units: 500 emoji or CJK characters fit, 501 do not', () => {
    expect(validateContactLogValues({ ...base, note: '😀'.repeat(500) }, now).note).toHaveLength(1000);
    expect(failure(() => validateContactLogValues({ ...base, note: '好'.repeat(501) }, now))).toEqual({ field: 'note', key: 'tooLong', params: { max: 500 } });
    expect(failure(() => validateContactLogValues({ ...base, content: 'x'.repeat(501) }, now))).toMatchObject({ field: 'content', key: 'tooLong' });
    expect(textLength('😀好a')).toBe(3);
  });

  it('allows a contact time up to a day ahead, not later', () => {
    const limit = new Date(now.getTime() + MAX_CONTACTED_AHEAD_MS);
    expect(validateContactLogValues({ ...base, contactedAt: limit }, now).contactedAt).toBe(limit);
    expect(failure(() => validateContactLogValues({ ...base, contactedAt: new Date(limit.getTime() + 1) }, now))).toMatchObject({ field: 'contactedAt', key: 'tooFarAhead' });
    expect(failure(() => validateContactLogValues({ ...base, contactedAt: new Date('nope') }, now))).toMatchObject({ field: 'contactedAt', key: 'invalidDateTime' });
  });

  it('wants the next follow-up at or after the contact', () => {
    expect(validateContactLogValues({ ...base, nextFollowUpAt: now }, now).nextFollowUpAt).toBe(now);
    expect(failure(() => validateContactLogValues({ ...base, nextFollowUpAt: new Date(now.getTime() - 60_000) }, now))).toMatchObject({
      field: 'nextFollowUpAt',
      key: 'beforeContactedAt',
    });
  });
});

describe('validateClosingNote', () => {
  it('is required and at most 500 characters', () => {
    expect(validateClosingNote('  done ')).toBe('done');
    expect(failure(() => validateClosingNote('   '))).toMatchObject({ field: 'closingNote', key: 'required' });
    expect(failure(() => validateClosingNote('x'.repeat(501)))).toMatchObject({ field: 'closingNote', key: 'tooLong' });
  });
});

describe('canEditContactLog', () => {
  const viewer = (staffId: number, roles: StaffRole[]): Viewer => aViewer({ staffId, roles });
  it('lets the author, managers and admins edit; not other staff', () => {
    expect(canEditContactLog(viewer(7, [StaffRole.SALESPERSON]), { createdById: 7 })).toBe(true);
    expect(canEditContactLog(viewer(8, [StaffRole.SALESPERSON]), { createdById: 7 })).toBe(false);
    expect(canEditContactLog(viewer(9, [StaffRole.MANAGER]), { createdById: 7 })).toBe(true);
    expect(canEditContactLog(viewer(9, [StaffRole.ADMIN]), { createdById: 7 })).toBe(true);
    expect(canEditContactLog(viewer(9, [StaffRole.FRONT_DESK, StaffRole.BEAUTICIAN]), { createdById: 7 })).toBe(false);
  });
});

describe('contactLogCursor', () => {
  it('holds the contact time and id', () => {
    expect(decodeCursor(contactLogCursor({ contactedAt: now, id: 42 }), 2)).toEqual([now.toISOString(), 42]);
  });
});

describe('the form\'s date and time inputs', () => {
  it('show an instant in the salon\'s time zone and read it back', () => {
    expect(toDateTimeInputs(now, 'Asia/Hong_Kong')).toEqual({ date: '2020-06-10', time: '13:10' });
    expect(toDateTimeInputs(now, 'Asia/Bangkok')).toEqual({ date: '2020-06-10', time: '12:10' });
    expect(fromDateTimeInputs('2020-06-10', '13:10', 'Asia/Hong_Kong')?.toISOString()).toBe(now.toISOString());
    expect(fromDateTimeInputs('2020-06-11', '00:30', 'Asia/Hong_Kong')?.toISOString()).toBe('2020-06-10T16:30:00.000Z');
  });

  it('refuse missing or impossible values', () => {
    expect(fromDateTimeInputs('', '13:10', 'Asia/Hong_Kong')).toBeNull();
    expect(fromDateTimeInputs('2020-02-30', '13:10', 'Asia/Hong_Kong')).toBeNull();
    expect(fromDateTimeInputs('2020-06-10', '25:00', 'Asia/Hong_Kong')).toBeNull();
  });

  it('count characters like the server', () => {
    expect(characterCount('😀好')).toBe(2);
  });
});
