// An Answer as terminal text: the parent message, then its thread of citations indented under
// it, as a chat client shows a thread. Article text is stripped of control characters so a
// crafted article cannot move the cursor or recolour the terminal.
import { basename } from 'node:path';
import type { Answer, AnswerStatement, Citation, Help } from '../../src/query/index.ts';

/** Terminal escape sequences and other control characters (tab and newline are kept). */
const CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function plain(text: string): string {
  return text.replace(CONTROL, '');
}

export function renderAnswer(answer: Answer): string {
  const lines: string[] = [];
  lines.push(`claimdesk ▸ ${plain(answer.query)}`);
  lines.push(...wrap(plain(answer.summary), '  '));
  for (const group of answer.groups) {
    lines.push('');
    lines.push(`  ${plain(group.label)}`);
    for (const s of group.statements) lines.push(...wrap(`${statementLine(s, group.side !== null)} ${s.citations.map((n) => `[${n}]`).join('')}`, '    • ', '      '));
  }
  if (answer.omitted > 0) lines.push('', `  …and ${answer.omitted} more statements: narrow the query with from:, outlet: or since:.`);
  lines.push('', `  └─ thread: ${answer.citations.length} citation${answer.citations.length === 1 ? '' : 's'}`);
  const byCitation = new Map<number, AnswerStatement>();
  for (const g of answer.groups) for (const s of g.statements) for (const n of s.citations) byCitation.set(n, s);
  for (const c of answer.citations) {
    lines.push('     │');
    lines.push(...renderCitation(c, byCitation.get(c.n)!).map((l) => `     │ ${l}`));
  }
  return lines.join('\n');
}

function statementLine(s: AnswerStatement, withSpeaker: boolean): string {
  // Only a direct quote gets quotation marks: indirect and mixed claims carry their own.
  const quote = s.kind === 'direct' ? `“${plain(s.content)}”` : plain(s.content);
  const reports = s.outlets.length > 1 ? ` (reported by ${s.outlets.length} outlets)` : '';
  return `${withSpeaker ? `${plain(s.speaker.name)}: ` : ''}${quote}${reports}`;
}

function renderCitation(c: Citation, s: AnswerStatement): string[] {
  const who = s.speaker.role && s.speaker.role !== s.speaker.name ? `${plain(s.speaker.name)} (${plain(s.speaker.role)})` : plain(s.speaker.name);
  const when = s.saidOn ? ` on ${s.saidOn}` : '';
  const via = s.via ? ` via ${plain(s.via)}` : '';
  const where = [c.outlet ? plain(c.outlet) : 'outlet unknown', c.headline ? `“${plain(c.headline)}”` : null, c.publishedAt ?? 'undated', c.url ? plain(c.url) : plain(basename(c.source))]
    .filter(Boolean)
    .join(' · ');
  return [`[${c.n}] ${who} ${plain(s.cue)}${when}${via}`, ...wrap(`> ${plain(c.sentence)}`, '', '  '), `    ${where}`];
}

export function renderHelp(help: Help): string {
  return [help.title, ...help.lines.map((l) => `  ${l}`)].join('\n');
}

function wrap(text: string, first: string, rest = ' '.repeat(first.length), width = 100): string[] {
  const out: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length + 1 > width && line.trim().length > 0) {
      out.push(line.trimEnd());
      line = rest;
    }
    line += (line === first || line === rest ? '' : ' ') + word;
  }
  out.push(line.trimEnd());
  return out;
}
