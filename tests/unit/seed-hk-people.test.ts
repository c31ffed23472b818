import { createRng } from '@/services/seed/prng';
import {
  birthday, generateName, generatePerson, hkidCheckDigit, hkidNumber, landlineNumber, mobileNumber, registeredAt,
} from '@/services/seed/hk-people';

describe('Hong Kong people generators', () => {
  it('produces identical people for the same seed', () => {
    const make = () => {
      const rng = createRng('people');
      return Array.from({ length: 200 }, (_, i) => generatePerson(rng, i));
    };
    expect(make()).toEqual(make());
  });

  it('makes 8-digit mobile numbers starting with 5, 6 or 9, all distinct', () => {
    const seen = new Set<string>();
    const malformed: string[] = [];
    for (let i = 0; i < 200_000; i += 1) {
      const phone = mobileNumber(i, 0x6b75);
      if (!/^[569]\d{7}$/.test(phone)) malformed.push(phone);
      seen.add(phone);
    }
    expect(malformed).toEqual([]);
    expect(seen.size).toBe(200_000);
  });

  it('spreads mobile numbers over the three prefixes and depends on the salt', () => {
    const first = new Set(Array.from({ length: 3000 }, (_, i) => mobileNumber(i)[0]));
    expect([...first].sort()).toEqual(['5', '6', '9']);
    expect(mobileNumber(1, 1)).not.toBe(mobileNumber(1, 2));
    expect(mobileNumber(29_999_999)).toMatch(/^[569]\d{7}$/);
    expect(() => mobileNumber(30_000_000)).toThrow(RangeError);
    expect(() => mobileNumber(-1)).toThrow(RangeError);
  });

  it('makes 8-digit landlines starting with 2 or 3', () => {
    const rng = createRng(5);
    for (let i = 0; i < 1000; i += 1) expect(landlineNumber(rng)).toMatch(/^[23]\d{7}$/);
  });

  it('makes identity card numbers with a valid check digit', () => {
    expect(hkidCheckDigit('A', '123456')).toBe('3');
    const rng = createRng(11);
    for (let i = 0; i < 1000; i += 1) {
      const id = hkidNumber(rng);
      const m = /^([A-Z])(\d{6})\(([0-9A])\)$/.exec(id);
      expect(m).not.toBeNull();
      expect(hkidCheckDigit(m![1], m![2])).toBe(m![3]);
    }
  });

  it('makes real calendar dates for birthdays of adults', () => {
    const rng = createRng(13);
    for (let i = 0; i < 2000; i += 1) {
      const b = birthday(rng);
      expect(b).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${b}T00:00:00Z`).toISOString().slice(0, 10)).toBe(b);
      const year = Number(b.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1950);
      expect(year).toBeLessThanOrEqual(2007);
    }
  });

  it('makes registration times in 2018–2025 as UTC "YYYY-MM-DD HH:MM:SS"', () => {
    const rng = createRng(17);
    for (let i = 0; i < 1000; i += 1) {
      const t = registeredAt(rng);
      expect(t).toMatch(/^20(1[89]|2[0-5])-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(Number.isNaN(Date.parse(`${t.replace(' ', 'T')}Z`))).toBe(false);
    }
  });

  it('makes Chinese and English names, mostly female, and reserved e-mail domains', () => {
    const rng = createRng(19);
    const people = Array.from({ length: 2000 }, (_, i) => generatePerson(rng, i));
    const chinese = people.filter((p) => /^[\u4e00-\u9fff]+$/.test(p.lastName));
    expect(chinese.length / people.length).toBeGreaterThan(0.5);
    expect(chinese.every((p) => /^[\u4e00-\u9fff]{1,2}$/.test(p.firstName))).toBe(true);
    expect(people.some((p) => p.englishName && /^[A-Z][a-z]+ [A-Z]/.test(p.englishName))).toBe(true);
    expect(people.some((p) => /^[A-Z][a-z]+/.test(p.lastName))).toBe(true);
    expect(people.filter((p) => p.gender === 'F').length / people.length).toBeGreaterThan(0.75);
    for (const p of people) {
      if (p.email) expect(p.email).toMatch(/^[a-z0-9._]+@([a-z]+\.)?example\.(com|net|org)$/);
    }
    expect(generateName(createRng(1), 'M').gender).toBe('M');
  });
});
