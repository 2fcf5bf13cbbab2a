import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * French done right in the dashboard's texts: nouns agree with their number through i18next's plural
 * keys (`_one`, `_other`), never "ménage(s)"; a plural key never comes without its pair.
 */
const dir = path.resolve(__dirname, '..', 'src', 'i18n', 'locales', 'fr');

function strings(value: unknown, key = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[key, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
  return [];
}

const texts = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) =>
    strings(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).map(([key, text]) => ({
      key: `${file.replace('.json', '')}:${key}`,
      text,
    })),
  );

describe('the French texts', () => {
  it('are read', () => {
    expect(texts.find((t) => t.key === 'common:counts.person_other')?.text).toBe('{{formatted}} personnes');
  });

  it('agree in number instead of writing "(s)"', () => {
    expect(texts.filter((t) => /\((s|e|es|x)\)/.test(t.text)).map((t) => t.key)).toEqual([]);
  });

  it('give each singular its plural and each plural its singular', () => {
    const keys = new Set(texts.map((t) => t.key));
    const unpaired = texts
      .map((t) => t.key)
      .filter((key) => {
        const one = /_one$/.test(key);
        const other = /_other$/.test(key);
        if (!one && !other) return false;
        return !keys.has(key.replace(/_(one|other)$/, one ? '_other' : '_one'));
      });
    expect(unpaired).toEqual([]);
  });
});
