import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The dashboard's operation types are generated from the committed supergraph: when the schema or
// an operation changes, `npm run codegen -w @ash/client` must be run and its output committed.
test('generated operation types match the supergraph and the operations', () => {
  const script = path.resolve(__dirname, '..', 'scripts', 'codegen-check.mjs');
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
}, 120_000);
