/**
 * Post-build step: reprints the server bundles under <distDir>/server so their source is ASCII only.
 *
 * V8 keeps a script's source text for the life of the process, at one byte a character when every
 * character is Latin-1 and at two bytes otherwise. A single Chinese description or em dash in a
 * comment makes a whole chunk two-byte, and the server bundles' source is most of the server's
 * heap after start (docs/benchmarks.md, "Server memory"). Next 16 / Turbopack has no option for
 * ASCII-only server output, and server minification stays off so that class names (GraphQL type
 * and table names) survive; hence this step.
 *
 * SWC prints each file that has a character above U+007F again, ASCII only (`\x`/`\u` escapes),
 * without comments, with no compression and no renaming: the same program. SWC keeps a tagged
 * template's text as written, since its raw form (String.raw, …) would show the escape: a file
 * with non-ASCII text there is left alone and listed.
 *
 * Usage (after `next build`; `npm run build` runs it): node -r ./scripts/register.js
 * scripts/ascii-server-chunks.ts [--dir <distDir>]   (default: $NEXT_DIST_DIR or .next)
 */
import fs from 'node:fs';
import path from 'node:path';
import { transformSync, type Options } from '@swc/core';

export type EscapeResult = { code: string; changed: boolean; skipped?: string };

const NON_ASCII = /[^\x00-\x7f]/;

/** Printing only: no compression, no renaming, no comments; strings, templates, regexes and names escaped. */
const PRINT_ASCII: Options = {
  sourceMaps: false,
  isModule: 'unknown',
  minify: true,
  jsc: {
    target: 'esnext',
    parser: { syntax: 'ecmascript' },
    minify: { compress: false, mangle: false, format: { comments: false, asciiOnly: true } },
    output: { charset: 'ascii' },
  },
};

/** The same program printed ASCII only, or the source unchanged with the reason it was left alone. */
export function escapeJsToAscii(source: string): EscapeResult {
  if (!NON_ASCII.test(source)) return { code: source, changed: false };
  let code: string;
  try {
    code = transformSync(source, PRINT_ASCII).code;
  } catch (error) {
    return { code: source, changed: false, skipped: `not parsed: ${String(error).split('\n')[0]}` };
  }
  if (NON_ASCII.test(code)) return { code: source, changed: false, skipped: 'non-ASCII character in a tagged template' };
  return { code, changed: true };
}

function jsFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...jsFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.js')) found.push(full);
  }
  return found;
}

export type RewriteSummary = { scanned: number; rewritten: number; bytesBefore: number; bytesAfter: number; skipped: Array<{ file: string; reason: string }> };

/** Rewrites the non-ASCII `.js` files under `serverDir` in place (same mode); running it again changes nothing. */
export function rewriteServerChunks(serverDir: string): RewriteSummary {
  const summary: RewriteSummary = { scanned: 0, rewritten: 0, bytesBefore: 0, bytesAfter: 0, skipped: [] };
  for (const file of jsFiles(serverDir)) {
    summary.scanned++;
    const buffer = fs.readFileSync(file);
    if (!buffer.some((byte) => byte > 0x7f)) continue;
    const result = escapeJsToAscii(buffer.toString('utf8'));
    if (result.skipped) summary.skipped.push({ file: path.relative(serverDir, file), reason: result.skipped });
    if (!result.changed) continue;
    // A new file renamed over the old: keeps the mode, and never writes through a hard link.
    const { mode } = fs.statSync(file);
    const temporary = `${file}.ascii-${process.pid}.tmp`;
    fs.writeFileSync(temporary, result.code, { mode });
    fs.chmodSync(temporary, mode);
    fs.renameSync(temporary, file);
    summary.rewritten++;
    summary.bytesBefore += buffer.length;
    summary.bytesAfter += Buffer.byteLength(result.code);
  }
  return summary;
}

function main() {
  const at = process.argv.indexOf('--dir');
  const distDir = at >= 0 ? process.argv[at + 1] : process.env.NEXT_DIST_DIR || '.next';
  const serverDir = path.resolve(distDir, 'server');
  if (!fs.existsSync(serverDir)) {
    console.error(`ascii-server-chunks: ${serverDir} does not exist (run next build first)`);
    process.exit(1);
  }
  const started = process.hrtime.bigint();
  const summary = rewriteServerChunks(serverDir);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
  console.log(
    `ascii-server-chunks: ${summary.rewritten} of ${summary.scanned} .js files under ${path.relative(process.cwd(), serverDir) || '.'} reprinted ` +
      `(${mb(summary.bytesBefore)} MB -> ${mb(summary.bytesAfter)} MB), ${summary.skipped.length} left with non-ASCII, ${ms.toFixed(0)} ms`,
  );
  for (const { file, reason } of summary.skipped) console.log(`  left as is: ${file}: ${reason}`);
}

if (require.main === module) main();
