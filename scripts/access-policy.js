// Writes docs/access-policy.md from each subgraph's declared access policy (`--check`: fails when stale).
const path = require('node:path');
const build = require('./build');

build({ quiet: true });
const { ACCESS_POLICY_PATH, readAccessPolicy, renderAccessPolicy, writeAccessPolicy } = require(
  path.join(__dirname, '..', 'schema', 'dist', 'access-policy.js'),
);
const relative = path.relative(path.join(__dirname, '..'), ACCESS_POLICY_PATH);

renderAccessPolicy()
  .then((document) => {
    if (process.argv.includes('--check')) {
      if (readAccessPolicy() !== document) {
        console.error(`Stale: ${relative}. Run \`npm run docs:policy\`.`);
        process.exit(1);
      }
      console.log(`${relative} is fresh.`);
      return;
    }
    writeAccessPolicy(document);
    console.log(`wrote ${relative}`);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
