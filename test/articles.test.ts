// Tests of src/articles: cleaning the seeds and unseen furniture, metadata and its provenance,
// HTML, JSON and JSON Lines, and every kind of bad input. Fixtures are written to temp dirs.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  ArticleError,
  articleFromHtml,
  articleFromText,
  cleanBody,
  readArticleFile,
  readArticles,
  type Article,
  type ArticleErrorCode,
} from '../src/articles/index.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(repo, 'seeds');
const sharedSeeds = join(repo, '..', 'shared', 'seeds');
const polnear = join(repo, '..', 'shared', 'eval', 'polnear-dev', 'text');
const SEED = {
  nbc: '000_5ddbf3ec8078e76b.txt',
  dated: '001_2a9b9c342f784c0a.txt',
  euronews: '002_45e12265194c461f.txt',
  newsweek: '003_2a83bcb7cdddf692.txt',
  euronewsAp: '004_fd9a69f3117fc58e.txt',
};

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'claimdesk-articles-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A fresh folder under the test's temp dir. */
async function folder(name: string): Promise<string> {
  const dir = join(tmp, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

async function readSeed(name: string): Promise<Article> {
  const articles = await readArticleFile(join(seedsDir, name));
  assert.equal(articles.length, 1);
  return articles[0]!;
}

/** A copy of a seed with one byte changed, so the catalogue (matched by hash) no longer knows it. */
async function alteredSeed(name: string, dir: string): Promise<string> {
  const raw = await readFile(join(seedsDir, name), 'utf8');
  const path = join(dir, name);
  await writeFile(path, `${raw}\n`);
  return path;
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

async function rejectsWith(promise: Promise<unknown>, code: ArticleErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof ArticleError, `expected an ArticleError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (message) assert.match(e.message, message);
    return true;
  });
}

/** The shape every body must have: prose paragraphs joined by exactly one blank line. */
function assertWellFormed(body: string): void {
  assert.ok(body.length > 0);
  assert.ok(!body.includes('\u00a0'), 'no NBSP');
  assert.ok(!/[\u2000-\u200b\u202f\u205f\u3000\t\r]/.test(body), 'no other Unicode spaces, tabs or CRs');
  assert.ok(!body.includes('\n\n\n'), 'paragraphs separated by exactly one blank line');
  assert.ok(!/ {2}/.test(body), 'no runs of spaces');
  for (const paragraph of body.split('\n\n')) {
    assert.ok(paragraph.length > 0);
    for (const line of paragraph.split('\n')) assert.equal(line, line.trim(), `line not trimmed: ${JSON.stringify(line)}`);
  }
}

describe('cleaning the seed articles', () => {
  it('keeps every kept line exactly as it was written (only whitespace normalised)', async () => {
    for (const name of Object.values(SEED)) {
      const raw = await readFile(join(seedsDir, name), 'utf8');
      const rawLines = raw.split('\n').map((l) => l.replace(/[\u00a0\s]+/g, ' ').trim());
      const { body } = await readSeed(name);
      assertWellFormed(body);
      for (const line of body.split('\n').filter(Boolean)) {
        assert.ok(rawLines.some((r) => r === line || r.endsWith(` ${line}`)), `${name}: changed line ${line.slice(0, 60)}`);
      }
    }
  });

  it('000 (NBC News): drops the browser notice, tag line and photo caption, keeps the prose', async () => {
    const { body } = await readSeed(SEED.nbc);
    for (const furniture of ['IE 11', 'optimal experience', 'Ukraine Russia Bakhmut', 'Libkos', 'sit in a trench']) {
      assert.ok(!body.includes(furniture), furniture);
    }
    assert.ok(!body.includes("Russian forces claim to 'legally' control Bakhmut, but Ukraine"), 'headline is not body');
    assert.ok(body.startsWith('Ukrainian officials said fierce fighting was ongoing Monday'));
    assert.ok(body.includes('\n\nBut Ukrainian officials swiftly rejected the claims.\n\n'));
    assert.ok(body.includes('“Legally, Bakhmut is taken,” he said'), 'curly quotes kept');
    assert.ok(body.includes('"Bakhmut is Ukrainian," said Andriy Yermak'), 'straight quotes kept');
    assert.ok(body.includes('“It is not blitzkrieg but the progress is clear,”'), 'NBSP became one space');
    assert.ok(body.endsWith('divert attention away from the city.'));
  });

  it('001: the leading date line is removed from the body and gives the date', async () => {
    const article = await readSeed(SEED.dated);
    assert.ok(article.body.startsWith('The leader of the Russian Wagner mercenary organization claims'));
    assert.ok(!article.body.includes('2023-04-03'));
    assert.equal(article.publishedAt, '2023-04-03');
    assert.equal(article.outlet, null);
    assert.equal(article.headline, null);
  });

  it('002 (Euronews): drops captions, byline, share/embed bars, ADVERTISEMENT and the related headlines', async () => {
    const { body } = await readSeed(SEED.euronews);
    for (const furniture of [
      'FILE -', 'Copyright', 'AP Photo', 'By Euronews', 'Share this article', 'Comments', 'Close Button',
      'embed link', 'Copy to clipboard', 'ADVERTISEMENT', 'You might also like', 'Rosgvardia', "Moscow 'to falsify' votes",
      'Russification',
    ]) {
      assert.ok(!body.includes(furniture), furniture);
    }
    assert.ok(body.startsWith('Ukraine has refuted Russia\'s alleged victory'));
    assert.ok(body.includes('“The enemy has not stopped its assault on Bakhmut.'));
    assert.ok(body.endsWith('a step toward capturing the entire Donbas region.'));
  });

  it('003 (Newsweek): the caption repeating the lead goes, and so do the subscription blurbs', async () => {
    const { body } = await readSeed(SEED.newsweek);
    assert.equal(occurrences(body, 'Russian forces do not entirely control'), 1);
    for (const furniture of [
      'Ukrainian servicemen near Bakhmut', '105mm Howitzer', 'Aris Messinis', 'Getty Images', 'Newsweek cover',
      'delivered to your door', 'Unlimited access', 'Ad free', 'app access', 'newsletters + podcasts', '•',
    ]) {
      assert.ok(!body.includes(furniture), furniture);
    }
    assert.ok(body.endsWith('Newsweek has reached out to the Russian defense ministry for comment via email.'));
    assert.ok(body.includes('"There is nothing, they destroyed everything," Ukrainian President Volodymyr Zelensky'));
  });

  it('004 (Euronews with AP): keeps the one-sentence paragraph, drops credits and related headlines', async () => {
    const { body } = await readSeed(SEED.euronewsAp);
    assert.ok(body.includes("\n\nBut Ukrainian defenders aren't retreating.\n\n"));
    for (const furniture of [
      'fires a mortar', 'Efrem Lukatsky', 'Copyright', 'Libkos', 'All rights reserved', 'sits in a trench', 'By Euronews',
      'Share this article', 'ADVERTISEMENT', 'You might also like', 'air-raid shelters', "'large scale'", 'Kharkiv',
    ]) {
      assert.ok(!body.includes(furniture), furniture);
    }
    assert.ok(body.includes('1,000-kilometer front line'), 'NBSP runs collapsed to one space');
    assert.ok(body.endsWith('a political embarrassment for President Vladimir Putin.'));
  });
});

describe('cleanBody on news it has never seen', () => {
  const page = [
    'Your browser does not support the video tag.',
    '',
    'By Jane Doe, Reuters',
    'Published April 3, 2023 10:04 AM EDT',
    '5 min read',
    '',
    'European finance ministers agreed a new budget on Monday, officials said.',
    '',
    'Advertisement',
    '',
    'Story continues below advertisement',
    '',
    '"This is a good day for Europe," said the commission\'s president.\u00a0 \u00a0',
    '',
    'Share',
    'Tweet',
    'Email',
    '',
    'The deal still needs approval from parliament.',
    'Ministers at the table in Brussels',
    'Ministers at the table in Brussels on Monday. John Thys/AFP via Getty Images',
    '',
    'Sign up for our daily newsletter',
    '• Morning briefing in your inbox',
    '• Exclusive analysis',
    '',
    'Read more: Parliament to vote on budget next week',
    '',
    'Most read',
    'Budget talks collapse in Brussels',
    'Minister resigns over leak?',
    '',
    'More from World News',
    '',
    'Parliament says it will block the deal',
    '',
    'Some lawmakers said they were happy with the deal.',
    '',
    'Some lawmakers said they were happy with the deal.',
    '',
    'Economy Europe Budget',
  ].join('\n');

  it('removes furniture by kind, not by the seeds\' strings', () => {
    assert.equal(
      cleanBody(page),
      [
        'European finance ministers agreed a new budget on Monday, officials said.',
        '"This is a good day for Europe," said the commission\'s president.',
        'The deal still needs approval from parliament.',
        'Some lawmakers said they were happy with the deal.',
      ].join('\n\n'),
    );
  });

  it('drops a list item of two short sentences after a related header when only items follow to the page\'s end; a paragraph after the list stays', () => {
    const end = ['The club closes in June, its owner said.', '', 'More from the Globe', '', 'Cambridge jazz club to close after 60 years', '', 'The live music scene is shrinking. Musicians say rents are to blame.'].join('\n');
    assert.equal(cleanBody(end), 'The club closes in June, its owner said.');
    assert.equal(cleanBody(['The retreat saved lives, the general said.', '', 'Related article', 'Zelensky says Ukraine will build drones in the millions', '', 'The last paragraph of the story is here, he said, and it goes on.'].join('\n')), 'The retreat saved lives, the general said.\n\nThe last paragraph of the story is here, he said, and it goes on.');
    assert.equal(cleanBody(['Russia claims another village, the ministry said.', '', 'list of 3 items', 'list 1 of 3', 'Russia says it has taken village of Pervomaiske', 'list 2 of 3', 'Zelenskyy warns Ukraine will lose war if Congress delays aid', '', 'The town is still held by Ukrainian troops, its mayor said on Sunday.'].join('\n')), 'Russia claims another village, the ministry said.\n\nThe town is still held by Ukrainian troops, its mayor said on Sunday.');
    // ("MORE TOP STORIES" heads a list whose headlines read like claims: "…, minister says".)
    assert.equal(cleanBody(['Patients can call the drug information line, the department said.', '', 'MORE TOP STORIES', '', 'Ottawa to expand dental care program to all seniors by summer, minister says', '', 'Ontario hospital says cyberattack delayed surgeries for second day'].join('\n')), 'Patients can call the drug information line, the department said.');
    const middle = ['More from the Globe', '', 'Cambridge jazz club to close after 60 years', '', 'The club closes in June. Its owner said the building was sold.', '', 'A longer paragraph of the story goes on here, the owner said, with more to tell.'].join('\n');
    assert.match(cleanBody(middle), /The club closes in June\. Its owner said/);
  });

  it('drops a bulleted list under "More fact-checks" ("→ Durban says she “never voted to raise taxes.” That\'s False."), item sentences and all; a story\'s paragraph after a bulleted line stays', () => {
    const page = ['The mayor\'s figure is wrong, the police data show.', '', 'More fact-checks', '→ No, the state did not cut school funding by $2 billion last year', '→ Durban says she "never voted to raise taxes." That\'s False.', '→ Viral post says new voting machines are connected to the internet. They aren\'t.', '', 'Have a claim you want us to check? Email tips@example.org'].join('\n');
    assert.equal(cleanBody(page), 'The mayor\'s figure is wrong, the police data show.');
    const story = ['The mayor\'s figure is wrong, the police data show.', '', '→ Read the police report', '', 'The report was released on Monday, and the mayor said he stood by his numbers, which his office had checked twice.'].join('\n');
    assert.match(cleanBody(story), /the mayor said he stood by his numbers/);
  });

  it('drops a caption that repeats a paragraph even without a credit, and keeps the paragraph', () => {
    const lead = 'Russian forces do not entirely control the city of Bakhmut, the defense minister said on Friday.';
    const text = `${lead}\n\nMore prose follows here, he said.\n\nSoldiers near Bakhmut\nSoldiers fire near Bakhmut on March 4. Russian forces do not entirely control the town of Bakhmut, the defense minister said on Friday.\n\nThe last paragraph is here, she said.`;
    const body = cleanBody(text);
    assert.equal(body, `${lead}\n\nMore prose follows here, he said.\n\nThe last paragraph is here, she said.`);
  });

  it('drops a caption that dates its picture to the year, glued to its credit, though it repeats nothing; a dated paragraph away from a credit stays', () => {
    const text = [
      'Russia lost more troops near the town, according to Kyiv.',
      '',
      'Soldiers fire a howitzer near the town on October 12, 2023. Kyiv says Russia has suffered heavy losses in the area.',
      'Photo by Jane Doe/Getty Images',
      '',
      'The council first met on October 12, 2023, and has met weekly since, officials said.',
    ].join('\n');
    assert.equal(
      cleanBody(text),
      'Russia lost more troops near the town, according to Kyiv.\n\nThe council first met on October 12, 2023, and has met weekly since, officials said.',
    );
  });

  it('drops a caption whose credit quotes a name (`Press service of "Concord"/Handout via REUTERS`), and its title line', () => {
    const text = [
      'The ministry denied the reports on Thursday, officials said.',
      '',
      'Fighters in the town',
      'Fighters are seen in the town in this image released on May 5. The ministry denied the reports on Thursday. Press service of "Concord"/Handout via REUTERS',
      '',
      'The last paragraph is here, she said.',
    ].join('\n');
    assert.equal(cleanBody(text), 'The ministry denied the reports on Thursday, officials said.\n\nThe last paragraph is here, she said.');
  });

  it('drops captions credited `Ines Carvajal / The Tacoma Ledger`, `Photo / Supplied` and `(Image: Family handout)`; a sentence about a slash stays', () => {
    const text = [
      'The council met late into Tuesday night, officials said.',
      '',
      'Tents line a stretch of Pacific Avenue on Monday, Sept. 16, 2024. The camp has grown since spring. Ines Carvajal / The Tacoma Ledger',
      '',
      'Floodwater surrounds houses on Childers Rd, Gisborne, on Tuesday afternoon. Photo / Supplied',
      '',
      'Gareth Pryce, pictured with his granddaughter, was described by his family as "the heart of every room" (Image: Family handout)',
      '',
      'The poll was run by Reuters/Ipsos, she said.',
    ].join('\n');
    assert.equal(cleanBody(text), 'The council met late into Tuesday night, officials said.\n\nThe poll was run by Reuters/Ipsos, she said.');
  });

  it('drops a topic line listed with commas ("Halvern Pharmaceuticals, Food and Drug Administration, Recalls, Epinephrine"); a sentence with commas stays', () => {
    const text = [
      'Halvern Pharmaceuticals, Food and Drug Administration, Recalls, Epinephrine',
      '',
      'The agency said the recall covered 14 lots, officials said.',
      '',
      'Kyiv, Kharkiv and Odesa were hit overnight, the air force said.',
    ].join('\n');
    assert.equal(cleanBody(text), 'The agency said the recall covered 14 lots, officials said.\n\nKyiv, Kharkiv and Odesa were hit overnight, the air force said.');
  });

  it('keeps a live page\'s day heading ("Friday 9 May", "Thursday, May 8"): it dates the entries under it, and is no tag line', () => {
    const text = ['Friday 9 May', '', '00.31', 'Rendell concedes majority is gone', '', 'Thursday, May 8', '', 'Ukraine Russia Bakhmut'].join('\n');
    assert.equal(cleanBody(text), 'Friday 9 May\n\n00.31\nRendell concedes majority is gone\n\nThursday, May 8');
  });

  it('drops a labelled tag line in any case ("TAGS: Kisumu, IEBC, by-election, Grace Ndolo"); a sentence after a label stays', () => {
    const text = [
      'The commission said the count was final, officials said.',
      '',
      'TAGS: Kisumu, IEBC, PRM, by-election, Grace Ndolo',
      '',
      'Topics: elections | Kenya',
      '',
      'Tags: the commission said it would not recount the votes.',
    ].join('\n');
    assert.equal(cleanBody(text), 'The commission said the count was final, officials said.\n\nTags: the commission said it would not recount the votes.');
  });

  it('drops a video player: its labelled running time and the clip\'s lines under it; a live blog\'s bare times stay', () => {
    const text = [
      'Evacuees gathered at the reception centre on Wednesday, officials said.',
      '',
      'Duration 2:14',
      'Residents of Larch Creek describe the moment they were told to leave.',
      '',
      'WATCH NOW',
      'VIDEO 03:12',
      'The chief executive on agents, privacy and the regulator',
      'Morning Show',
      '',
      '18:40',
      'The governor said the fire was contained.',
    ].join('\n');
    assert.equal(
      cleanBody(text),
      'Evacuees gathered at the reception centre on Wednesday, officials said.\n\n18:40\nThe governor said the fire was contained.',
    );
  });

  it('keeps short real sentences, bullets of prose and lines that merely mention furniture words', () => {
    const text = [
      'Share prices fell 3% on Monday, traders said.',
      'Comments from the minister angered lawmakers.',
      'Join members of the public at the rally, the mayor said.',
      'The latest Reuters/Ipsos poll shows Clinton ahead, according to Reuters/Ipsos.',
      "But Ukrainian defenders aren't retreating.",
      '• Russia says it controls the city',
      'By the fall of 2010, Tea Party groups had seized on cap-and-trade.',
      'Posted in 2019, the video drew 3 million views.',
      'Related coverage suggests voters are tired of the race, analysts said.',
    ];
    assert.equal(cleanBody(text.join('\n\n')), text.join('\n\n'));
  });

  it('normalises whitespace: Unicode spaces, CRLF, runs of blank lines; a single newline stays a line break', () => {
    const body = cleanBody('  First\u2009paragraph  is\u00a0here.\r\nSecond line of it.\r\n\r\n\r\n\r\n\tThird\u3000one is here. \u00a0');
    assert.equal(body, 'First paragraph is here.\nSecond line of it.\n\nThird one is here.');
  });

  it('keeps the first of duplicated paragraphs', () => {
    const p = 'The mayor said the bridge would reopen in May.';
    assert.equal(cleanBody(`${p}\n\nAnother point was made by the council.\n\n${p}`), `${p}\n\nAnother point was made by the council.`);
  });

  it('does not damage the PolNeAR plain texts (only separators, bare credits and link prompts go)', { skip: !existsSync(polnear) }, async () => {
    for (const name of await readdir(polnear)) {
      const raw = await readFile(join(polnear, name), 'utf8');
      const kept = new Set(cleanBody(raw).split('\n'));
      const removed = raw
        .split('\n')
        .map((l) => l.replace(/[\u200b\u00ad]/g, '').replace(/[\s\u00a0]+/g, ' ').trim())
        .filter((l) => l !== '' && !kept.has(l));
      for (const line of removed) assert.ok(line.split(' ').length <= 4, `${name}: removed ${line.slice(0, 80)}`);
    }
  });
});

describe('metadata and its provenance', () => {
  it('the catalogue gives seed 000 its outlet, headline and date wherever the file is read from', async () => {
    const dir = await folder('catalogue-copy');
    await copyFile(join(seedsDir, SEED.nbc), join(dir, 'renamed.txt'));
    const places = [join(dir, 'renamed.txt'), join(seedsDir, SEED.nbc)];
    if (existsSync(sharedSeeds)) places.push(join(sharedSeeds, SEED.nbc));
    for (const path of places) {
      const [article] = await readArticleFile(path);
      assert.equal(article!.outlet, 'NBC News', path);
      assert.equal(article!.publishedAt, '2023-04-03', path);
      assert.equal(article!.headline, "Russian forces claim to 'legally' control Bakhmut, but Ukraine says fighting is still raging");
      assert.deepEqual(article!.provenance, { outlet: 'manifest', headline: 'manifest', publishedAt: 'manifest', url: 'none' });
      assert.equal(article!.url, null);
    }
  });

  it('without the catalogue, seed 001 takes its date from its own date line', async () => {
    const path = await alteredSeed(SEED.dated, await folder('dateline'));
    const [article] = await readArticleFile(path);
    assert.equal(article!.publishedAt, '2023-04-03');
    assert.equal(article!.provenance.publishedAt, 'dateline');
    assert.ok(article!.body.startsWith('The leader of the Russian Wagner'));
    assert.equal(article!.outlet, null);
    assert.equal(article!.provenance.outlet, 'none');
  });

  it('a byline gives the outlet ("By Euronews", "By Euronews with AP"), the first line the headline', async () => {
    const dir = await folder('byline');
    for (const name of [SEED.euronews, SEED.euronewsAp]) {
      const [article] = await readArticleFile(await alteredSeed(name, dir));
      assert.equal(article!.outlet, 'Euronews');
      assert.equal(article!.provenance.outlet, 'byline');
      assert.equal(article!.provenance.headline, 'first-line');
      assert.equal(article!.publishedAt, null, 'no date is stated: none is invented');
      assert.equal(article!.provenance.publishedAt, 'none');
      assert.ok(!article!.body.includes(article!.headline!));
    }
  });

  it('a person\'s byline is not an outlet', () => {
    const article = articleFromText('By Jane Doe\n\nThe council met on Tuesday and agreed the plan.', 'x.txt');
    assert.equal(article.outlet, null);
    assert.equal(article.body, 'The council met on Tuesday and agreed the plan.');
  });

  it('a YYYY-MM-DD in the file name is the last resort for the date', async () => {
    const dir = await folder('filename');
    const path = join(dir, 'breitbart_2016-09-12_stealth-over-health.txt');
    await writeFile(path, 'Stealth over health.\n\nThe campaign said on Sunday the candidate was fine.\n');
    const [article] = await readArticleFile(path);
    assert.equal(article!.publishedAt, '2016-09-12');
    assert.equal(article!.provenance.publishedAt, 'filename');
    assert.equal(article!.headline, null, 'a first line ending in a full stop is not a headline');
    assert.ok(article!.body.startsWith('Stealth over health.\n\n'));
  });

  it('front matter beats the manifest beside the file, which beats the catalogue and the text', async () => {
    const dir = await folder('front-matter');
    await writeFile(
      join(dir, 'manifest.json'),
      JSON.stringify({
        'story.txt': { outlet: 'Manifest Outlet', headline: 'Manifest headline', publishedAt: '2020-01-01', url: null },
        [SEED.nbc]: { outlet: 'Local Desk', headline: null, publishedAt: null, url: 'https://example.org/nbc' },
      }),
    );
    await writeFile(
      join(dir, 'story.txt'),
      '---\ntitle: "Front matter headline"\ndate: 2023-04-05\n---\nA headline line in the text\n\nBy Euronews\n\nThe council met on Tuesday and agreed the plan.\n',
    );
    await copyFile(join(seedsDir, SEED.nbc), join(dir, SEED.nbc));
    const { articles, errors } = await readArticles([dir]);
    assert.deepEqual(errors, []);
    const story = articles.find((a) => a.source.endsWith('story.txt'))!;
    assert.equal(story.headline, 'Front matter headline');
    assert.equal(story.publishedAt, '2023-04-05');
    assert.equal(story.outlet, 'Manifest Outlet');
    assert.deepEqual(story.provenance, { outlet: 'manifest', headline: 'front-matter', publishedAt: 'front-matter', url: 'none' });
    assert.equal(story.body, 'The council met on Tuesday and agreed the plan.');
    const nbc = articles.find((a) => a.source.endsWith(SEED.nbc))!;
    assert.equal(nbc.outlet, 'Local Desk', 'the manifest beside the file beats the catalogue');
    assert.equal(nbc.url, 'https://example.org/nbc');
    assert.equal(nbc.publishedAt, '2023-04-03', 'fields the manifest leaves null come from the catalogue');
  });

  it('a wire dateline gives the agency, and a date only when it states the year', () => {
    const noYear = articleFromText('LONDON, April 3 (Reuters) - Britain said on Monday it would act.', 'a.txt');
    assert.equal(noYear.outlet, 'Reuters');
    assert.equal(noYear.provenance.outlet, 'dateline');
    assert.equal(noYear.publishedAt, null);
    const withYear = articleFromText('KYIV, Ukraine, April 3, 2023 (AP) — Ukraine said the city held.', 'b.txt');
    assert.equal(withYear.outlet, 'AP');
    assert.equal(withYear.publishedAt, '2023-04-03');
    assert.equal(withYear.provenance.publishedAt, 'dateline');
    assert.ok(withYear.body.startsWith('KYIV, Ukraine, April 3, 2023 (AP) — '), 'the dateline stays in the body');
  });

  it('a "Published" line with a time of day gives the date, and no piece of it stays in the body', () => {
    const text = ['Council Says Port Will Reopen', 'By Staff Writer', 'Published Oct 14, 2023 at 9:12 AM EDT', '', 'The council said the port would reopen in May.'].join('\n');
    const article = articleFromText(text, 'd.txt');
    assert.equal(article.publishedAt, '2023-10-14');
    assert.equal(article.provenance.publishedAt, 'dateline');
    assert.ok(!/9:12|EDT/.test(article.body), `the time is furniture too: ${JSON.stringify(article.body)}`);
    assert.ok(article.body.endsWith('The council said the port would reopen in May.'));
  });

  it('a time and weekday before the date ("Published 3:45 PM EST, Tue March 5, 2024"), and a time-stamped line after a standfirst, give the date', () => {
    const first = articleFromText(['Published 3:45 PM EST, Tue March 5, 2024', '', 'Port Weighs Sale', '', 'The council is exploring a sale, officials said.'].join('\n'), 'e.txt');
    assert.equal(first.publishedAt, '2024-03-05');
    const standfirst = articleFromText(
      ['Port chief says sale is off', '', 'The head of the port said on Saturday the sale had been called off.', '', 'May 21, 2023, 7:42 AM UTC / Updated May 21, 2023, 11:02 AM UTC', 'By Jane Doe', '', 'The council said the port would stay public.'].join('\n'),
      'f.txt',
    );
    assert.equal(standfirst.publishedAt, '2023-05-21');
    assert.ok(!/7:42|Updated/.test(standfirst.body), JSON.stringify(standfirst.body));
    // A date alone after the story has begun is not taken: only a stamp with its time of day is.
    const story = articleFromText(['Port chief says sale is off', '', 'The head of the port said the sale had been called off.', '', 'May 21, 2023', '', 'The council said the port would stay public.'].join('\n'), 'g.txt');
    assert.equal(story.publishedAt, null);
  });

  it('explicit metadata passed to articleFromText is a record, and normalised', () => {
    const article = articleFromText('The council met on Tuesday.', 'c.txt', { outlet: 'The Courier', publishedAt: 'April 4, 2023' });
    assert.equal(article.outlet, 'The Courier');
    assert.equal(article.publishedAt, '2023-04-04');
    assert.equal(article.provenance.outlet, 'record');
  });

  it('a custom catalogue is used, and a missing one is an error rather than silently empty', async () => {
    const dir = await folder('custom-catalogue');
    const path = join(dir, 'piece.txt');
    const bytes = 'The council met on Tuesday and agreed the plan.\n';
    await writeFile(path, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const catalogue = join(dir, 'catalogue.json');
    await writeFile(catalogue, JSON.stringify({ x: { outlet: 'Gazette', headline: 'Plan agreed', publishedAt: '2021-05-06', url: null, sha256 } }));
    const [article] = await readArticleFile(path, { catalogue });
    assert.equal(article!.outlet, 'Gazette');
    assert.equal(article!.publishedAt, '2021-05-06');
    assert.equal(article!.provenance.headline, 'manifest');
    await rejectsWith(readArticles([path], { catalogue: join(dir, 'nope.json') }), 'not_found');
  });

  it('the id is the first 16 hex digits of the SHA-256 of the cleaned body', async () => {
    const article = await readSeed(SEED.dated);
    assert.equal(article.id, createHash('sha256').update(article.body).digest('hex').slice(0, 16));
    const again = articleFromText(`\u00a0${article.body}\n\nShare this article\n`, 'elsewhere.txt');
    assert.equal(again.id, article.id, 'same cleaned body, same id');
  });
});

describe('HTML pages', () => {
  const page = `<!doctype html><html><head>
<title>Kyiv says Bakhmut still holds | Example News</title>
<meta property="og:title" content="Kyiv says Bakhmut holds (og)">
<meta property="og:site_name" content="Example News (og)">
<meta property="article:published_time" content="2023-04-02T09:15:00+03:00">
<link rel="canonical" href="https://news.example.com/canonical">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
{"@type":"NewsArticle","headline":"Kyiv says Bakhmut still holds","datePublished":"2023-04-03T23:15:00-05:00",
"publisher":{"@type":"Organization","name":"Example News"},"url":"https://news.example.com/kyiv-bakhmut"}]}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Kyiv says Bakhmut still holds</h1>
<div class="share"><button>Share this article</button> <a href="#c">Comments</a></div>
<p>Ukrainian officials said on Monday that fierce fighting was still going on in the heart of Bakhmut, rejecting a Russian claim that the city had fallen.</p>
<div class="ad-slot">Advertisement</div>
<p>&ldquo;Bakhmut is Ukrainian,&rdquo; said Andriy Yermak, the head of the presidential office.&nbsp; He called the claim &quot;fake&quot;.</p>
<figure><img src="a.jpg" alt="Soldiers"><figcaption>Soldiers near Bakhmut. Libkos / AP</figcaption></figure>
<p>Local commanders said clashes were taking place around the city council building.<br>They called the flag a stunt.</p>
<h2>You might also like</h2>
<ul><li>Russia claims it stopped a large Ukrainian offensive</li><li>Moscow to hold votes in occupied regions</li></ul>
</article>
<footer>Copyright 2023 Example News</footer>
</body></html>`;

  it('reads the article and its JSON-LD metadata, without share buttons, ads or captions', () => {
    const article = articleFromHtml(page, 'page.html');
    assert.equal(article.headline, 'Kyiv says Bakhmut still holds');
    assert.equal(article.outlet, 'Example News');
    assert.equal(article.publishedAt, '2023-04-03', "the publisher's own calendar day, not UTC");
    assert.equal(article.url, 'https://news.example.com/kyiv-bakhmut');
    assert.deepEqual(article.provenance, { outlet: 'record', headline: 'record', publishedAt: 'record', url: 'record' });
    assert.equal(
      article.body,
      [
        'Ukrainian officials said on Monday that fierce fighting was still going on in the heart of Bakhmut, rejecting a Russian claim that the city had fallen.',
        '“Bakhmut is Ukrainian,” said Andriy Yermak, the head of the presidential office. He called the claim "fake".',
        'Local commanders said clashes were taking place around the city council building.\nThey called the flag a stunt.',
      ].join('\n\n'),
    );
    assertWellFormed(article.body);
  });

  it('falls back to Open Graph, article:published_time, the canonical link and <time>', () => {
    const noLd = page.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const article = articleFromHtml(noLd, 'page.html');
    assert.equal(article.headline, 'Kyiv says Bakhmut holds (og)');
    assert.equal(article.outlet, 'Example News (og)');
    assert.equal(article.publishedAt, '2023-04-02');
    assert.equal(article.url, 'https://news.example.com/canonical');
    const timeOnly = noLd.replace(/<meta property="article:published_time"[^>]*>/, '').replace('<h1>', '<time datetime="2023-03-30">Mar 30</time><h1>');
    assert.equal(articleFromHtml(timeOnly, 'page.html').publishedAt, '2023-03-30');
  });

  it('a page with no article is no_article, also from a file in a batch', async () => {
    const menu = '<html><head><title>Sign in</title></head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></nav><form><input name="u"><button>Sign in</button></form></body></html>';
    assert.throws(() => articleFromHtml(menu, 'menu.html'), (e: unknown) => e instanceof ArticleError && e.code === 'no_article');
    const dir = await folder('html');
    await writeFile(join(dir, 'menu.html'), menu);
    await writeFile(join(dir, 'story.htm'), page);
    const { articles, errors } = await readArticles([dir]);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.headline, 'Kyiv says Bakhmut still holds');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.error.code, 'no_article');
    assert.match(errors[0]!.error.message, /menu\.html/);
  });

  it('content that is HTML is read as HTML whatever the file is called', async () => {
    const dir = await folder('sniff');
    await writeFile(join(dir, 'download'), page);
    const [article] = await readArticleFile(join(dir, 'download'));
    assert.equal(article!.outlet, 'Example News');
  });
});

describe('JSON and JSON Lines', () => {
  it('reads each record; a record without a body is a no_body error for that record only', async () => {
    const dir = await folder('json');
    const path = join(dir, 'feed.json');
    await writeFile(
      path,
      JSON.stringify([
        {
          title: 'Plan agreed',
          text: 'The council met on Tuesday and agreed the plan.\n\nAdvertisement\n\nThe mayor said work would start soon.',
          link: 'https://example.org/plan',
          publisher: { name: 'The Gazette' },
          datePublished: '2023-04-03T10:00:00Z',
        },
        { title: 'No body here', url: 'https://example.org/empty' },
        { headline: 'HTML body', content: '<p>Officials said&nbsp;the bridge would reopen.</p><p>Share this article</p><p>Drivers welcomed the news.</p>', source: 'Courier', date: 'sometime soon' },
      ]),
    );
    const { articles, errors } = await readArticles([path]);
    assert.equal(articles.length, 2);
    const [plan, html] = articles;
    assert.equal(plan!.source, `${path}#1`);
    assert.equal(plan!.headline, 'Plan agreed');
    assert.equal(plan!.outlet, 'The Gazette');
    assert.equal(plan!.publishedAt, '2023-04-03');
    assert.equal(plan!.url, 'https://example.org/plan');
    assert.equal(plan!.provenance.publishedAt, 'record');
    assert.equal(plan!.body, 'The council met on Tuesday and agreed the plan.\n\nThe mayor said work would start soon.');
    assert.equal(html!.source, `${path}#3`);
    assert.equal(html!.body, 'Officials said the bridge would reopen.\n\nDrivers welcomed the news.');
    assert.equal(html!.outlet, 'Courier');
    assert.equal(html!.publishedAt, null, 'an unparsable date is null');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.source, `${path}#2`);
    assert.equal(errors[0]!.error.code, 'no_body');
    // readArticleFile returns the good records and reports the bad one through onRecordError.
    const reported: string[] = [];
    const read = await readArticleFile(path, { onRecordError: (e) => reported.push(`${e.source} ${e.error.code}`) });
    assert.equal(read.length, 2);
    assert.deepEqual(reported, [`${path}#2 no_body`]);
  });

  it('a single JSON object is one article with the file as its source', async () => {
    const dir = await folder('json-one');
    const path = join(dir, 'one.json');
    await writeFile(path, JSON.stringify({ headline: 'One', body: 'Only one story is in this file, the editor said.', published: '3 April 2023' }));
    const [article] = await readArticleFile(path);
    assert.equal(article!.source, path);
    assert.equal(article!.publishedAt, '2023-04-03');
  });

  it('JSON Lines: a line that does not parse is a bad_json error for that line, the others are read', async () => {
    const dir = await folder('jsonl');
    const path = join(dir, 'feed.jsonl');
    await writeFile(
      path,
      [
        JSON.stringify({ title: 'First', body: 'The first story says the bridge is open.' }),
        '{"title": "Broken", "body": "no closing brace"',
        '',
        JSON.stringify({ title: 'Third', body: 'The third story says the road is closed.' }),
        JSON.stringify({ title: 'Fourth' }),
      ].join('\n'),
    );
    const { articles, errors } = await readArticles([path]);
    assert.deepEqual(articles.map((a) => [a.source, a.headline]), [[`${path}#1`, 'First'], [`${path}#4`, 'Third']]);
    assert.deepEqual(errors.map((e) => [e.source, e.error.code]), [[`${path}#2`, 'bad_json'], [`${path}#5`, 'no_body']]);
    assert.match(errors[0]!.error.message, /feed\.jsonl#2 is not valid JSON/);
  });

  it('a JSON file that does not parse is bad_json as a whole', async () => {
    const dir = await folder('json-bad');
    const path = join(dir, 'broken.json');
    await writeFile(path, '[\n  {"title": "x", "body": "y"},\n  {"title": }\n]');
    await rejectsWith(readArticleFile(path), 'bad_json', /broken\.json is not valid JSON \(.+\): fix the syntax/);
  });
});

describe('bad input', () => {
  let dir: string;
  const files: Record<string, string | Buffer> = {};
  before(async () => {
    dir = await folder('bad');
    Object.assign(files, {
      'good.txt': 'The council met on Tuesday and agreed the plan, officials said.\n',
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('The plan was agreed on Tuesday, officials said.\n')]),
      'zero.txt': Buffer.alloc(0),
      'blank.txt': ' \n\n\t \n',
      'furniture.txt': 'Share this article\n\nADVERTISEMENT\n\nYou might also like\n\nSome other headline\n',
      'nul.txt': Buffer.from('some text\u0000with a NUL byte'),
      'controls.txt': Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      'paper.pdf': Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a])]),
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e]),
      'utf16.txt': Buffer.from('\ufeffHello there.', 'utf16le'),
      'big.txt': `${'The plan was agreed on Tuesday, officials said. '.repeat(100)}\n`,
      'nopage.html': '<html><body><nav><a href="/">Home</a></nav></body></html>',
      'nobody.json': JSON.stringify({ title: 'Title only' }),
      'broken.json': '{"title": "x",',
      'number.json': '42',
      '.hidden.txt': 'A hidden file is not an article, the editor said.',
      'NOTES.md': 'Notes for people, not an article.',
      'README.md': 'Read me, not an article.',
    });
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'deeper.txt'), 'Folders are read one level deep, the docs said.');
  });

  const cases: [string, ArticleErrorCode, RegExp][] = [
    ['missing.txt', 'not_found', /missing\.txt was not found/],
    ['zero.txt', 'empty', /zero\.txt has no article text: the file is empty/],
    ['blank.txt', 'empty', /only whitespace/],
    ['furniture.txt', 'empty', /only page furniture/],
    ['nul.txt', 'binary', /nul\.txt is binary \(not a text, HTML or JSON article\)/],
    ['controls.txt', 'binary', /is binary/],
    ['paper.pdf', 'binary', /paper\.pdf is binary \(a PDF document/],
    ['latin1.txt', 'invalid_utf8', /byte 3 is not valid UTF-8.*save it as UTF-8/],
    ['utf16.txt', 'invalid_utf8', /UTF-16/],
    ['nopage.html', 'no_article', /no article/],
    ['nobody.json', 'no_body', /"body", "text" or "content"/],
    ['broken.json', 'bad_json', /not valid JSON/],
    ['number.json', 'unsupported', /neither an object nor a list/],
  ];

  for (const [name, code, message] of cases) {
    it(`${name} → ${code}`, async () => {
      await rejectsWith(readArticleFile(join(dir, name)), code, message);
    });
  }

  it('too_large is decided from the size, before reading', async () => {
    await rejectsWith(readArticleFile(join(dir, 'big.txt'), { maxBytes: 1000 }), 'too_large', /big\.txt is 4\.\d KB, over the 1000 bytes limit/);
    const [article] = await readArticleFile(join(dir, 'big.txt'));
    assert.ok(article!.body.length > 1000, 'the default limit (5 MiB) lets it through');
  });

  it('a UTF-8 BOM is fine and stripped', async () => {
    const [article] = await readArticleFile(join(dir, 'bom.txt'));
    assert.equal(article!.body, 'The plan was agreed on Tuesday, officials said.');
  });

  it('a folder in one batch: every bad file is reported with its code, nothing else is lost', async () => {
    const { articles, errors } = await readArticles([dir, join(dir, 'missing.txt'), join(dir, 'big.txt')], { maxBytes: 1000 });
    assert.deepEqual(articles.map((a) => a.source).sort(), [join(dir, 'bom.txt'), join(dir, 'good.txt')]);
    const byFile = Object.fromEntries(errors.map((e) => [e.source.slice(dir.length + 1), e.error.code]));
    assert.deepEqual(byFile, {
      'big.txt': 'too_large',
      'blank.txt': 'empty',
      'broken.json': 'bad_json',
      'controls.txt': 'binary',
      'furniture.txt': 'empty',
      'latin1.txt': 'invalid_utf8',
      'missing.txt': 'not_found',
      'nobody.json': 'no_body',
      'nopage.html': 'no_article',
      'nul.txt': 'binary',
      'number.json': 'unsupported',
      'paper.pdf': 'binary',
      'utf16.txt': 'invalid_utf8',
      'zero.txt': 'empty',
    });
    assert.ok(errors.every((e) => e.error instanceof ArticleError && e.error.message.includes(e.source)));
    assert.ok(!errors.some((e) => /hidden|NOTES|README|deeper/.test(e.source)), 'dotfiles, notes and subfolders skipped');
  });

  it('a folder passed to readArticleFile is unsupported', async () => {
    await rejectsWith(readArticleFile(dir), 'unsupported', /is a folder/);
  });

  it('a broken manifest.json beside the files is reported once, and the files are still read', async () => {
    const d = await folder('bad-manifest');
    await writeFile(join(d, 'manifest.json'), '{ not json');
    await writeFile(join(d, 'a.txt'), 'The first story says the bridge is open.');
    await writeFile(join(d, 'b.txt'), 'The second story says the road is closed.');
    const { articles, errors } = await readArticles([d]);
    assert.equal(articles.length, 2);
    assert.deepEqual(errors.map((e) => [e.source, e.error.code]), [[join(d, 'manifest.json'), 'bad_json']]);
  });
});
