import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, Campaign, Offer, type Branch, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import * as campaignDocuments from '../../components/campaigns/campaign-documents';
import { aBranch, aStaff } from '../helpers/fixtures';
import { as, signedIn } from '../helpers/member-lifecycle-fixtures';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { statementShapes } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/** A taken code or key has its own error code; every other bad value is BAD_USER_INPUT. */
const codeFor = (en: string) => (en.endsWith('already used') ? 'ALREADY_USED' : 'BAD_USER_INPUT');

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let manager: Staff;
let admin: Staff;
let salesperson: Staff;

// The offer settings page's own documents, as Apollo Client sends them.
const page = pageOperations(campaignDocuments);
const CREATE_OFFER = page.get('CreateOffer')!;
const UPDATE_OFFER = page.get('UpdateOffer')!;
// The API's campaign fields in full (the pages ask for fewer; their documents run below).
const OFFERS = 'query($m: Boolean, $first: Int, $after: String) { offers(marketingOnly: $m, first: $first, after: $after) { nodes { code } pageInfo { hasNextPage endCursor } totalCount } }';
const CAMPAIGN_FIELDS = 'id code name details startsOn endsOn archived memberCount offer { id code } offerCode analysisCode';
const CREATE_CAMPAIGN = `mutation($input: CampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const UPDATE_CAMPAIGN = `mutation($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;
const CAMPAIGNS = `query($archived: Boolean, $search: String, $first: Int, $after: String) {
  campaigns(includeArchived: $archived, search: $search, first: $first, after: $after) { nodes { code offerCode analysisCode } pageInfo { hasNextPage endCursor } totalCount } }`;

let ap: { id: string };
let plain: { id: string };

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  admin = await aStaff(ds, tko, [StaffRole.ADMIN]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
});

afterAll(() => db.drop());

describe('offers', () => {
  it('creates and updates offers, audited, and lists marketing ones only when asked', async () => {
    const created = await as(manager, CREATE_OFFER, { input: { code: ' AP ', name: '生日優惠', analysisCode: 'K11', isMarketing: true } });
    expect(created.body.errors).toBeUndefined();
    ap = created.body.data!.createOffer;
    expect(ap).toMatchObject({ code: 'AP', name: '生日優惠', analysisCode: 'K11', isMarketing: true });
    const other = await as(admin, CREATE_OFFER, { input: { code: '6SCS1', name: 'Counter offer', analysisCode: '  ' } });
    plain = other.body.data!.createOffer;
    expect(plain).toMatchObject({ code: '6SCS1', analysisCode: null, isMarketing: false });

    expect((await as(salesperson, OFFERS, {})).body.data!.offers).toMatchObject({ nodes: [{ code: '6SCS1' }, { code: 'AP' }], totalCount: 2 });
    expect((await as(salesperson, OFFERS, { m: true })).body.data!.offers).toMatchObject({ nodes: [{ code: 'AP' }], totalCount: 1 });
    const first = (await as(salesperson, OFFERS, { first: 1 })).body.data!.offers;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect((await as(salesperson, OFFERS, { first: 1, after: first.pageInfo.endCursor })).body.data!.offers.nodes).toEqual([{ code: 'AP' }]);

    const updated = await as(manager, UPDATE_OFFER, { id: ap.id, input: { code: 'AP', name: '生日優惠 2', analysisCode: 'K12', isMarketing: true } });
    expect(updated.body.data!.updateOffer).toMatchObject({ name: '生日優惠 2', analysisCode: 'K12' });
    const entries = await ds.getRepository(AuditLog).find({ where: { entityType: 'offer', entityId: Number(ap.id) }, order: { id: 'ASC' } });
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([['create', manager.id], ['update', manager.id]]);
    expect(JSON.parse(entries[1].before!)).toEqual({ name: '生日優惠', analysisCode: 'K11' });
    expect(JSON.parse(entries[1].after!)).toEqual({ name: '生日優惠 2', analysisCode: 'K12' });
  });

  it.each([
    [{ code: '' }, 'code', '"code" is invalid: required', '「代碼」無效：必須輸入'],
    [{ code: 'A B' }, 'code', '"code" is invalid: must not contain spaces or ! @ $ # % ^ & *', '「代碼」無效：不可包含空白或 ! @ $ # % ^ & *'],
    [{ code: 'AP$' }, 'code', '"code" is invalid: must not contain spaces or ! @ $ # % ^ & *', '「代碼」無效：不可包含空白或 ! @ $ # % ^ & *'],
    [{ code: 'X'.repeat(21) }, 'code', '"code" is invalid: at most 20 characters', '「代碼」無效：最多 20 字元'],
    [{ code: 'AP' }, 'code', '"code" is invalid: already used', '「代碼」無效：已被使用'],
    [{ name: ' ' }, 'name', '"name" is invalid: required', '「名稱」無效：必須輸入'],
    [{ name: 'n'.repeat(101) }, 'name', '"name" is invalid: at most 100 characters', '「名稱」無效：最多 100 字元'],
    [{ analysisCode: 'K'.repeat(21) }, 'analysisCode', '"analysis code" is invalid: at most 20 characters', '「分析編號」無效：最多 20 字元'],
  ])('refuses a bad offer naming the field (%#)', async (override, field, en, zhHK) => {
    const before = await ds.getRepository(Offer).count();
    const input = { code: 'NEW1', name: 'New', ...override };
    expect((await as(manager, CREATE_OFFER, { input }, 'en')).body.errors?.[0]).toMatchObject({ message: en, extensions: { code: codeFor(en), field } });
    expect((await as(manager, CREATE_OFFER, { input }, 'zh-HK')).body.errors?.[0]).toMatchObject({ message: zhHK, extensions: { field } });
    expect(await ds.getRepository(Offer).count()).toBe(before);
  });

  it('refuses to give an offer another offer\'s code, and says when the offer does not exist', async () => {
    const res = await as(manager, UPDATE_OFFER, { id: plain.id, input: { code: 'AP', name: 'x' } });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
    const missing = await as(manager, UPDATE_OFFER, { id: '99999', input: { code: 'ZZ', name: 'x' } });
    expect(missing.body.errors?.[0]).toMatchObject({ message: 'Offer not found.', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('campaigns', () => {
  let june: Record<string, any>;

  it('creates a campaign with a marketing offer; the list shows its offer and analysis codes; audited', async () => {
    const res = await as(manager, CREATE_CAMPAIGN, {
      input: { code: 'Junebirth', name: '6月生日會員優惠', details: '生日月份會員', offerId: ap.id, startsOn: '2020-06-01', endsOn: '2020-06-30' },
    });
    expect(res.body.errors).toBeUndefined();
    june = res.body.data!.createCampaign;
    expect(june).toMatchObject({
      code: 'Junebirth', details: '生日月份會員', startsOn: '2020-06-01', endsOn: '2020-06-30', archived: false, memberCount: 0,
      offer: { id: ap.id, code: 'AP' }, offerCode: 'AP', analysisCode: 'K12',
    });
    const stored = await ds.getRepository(Campaign).findOneByOrFail({ id: Number(june.id) });
    expect(stored.offerId).toBe(Number(ap.id));
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'campaign', entityId: stored.id });
    expect(audit).toMatchObject({ action: 'create', actorId: manager.id, before: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ code: 'Junebirth', offerId: Number(ap.id), startsOn: '2020-06-01' });

    const one = await as(salesperson, `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`, { id: june.id });
    expect(one.body.data!.campaign).toEqual(june);
  });

  it.each([
    [{ code: '' }, 'code', '"code" is invalid: required'],
    [{ code: 'c'.repeat(51) }, 'code', '"code" is invalid: at most 50 characters'],
    [{ code: 'Junebirth' }, 'code', '"code" is invalid: already used'],
    [{ name: '' }, 'name', '"name" is invalid: required'],
    [{ name: 'n'.repeat(101) }, 'name', '"name" is invalid: at most 100 characters'],
    [{ startsOn: '2020-02-30' }, 'startsOn', '"start date" is invalid: not a valid date (YYYY-MM-DD)'],
    [{ startsOn: '2020-07-01', endsOn: '2020-06-30' }, 'endsOn', '"end date" is invalid: must not be before the start date'],
    [{ offerId: 'plain' }, 'offerId', '"offer" is invalid: only marketing offers can be chosen'],
    [{ offerId: '99999' }, 'offerId', '"offer" is invalid: not one of the options'],
  ])('refuses a bad campaign naming the field (%#)', async (override, field, en) => {
    const before = await ds.getRepository(Campaign).count();
    const input: Record<string, unknown> = { code: 'Maybirth', name: '5月生日會員優惠', ...override };
    if (input.offerId === 'plain') input.offerId = plain.id;
    const res = await as(manager, CREATE_CAMPAIGN, { input }, 'en');
    expect(res.body.errors?.[0]).toMatchObject({ message: en, extensions: { code: codeFor(en), field } });
    expect(await ds.getRepository(Campaign).count()).toBe(before);
  });

  it('names the field in Chinese too', async () => {
    const res = await as(manager, CREATE_CAMPAIGN, { input: { code: 'X', name: 'X', offerId: plain.id } }, 'zh-HK');
    expect(res.body.errors?.[0]).toMatchObject({ message: '「優惠編號」無效：只可選擇市場部優惠', extensions: { field: 'offerId' } });
  });

  it('updates a campaign (archive, drop the offer), audits only what changed, and lists archived ones on request', async () => {
    await as(manager, CREATE_CAMPAIGN, { input: { code: 'Maybirth', name: '5月生日會員優惠' } });
    await as(manager, CREATE_CAMPAIGN, { input: { code: 'Roadshow', name: '流動車推廣計劃', offerId: ap.id } });
    const res = await as(admin, UPDATE_CAMPAIGN, { id: june.id, input: { code: 'Junebirth', name: '6月生日會員優惠', details: '生日月份會員', startsOn: '2020-06-01', endsOn: '2020-06-30', archived: true } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateCampaign).toMatchObject({ archived: true, offer: null, offerCode: null, analysisCode: null });
    const entry = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'campaign', entityId: Number(june.id), action: 'update' });
    expect(entry.actorId).toBe(admin.id);
    expect(JSON.parse(entry.before!)).toEqual({ offerId: Number(ap.id), archived: false });
    expect(JSON.parse(entry.after!)).toEqual({ offerId: null, archived: true });

    const active = (await as(salesperson, CAMPAIGNS, {})).body.data!.campaigns;
    expect(active).toMatchObject({ nodes: [{ code: 'Roadshow', offerCode: 'AP', analysisCode: 'K12' }, { code: 'Maybirth', offerCode: null }], totalCount: 2 });
    const all = (await as(salesperson, CAMPAIGNS, { archived: true })).body.data!.campaigns;
    expect(all.nodes.map((c: { code: string }) => c.code)).toEqual(['Roadshow', 'Maybirth', 'Junebirth']);
    const page1 = (await as(salesperson, CAMPAIGNS, { archived: true, first: 2 })).body.data!.campaigns;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await as(salesperson, CAMPAIGNS, { archived: true, first: 2, after: page1.pageInfo.endCursor })).body.data!.campaigns;
    expect(page2.nodes.map((c: { code: string }) => c.code)).toEqual(['Junebirth']);
  });

  it('searches by code or name prefix, wildcards taken literally', async () => {
    const codes = async (search: string) => (await as(salesperson, CAMPAIGNS, { archived: true, search })).body.data!.campaigns.nodes.map((c: { code: string }) => c.code);
    expect(await codes('june')).toEqual(['Junebirth']);
    expect(await codes('5月')).toEqual(['Maybirth']);
    expect(await codes('birth')).toEqual([]);
    expect(await codes('%')).toEqual([]);
    expect(await codes('_aybirth')).toEqual([]);
  });

  it('keeps an offer the campaign already has after it stops being a marketing offer', async () => {
    const road = await ds.getRepository(Campaign).findOneByOrFail({ code: 'Roadshow' });
    await as(manager, UPDATE_OFFER, { id: ap.id, input: { code: 'AP', name: '生日優惠 2', analysisCode: 'K12', isMarketing: false } });
    const res = await as(manager, UPDATE_CAMPAIGN, { id: String(road.id), input: { code: 'Roadshow', name: '流動車推廣計劃 2', offerId: ap.id } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateCampaign).toMatchObject({ name: '流動車推廣計劃 2', offerCode: 'AP' });
    await as(manager, UPDATE_OFFER, { id: ap.id, input: { code: 'AP', name: '生日優惠 2', analysisCode: 'K12', isMarketing: true } });
  });

  it('loads offers for a page of campaigns in one batch', async () => {
    const asSalesperson = await signedIn(salesperson);
    const cold = await statementShapes(ds, () => asSalesperson(CAMPAIGNS, { archived: true, first: 1 }));
    const warm = await statementShapes(ds, () => asSalesperson(CAMPAIGNS, { archived: true, first: 3 }));
    expect(warm).toEqual(cold);
  });

  it('refuses a salesperson every write, and says NOT_FOUND for a missing campaign', async () => {
    const before = { campaigns: await ds.getRepository(Campaign).count(), offers: await ds.getRepository(Offer).count(), audit: await ds.getRepository(AuditLog).count() };
    for (const [query, variables] of [
      [CREATE_OFFER, { input: { code: 'S1', name: 'S' } }],
      [UPDATE_OFFER, { id: ap.id, input: { code: 'AP', name: 'hacked' } }],
      [CREATE_CAMPAIGN, { input: { code: 'S1', name: 'S' } }],
      [UPDATE_CAMPAIGN, { id: june.id, input: { code: 'S1', name: 'S' } }],
    ] as const) {
      expect((await as(salesperson, query, variables)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect({ campaigns: await ds.getRepository(Campaign).count(), offers: await ds.getRepository(Offer).count(), audit: await ds.getRepository(AuditLog).count() }).toEqual(before);
    const missing = await as(salesperson, 'query { campaign(id: "99999") { id } }');
    expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the campaign and offer pages\' documents', () => {
  it('are valid against the schema', async () => {
    const errors = await validationErrors(campaignDocuments);
    expect(Object.keys(errors).sort()).toEqual(['CampaignForm', 'CampaignList', 'CampaignOffers', 'CreateCampaign', 'CreateOffer', 'OfferFormChoices', 'OfferSettings', 'UpdateCampaign', 'UpdateOffer']);
    for (const [name, messages] of Object.entries(errors)) expect([name, messages]).toEqual([name, []]);
  });

  it('list, open, create and change campaigns and list offers as the pages do, within the API\'s limits', async () => {
    const run = async (staff: Staff, name: string, variables: Record<string, unknown> = {}) => {
      const res = await as(staff, page.get(name)!, variables);
      expect([name, res.body.errors]).toEqual([name, undefined]);
      return res.body.data!;
    };
    const offers = (await run(manager, 'CampaignOffers', { after: null })).offers;
    expect(offers.nodes.map((o: { code: string }) => o.code)).toEqual(['AP']);
    expect((await run(manager, 'OfferSettings', { after: null })).offers.nodes.map((o: { code: string }) => o.code).sort()).toEqual(['6SCS1', 'AP']);

    const { createCampaign } = await run(manager, 'CreateCampaign', { input: { code: 'Julybirth', name: '7月生日會員優惠', offerId: offers.nodes[0].id } });
    const opened = (await run(salesperson, 'CampaignForm', { id: createCampaign.id })).campaign;
    expect(opened).toMatchObject({ code: 'Julybirth', archived: false, memberCount: 0, offer: { code: 'AP', analysisCode: 'K12' } });
    await run(manager, 'UpdateCampaign', { id: createCampaign.id, input: { code: 'Julybirth', name: '7月生日會員優惠', offerId: null, archived: true } });

    const list = (await run(salesperson, 'CampaignList', { archived: true, search: 'july', after: null })).campaigns;
    expect(list).toMatchObject({ totalCount: 1, nodes: [{ code: 'Julybirth', offerCode: null, archived: true }], pageInfo: { hasNextPage: false } });
    expect((await run(salesperson, 'CampaignList', { archived: false, search: null, after: null })).campaigns.nodes.map((c: { code: string }) => c.code)).not.toContain('Julybirth');
  });
});
