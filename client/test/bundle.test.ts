import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve(__dirname, '..', 'dist');
const BUDGET_BYTES = 300 * 1024;

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** What the browser must download before the first page shows: the entry and its static imports. */
export function initialJavaScript(): { files: string[]; gzipBytes: number } {
  const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const files = [...seen].map((key) => manifest[key].file);
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length,
    0,
  );
  return { files, gzipBytes };
}

// The production build (`npm test` builds first): the dashboard's first load stays light.
test('the initial JavaScript of the production build is under 300 KB gzipped', () => {
  const { files, gzipBytes } = initialJavaScript();
  console.log(`initial JavaScript: ${files.join(', ')} — ${(gzipBytes / 1024).toFixed(1)} KB gzipped`);
  expect(gzipBytes).toBeLessThan(BUDGET_BYTES);
});
