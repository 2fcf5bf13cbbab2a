#!/usr/bin/env node
// `npm run --silent token -- <ROLE>`: prints a development token (HS256, 12 h) for the demo user
// holding that role. Not for production: a real identity provider issues tokens there.
require('./build')({ quiet: true });
const { demoUser, DEMO_USERS } = require('@ash/demo');
const { DEV_JWT_SECRET, signDevToken } = require('@ash/gateway');

const role = (process.argv[2] ?? '').toUpperCase();
const roles = [...new Set(DEMO_USERS.map((u) => u.role))];
if (!roles.includes(role)) {
  console.error(`Usage: npm run --silent token -- <${roles.join('|')}>`);
  process.exit(2);
}
if (process.env.NODE_ENV === 'production') {
  console.error('Development tokens are not issued in production');
  process.exit(2);
}
signDevToken(demoUser(role), process.env.AUTH_JWT_SECRET ?? DEV_JWT_SECRET).then((token) =>
  console.log(token),
);
