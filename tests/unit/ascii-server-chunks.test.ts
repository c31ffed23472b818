import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { escapeJsToAscii, rewriteServerChunks } from '@/scripts/ascii-server-chunks';

const NON_ASCII = /[^\x00-\x7f]/;

function escaped(source: string): string {
  const result = escapeJsToAscii(source);
  expect(result.skipped).toBeUndefined();
  expect(result.code).not.toMatch(NON_ASCII);
  return result.code;
}

/** Runs a CommonJS body and returns what it exports. */
function run(body: string): unknown {
  const loaded: { exports?: unknown } = {};
  new Function('module', body)(loaded);
  return loaded.exports;
}

describe('escapeJsToAscii', () => {
  it('keeps string and template values, Chinese, Latin-1 and astral characters alike', () => {
    const source = 'const n = 3; const a = "聯絡紀錄 — é"; module.exports = [a, `共 ${n} 位會員${`（${n > 1 ? "多" : "單"}）`}完成 👇`, "😀".length];';
    expect(run(escaped(source))).toEqual(['聯絡紀錄 — é', '共 3 位會員（多）完成 👇', 2]);
  });

  it('keeps regular expressions, identifiers and class names, and drops comments', () => {
    const source = [
      '// 聯絡 — 說明',
      'class 會員卡 {} class ContactLog {}',
      "const 名稱 = 'x', o = { 會員: 1 }; const re = /[\\u3400-\\u9fff]+—/g; const astral = /^[😀-😂]$/u;",
      "/* 多行 註解 */ module.exports = [名稱, o.會員, '聯絡—'.match(re)[0], astral.test('😁'), 會員卡.name, ContactLog.name];",
    ].join('\n');
    const code = escaped(source);
    expect(code).not.toContain('//');
    expect(run(code)).toEqual(['x', 1, '聯絡—', true, '會員卡', 'ContactLog']);
  });

  it('leaves a file alone when a tagged template has non-ASCII text, since its raw text would change', () => {
    const source = 'const gql = (s) => s.raw[0]; module.exports = [String.raw`聯絡\\n`, gql`{ 會員 }`];';
    expect(escapeJsToAscii(source)).toEqual({ code: source, changed: false, skipped: 'non-ASCII character in a tagged template' });
    const nested = 'const t = (s) => s.raw.join("|"); module.exports = t`${`${1}`}聯`;';
    expect(escapeJsToAscii(nested).skipped).toBe('non-ASCII character in a tagged template');
    // Non-ASCII only in a tagged template's substitution, or in untagged templates: printed.
    expect(run(escaped('module.exports = [String.raw`a\\n${"聯"}`, `聯` + `絡`];'))).toEqual(['a\\n聯', '聯絡']);
  });

  it('leaves ASCII-only source as it is', () => {
    expect(escapeJsToAscii('module.exports = 1; // plain')).toEqual({ code: 'module.exports = 1; // plain', changed: false });
  });

  it('leaves a file SWC cannot parse alone, saying why', () => {
    expect(escapeJsToAscii('const a = "聯";\nreturn a;').skipped).toMatch(/^not parsed: /);
  });
});

describe('rewriteServerChunks', () => {
  it('reprints only the non-ASCII .js files, keeps their mode, and changes nothing the second time', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascii-chunks-'));
    try {
      fs.mkdirSync(path.join(dir, 'chunks'));
      fs.writeFileSync(path.join(dir, 'chunks', 'a.js'), 'module.exports = "聯絡";', { mode: 0o640 });
      fs.writeFileSync(path.join(dir, 'b.js'), 'module.exports = "plain";');
      fs.writeFileSync(path.join(dir, 'c.json'), '{"a":"聯絡"}');
      const first = rewriteServerChunks(dir);
      expect(first).toMatchObject({ scanned: 2, rewritten: 1, skipped: [] });
      const a = path.join(dir, 'chunks', 'a.js');
      expect(fs.readFileSync(a, 'utf8')).not.toMatch(NON_ASCII);
      expect(fs.statSync(a).mode & 0o777).toBe(0o640);
      const loaded: { exports?: unknown } = {};
      new Function('module', fs.readFileSync(a, 'utf8'))(loaded);
      expect(loaded.exports).toBe('聯絡');
      expect(fs.readFileSync(path.join(dir, 'c.json'), 'utf8')).toBe('{"a":"聯絡"}');
      expect(rewriteServerChunks(dir)).toMatchObject({ scanned: 2, rewritten: 0 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
