#!/usr/bin/env node
// `npm start`: builds, then runs the whole system (see packages/platform/src/start.ts).
const path = require('node:path');
require('./build')();
const { startPlatform } = require('@ash/platform');

startPlatform({ root: path.join(__dirname, '..') })
  .then((platform) => {
    let stopping = false;
    const stop = (reason) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${reason}: stopping the dashboard, the gateway, the subgraphs and the database…`);
      platform.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    process.once('SIGHUP', stop);
    // `npm start` runs this through a shell that does not pass SIGTERM on: when the parent goes
    // away (npm killed), stop too rather than leave PostgreSQL and the services running.
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) stop('parent exited');
    }, 500).unref();
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
