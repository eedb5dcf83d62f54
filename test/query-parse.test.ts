// The /claim query syntax: every filter and every error, with its stable code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, QueryError, MAX_QUERY_LENGTH } from '../src/query/index.ts';

const TODAY = '2023-06-04';
const errorCode = (text: string) => {
  try {
    parseQuery(text, TODAY);
  } catch (e) {
    assert.ok(e instanceof QueryError, `a QueryError for ${JSON.stringify(text)}`);
    assert.ok(e.message.length > 10, 'with a message a person can act on');
    return e.code;
  }
  assert.fail(`no error for ${JSON.stringify(text)}`);
};

test('free words are lower-cased terms; quoted text is an exact phrase', () => {
  const q = parseQuery('Bakhmut CONTROL "in a legal sense" “funny fake”', TODAY);
  assert.deepEqual(q.terms, ['bakhmut', 'control']);
  assert.deepEqual(q.phrases, ['in a legal sense', 'funny fake']);
  assert.equal(q.help, false);
});

test('from: and outlet: take a word or a quoted name, and may repeat', () => {
  const q = parseQuery('capture from:prigozhin from:"Hanna Maliar" outlet:euronews outlet:“NBC News”', TODAY);
  assert.deepEqual(q.from, ['prigozhin', 'Hanna Maliar']);
  assert.deepEqual(q.outlets, ['euronews', 'NBC News']);
  assert.deepEqual(q.terms, ['capture']);
});

test('since: and until: accept YYYY, YYYY-MM, YYYY-MM-DD and plain date words', () => {
  assert.equal(parseQuery('x since:2023', TODAY).since, '2023');
  assert.equal(parseQuery('x since:2023-04', TODAY).since, '2023-04');
  assert.equal(parseQuery('x until:2023-04-30', TODAY).until, '2023-04-30');
  assert.equal(parseQuery('x since:yesterday', TODAY).since, '2023-06-03');
  assert.equal(parseQuery('x since:march', TODAY).since, '2023-03');
  assert.equal(parseQuery('x since:last_month', TODAY).since, '2023-05');
});

test('filters alone make a query', () => {
  const q = parseQuery('from:zelensky', TODAY);
  assert.deepEqual(q.terms, []);
  assert.deepEqual(q.from, ['zelensky']);
});

test('help in its usual spellings', () => {
  for (const text of ['help', 'HELP', '?', '--help']) assert.equal(parseQuery(text, TODAY).help, true);
});

test('errors carry stable codes', () => {
  assert.equal(errorCode(''), 'empty_query');
  assert.equal(errorCode('   \n '), 'empty_query');
  assert.equal(errorCode('"" since:2023'), 'empty_query');
  assert.equal(errorCode('x'.repeat(MAX_QUERY_LENGTH + 1)), 'query_too_long');
  assert.equal(errorCode('bakhmut speaker:zelensky'), 'unknown_filter');
  assert.equal(errorCode('bakhmut from:'), 'empty_filter');
  assert.equal(errorCode('bakhmut since:2023-13-01'), 'bad_date');
  assert.equal(errorCode('bakhmut since:2023-02-30'), 'bad_date');
  assert.equal(errorCode('bakhmut until:soonish'), 'bad_date');
  assert.equal(errorCode('bakhmut since:2023-06 until:2023-05'), 'bad_date_range');
});

test('a query at the length limit is accepted; links are words, not filters', () => {
  const words = 'bakhmut '.repeat(62).trim();
  assert.ok(words.length <= MAX_QUERY_LENGTH);
  assert.equal(parseQuery(words, TODAY).terms.length, 62);
  assert.deepEqual(parseQuery('https://example.com/x', TODAY).terms.slice(0, 2), ['https', 'example']);
});
