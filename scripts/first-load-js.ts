/**
 * First-load JavaScript of pages in a production build: the chunks a browser fetches before a page
 * is interactive (Next's root main files plus every chunk the page's layouts and page entry need),
 * raw and gzipped. Next 16 no longer prints this after `next build`, so it is read from the build's
 * manifests. Usage after `npm run build`: npm run bench:first-load [-- <route> …] [--dir .next]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const DEFAULT_ROUTES = ['/[locale]/(app)/members/page', '/[locale]/(app)/members/[id]/page', '/[locale]/(app)/contacts/page', '/[locale]/(app)/contacts/[id]/page'];

type ClientReferenceManifest = { entryJSFiles: Record<string, string[]> };

function argValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function pageManifest(buildDir: string, route: string): ClientReferenceManifest {
  const file = path.join(buildDir, 'server', 'app', `${route}_client-reference-manifest.js`);
  const holder = globalThis as { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> };
  holder.__RSC_MANIFEST = {};
  // The manifest is a script that assigns itself to globalThis.__RSC_MANIFEST[route].
  new Function(fs.readFileSync(file, 'utf8'))();
  const manifest = holder.__RSC_MANIFEST[route];
  if (!manifest) throw new Error(`No client reference manifest for ${route} in ${file}`);
  return manifest;
}

function firstLoadFiles(buildDir: string, route: string): string[] {
  const build = JSON.parse(fs.readFileSync(path.join(buildDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const files = new Set(build.rootMainFiles);
  for (const chunks of Object.values(pageManifest(buildDir, route).entryJSFiles)) for (const chunk of chunks) files.add(chunk);
  return [...files];
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

const buildDir = path.resolve(argValue('--dir') ?? '.next');
const routes = process.argv.slice(2).filter((arg, i, all) => arg !== '--dir' && all[i - 1] !== '--dir');
for (const route of routes.length ? routes : DEFAULT_ROUTES) {
  let raw = 0;
  let gzipped = 0;
  for (const file of firstLoadFiles(buildDir, route)) {
    const content = fs.readFileSync(path.join(buildDir, file));
    raw += content.length;
    gzipped += zlib.gzipSync(content, { level: 9 }).length;
  }
  console.log(`${route.padEnd(40)} ${kB(raw).padStart(10)}  gzip ${kB(gzipped).padStart(9)}`);
}
