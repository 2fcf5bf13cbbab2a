// Exits 1 when src/gql differs from what graphql-codegen generates now from the committed
// supergraph and the operations (run by client/test/codegen.test.ts; the CLI is ESM-only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const client = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(client);
const { config } = await loadCodegenConfig({ configFilePath: path.join(client, 'codegen.ts') });
const files = await generate({ ...config, silent: true }, false);
const stale = files
  .filter((file) => {
    try {
      return readFileSync(path.resolve(client, file.filename), 'utf8') !== file.content;
    } catch {
      return true;
    }
  })
  .map((file) => file.filename);
if (files.length === 0 || stale.length) {
  console.error(
    `Stale generated types: ${stale.join(', ') || 'nothing generated'}. Run \`npm run codegen -w @ash/client\`.`,
  );
  process.exit(1);
}
console.log(`${files.length} generated files up to date`);
