#!/usr/bin/env node
// `npm start`: builds, then runs the whole system (see packages/platform/src/start.ts).
const path = require('node:path');
require('./build')();
const { startPlatform } = require('@ash/platform');

startPlatform({ root: path.join(__dirname, '..') })
  .then((platform) => {
    const stop = (signal) => {
      console.log(`\n${signal}: stopping the gateway, the subgraphs and the database…`);
      platform.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
