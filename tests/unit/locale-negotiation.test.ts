import { negotiateLocale } from '../../services/i18n/translator';

describe('negotiateLocale', () => {
  it.each([
    ['en', null, 'en'],
    ['th', 'zh-CN', 'th'],
    ['fr', 'en-GB,en;q=0.8', 'en'],
    [null, 'zh-TW', 'zh-HK'],
    [null, 'zh-Hant-HK', 'zh-HK'],
    [null, 'zh-Hans-CN', 'zh-CN'],
    [null, 'zh-CN,zh;q=0.9', 'zh-CN'],
    [null, 'th-TH,th;q=0.9,en;q=0.8', 'th'],
    [null, 'de;q=1,en;q=0.5', 'en'],
    [null, 'en;q=0.2,zh-CN;q=0.9', 'zh-CN'],
    [null, 'de', 'zh-HK'],
    [null, '', 'zh-HK'],
    [null, null, 'zh-HK'],
  ])('x-locale %j, Accept-Language %j → %s', (explicit, accept, expected) => {
    expect(negotiateLocale(explicit, accept)).toBe(expected);
  });
});
