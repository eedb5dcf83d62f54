#!/usr/bin/env node
// The `claimdesk` command. The sources are TypeScript run through tsx, so a fresh `npm ci`
// needs no build step before `npm start`, `npx claimdesk …` or the tests.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
