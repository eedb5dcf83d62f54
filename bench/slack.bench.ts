// `node --import tsx bench/slack.bench.ts`: how fast the Slack adapter acknowledges `/claim`
// (Slack gives up on a command not acked within 3 s; the target here is p99 < 100 ms).
//
// The real Bolt app (HTTP mode) and the core run in a child process of their own, as in
// production; this process hosts the local fake Slack (test/fakes/slack.ts) and the client, which
// sends signed slash commands, 20 at a time, and times each from send to the HTTP ack, and to the
// parent message of its answer reaching the fake. Three scenarios:
//
//   idle                    nothing else running
//   ingest, other process   a large `claimdesk ingest` into the same store from another process
//                           (how articles are ingested today; the server answers from its index)
//   ingest, same process    the same ingest through `core.ingest()` inside the server process
//
// Prints a table and writes bench/results/slack.json (or --out FILE). It reports, never asserts.
//   node --import tsx bench/slack.bench.ts [--commands 200] [--concurrency 20] [--repeats 8]
//                                          [--only idle,other,same] [--out FILE]
// "loop delay" is the server process's event-loop delay (perf_hooks.monitorEventLoopDelay) over
// the scenario: how long a request arriving at the worst moment waits before it is even read.
// BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --trace-gc") is passed to the server process's node.
// The figures are wall-clock: other work on the machine shows up in them.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startSlack } from '../adapters/slack/index.ts';
import { Core } from '../src/core.ts';
import { commandBody, FakeSlack, signedPost, type ApiCall } from '../test/fakes/slack.ts';
import { POLNEAR_DIR, SEEDS_DIR } from './corpus.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const SCRIPT = fileURLToPath(import.meta.url);
const TARGET_ACK_P99_MS = 100;
const SLACK_ACK_DEADLINE_MS = 3000;
const BOT_TOKEN = 'xoxb-bench-token';
const SECRET = 'bench-signing-secret';
const QUERIES = ['bakhmut control', 'from:zelensky', 'wagner', 'help', 'bakhmut since:2023-05', 'outlet:newsweek', '"legal sense"', 'prigozhin'];

const { values: opts } = parseArgs({
  options: {
    commands: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '20' },
    repeats: { type: 'string', default: '8' },
    out: { type: 'string' },
    only: { type: 'string' },
    // Internal: run the server side in this process.
    server: { type: 'boolean', default: false },
    data: { type: 'string' },
    api: { type: 'string' },
  },
});

// --- the server process ------------------------------------------------------------------------

type ToServer = { type: 'ingest'; dir: string } | { type: 'loopDelay' } | { type: 'stop' };
type FromServer =
  | { type: 'ready'; port: number }
  | { type: 'ingested'; ms: number; articles: number }
  | { type: 'loopDelay'; p50Ms: number; p99Ms: number; maxMs: number }
  | { type: 'stopped' };

async function serve(): Promise<void> {
  const send = (m: FromServer) => process.send!(m);
  const core = await Core.open({ dataDir: opts.data!, extraction: 'worker' });
  const slack = await startSlack({ query: core.query, botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: opts.api!, port: 0, retries: 0, log: () => {} });
  // How long the server's event loop was kept from polling for I/O (new requests wait that long).
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  process.on('message', async (m: ToServer) => {
    if (m.type === 'loopDelay') {
      const ms = (ns: number) => Math.round(ns / 1e5) / 10;
      send({ type: 'loopDelay', p50Ms: ms(delay.percentile(50)), p99Ms: ms(delay.percentile(99)), maxMs: ms(delay.max) });
      delay.reset();
    } else if (m.type === 'ingest') {
      const started = performance.now();
      const report = await core.ingest([m.dir]);
      send({ type: 'ingested', ms: performance.now() - started, articles: report.counts.added });
    } else {
      await slack.stop();
      core.close();
      send({ type: 'stopped' });
      process.disconnect();
    }
  });
  send({ type: 'ready', port: slack.port! });
}

// --- the client side ---------------------------------------------------------------------------

const COMMANDS = Number(opts.commands);
const CONCURRENCY = Number(opts.concurrency);
const REPEATS = Number(opts.repeats);

interface Sample {
  ackMs: number;
  answerMs: number | null;
  status: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(samples: Sample[], ingestMs?: number) {
  const acks = samples.map((s) => s.ackMs).sort((a, b) => a - b);
  const answers = samples.flatMap((s) => (s.answerMs === null ? [] : [s.answerMs])).sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    commands: samples.length,
    non200: samples.filter((s) => s.status !== 200).length,
    ackP50Ms: round(percentile(acks, 50)),
    ackP99Ms: round(percentile(acks, 99)),
    ackMaxMs: round(acks.at(-1) ?? NaN),
    overSlackDeadline: acks.filter((a) => a > SLACK_ACK_DEADLINE_MS).length,
    answerP50Ms: round(percentile(answers, 50)),
    answerP99Ms: round(percentile(answers, 99)),
    ingestMs: ingestMs === undefined ? null : Math.round(ingestMs),
    ackP99TargetMet: percentile(acks, 99) < TARGET_ACK_P99_MS,
  };
}

/** The ingest corpus: polnear-dev and the seeds, `repeats` times, each copy with its own body. */
function makeIngestCorpus(dir: string, tag: string): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const txt = (d: string) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f));
  const sources = [...(existsSync(POLNEAR_DIR) ? txt(POLNEAR_DIR) : []), ...txt(SEEDS_DIR)];
  let files = 0;
  let bytes = 0;
  for (let r = 0; r < REPEATS; r++) {
    for (const source of sources) {
      const name = source.split('/').at(-1)!;
      // A line of its own makes each copy a distinct article (ids hash the body).
      const text = `${readFileSync(source, 'utf8')}\n\nBench copy ${tag} ${r} of ${name}.\n`;
      writeFileSync(join(dir, `r${r}_${name}`), text);
      files += 1;
      bytes += Buffer.byteLength(text);
    }
  }
  return { files, bytes };
}

async function load(label: string, fake: FakeSlack, url: string, during?: () => Promise<unknown>): Promise<Sample[]> {
  const samples: Sample[] = [];
  let next = 0;
  const background = during?.();
  const worker = async (w: number) => {
    while (next < COMMANDS) {
      const i = next++;
      const channel = `C-${label}-${w}-${i}`;
      const query = QUERIES[i % QUERIES.length]!;
      const started = performance.now();
      const res = await signedPost(url, commandBody(fake, { text: query, channel }), { secret: SECRET });
      const ackMs = performance.now() - started;
      let answerMs: number | null = null;
      if (query !== 'help') {
        const parent = await fake.waitFor<ApiCall>('call', (c) => c.args.channel === channel, 60_000).catch(() => null);
        if (parent) answerMs = performance.now() - started;
      }
      samples.push({ ackMs, answerMs, status: res.status });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  await background;
  return samples;
}

function nextMessage(child: ChildProcess, type: FromServer['type']): Promise<FromServer> {
  return new Promise((resolvePromise, reject) => {
    const onMessage = (m: FromServer) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolvePromise(m);
    };
    const onExit = (code: number | null) => reject(new Error(`server process exited (${code}) before "${type}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'claimdesk-slack-bench-'));
  const fake = await new FakeSlack({ botToken: BOT_TOKEN }).start();
  let server: ChildProcess | undefined;
  try {
    const dataDir = join(work, 'data');
    // Seed the store once here, so the server process starts on a ready store.
    (await Core.open({ dataDir })).close();
    const corpus = makeIngestCorpus(join(work, 'ingest-other'), 'other');
    makeIngestCorpus(join(work, 'ingest-same'), 'same');

    server = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', SCRIPT, '--server', '--data', dataDir, '--api', fake.apiUrl], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ready = (await nextMessage(server, 'ready')) as Extract<FromServer, { type: 'ready' }>;
    const url = `http://127.0.0.1:${ready.port}/slack/events`;

    await load('warmup', fake, url);
    fake.calls.length = 0;
    fake.responses.length = 0;

    const loopDelay = async () => {
      const reply = nextMessage(server!, 'loopDelay');
      server!.send({ type: 'loopDelay' } satisfies ToServer);
      const { p50Ms, p99Ms, maxMs } = (await reply) as Extract<FromServer, { type: 'loopDelay' }>;
      return { p50Ms, p99Ms, maxMs };
    };
    const scenarios: Array<{ key: string; name: string; during?: () => Promise<number> }> = [
      { key: 'idle', name: 'idle' },
      {
        key: 'other',
        name: 'ingest, other process',
        during: async () => {
          const started = performance.now();
          const child = spawn(process.execPath, [join(root, 'bin', 'claimdesk.mjs'), 'ingest', join(work, 'ingest-other')], { env: { ...process.env, CLAIMDESK_DATA_DIR: dataDir }, stdio: 'ignore' });
          const [code] = (await once(child, 'exit')) as [number | null];
          if (code !== 0) throw new Error(`claimdesk ingest exited ${code}`);
          return performance.now() - started;
        },
      },
      {
        key: 'same',
        name: 'ingest, same process',
        during: async () => {
          const done = nextMessage(server!, 'ingested');
          server!.send({ type: 'ingest', dir: join(work, 'ingest-same') } satisfies ToServer);
          return ((await done) as Extract<FromServer, { type: 'ingested' }>).ms;
        },
      },
    ];
    const only = opts.only?.split(',');
    const results: Record<string, ReturnType<typeof summarise> & { serverLoopDelay: { p50Ms: number; p99Ms: number; maxMs: number } }> = {};
    for (const scenario of scenarios) {
      if (only && !only.includes(scenario.key)) continue;
      await loopDelay();
      let ingestMs: number | undefined;
      const during = scenario.during;
      const samples = await load(scenario.key, fake, url, during ? async () => (ingestMs = await during()) : undefined);
      results[scenario.name] = { ...summarise(samples, ingestMs), serverLoopDelay: await loopDelay() };
    }

    const stopped = nextMessage(server, 'stopped');
    server.send({ type: 'stop' } satisfies ToServer);
    await stopped;

    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      commands: COMMANDS,
      concurrency: CONCURRENCY,
      queries: QUERIES,
      ingest: { articles: corpus.files, mib: Math.round((corpus.bytes / 1024 / 1024) * 100) / 100 },
      targets: { ackP99Ms: TARGET_ACK_P99_MS, slackAckDeadlineMs: SLACK_ACK_DEADLINE_MS },
      results,
    };
    console.log(`Slack adapter ack latency: ${COMMANDS} signed /claim commands, ${CONCURRENCY} at a time; the Bolt app in its own process, against the local fake`);
    console.log(`ingest: ${corpus.files} articles, ${report.ingest.mib} MiB; ${report.cores} cores; target: ack p99 < ${TARGET_ACK_P99_MS} ms\n`);
    const row = (cells: string[]) => console.log(cells.join('  '));
    row(['scenario'.padEnd(22), 'ack p50', 'ack p99', 'ack max', '>3 s', 'answer p50', 'answer p99', 'ingest ms', 'loop delay p99/max', 'ack p99 target']);
    for (const [name, r] of Object.entries(results)) {
      const loop = `${r.serverLoopDelay.p99Ms}/${r.serverLoopDelay.maxMs}`;
      row([name.padEnd(22), `${r.ackP50Ms}`.padStart(7), `${r.ackP99Ms}`.padStart(7), `${r.ackMaxMs}`.padStart(7), `${r.overSlackDeadline}`.padStart(4), `${r.answerP50Ms}`.padStart(10), `${r.answerP99Ms}`.padStart(10), `${r.ingestMs ?? '-'}`.padStart(9), loop.padStart(18), r.ackP99TargetMet ? 'met' : 'NOT met']);
    }
    const out = resolve(opts.out ?? join(root, 'bench', 'results', 'slack.json'));
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwritten: ${out}`);
  } finally {
    if (server && server.exitCode === null && server.connected) server.kill();
    await fake.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (opts.server) await serve();
else await main();
