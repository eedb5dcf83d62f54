// The terminal chat, driven as a person or a script would: a real child process fed by a pipe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', 'bin', 'claimdesk.mjs');

function claimdesk(args: string[], dataDir: string, input = '') {
  return spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CLAIMDESK_DATA_DIR: dataDir, SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' },
  });
}

test('npm start with no chat tokens: a terminal chat on the seeds that reads one query a line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-console-'));
  try {
    const run = claimdesk(['serve'], dir, '/claim bakhmut control\n/claim help\n/claim\nfrom:nobodyatall\n');
    assert.equal(run.status, 0, run.stderr);
    const out = run.stdout;
    // The answer, then its thread of citations indented under it.
    assert.match(out, /claimdesk ▸ bakhmut control\n {2}\d+ claims from \d+ speakers/);
    assert.match(out, /Sources disagree/);
    assert.match(out, /└─ thread: \d+ citations/);
    assert.match(out, / {5}│ \[1\] /);
    assert.match(out, /Yevgeny Prigozhin/);
    // Help and errors are answered in the chat, never as a stack trace.
    assert.match(out, /Ask claimdesk about what sources said/);
    assert.match(out, /claimdesk ▸ Ask about something/);
    assert.match(out, /claimdesk ▸ No speaker called "nobodyatall"/);
    assert.doesNotMatch(out + run.stderr, /at .*\.ts:\d+:\d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest then ask: article text cannot drive the terminal, and ask --json prints the Answer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-console-'));
  try {
    const article = join(dir, 'tram.txt');
    writeFileSync(
      article,
      '---\noutlet: Harbour Gazette\npublished: 2024-05-02\nheadline: Tram line delayed\n---\n' +
        '“The tram line \u001b[31mwill open in\u001b[0m October,” said Mayor Lena Ortiz on Wednesday.\n',
    );
    const ingest = claimdesk(['ingest', article], join(dir, 'data'));
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.match(ingest.stdout, /added +.*tram\.txt \(1 claims\)/);
    assert.match(ingest.stdout, /ingested: 1 added/);
    const again = claimdesk(['ingest', article], join(dir, 'data'));
    assert.match(again.stdout, /unchanged/);

    const chat = claimdesk(['ask', 'tram line'], join(dir, 'data'));
    assert.equal(chat.status, 0, chat.stderr);
    assert.match(chat.stdout, /Lena Ortiz/);
    assert.doesNotMatch(chat.stdout, /\u001b/, 'no escape sequence reaches the terminal');

    const json = claimdesk(['ask', '--json', 'tram line'], join(dir, 'data'));
    const answer = JSON.parse(json.stdout);
    assert.equal(answer.query, 'tram line');
    assert.equal(answer.citations[0].outlet, 'Harbour Gazette');
    assert.equal(answer.groups[0].statements[0].speaker.name, 'Lena Ortiz');
    assert.equal(answer.groups[0].statements[0].saidOn, '2024-05-01');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the terminal chat manages its digests, kept in the store across restarts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-console-'));
  try {
    const first = claimdesk(['serve'], dir, '/claim digest subscribe bakhmut at 07:30 tz Europe/Kyiv\n/claim digest subscribe bakhmut at 31:00\n/claim digest list\n');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Digest subscribed\n {2}d1 · bakhmut · daily at 07:30 Europe\/Kyiv · next: \d{4}-\d\d-\d\d 07:30/);
    assert.match(first.stdout, /claimdesk ▸ "31:00" is not a time of day/);
    assert.match(first.stdout, /Digests in this channel \(1\)/);
    const second = claimdesk(['serve'], dir, '/claim digest unsubscribe bakhmut\n/claim digest list\n');
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /Digest stopped\n {2}d1 · bakhmut: no more digests/);
    assert.match(second.stdout, /No digests in this channel/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
