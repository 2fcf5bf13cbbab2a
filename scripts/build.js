// Builds every workspace with Turborepo (cached: a no-op when nothing changed).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = function build({ quiet = false } = {}) {
  const turbo = path.join(__dirname, '..', 'node_modules', '.bin', 'turbo');
  const result = spawnSync(turbo, ['run', 'build', '--output-logs=errors-only'], {
    cwd: path.join(__dirname, '..'),
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (require.main === module) module.exports();
