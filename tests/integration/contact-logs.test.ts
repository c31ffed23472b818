/**
 * Contact logs and follow-ups through the real GraphQL route, on SQLite and (with
 * TEST_DATABASE_URL) MariaDB: adding, editing and deleting logs keeps the contact member's
 * latest state right (also under parallel writes), validation names the field, permissions and
 * visibility hold, every change is audited, and the contact page's own documents work.
 */
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, validate, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  AuditLog, Branch, Campaign, CampaignMember, ContactLog, ContactMethod, ContactSettings, ContactStatus, ContactVisibility, MemberComment,
  type Member, type MemberGroup, type Staff,
} from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import * as contactPageDocuments from '../../components/contacts/page/contact-page-documents';
import { getSchema } from '../../graphql/schema';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { CLOSING_NOTE_MISSING, CLOSING_NOTE_TOO_LONG } from '../helpers/form-refusals';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let group: MemberGroup;
let manager: Staff;
let apple: Staff; // salesperson, TKO: writes the logs
let candy: Staff; // salesperson, TKO: sees only her own contacts
let holly: Staff; // salesperson, TST: may see Apple's contacts (explicit list)
let campaign: Campaign;
const cookies = new Map<number, string>();
const ids = { phone: 0, email: 0, sms: 0, notNotified: 0, booked: 0, noAnswer: 0, leftMessage: 0 };

const LOG_FIELDS = 'id contactedAt note content nextFollowUpAt canEdit method { id } status { id } createdBy { id } updatedBy { id }';
const ADD = `mutation ($input: ContactLogInput!) { addContactLog(input: $input) { ${LOG_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ContactLogUpdateInput!) { updateContactLog(id: $id, input: $input) { ${LOG_FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteContactLog(id: $id) }';
const END = `mutation ($id: ID!, $note: String!) {
  endFollowUp(contactMemberId: $id, closingNote: $note) { id followUpState followUpClosedAt followUpClosingNote }
}`;
const STATE = `query ($id: ID!) {
  contactMember(id: $id) {
    id status { id } lastContactAt lastLog { id } nextFollowUpAt followUpState followUpClosedAt followUpClosingNote
  }
}`;
const LOGS = `query ($id: ID!, $first: Int, $after: String) {
  contactMember(id: $id) { id logs(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${LOG_FIELDS} } } }
}`;

type Result = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

async function call(staff: Staff, query: string, variables: Record<string, unknown> = {}, locale = 'en'): Promise<Result> {
  if (!cookies.has(staff.id)) cookies.set(staff.id, await sessionCookieFor(staff));
  return (await gql(query, variables, { cookie: cookies.get(staff.id), locale })).body;
}

async function ok(staff: Staff, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const body = await call(staff, query, variables);
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data!;
}

function errorOf(body: Result) {
  expect(body.errors).toHaveLength(1);
  return { code: body.errors![0].extensions?.code, field: body.errors![0].extensions?.field, message: body.errors![0].message };
}

async function aContactMember(member: Member, salesperson: Staff): Promise<CampaignMember> {
  return ds.getRepository(CampaignMember).save({ campaignId: campaign.id, memberId: member.id, salespersonId: salesperson.id, statusId: ids.notNotified });
}

async function newContact(salesperson: Staff = apple, overrides: Partial<Member> = {}): Promise<CampaignMember> {
  return aContactMember(await aMember(ds, tko, group, overrides), salesperson);
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

async function addLog(cm: CampaignMember, extra: Record<string, unknown> = {}, by: Staff = apple) {
  const data = await ok(by, ADD, { input: { contactMemberId: String(cm.id), methodId: String(ids.phone), statusId: String(ids.noAnswer), ...extra } });
  return data.addContactLog as { id: string; contactedAt: string; canEdit: boolean; status: { id: string }; createdBy: { id: string } };
}

async function stateOf(cm: CampaignMember, by: Staff = manager) {
  return (await ok(by, STATE, { id: String(cm.id) })).contactMember;
}

async function row(cm: CampaignMember) {
  return ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id });
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'TKO' });
  tst = await aBranch(ds, { code: 'TST', name: 'TST' });
  group = await aMemberGroup(ds, { code: 'NEW', name: 'New' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { displayName: 'HKB2B Support', login: 'beauty' });
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { displayName: 'Apple Yu', login: 'is007' });
  candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { displayName: 'Candy Chan', login: 'is003' });
  holly = await aStaff(ds, tst, [StaffRole.SALESPERSON], { displayName: 'Holiday Tse', login: 'is005' });
  await ds.getRepository(ContactVisibility).save({ staffId: holly.id, ownBranch: false, otherBranches: false, all: false, staffIds: [apple.id] });
  campaign = await ds.getRepository(Campaign).save({ code: 'julybirth', name: '7月份生日優惠' });
  const status = async (key: ContactStatus['key']) => (await ds.getRepository(ContactStatus).findOneByOrFail({ key: key! })).id;
  const method = async (key: ContactMethod['key']) => (await ds.getRepository(ContactMethod).findOneByOrFail({ key: key! })).id;
  Object.assign(ids, {
    phone: await method('phone'), email: await method('email'), sms: await method('sms'),
    notNotified: await status('not_notified'), booked: await status('booked'), noAnswer: await status('no_answer'), leftMessage: await status('left_message'),
  });
});

afterAll(async () => {
  await db.drop();
});

describe('adding a log', () => {
  it('defaults the contact time to now, stores the row and shows it as the contact member\'s latest state', async () => {
    const cm = await newContact();
    const before = Math.floor(Date.now() / 1000) * 1000;
    const next = new Date(Date.now() + 3 * 86_400_000);
    const log = await addLog(cm, { note: '繁忙中, 6:30後聯絡', content: '會員想試做 facial', nextFollowUpAt: next.toISOString() });
    const after = Date.now();

    const at = new Date(log.contactedAt).getTime();
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
    expect(log).toMatchObject({ canEdit: true, status: { id: String(ids.noAnswer) }, createdBy: { id: String(apple.id) } });

    const stored = await ds.getRepository(ContactLog).findOneByOrFail({ id: Number(log.id) });
    expect(stored).toMatchObject({
      campaignMemberId: cm.id, campaignId: campaign.id, memberId: cm.memberId, methodId: ids.phone, statusId: ids.noAnswer,
      note: '繁忙中, 6:30後聯絡', content: '會員想試做 facial', createdById: apple.id, updatedById: apple.id,
    });
    expect(Math.abs(stored.nextFollowUpAt!.getTime() - next.getTime())).toBeLessThan(1000);

    const state = await stateOf(cm, apple);
    expect(state).toMatchObject({ status: { id: String(ids.noAnswer) }, lastLog: { id: log.id }, followUpState: 'FOLLOWING' });
    expect(new Date(state.lastContactAt).getTime()).toBe(at);
    expect(new Date(state.nextFollowUpAt).getTime()).toBe(stored.nextFollowUpAt!.getTime());
    expect(await row(cm)).toMatchObject({ lastLogId: Number(log.id), statusId: ids.noAnswer });
  });

  it('keeps a contact time the salesperson typed', async () => {
    const cm = await newContact();
    const at = new Date('2020-06-10T05:05:00.000Z');
    const log = await addLog(cm, { contactedAt: at.toISOString() });
    expect(log.contactedAt).toBe(at.toISOString());
    expect((await row(cm)).lastContactAt!.toISOString()).toBe(at.toISOString());
  });
});

describe('the latest log', () => {
  it('follows edits and deletes: an older log\'s edit leaves it, a later contact time takes it, deleting falls back to the previous and then to the default status', async () => {
    const cm = await newContact();
    const older = await addLog(cm, { contactedAt: minutesAgo(60).toISOString(), statusId: String(ids.leftMessage) });
    const newer = await addLog(cm, { contactedAt: minutesAgo(10).toISOString(), statusId: String(ids.noAnswer) });
    expect((await stateOf(cm)).lastLog.id).toBe(newer.id);

    await ok(apple, UPDATE, { id: older.id, input: { note: 'called back', statusId: String(ids.booked) } });
    let state = await stateOf(cm);
    expect(state).toMatchObject({ lastLog: { id: newer.id }, status: { id: String(ids.noAnswer) } });

    const edited = await ok(apple, UPDATE, { id: older.id, input: { contactedAt: minutesAgo(1).toISOString() } });
    state = await stateOf(cm);
    expect(state).toMatchObject({ lastLog: { id: older.id }, status: { id: String(ids.booked) } });
    expect(state.lastContactAt).toBe(edited.updateContactLog.contactedAt);

    expect((await ok(apple, DELETE, { id: older.id })).deleteContactLog).toBe(true);
    state = await stateOf(cm);
    expect(state).toMatchObject({ lastLog: { id: newer.id }, status: { id: String(ids.noAnswer) } });
    expect(await ds.getRepository(ContactLog).existsBy({ id: Number(older.id) })).toBe(false);

    await ok(apple, DELETE, { id: newer.id });
    state = await stateOf(cm);
    expect(state).toMatchObject({ lastLog: null, lastContactAt: null, nextFollowUpAt: null, status: { id: String(ids.notNotified) } });
    expect(await row(cm)).toMatchObject({ lastLogId: null, statusId: ids.notNotified });
  });

  it('is the true latest after parallel adds by two people', async () => {
    const cm = await newContact();
    // Contact times in an order unlike the order the requests start, so a stale recompute shows.
    const offsets = [7, 2, 9, 1, 5, 3, 8, 4];
    const logs = await Promise.all(
      offsets.map((m, i) => addLog(cm, { contactedAt: minutesAgo(m).toISOString(), note: `parallel ${i}` }, i % 2 ? manager : apple)),
    );
    const expected = logs[offsets.indexOf(Math.min(...offsets))];
    const stored = await row(cm);
    expect(stored.lastLogId).toBe(Number(expected.id));
    expect(stored.lastContactAt!.toISOString()).toBe(expected.contactedAt);
    expect(await ds.getRepository(ContactLog).countBy({ campaignMemberId: cm.id })).toBe(offsets.length);

    // And when both log "now" at once, the row points at the one sorting last (time, then id).
    const more = await Promise.all([addLog(cm, {}, apple), addLog(cm, {}, manager), addLog(cm, {}, apple)]);
    const latest = more.sort((a, b) => new Date(b.contactedAt).getTime() - new Date(a.contactedAt).getTime() || Number(b.id) - Number(a.id))[0];
    expect((await row(cm)).lastLogId).toBe(Number(latest.id));
  });
});

describe('validation', () => {
  it('names the field, in the caller\'s language, and stores nothing', async () => {
    const cm = await newContact();
    const input = { contactMemberId: String(cm.id), methodId: String(ids.phone), statusId: String(ids.noAnswer) };
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ note: 'x'.repeat(501) }, 'note', /Contact note.*500/],
      [{ content: '好'.repeat(501) }, 'content', /Contact content.*500/],
      [{ methodId: '999999' }, 'methodId', /Contact method/],
      [{ statusId: '999999' }, 'statusId', /Contact status/],
      [{ contactedAt: new Date(Date.now() + 2 * 86_400_000).toISOString() }, 'contactedAt', /one day/],
      [{ contactedAt: minutesAgo(10).toISOString(), nextFollowUpAt: minutesAgo(20).toISOString() }, 'nextFollowUpAt', /before the contact/],
    ];
    for (const [extra, field, message] of cases) {
      const error = errorOf(await call(apple, ADD, { input: { ...input, ...extra } }));
      expect([field, error.code, error.field]).toEqual([field, 'BAD_USER_INPUT', field]);
      expect(error.message).toMatch(message);
    }
    const zh = errorOf(await call(apple, ADD, { input: { ...input, note: 'x'.repeat(501) } }, 'zh-HK'));
    expect(zh.message).toBe('「聯絡備註」無效：最多 500 字元');
    // 500 characters (CJK or not) are fine.
    await addLog(cm, { note: '好'.repeat(500) });
    expect(await ds.getRepository(ContactLog).countBy({ campaignMemberId: cm.id })).toBe(1);
  });

  it('refuses inactive methods and statuses for new choices, but an edited log may keep the one it has', async () => {
    const cm = await newContact();
    const log = await addLog(cm, { methodId: String(ids.sms), statusId: String(ids.leftMessage) });
    await ds.getRepository(ContactMethod).update({ id: ids.sms }, { active: false });
    await ds.getRepository(ContactStatus).update({ id: ids.leftMessage }, { active: false });
    try {
      expect(errorOf(await call(apple, ADD, { input: { contactMemberId: String(cm.id), methodId: String(ids.sms), statusId: String(ids.noAnswer) } })).field).toBe('methodId');
      const kept = await ok(apple, UPDATE, { id: log.id, input: { methodId: String(ids.sms), statusId: String(ids.leftMessage), note: 'kept' } });
      expect(kept.updateContactLog).toMatchObject({ method: { id: String(ids.sms) }, status: { id: String(ids.leftMessage) }, note: 'kept' });
      const switched = await ok(apple, UPDATE, { id: log.id, input: { statusId: String(ids.noAnswer), methodId: String(ids.sms) } });
      expect(switched.updateContactLog).toMatchObject({ method: { id: String(ids.sms) }, status: { id: String(ids.noAnswer) } });
      expect(errorOf(await call(apple, UPDATE, { id: log.id, input: { statusId: String(ids.leftMessage) } })).field).toBe('statusId');
      const other = await addLog(cm, { methodId: String(ids.phone), statusId: String(ids.noAnswer) });
      expect(errorOf(await call(apple, UPDATE, { id: other.id, input: { methodId: String(ids.sms) } })).field).toBe('methodId');
    } finally {
      await ds.getRepository(ContactMethod).update({ id: ids.sms }, { active: true });
      await ds.getRepository(ContactStatus).update({ id: ids.leftMessage }, { active: true });
    }
  });
});

describe('permissions and visibility', () => {
  it('lets the author and managers edit and delete, not another salesperson who can see the contact', async () => {
    const cm = await newContact();
    const log = await addLog(cm, { note: 'first' });
    const logs = await ok(holly, LOGS, { id: String(cm.id) });
    expect(logs.contactMember.logs.nodes[0]).toMatchObject({ id: log.id, canEdit: false });
    expect((await ok(manager, LOGS, { id: String(cm.id) })).contactMember.logs.nodes[0].canEdit).toBe(true);

    expect(errorOf(await call(holly, UPDATE, { id: log.id, input: { note: 'hijack' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await call(holly, DELETE, { id: log.id })).code).toBe('FORBIDDEN');
    // Seeing a contact is enough to log one for it.
    const hollys = await addLog(cm, { contactedAt: minutesAgo(5).toISOString() }, holly);
    expect(hollys.canEdit).toBe(true);

    const byManager = await ok(manager, UPDATE, { id: log.id, input: { note: 'checked by manager' } });
    expect(byManager.updateContactLog).toMatchObject({ note: 'checked by manager', createdBy: { id: String(apple.id) }, updatedBy: { id: String(manager.id) } });
    expect(await ok(manager, DELETE, { id: hollys.id })).toEqual({ deleteContactLog: true });
    expect((await ds.getRepository(ContactLog).findOneByOrFail({ id: Number(log.id) })).note).toBe('checked by manager');
  });

  it('answers NOT_FOUND for contact members the viewer may not see, for every operation', async () => {
    const cm = await newContact();
    const log = await addLog(cm, { note: 'secret' });
    const attempts = [
      await call(candy, ADD, { input: { contactMemberId: String(cm.id), methodId: String(ids.phone), statusId: String(ids.noAnswer) } }),
      await call(candy, LOGS, { id: String(cm.id) }),
      await call(candy, UPDATE, { id: log.id, input: { note: 'x' } }),
      await call(candy, DELETE, { id: log.id }),
      await call(candy, END, { id: String(cm.id), note: 'x' }),
      await call(apple, ADD, { input: { contactMemberId: '99999999', methodId: String(ids.phone), statusId: String(ids.noAnswer) } }),
      await call(apple, DELETE, { id: '99999999' }),
    ];
    for (const body of attempts) {
      expect(errorOf(body).code).toBe('NOT_FOUND');
      expect(JSON.stringify(body)).not.toContain('secret');
    }
    expect(await ds.getRepository(ContactLog).findOneByOrFail({ id: Number(log.id) })).toMatchObject({ note: 'secret' });
    expect(await ds.getRepository(ContactLog).countBy({ campaignMemberId: cm.id })).toBe(1);

    // Members in the recycle bin leave the contact pages too.
    await ds.getRepository(CampaignMember).update({ id: cm.id }, { memberHidden: true });
    expect(errorOf(await call(apple, UPDATE, { id: log.id, input: { note: 'x' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await call(manager, LOGS, { id: String(cm.id) })).code).toBe('NOT_FOUND');
  });
});

describe('follow-ups', () => {
  it('ends with a required closing note and reopens when a new log sets a next follow-up', async () => {
    const cm = await newContact();
    await addLog(cm, { contactedAt: minutesAgo(30).toISOString(), nextFollowUpAt: new Date(Date.now() + 86_400_000 * 2).toISOString() });

    // In the words the follow-up panel shows for the same note (tests/ui/follow-up-panel.test.tsx).
    expect(errorOf(await call(apple, END, { id: String(cm.id), note: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closingNote', message: CLOSING_NOTE_MISSING });
    expect(errorOf(await call(apple, END, { id: String(cm.id), note: 'x'.repeat(501) }))).toMatchObject({ field: 'closingNote', message: CLOSING_NOTE_TOO_LONG });

    const ended = (await ok(apple, END, { id: String(cm.id), note: '不需要再跟進' })).endFollowUp;
    expect(ended).toMatchObject({ followUpState: 'CLOSED', followUpClosingNote: '不需要再跟進' });
    expect(await row(cm)).toMatchObject({ followUpClosedById: apple.id, followUpClosingNote: '不需要再跟進' });

    // A log without a next date leaves it closed.
    await addLog(cm, { contactedAt: minutesAgo(20).toISOString() });
    expect((await stateOf(cm)).followUpState).toBe('CLOSED');

    await addLog(cm, { contactedAt: minutesAgo(10).toISOString(), nextFollowUpAt: new Date(Date.now() + 86_400_000 * 3).toISOString() });
    const state = await stateOf(cm);
    expect(state).toMatchObject({ followUpState: 'FOLLOWING', followUpClosedAt: null, followUpClosingNote: null });
    expect(await row(cm)).toMatchObject({ followUpClosedAt: null, followUpClosedById: null });

    const audit = await ds.getRepository(AuditLog).find({ where: { entityType: 'contactMember', entityId: cm.id }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(['followUpEnded', 'followUpReopened']);
    expect(JSON.parse(audit[0].after!)).toMatchObject({ followUpClosingNote: '不需要再跟進', followUpClosedById: apple.id });
    expect(audit[0].actorId).toBe(apple.id);
  });
});

describe('audit', () => {
  it('records creation, changes (only what changed) and deletion of logs', async () => {
    const cm = await newContact();
    const log = await addLog(cm, { note: 'first', contactedAt: minutesAgo(15).toISOString() });
    await ok(manager, UPDATE, { id: log.id, input: { note: 'second', statusId: String(ids.noAnswer) } });
    await ok(apple, DELETE, { id: log.id });
    const entries = await ds.getRepository(AuditLog).find({ where: { entityType: 'contactLog', entityId: Number(log.id) }, order: { id: 'ASC' } });
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([['create', apple.id], ['update', manager.id], ['delete', apple.id]]);
    expect(JSON.parse(entries[0].after!)).toMatchObject({ campaignMemberId: cm.id, note: 'first', methodId: ids.phone, statusId: ids.noAnswer });
    expect(entries[0].before).toBeNull();
    expect([JSON.parse(entries[1].before!), JSON.parse(entries[1].after!)]).toEqual([{ note: 'first' }, { note: 'second' }]);
    expect(JSON.parse(entries[2].before!)).toMatchObject({ note: 'second' });
    expect(entries[2].after).toBeNull();
  });
});

describe('the logs connection', () => {
  it('lists newest first (contact time, then id) and pages with cursors', async () => {
    const cm = await newContact();
    const same = minutesAgo(30).toISOString();
    const made = [
      await addLog(cm, { contactedAt: minutesAgo(50).toISOString(), note: 'a' }),
      await addLog(cm, { contactedAt: same, note: 'b' }),
      await addLog(cm, { contactedAt: minutesAgo(5).toISOString(), note: 'c' }),
      await addLog(cm, { contactedAt: same, note: 'd' }),
      await addLog(cm, { contactedAt: minutesAgo(40).toISOString(), note: 'e' }),
    ];
    const expected = ['c', 'd', 'b', 'e', 'a'].map((note) => made['abcde'.indexOf(note)].id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = (await ok(apple, LOGS, { id: String(cm.id), first: 2, after })).contactMember.logs;
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(seen).toEqual(expected);
    expect(pages).toBe(3);
    expect(errorOf(await call(apple, LOGS, { id: String(cm.id), first: 2, after: 'bogus' })).field).toBe('after');
  });

  it('loads logs and their method, status and authors for a page of contact members in a constant number of queries', async () => {
    const cms = [];
    for (let i = 0; i < 6; i++) {
      const cm = await newContact(candy);
      await addLog(cm, { contactedAt: minutesAgo(20).toISOString() }, candy);
      await addLog(cm, { contactedAt: minutesAgo(10).toISOString(), methodId: String(ids.email) }, manager);
      cms.push(cm);
    }
    const query = `query ($first: Int) { contactMembers(filter: { salespersonIds: ["${candy.id}"] }, first: $first) {
      nodes { id logs(first: 2) { totalCount nodes { id method { label } status { label } createdBy { displayName } updatedBy { login } canEdit } } }
    } }`;
    const run = async (first: number) => {
      let data: Record<string, any> = {};
      const count = await countQueries(ds, async () => {
        data = await ok(manager, query, { first });
      });
      return { count, data };
    };
    // Both pages stay within the contacted members, so the list itself runs the same statements.
    const small = await run(2);
    const large = await run(5);
    expect(small.data.contactMembers.nodes).toHaveLength(2);
    expect(large.data.contactMembers.nodes).toHaveLength(5);
    for (const node of large.data.contactMembers.nodes) expect(node.logs.nodes).toHaveLength(2);
    expect(large.count).toBe(small.count);
  });
});

describe('the member\'s remarks and comments on the contact page', () => {
  it('shows them to a salesperson who may see the contact but not open the member, as the settings allow', async () => {
    const member = await aMember(ds, tko, group, { remarks: '對花粉敏感' });
    const cm = await aContactMember(member, apple);
    await ds.getRepository(MemberComment).save([
      { memberId: member.id, authorId: manager.id, body: 'older comment' },
      { memberId: member.id, authorId: manager.id, body: 'newer comment' },
    ]);
    const memberQuery = `query ($id: ID!) { member(id: $id) { remarks } }`;
    expect(errorOf(await call(holly, memberQuery, { id: String(member.id) })).code).toBe('NOT_FOUND');

    const query = `query ($id: ID!) { contactMember(id: $id) {
      member { memberNo displayName phone phone2 } memberRemarks
      memberComments(first: 1) { totalCount pageInfo { hasNextPage } nodes { body author { displayName } } }
    } }`;
    const shown = (await ok(holly, query, { id: String(cm.id) })).contactMember;
    expect(shown).toMatchObject({
      member: { memberNo: member.memberNo, phone: member.phone },
      memberRemarks: '對花粉敏感',
      memberComments: { totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ body: 'newer comment', author: { displayName: 'HKB2B Support' } }] },
    });

    await ds.getRepository(ContactSettings).update({ id: 1 }, { showMemberRemarks: false, showComments: false });
    try {
      expect((await ok(holly, query, { id: String(cm.id) })).contactMember).toMatchObject({ memberRemarks: null, memberComments: null });
    } finally {
      await ds.getRepository(ContactSettings).update({ id: 1 }, { showMemberRemarks: true, showComments: true });
    }
    expect(errorOf(await call(candy, query, { id: String(cm.id) })).code).toBe('NOT_FOUND');
  });
});

describe('the contact page\'s documents', () => {
  // The typed documents the page sends, each with the fragments it spreads and, as Apollo Client
  // sends them, __typename on every selection.
  const docs = new Map<string, DocumentNode>();
  for (const value of Object.values(contactPageDocuments)) {
    const document = value as DocumentNode;
    const operation = typeof value === 'object' ? document.definitions.find((d) => d.kind === 'OperationDefinition') : undefined;
    if (operation?.name) docs.set(operation.name.value, document);
  }
  const run = async (staff: Staff, name: string, variables: Record<string, unknown> = {}) => ok(staff, print(addTypenameToDocument(docs.get(name)!)), variables);

  it('are valid against the schema', async () => {
    const schema = await getSchema();
    expect([...docs.keys()].sort()).toEqual([
      'AddContactLog', 'ContactMemberComments', 'ContactPage', 'ContactPageOptions', 'ContactPageState', 'DeleteContactLog', 'EndFollowUp',
      'MoreContactLogs', 'UpdateContactLog',
    ]);
    for (const [name, document] of docs) expect([name, validate(schema, document).map((e) => e.message)]).toEqual([name, []]);
  });

  it('load the page, log, edit, page through logs, end the follow-up and delete as the page does', async () => {
    const cm = await newContact(apple, { phone2: '23456789' });
    const options = await run(apple, 'ContactPageOptions');
    expect(options.viewer.branch.timeZone).toBe((await ds.getRepository(Branch).findOneByOrFail({ id: tko.id })).timeZone);
    expect(options.contactStatuses.nodes.map((s: { id: string }) => s.id)).toContain(String(ids.booked));

    const page = (await run(apple, 'ContactPage', { id: String(cm.id) })).contactMember;
    expect(page).toMatchObject({ campaign: { code: 'julybirth' }, member: { phone2: '23456789' }, logs: { totalCount: 0 }, followUpState: 'NOT_FOLLOWED' });

    const input = { contactMemberId: String(cm.id), contactedAt: minutesAgo(3).toISOString(), methodId: String(ids.phone), statusId: String(ids.booked), note: '免費試做', content: '', nextFollowUpAt: null };
    const { addContactLog } = await run(apple, 'AddContactLog', { input });
    const state = (await run(apple, 'ContactPageState', { id: String(cm.id), first: 20 })).contactMember;
    expect(state).toMatchObject({ status: { id: String(ids.booked) }, logs: { totalCount: 1, edges: [{ node: { id: addContactLog.id, note: '免費試做', updatedBy: { login: 'is007' } } }] } });

    const changes = { contactedAt: input.contactedAt, methodId: input.methodId, statusId: input.statusId, note: '會員更改預約時間', content: '', nextFollowUpAt: null };
    await run(apple, 'UpdateContactLog', { id: addContactLog.id, input: changes });
    expect((await run(apple, 'MoreContactLogs', { id: String(cm.id), after: null })).contactMember.logs.edges[0].node.note).toBe('會員更改預約時間');
    await run(apple, 'ContactMemberComments', { id: String(cm.id), after: null });

    expect((await run(apple, 'EndFollowUp', { contactMemberId: String(cm.id), closingNote: 'done' })).endFollowUp.followUpState).toBe('CLOSED');
    expect(await run(apple, 'DeleteContactLog', { id: addContactLog.id })).toEqual({ deleteContactLog: true });
  });
});
