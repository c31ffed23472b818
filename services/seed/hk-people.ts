/**
 * Generators for realistic Hong Kong customers: Chinese names with Cantonese romanisation,
 * English names, 8-digit mobile numbers, HKID-style identity card numbers, e-mails, birthdays.
 * Pure functions of a seeded Rng (and, for phones, a sequence number): no framework imports,
 * no Math.random, no clock.
 */
import { hkidCheckDigit } from '../members/identity-card';
import { type Rng, weighted } from './prng';

export { hkidCheckDigit };

export type GenderCode = 'F' | 'M' | 'U';

type Syllable = readonly [hanzi: string, roman: string];

/** Common Hong Kong surnames with rough relative frequency. */
const SURNAMES: ReadonlyArray<readonly [Syllable, number]> = [
  [['陳', 'Chan'], 90], [['黃', 'Wong'], 60], [['李', 'Lee'], 50], [['張', 'Cheung'], 40],
  [['梁', 'Leung'], 40], [['林', 'Lam'], 35], [['劉', 'Lau'], 35], [['吳', 'Ng'], 25],
  [['何', 'Ho'], 25], [['王', 'Wong'], 20], [['郭', 'Kwok'], 15], [['羅', 'Law'], 15],
  [['鄭', 'Cheng'], 15], [['楊', 'Yeung'], 15], [['周', 'Chow'], 15], [['譚', 'Tam'], 12],
  [['蔡', 'Choi'], 12], [['馮', 'Fung'], 12], [['曾', 'Tsang'], 12], [['謝', 'Tse'], 12],
  [['麥', 'Mak'], 12], [['鄧', 'Tang'], 12], [['葉', 'Yip'], 12], [['許', 'Hui'], 10],
  [['蘇', 'So'], 10], [['朱', 'Chu'], 10], [['徐', 'Tsui'], 10], [['盧', 'Lo'], 8],
  [['鍾', 'Chung'], 8], [['潘', 'Poon'], 8], [['袁', 'Yuen'], 8], [['余', 'Yu'], 8],
  [['黎', 'Lai'], 7], [['文', 'Man'], 6], [['方', 'Fong'], 6], [['胡', 'Wu'], 6],
  [['莫', 'Mok'], 6], [['馬', 'Ma'], 6], [['陸', 'Luk'], 5], [['江', 'Kong'], 4],
  [['孔', 'Hung'], 3], [['歐陽', 'Au Yeung'], 2], [['司徒', 'Szeto'], 2],
];

const FEMALE_GIVEN: readonly Syllable[] = [
  ['美', 'Mei'], ['麗', 'Lai'], ['嘉', 'Ka'], ['詠', 'Wing'], ['慧', 'Wai'], ['欣', 'Yan'],
  ['婷', 'Ting'], ['雅', 'Nga'], ['玲', 'Ling'], ['芷', 'Tsz'], ['穎', 'Wing'], ['淑', 'Suk'],
  ['敏', 'Man'], ['思', 'Sze'], ['家', 'Ka'], ['寶', 'Po'], ['鳳', 'Fung'], ['佩', 'Pui'],
  ['翠', 'Chui'], ['惠', 'Wai'], ['曉', 'Hiu'], ['琪', 'Kei'], ['詩', 'Sze'], ['樂', 'Lok'],
  ['晴', 'Ching'], ['珊', 'Shan'], ['潔', 'Kit'], ['秀', 'Sau'], ['芬', 'Fan'], ['燕', 'Yin'],
  ['霞', 'Ha'], ['小', 'Siu'], ['凱', 'Hoi'], ['倩', 'Sin'], ['君', 'Kwan'], ['兒', 'Yi'],
  ['瑩', 'Ying'], ['妍', 'Yin'], ['恩', 'Yan'], ['琳', 'Lam'], ['桂', 'Kwai'], ['碧', 'Pik'],
  ['愛', 'Oi'], ['月', 'Yuet'], ['彩', 'Choi'], ['映', 'Ying'], ['心', 'Sum'], ['蓉', 'Yung'],
];

const MALE_GIVEN: readonly Syllable[] = [
  ['志', 'Chi'], ['偉', 'Wai'], ['家', 'Ka'], ['俊', 'Chun'], ['文', 'Man'], ['國', 'Kwok'],
  ['明', 'Ming'], ['華', 'Wah'], ['建', 'Kin'], ['浩', 'Ho'], ['子', 'Tsz'], ['健', 'Kin'],
  ['德', 'Tak'], ['永', 'Wing'], ['耀', 'Yiu'], ['輝', 'Fai'], ['強', 'Keung'], ['大', 'Tai'],
  ['嘉', 'Ka'], ['立', 'Lap'], ['天', 'Tin'], ['樂', 'Lok'], ['朗', 'Long'], ['軒', 'Hin'],
  ['傑', 'Kit'], ['豪', 'Ho'], ['榮', 'Wing'], ['達', 'Tat'], ['銘', 'Ming'], ['宇', 'Yu'],
  ['智', 'Chi'], ['星', 'Sing'], ['錦', 'Kam'], ['雄', 'Hung'], ['振', 'Chun'], ['寶', 'Po'],
];

const FEMALE_ENGLISH: readonly string[] = [
  'Mandy', 'Karen', 'Winnie', 'Cindy', 'Candy', 'Carmen', 'Joyce', 'Ivy', 'Fiona', 'Vivian',
  'Jenny', 'Ada', 'Queenie', 'Kelly', 'Maggie', 'Peggy', 'Janet', 'Rebecca', 'Sharon', 'Tiffany',
  'Yoyo', 'Gigi', 'Kitty', 'Phoebe', 'Cherry', 'Bonnie', 'Eva', 'Grace', 'Teresa', 'Agnes',
  'Heidi', 'Jessica', 'Michelle', 'Stephanie', 'Chloe', 'Natalie', 'Sandy', 'Wendy', 'Susan',
  'Iris', 'Shirley', 'Connie', 'Angel', 'Coco', 'Elaine', 'Florence', 'Hazel', 'Jacqueline',
];

const MALE_ENGLISH: readonly string[] = [
  'Kenneth', 'Raymond', 'Eric', 'Kelvin', 'Alan', 'Tony', 'Jason', 'Vincent', 'Patrick', 'Terence',
  'Calvin', 'Dickson', 'Ivan', 'Samuel', 'Ken', 'Wilson', 'Benny', 'Jacky', 'Stanley', 'Gordon',
  'Alex', 'Derek', 'Edmond', 'Felix', 'Henry', 'Martin', 'Peter', 'Ricky', 'Simon', 'Wallace',
];

const REMARKS: readonly string[] = [
  '皮膚敏感，避免果酸產品', '對香薰精油過敏', '喜歡週末下午預約', '只接受電話聯絡',
  '請勿於上班時間致電', 'Prefers an English-speaking beautician', '懷孕中，暫停儀器療程',
  '朋友介紹', '生日月份送護理一次', '不接受推銷短訊', '泊車需要登記車牌', '習慣由同一位美容師服務',
];

/** E-mail domains reserved for examples (RFC 2606), so a mass send can never reach a real inbox. */
const EMAIL_DOMAINS = weighted<string>([
  ['example.com', 45], ['example.net', 25], ['example.org', 15], ['mail.example.com', 10], ['hk.example.net', 5],
]);

const pickSurname = weighted(SURNAMES);
export const pickGender = weighted<GenderCode>([['F', 85], ['M', 13], ['U', 2]]);
const NAME_STYLE = weighted<'chinese' | 'english' | 'romanised'>([['chinese', 62], ['english', 30], ['romanised', 8]]);
const AGE_BAND = weighted<readonly [number, number]>([
  [[18, 24], 10], [[25, 34], 30], [[35, 44], 30], [[45, 54], 18], [[55, 64], 9], [[65, 75], 3],
]);
const HKID_LETTER = weighted<string>([
  ['A', 6], ['C', 6], ['D', 5], ['E', 5], ['G', 4], ['H', 3], ['K', 5], ['P', 4], ['R', 4],
  ['S', 3], ['V', 2], ['Y', 3], ['Z', 5], ['M', 3], ['W', 1],
]);

export interface PersonName {
  gender: GenderCode;
  /** Surname: Chinese characters, or romanised ("Chan") for members registered in English. */
  lastName: string;
  /** Given name: Chinese characters, an English name ("Susan") or a romanised one ("Siu Lai"). */
  firstName: string;
  /** English name ("Mandy Chan") beside a Chinese name; null otherwise. */
  englishName: string | null;
  /** Romanised surname, for e-mail addresses. */
  surnameRoman: string;
  /** Given name used in e-mail addresses ("mandy", "siulai"). */
  givenForEmail: string;
}

export function generateName(rng: Rng, gender: GenderCode = pickGender(rng)): PersonName {
  const female = gender === 'F' || (gender === 'U' && rng.chance(0.5));
  const [surnameHanzi, surnameRoman] = pickSurname(rng);
  const pool = female ? FEMALE_GIVEN : MALE_GIVEN;
  const english = rng.pick(female ? FEMALE_ENGLISH : MALE_ENGLISH);
  const first = rng.pick(pool);
  let second = rng.pick(pool);
  if (second[0] === first[0]) second = rng.pick(pool);
  const syllables = rng.chance(0.93) ? [first, second] : [first];
  const givenHanzi = syllables.map((s) => s[0]).join('');
  const givenRoman = syllables.map((s) => s[1]).join(' ');

  const style = NAME_STYLE(rng);
  if (style === 'english') {
    return { gender, lastName: surnameRoman, firstName: english, englishName: null, surnameRoman, givenForEmail: english };
  }
  if (style === 'romanised') {
    return { gender, lastName: surnameRoman, firstName: givenRoman, englishName: null, surnameRoman, givenForEmail: givenRoman };
  }
  const englishName = rng.chance(0.45) ? `${english} ${surnameRoman}` : null;
  return {
    gender, lastName: surnameHanzi, firstName: givenHanzi, englishName, surnameRoman,
    givenForEmail: englishName ? english : givenRoman,
  };
}

const PHONE_SPACE = 30_000_000; // 5xxxxxxx, 6xxxxxxx and 9xxxxxxx
const MOBILE_FIRST_DIGITS = ['5', '6', '9'] as const;

function roundMix(x: number, key: number): number {
  let z = Math.imul(x ^ key, 0x9e3779b1);
  z ^= z >>> 15;
  z = Math.imul(z, 0x85ebca77);
  return (z ^ (z >>> 13)) & 0x1fff;
}

/** A 4-round Feistel network over 26 bits: a bijection on [0, 2^26). */
function feistel26(x: number, salt: number): number {
  let left = x >>> 13;
  let right = x & 0x1fff;
  for (let round = 0; round < 4; round += 1) {
    const next = left ^ roundMix(right, (salt + round * 0x632be5ab) | 0);
    left = right;
    right = next;
  }
  return (left << 13) | right;
}

/**
 * The Hong Kong mobile number (8 digits, starting with 5, 6 or 9) for sequence number `index`.
 * Distinct indices below 30,000,000 always give distinct numbers for the same salt (a keyed
 * permutation with cycle walking), so generated members never share a mobile number.
 */
export function mobileNumber(index: number, salt = 0): string {
  if (!Number.isInteger(index) || index < 0 || index >= PHONE_SPACE) {
    throw new RangeError(`mobileNumber index must be an integer in [0, ${PHONE_SPACE}); got ${index}`);
  }
  let k = index;
  do k = feistel26(k, salt); while (k >= PHONE_SPACE);
  const block = Math.floor(k / 10_000_000);
  return MOBILE_FIRST_DIGITS[block] + String(k % 10_000_000).padStart(7, '0');
}

/** A Hong Kong fixed-line number (8 digits starting with 2 or 3). */
export function landlineNumber(rng: Rng): string {
  return (rng.chance(0.8) ? '2' : '3') + String(rng.int(0, 9_999_999)).padStart(7, '0');
}

/** An identity card number in the Hong Kong format with a valid check digit, e.g. "K123456(3)". */
export function hkidNumber(rng: Rng): string {
  const letter = HKID_LETTER(rng);
  const digits = String(rng.int(0, 999_999)).padStart(6, '0');
  return `${letter}${digits}(${hkidCheckDigit(letter, digits)})`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A birthday as YYYY-MM-DD for an adult customer, ages counted at REFERENCE_YEAR. */
export const REFERENCE_YEAR = 2025;
export function birthday(rng: Rng): string {
  const [minAge, maxAge] = AGE_BAND(rng);
  const year = REFERENCE_YEAR - rng.int(minAge, maxAge);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(year, month));
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const REGISTERED_FROM = Date.UTC(2018, 0, 1);
const REGISTERED_DAYS = Math.round((Date.UTC(2025, 11, 31) - REGISTERED_FROM) / 86_400_000) + 1;

/** A registration date-time (UTC, "YYYY-MM-DD HH:MM:SS") in shop hours, 2018–2025. */
export function registeredAt(rng: Rng): string {
  const day = new Date(REGISTERED_FROM + rng.int(0, REGISTERED_DAYS - 1) * 86_400_000);
  // 10:00–21:59 in Hong Kong (UTC+8) is 02:00–13:59 UTC.
  const hour = rng.int(2, 13);
  return `${day.getUTCFullYear()}-${pad2(day.getUTCMonth() + 1)}-${pad2(day.getUTCDate())} ${pad2(hour)}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}`;
}

export function emailFor(rng: Rng, name: PersonName, birthdayIso: string | null): string {
  const given = name.givenForEmail.toLowerCase().replace(/[^a-z]/g, '');
  const surname = name.surnameRoman.toLowerCase().replace(/[^a-z]/g, '');
  const yy = birthdayIso ? birthdayIso.slice(2, 4) : String(rng.int(10, 99));
  let local: string;
  switch (rng.int(0, 4)) {
    case 0: local = `${given}.${surname}`; break;
    case 1: local = `${given}${surname}${yy}`; break;
    case 2: local = `${given}_${surname}${rng.int(1, 999)}`; break;
    case 3: local = `${surname}${given.charAt(0)}${yy}`; break;
    default: local = `${given}${rng.int(100, 9999)}`; break;
  }
  return `${local}@${EMAIL_DOMAINS(rng)}`;
}

export interface GeneratedPerson {
  lastName: string;
  firstName: string;
  englishName: string | null;
  gender: GenderCode;
  idCard: string | null;
  phone: string;
  phone2: string | null;
  email: string | null;
  birthday: string | null;
  remarks: string | null;
  /** UTC "YYYY-MM-DD HH:MM:SS". */
  registeredAt: string;
}

/**
 * One customer. `phoneIndex` is the customer's sequence number: distinct sequence numbers
 * (below 30 million) give distinct mobile numbers for the same `phoneSalt`.
 */
export function generatePerson(rng: Rng, phoneIndex: number, phoneSalt = 0): GeneratedPerson {
  const name = generateName(rng);
  const bday = rng.chance(0.94) ? birthday(rng) : null;
  return {
    lastName: name.lastName,
    firstName: name.firstName,
    englishName: name.englishName,
    gender: name.gender,
    idCard: rng.chance(0.3) ? hkidNumber(rng) : null,
    phone: mobileNumber(phoneIndex, phoneSalt),
    phone2: rng.chance(0.15) ? landlineNumber(rng) : null,
    email: rng.chance(0.65) ? emailFor(rng, name, bday) : null,
    birthday: bday,
    remarks: rng.chance(0.04) ? rng.pick(REMARKS) : null,
    registeredAt: registeredAt(rng),
  };
}
