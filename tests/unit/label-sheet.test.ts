import { Gender } from '@/services/members/gender';
import {
  addressLines, chunkIntoSheets, hasAddress, labelNameLine, LABELS_PER_SHEET, MAX_LABELS_PER_PAGE,
} from '@/services/labels/label-sheet';
import en from '@/messages/en.json';
import th from '@/messages/th.json';
import zhCN from '@/messages/zh-CN.json';
import zhHK from '@/messages/zh-HK.json';

const patternsOf = (messages: { labels: { name: { female: string; male: string; unknown: string } } }) => ({
  [Gender.FEMALE]: messages.labels.name.female,
  [Gender.MALE]: messages.labels.name.male,
  [Gender.UNKNOWN]: messages.labels.name.unknown,
});

describe('chunkIntoSheets', () => {
  it('puts 3 × 8 labels on a sheet', () => {
    expect(LABELS_PER_SHEET).toBe(24);
    expect(MAX_LABELS_PER_PAGE % LABELS_PER_SHEET).toBe(0);
  });

  it.each([
    [0, []],
    [1, [1]],
    [24, [24]],
    [25, [24, 1]],
    [48, [24, 24]],
    [2_400, Array(100).fill(24)],
  ])('splits %i labels into sheets of %j', (count, sizes) => {
    const items = Array.from({ length: count }, (_, i) => i);
    const sheets = chunkIntoSheets(items);
    expect(sheets.map((s) => s.length)).toEqual(sizes);
    expect(sheets.flat()).toEqual(items);
  });

  it('refuses a sheet size that is not a positive integer', () => {
    expect(() => chunkIntoSheets([1], 0)).toThrow(RangeError);
    expect(() => chunkIntoSheets([1], 2.5)).toThrow(RangeError);
  });
});

describe('labelNameLine', () => {
  const siuLai = { lastName: '陳', firstName: '小麗', gender: Gender.FEMALE };
  const taiMan = { lastName: '陳', firstName: '大文', gender: Gender.MALE };
  const susan = { lastName: 'Chan', firstName: 'Susan', gender: Gender.FEMALE };
  const unknown = { lastName: 'Lee', firstName: '', gender: Gender.UNKNOWN };

  it.each([
    ['zh-HK', zhHK, siuLai, '陳小麗小姐'],
    ['zh-HK', zhHK, taiMan, '陳大文先生'],
    ['zh-HK', zhHK, unknown, 'Lee'],
    ['zh-CN', zhCN, siuLai, '陳小麗女士'],
    ['en', en, susan, 'Ms Chan Susan'],
    ['en', en, taiMan, 'Mr 陳大文'],
    ['en', en, unknown, 'Lee'],
    ['th', th, susan, 'คุณChan Susan'],
  ])('%s: %o → %s', (_locale, messages, member, expected) => {
    expect(labelNameLine(member, patternsOf(messages))).toBe(expected);
  });
});

describe('addresses', () => {
  it('prints one line per typed line, without blank lines or stray spaces', () => {
    expect(addressLines('  Flat A, 12/F \r\n\n  9 Tong Tak   Street \nTseung Kwan O ')).toEqual(['Flat A, 12/F', '9 Tong Tak Street', 'Tseung Kwan O']);
  });

  it.each([
    [null, false],
    ['', false],
    ['  \n ', false],
    ['將軍澳唐德街9號', true],
  ])('%j has an address: %s', (address, expected) => {
    expect(hasAddress({ address })).toBe(expected);
    expect(addressLines(address).length > 0).toBe(expected);
  });
});
