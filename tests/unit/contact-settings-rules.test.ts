import { offerLabel, BLANK_CAMPAIGN } from '../../components/campaigns/campaign-values';
import { campaignFieldsSchema } from '../../services/campaigns/campaign-input.schema';
import { readIssue } from '../../services/validation/schema-issues';
import { moved } from '../../components/settings/reorder';
import { groupByBranch } from '../../components/contact-settings/contact-visibility-editor';
import { SuccessMetric } from '../../services/contact-settings/success-metric';
import { prefixPattern, validateCampaign } from '../../services/campaigns/campaign-rules';
import { contactOptionSchema, presetNoteSchema } from '../../services/contact-settings/contact-option-input.schema';
import { labelFor, reorderPositions } from '../../services/contact-settings/contact-option-rules';
import { parseInput } from '../../services/validation/parse-input';

/** The services parse each input with its schema through parseInput, as these do. */
const validateContactOption = (input: unknown) => parseInput(contactOptionSchema, input);
const validatePresetNote = (input: unknown) => parseInput(presetNoteSchema, input);
import { validateContactSettings } from '../../services/contact-settings/contact-settings-rules';
import { DomainError } from '../../services/errors/domain-error';
import { validateOffer } from '../../services/offers/offer-rules';

function failure(fn: () => unknown): { field?: string; key: string; params: Record<string, unknown> } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, key: error.messageKey, params: error.params };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('offer rules', () => {
  it('trims and defaults', () => {
    expect(validateOffer({ code: ' AP ', name: ' 生日 ', analysisCode: ' ' })).toMatchObject({ code: 'AP', name: '生日', analysisCode: null, isMarketing: false, active: true, discountType: 'INVOICE_PERCENT', discountBasisPoints: 0, branchIds: null });
  });

  it.each(['A B', 'A!', 'A@', 'A$', 'A#', 'A%', 'A^', 'A&', 'A*', 'A\tB'])('refuses %j as a code', (code) => {
    expect(failure(() => validateOffer({ code, name: 'x' }))).toEqual({ field: 'code', key: 'invalidOfferCode', params: {} });
  });

  it('allows other punctuation and exactly 20 characters', () => {
    expect(validateOffer({ code: 'K-11_(A).B/C+'.padEnd(20, 'x'), name: 'x' }).code).toHaveLength(20);
    expect(failure(() => validateOffer({ code: 'x'.repeat(21), name: 'x' }))).toMatchObject({ field: 'code', key: 'tooLong', params: { max: 20 } });
    expect(failure(() => validateOffer({ code: 'A', name: 'x', analysisCode: 'k'.repeat(21) }))).toMatchObject({ field: 'analysisCode', key: 'tooLong' });
  });
});

describe('campaign rules', () => {
  const base = { code: 'Junebirth', name: '6月生日會員優惠' };

  it('keeps the period when it is a real, ordered range, same day allowed', () => {
    expect(validateCampaign({ ...base, startsOn: '2024-02-29', endsOn: '2024-02-29', details: '  ' })).toMatchObject({ startsOn: '2024-02-29', endsOn: '2024-02-29', details: null, archived: false, offerId: null });
  });

  it.each([
    [{ startsOn: '2020-06-02', endsOn: '2020-06-01' }, 'endsOn', 'dateRangeReversed'],
    [{ code: ' ' }, 'code', 'required'],
    [{ code: 'c'.repeat(51) }, 'code', 'tooLong'],
    [{ name: 'n'.repeat(101) }, 'name', 'tooLong'],
    [{ details: 'd'.repeat(5001) }, 'details', 'tooLong'],
  ])('refuses %j', (override, field, key) => {
    expect(failure(() => validateCampaign({ ...base, ...override }))).toMatchObject({ field, key });
  });

  it('escapes LIKE wildcards in a search prefix', () => {
    expect(prefixPattern('50%_off!')).toBe('50!%!_off!!%');
    expect(prefixPattern('June')).toBe('June%');
  });
});

describe('status and method rules', () => {
  it('keeps non-blank translations under their stored locale keys', () => {
    expect(validateContactOption({ name: ' 未通知 ', translations: { en: ' Not notified ', zhCN: '', th: null } })).toEqual({ name: '未通知', translations: { en: 'Not notified' } });
    expect(validateContactOption({ name: 'x', translations: { zhHK: '甲', zhCN: '乙' }, active: false })).toEqual({ name: 'x', translations: { 'zh-HK': '甲', 'zh-CN': '乙' }, active: false });
    expect(validateContactOption({ name: 'x', translations: {} }).translations).toBeNull();
  });

  it('names the translation that is too long', () => {
    expect(failure(() => validateContactOption({ name: 'x', translations: { th: 't'.repeat(101) } }))).toMatchObject({ field: 'translations.th', key: 'tooLong' });
  });

  it('labels in the caller\'s locale, falling back to the name', () => {
    const item = { name: '未通知', translations: { en: 'Not notified' } };
    expect(labelFor(item, 'en')).toBe('Not notified');
    expect(labelFor(item, 'th')).toBe('未通知');
    expect(labelFor({ name: 'x', translations: null }, 'en')).toBe('x');
  });

  it('accepts only a permutation of every id', () => {
    expect([...reorderPositions([1, 2, 3], [3, 1, 2])]).toEqual([[3, 1], [1, 2], [2, 3]]);
    for (const ids of [[1, 2], [1, 2, 3, 3], [1, 2, 4], [1, 2, 3, 4]]) {
      expect(failure(() => reorderPositions([1, 2, 3], ids))).toMatchObject({ field: 'order', key: 'reorderMismatch' });
    }
  });

  it('checks preset note text', () => {
    expect(validatePresetNote({ text: ' 免費試做 ' })).toEqual({ text: '免費試做' });
    expect(failure(() => validatePresetNote({ text: 'x'.repeat(501) }))).toMatchObject({ field: 'text', key: 'tooLong', params: { max: 500 } });
  });
});

describe('display settings rules', () => {
  const valid = {
    showMemberRemarks: true, showComments: false, allowBooking: true, attendanceVerification: true, showProductPurchases: true, showTreatmentPurchases: true,
    showInvoicePurchases: false, invoiceThresholdCents: 0, productThresholdCents: 150000, treatmentThresholdCents: 100000, successRuleEnabled: true,
    successMetric: SuccessMetric.TREATMENT, successThresholdCents: 2_147_483_647,
  };

  it('accepts zero and the largest amount', () => {
    expect(validateContactSettings(valid)).toEqual(valid);
  });

  it.each([-1, 1.5, 2_147_483_648])('refuses %p cents', (cents) => {
    expect(failure(() => validateContactSettings({ ...valid, productThresholdCents: cents }))).toMatchObject({ field: 'productThresholdCents', key: 'outOfRange' });
  });
});

describe('settings UI helpers', () => {
  it('moves a row up or down, not past the ends', () => {
    expect(moved(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });

  it('groups staff by branch code, then staff code', () => {
    const tst = { id: '2', code: 'TST', name: '尖沙咀' };
    const tko = { id: '1', code: 'TKO', name: '將軍澳' };
    const groups = groupByBranch([
      { id: '9', code: 'IS007', displayName: 'Apple Yu', branch: tst },
      { id: '8', code: 'IS003', displayName: 'Candy Chan', branch: tst },
      { id: '7', code: 'IS001', displayName: 'Yuki Cheng', branch: tko },
    ]);
    expect(groups.map((g) => [g.branch.code, g.staff.map((s) => s.code)])).toEqual([['TKO', ['IS001']], ['TST', ['IS003', 'IS007']]]);
  });

  it('checks a campaign form with the service\'s schema before sending it, and labels offers as the seed does', () => {
    const issues = (values: typeof BLANK_CAMPAIGN) => {
      const result = campaignFieldsSchema.safeParse(values);
      return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), readIssue(i.message).key]));
    };
    expect(issues(BLANK_CAMPAIGN)).toEqual({ code: 'required', name: 'required' });
    expect(issues({ ...BLANK_CAMPAIGN, startsOn: '2020-06-02', endsOn: '2020-06-01' })).toEqual({ code: 'required', name: 'required', endsOn: 'dateRangeReversed' });
    expect(issues({ ...BLANK_CAMPAIGN, code: 'a', name: 'b', startsOn: '2020-06-02', endsOn: '2020-06-01' })).toEqual({ endsOn: 'dateRangeReversed' });
    expect(issues({ ...BLANK_CAMPAIGN, code: 'a', name: 'b', startsOn: '2020-02-30' })).toEqual({ startsOn: 'invalidDate' });
    expect(offerLabel({ id: '1', code: 'AP', name: '生日優惠', analysisCode: 'K11' }, '分析編號')).toBe('AP - 生日優惠 (分析編號: K11)');
    expect(offerLabel({ id: '2', code: '6SCS1', name: '五月', analysisCode: null }, '分析編號')).toBe('6SCS1 - 五月');
  });
});
