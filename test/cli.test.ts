// The `claimdesk extract` contract, driven through a real child process as the checks use it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const bin = join(import.meta.dirname, '..', 'bin', 'claimdesk.mjs');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

function fixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-cli-'));
  writeFileSync(
    join(dir, 'harbour.txt'),
    [
      '---',
      'outlet: The Coastal Herald',
      'published: 2024-03-11',
      'headline: Harbour plan splits the council',
      '---',
      '“The harbour will be finished by June,” Mayor Lena Ortiz said on Sunday.',
      '',
      'The port authority said in a statement that the work had barely begun.',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x01]));
  return dir;
}

test('extract --json prints claims keyed by file name, reports bad files on stderr and goes on', () => {
  const dir = fixtures();
  const result = run(['extract', '--json', join(dir, 'harbour.txt'), join(dir, 'empty.txt'), join(dir, 'image.txt')]);
  assert.equal(result.status, 1, 'some inputs failed: exit 1');
  const out = JSON.parse(result.stdout) as Record<string, Array<Record<string, unknown>>>;
  assert.deepEqual(Object.keys(out), ['harbour.txt']);
  const claims = out['harbour.txt']!;
  const mayor = claims.find((c) => (c.speaker as { name: string }).name === 'Lena Ortiz');
  assert.ok(mayor, 'the mayor’s quote is found');
  assert.equal(mayor.content, 'The harbour will be finished by June');
  assert.equal(mayor.kind, 'direct');
  assert.equal(mayor.saidOn, '2024-03-10');
  for (const key of ['speaker', 'content', 'cue', 'kind', 'saidOn', 'start', 'end', 'sentence']) assert.ok(key in mayor, `claim has ${key}`);
  const authority = claims.find((c) => /port authority/i.test((c.speaker as { name: string }).name));
  assert.equal(authority?.content, 'the work had barely begun');
  assert.match(result.stderr, /empty\.txt: empty:/);
  assert.match(result.stderr, /image\.txt: binary:/);
});

test('extract without --json prints a readable listing with the article metadata', () => {
  const dir = fixtures();
  const result = run(['extract', join(dir, 'harbour.txt')]);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /harbour\.txt: Harbour plan splits the council \(The Coastal Herald, 2024-03-11\)/);
  assert.match(result.stdout, /Lena Ortiz \(Mayor\) said on 2024-03-10 \[direct\]/);
});

test('usage errors and bad settings exit 2 with a message, never a stack trace', () => {
  const none = run(['extract']);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /name at least one file or folder/);
  const unknown = run(['frobnicate']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  const dir = fixtures();
  const bad = run(['extract', join(dir, 'harbour.txt')], { CLAIMDESK_MAX_FILE_BYTES: 'lots' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /CLAIMDESK_MAX_FILE_BYTES/);
  assert.doesNotMatch(bad.stderr, /at .*\.ts:\d+/);
});

test('a missing file is reported with not_found and the exit code says nothing was read', () => {
  const result = run(['extract', '--json', '/nonexistent/claimdesk/article.txt']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /not_found/);
});
