import { formatDate, formatDay, formatMoney } from '../../services/admin/display-format';
import { DATE_FORMATS, isCurrencyCode, isTimeZone, systemSettingsSchema, SYSTEM_DEFAULTS } from '../../services/admin/system-settings.schema';

describe('formatMoney', () => {
  it.each([
    ['symbol', 2, 'en', 'HK$1,234.50'],
    ['code', 2, 'en', 'HKD\u00a01,234.50'],
    ['narrowSymbol', 0, 'en', '$1,235'],
    ['symbol', 2, 'zh-HK', 'HK$1,234.50'],
  ] as const)('HKD with %s and %i decimals in %s', (currencyDisplay, currencyDecimals, locale, expected) => {
    expect(formatMoney(123_450, { currency: 'HKD', currencyDisplay, currencyDecimals }, locale)).toBe(expected);
  });
});

describe('formatDate', () => {
  // 2026-03-01 20:30 UTC is already 2 March in Hong Kong.
  const instant = new Date('2026-03-01T20:30:00Z');

  it.each([
    ['yyyy-MM-dd', '2026-03-02'],
    ['yyyy/MM/dd', '2026/03/02'],
    ['dd/MM/yyyy', '02/03/2026'],
    ['MM/dd/yyyy', '03/02/2026'],
  ] as const)('writes the day in the time zone with %s', (dateFormat, expected) => {
    expect(formatDate(instant, { dateFormat, timeZone: 'Asia/Hong_Kong' })).toBe(expected);
  });

  it('takes the day of the chosen zone', () => {
    expect(formatDate(instant, { dateFormat: 'yyyy-MM-dd', timeZone: 'UTC' })).toBe('2026-03-01');
    expect(formatDay('2026-12-31', 'dd/MM/yyyy')).toBe('31/12/2026');
  });

  it('offers only patterns it can write', () => {
    for (const pattern of DATE_FORMATS) expect(formatDay('2026-01-02', pattern)).toMatch(/^[\d/-]{10}$/);
  });
});

describe('the parameters schema', () => {
  it('takes the defaults as they are', () => {
    expect(systemSettingsSchema.parse(SYSTEM_DEFAULTS)).toEqual(SYSTEM_DEFAULTS);
  });

  it.each([
    ['HKD', true], ['MOP', true], ['THB', true], ['hkd', false], ['HK$', false], ['ABC', false],
  ])('currency %s → %s', (code, ok) => expect(isCurrencyCode(code)).toBe(ok));

  it.each([
    ['Asia/Hong_Kong', true], ['America/Argentina/Buenos_Aires', true], ['UTC', true], ['Etc/GMT+8', true],
    ['+08:00', false], ['Mars/Olympus_Mons', false], ['', false], ['Asia/Hong Kong', false],
  ])('time zone %s → %s', (zone, ok) => expect(isTimeZone(zone)).toBe(ok));

  it('reads an empty number box as "not a number", naming no other reason', () => {
    const result = systemSettingsSchema.safeParse({ ...SYSTEM_DEFAULTS, sessionLengthMinutes: Number.NaN });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['sessionLengthMinutes'], message: 'notANumber' });
  });
});
