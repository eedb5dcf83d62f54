#!/usr/bin/env node
// The `claimdesk` command. The sources are TypeScript run through tsx, so a fresh `npm ci`
// needs no build step before `npm start`, `npx claimdesk …` or the tests.
import { register } from 'tsx/esm/api';

register();
// `claimdesk extract … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
