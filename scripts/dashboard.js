#!/usr/bin/env node
// `npm run dashboard`: builds, then serves the dashboard alone against a remote gateway
// (GATEWAY_URL, e.g. https://gateway.example.org/graphql), on DASHBOARD_PORT (5173) and HOST
// (127.0.0.1; 0.0.0.0 in a container). In production the image is already built.
const path = require('node:path');
if (process.env.NODE_ENV !== 'production') require('./build')();
const { startDashboard } = require('@ash/platform');

const gatewayUrl = process.env.GATEWAY_URL;
if (!gatewayUrl) {
  console.error(
    'Set GATEWAY_URL to the gateway to use, e.g. GATEWAY_URL=https://gateway.example.org/graphql',
  );
  process.exit(2);
}
const port = Number(process.env.DASHBOARD_PORT ?? 5173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`DASHBOARD_PORT is not a port: ${process.env.DASHBOARD_PORT}`);
  process.exit(2);
}
const distDir = path.join(path.dirname(require.resolve('@ash/client/package.json')), 'dist');

startDashboard({ port, host: process.env.HOST ?? '127.0.0.1', gatewayUrl, distDir })
  .then((dashboard) => {
    console.log(`Dashboard: ${dashboard.url.replace('127.0.0.1', 'localhost')}  (gateway: ${gatewayUrl})`);
    console.log('Ctrl-C stops it.');
    const stop = () => dashboard.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use: set DASHBOARD_PORT to another port`
        : error.message,
    );
    process.exit(1);
  });
