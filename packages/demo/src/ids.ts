import { createHash } from 'node:crypto';

/**
 * A stable UUID (version 5 layout) for a name: the demo data uses it so every subgraph derives the
 * same id for the same household or dwelling without reading another subgraph's tables.
 */
export function stableId(namespace: string, key: string | number): string {
  const hash = createHash('sha1').update(`${namespace}:${key}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
