import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions, resolveTimeExpression, type TimeExpression } from '../src/dates/index.ts';

type Expected = [text: string, value: string];

/** Checks every expression found: its words, its value, its precision (from the value's shape) and its offsets. */
function expect(sentence: string, reference: string | null, expected: Expected[]): TimeExpression[] {
  const found = findTimeExpressions(sentence, reference);
  assert.deepEqual(
    found.map((e) => [e.text, e.value]),
    expected,
    `${JSON.stringify(sentence)} (reference ${reference})`
  );
  for (const e of found) {
    assert.equal(sentence.slice(e.start, e.end), e.text, `offsets of ${JSON.stringify(e.text)}`);
    const precision = e.value.length === 10 ? 'day' : e.value.length === 7 ? 'month' : 'year';
    assert.equal(e.precision, precision, `precision of ${JSON.stringify(e.text)}`);
  }
  return found;
}

const none = (sentence: string, reference: string | null = '2023-06-02'): void => {
  expect(sentence, reference, []);
};

describe('weekdays resolve to the most recent such day on or before the publication date', () => {
  test('"on Sunday night" in a Monday article is the day before', () => {
    const [e] = expect(
      '“Legally, Bakhmut is taken,” he said in a video posted to Telegram on Sunday night, though he conceded that Ukrainian soldiers remained in the western part of the city.',
      '2023-04-03',
      [['on Sunday night', '2023-04-02']]
    );
    assert.equal(e?.precision, 'day');
    assert.equal(e?.start, 67);
  });

  test('a Monday article saying "Monday" means that same Monday', () => {
    expect(
      'Ukrainian officials said fierce fighting was ongoing Monday in the heart of the eastern city.',
      '2023-04-03',
      [['Monday', '2023-04-03']]
    );
  });

  test('"on Friday" in a Sunday article, "on Thursday" in a Friday article', () => {
    expect("Russian forces do not entirely control Bakhmut, Ukraine's defense minister said on Friday.", '2023-06-04', [
      ['on Friday', '2023-06-02'],
    ]);
    expect('Ukrainian Deputy Defense Minister Hanna Maliar on Thursday said Russia sought to create the impression of calm.', '2023-06-02', [
      ['on Thursday', '2023-06-01'],
    ]);
  });

  test('a weekday is never in the future: "on Sunday" in a Saturday article is six days back', () => {
    expect('The general staff said on Sunday that the assault had stalled.', '2023-04-08', [['on Sunday', '2023-04-02']]);
  });

  test('"late on Sunday", "early Monday morning", "Sunday evening", "On Sunday night," at a sentence start', () => {
    expect('In a video published late on Sunday, Yevgeny Prigozhin is seen holding a flag.', '2023-04-03', [
      ['late on Sunday', '2023-04-02'],
    ]);
    expect('Explosions were heard early Monday morning and again Thursday evening.', '2023-04-08', [
      ['early Monday morning', '2023-04-03'],
      ['Thursday evening', '2023-04-06'],
    ]);
    expect('On Sunday night, the General Staff of the Ukrainian Armed Forces released a statement.', '2023-04-03', [
      ['On Sunday night', '2023-04-02'],
    ]);
  });

  test('possessive and attributive weekdays: "Saturday\'s assessment", "its Saturday assessment"', () => {
    expect("The ISW said in Saturday's assessment that Wagner had withdrawn.", '2023-06-04', [['Saturday', '2023-06-03']]);
    expect('the Institute for the Study of War (ISW) wrote in its Saturday assessment.', '2023-06-04', [['Saturday', '2023-06-03']]);
  });

  test('"last Friday" is the most recent Friday strictly before the publication date', () => {
    expect('Prigozhin said last Friday that his men would leave.', '2023-06-02', [['last Friday', '2023-05-26']]);
    expect('Prigozhin said last Friday that his men would leave.', '2023-06-04', [['last Friday', '2023-06-02']]);
  });

  test('headlines in capitals', () => {
    expect('UKRAINE SAYS FIGHTING RAGES ON MONDAY', '2023-04-05', [['ON MONDAY', '2023-04-03']]);
  });

  test('no weekday from "this Friday", "next Friday", names of other days or of newspapers', () => {
    none('The talks will resume this Friday or next Friday.');
    none('The Sunday Times reported that Wagner was recruiting again.');
    none('He spoke at a Good Friday service and again on Easter Sunday.');
    none('On the Monday after the vote, that Friday, the troops moved.');
    none('Shops opened on Black Friday; Saturday Night Live mocked him.');
  });

  test('"in a Friday statement" is the last Friday; "on a Friday in March" is no day', () => {
    expect('In a Friday statement, the ministry said the port would reopen.', '2023-06-05', [['Friday', '2023-06-02']]);
    expect('They always met on a Friday in March.', '2023-06-05', [['in March', '2023-03']]);
  });

  test('an occasion named by its day, "at a Friday morning press conference", "the Tuesday hearing", is the last one', () => {
    expect('He said at a Friday morning press conference that two people had died.', '2023-06-05', [['Friday morning', '2023-06-02']]);
    expect('She told the Tuesday hearing that the port would reopen.', '2023-06-05', [['Tuesday', '2023-05-30']]);
    none('On the Monday after the vote, the troops moved.');
  });

  test('an event that is over once named, "The Tuesday vote", "the Friday ruling", is the last one; "the Friday deadline" is none', () => {
    expect('The Tuesday vote pushes the decision back at least 60 days.', '2025-09-04', [['Tuesday', '2025-09-02']]);
    expect('Lawyers said they would appeal the Friday ruling.', '2025-09-04', [['Friday', '2025-08-29']]);
    none('Talks continued ahead of the Friday deadline.');
  });

  test('lower-case abbreviations are never weekdays: "sun", "sat", "wed"', () => {
    none('The sun sat low; they wed in the spring.');
  });
});

describe('today, tonight, this morning, yesterday', () => {
  test('today, tonight, this morning are the publication date; yesterday and last night the day before', () => {
    expect('“It’s especially hot there today,” Zelenskyy said this morning, and he will speak again tonight.', '2023-04-03', [
      ['today', '2023-04-03'],
      ['this morning', '2023-04-03'],
      ['tonight', '2023-04-03'],
    ]);
    expect('The ministry said yesterday that the shelling continued last night.', '2023-04-03', [
      ['yesterday', '2023-04-02'],
      ['last night', '2023-04-02'],
    ]);
  });

  test('"earlier today", "late yesterday", "yesterday afternoon" keep their words', () => {
    expect('He said earlier today, as he had late yesterday and yesterday afternoon, that the city held.', '2023-06-04', [
      ['earlier today', '2023-06-04'],
      ['late yesterday', '2023-06-03'],
      ['yesterday afternoon', '2023-06-03'],
    ]);
  });

  test('"two days ago" is a day', () => {
    expect('The flag was raised two days ago, the group said.', '2023-06-04', [['two days ago', '2023-06-02']]);
  });

  test('no date from "now", "tomorrow", "USA Today", "the Today programme"', () => {
    none('Russia now says the city is taken, and talks resume tomorrow.');
    none('He told USA Today and the BBC’s Today programme that the city had fallen.');
  });
});

describe('a month without a day is the most recent such month on or before the publication month', () => {
  test('"in December" in an April article is last December', () => {
    expect(
      'Taking the city would “possibly allow Russia to threaten the major urban centers of Kramatorsk and Sloviansk,” the UK Ministry of Defence said in December.',
      '2023-04-03',
      [['in December', '2022-12']]
    );
  });

  test('"In late March" in a June article', () => {
    const [e] = expect('In late March, General Mark Milley said the battle had become a slaughter-fest.', '2023-06-04', [
      ['In late March', '2023-03'],
    ]);
    assert.equal(e?.precision, 'month');
  });

  test('"in mid-May" in a June article', () => {
    expect(
      '"There is nothing, they destroyed everything," Zelensky told reporters shortly after Russia claimed to have captured Bakhmut in mid-May.',
      '2023-06-04',
      [['in mid-May', '2023-05']]
    );
  });

  test('"early June", "end of March", "at the beginning of June", "the end of March", "in the middle of May"', () => {
    expect('The offensive began in early June after a lull at the end of March.', '2023-06-20', [
      ['in early June', '2023-06'],
      ['at the end of March', '2023-03'],
    ]);
    expect('At the beginning of June the lines held; by the end of March they had not; in the middle of May, neither.', '2023-06-20', [
      ['At the beginning of June', '2023-06'],
      ['the end of March', '2023-03'],
      ['in the middle of May', '2023-05'],
    ]);
  });

  test('a month after the publication month is last year\'s; the publication month is this year\'s', () => {
    expect('The offensive stalled in September, officials said.', '2023-04-03', [['in September', '2022-09']]);
    expect('The offensive stalled in April, officials said.', '2023-04-03', [['in April', '2023-04']]);
  });

  test('"last December" is strictly before the publication month; "March 2022" and "March of 2022" state their year', () => {
    expect('He visited the front last December.', '2023-12-20', [['last December', '2022-12']]);
    expect('The siege began in March 2022 and by March of 2022 the city was cut off.', '2023-06-04', [
      ['in March 2022', '2022-03'],
      ['March of 2022', '2022-03'],
    ]);
  });

  test('"since March", "December\'s attack", "between March and May"', () => {
    expect('Fighting has raged since March.', '2023-06-04', [['March', '2023-03']]);
    expect("December's attack killed dozens.", '2023-04-03', [['December', '2022-12']]);
    expect('Fighting peaked between March and May.', '2023-06-04', [
      ['March', '2023-03'],
      ['May', '2023-05'],
    ]);
  });

  test('"on Feb. 24 last year", "in March this year"', () => {
    expect('The war began on Feb. 24 last year and the siege in March this year.', '2023-06-04', [
      ['on Feb. 24 last year', '2022-02-24'],
      ['in March this year', '2023-03'],
    ]);
  });
});

describe('relative periods', () => {
  test('"last month" is the month before the publication month', () => {
    expect(
      'Russian forces declared victory in the eastern city last month after the longest, deadliest battle since their full-scale invasion of Ukraine began 15 months ago.',
      '2023-06-02',
      [['last month', '2023-05']]
    );
    expect('The city fell last month.', '2023-01-15', [['last month', '2022-12']]);
  });

  test('"this month", "earlier this month" are the publication month', () => {
    expect('A counteroffensive could begin as early as this month, officials said earlier this month.', '2023-04-03', [
      ['this month', '2023-04'],
      ['earlier this month', '2023-04'],
    ]);
  });

  test('"last year" and "this year" are years', () => {
    const [e] = expect("Wagner recruited thousands of prisoners last year.", '2023-04-03', [['last year', '2022']]);
    assert.equal(e?.precision, 'year');
    expect('Earlier this year, the group lost ground.', '2023-04-03', [['Earlier this year', '2023']]);
  });

  test('"last week" and "(earlier) this week" are their month when the whole week lies in one, else nothing', () => {
    const [e] = expect('The ministry said last week that the port was closed.', '2023-03-20', [['last week', '2023-03']]);
    assert.equal(e?.precision, 'month');
    expect('Officials said earlier this week that it was closed.', '2023-06-09', [['earlier this week', '2023-06']]);
    // A Friday, 2 June 2023: last week ran 22 to 28 May; this week began on 29 May.
    expect('Fighting intensified last week.', '2023-06-02', [['last week', '2023-05']]);
    none('Fighting intensified this week.', '2023-06-02');
    // A Monday, 5 June 2023: last week ran 29 May to 4 June.
    none('The ministry said last week that the port was closed.', '2023-06-05');
  });

  test('no date from spans or vague times', () => {
    // (This week, 29 May to 2 June, crosses two months; last week, 22 to 28 May, does not: see below.)
    none('Fighting intensified again this week, the ministry said recently.');
    none('The invasion began 15 months ago; the city has been shelled for weeks.');
    none('Over the past year, and in the last month alone, losses mounted.');
    none('Three days later the group withdrew, a week ago it returned, and it will leave next month.');
    none('Two weeks ago, a year ago, several days ago, the day before: all the same.');
    none('In the coming days, over the past two weeks, in recent months, nothing changed.');
  });
});

describe('explicit dates', () => {
  test('"Nov. 20, 2022", "Friday, May 26, 2023", "3 April 2023", "2023-04-03"', () => {
    expect('Ukrainian soldiers fire artillery near Bakhmut, in the Donetsk region of Ukraine, on Nov. 20, 2022.', '2023-04-03', [
      ['on Nov. 20, 2022', '2022-11-20'],
    ]);
    expect('A Ukrainian soldier sits in a trench near Bakhmut, Ukraine, Friday, May 26, 2023.', '2023-06-02', [
      ['Friday, May 26, 2023', '2023-05-26'],
    ]);
    expect('They met on 3 April 2023 in Kyiv.', '2023-06-04', [['on 3 April 2023', '2023-04-03']]);
    expect('date 2023-04-03 The leader of the Russian Wagner mercenary organization claims victory.', '2023-04-03', [
      ['2023-04-03', '2023-04-03'],
    ]);
  });

  test('a year glued to the next word in a photo caption', () => {
    expect('Ukraine, Friday, May 26, 2023Libkos/Copyright 2023 The AP', '2023-06-02', [['Friday, May 26, 2023', '2023-05-26']]);
  });

  test('a day without a year is the most recent such day on or before the publication date', () => {
    expect('Ukrainian soldiers sit in a trench near Bakhmut on March 26.', '2023-04-03', [['on March 26', '2023-03-26']]);
    expect('The attacks of Sept. 11 changed everything.', '2023-06-04', [['Sept. 11', '2022-09-11']]);
    expect('He spoke on Dec. 31 and again on Jan. 1.', '2023-01-02', [
      ['on Dec. 31', '2022-12-31'],
      ['on Jan. 1', '2023-01-01'],
    ]);
    expect('The report was dated May 26.', '2023-05-26', [['May 26', '2023-05-26']]);
    expect('She said on February 29 that the lines held.', '2023-04-08', [['on February 29', '2020-02-29']]);
  });

  test('years: "in 2016", "since 2014", "in early 2016", "mid-2021"', () => {
    const [e] = expect('Wagner first appeared in Ukraine in 2016.', '2023-04-03', [['in 2016', '2016']]);
    assert.equal(e?.precision, 'year');
    expect('Fighting in Donbas has gone on since 2014, and in early 2016 and mid-2021 it flared.', '2023-04-03', [
      ['since 2014', '2014'],
      ['in early 2016', '2016'],
      ['mid-2021', '2021'],
    ]);
  });

  test('numeric dates count only with a four-digit year', () => {
    expect('The memorial opened on 9/11/2011.', '2023-04-03', [['on 9/11/2011', '2011-09-11']]);
  });
});

describe('no false dates', () => {
  test('modal "may", a protest "march", "March" in a title-case headline', () => {
    none('Bakhmut may have fallen, Western officials said.');
    none('Thousands joined the march through Kyiv, a protest march against the war.');
    none('Thousands Join Protest March in Paris');
  });

  test('names that are months: "Theresa May", "April Ryan", "Mayor Klitschko"', () => {
    expect('Theresa May said on Friday that April Ryan had asked Mayor Vitali Klitschko.', '2023-06-04', [
      ['on Friday', '2023-06-02'],
    ]);
  });

  test('numbers: divisions, percentages, measures, money, "24/7", "9/11", counts after prepositions', () => {
    none('The 76th and 106th divisions were deployed.');
    none('Prigozhin said 99 percent of Wagner fighters had left.');
    none('A 1,000-kilometer front line, 105mm howitzers firing 24/7, and $100,000 a year.');
    none('They laid flowers at a 9/11 memorial.');
    none('Of 2000 soldiers, in 2000 people, the 2016 election, the 1990s, F-16 jets, COVID-19.');
  });

  test('"the second", lower-case months anywhere', () => {
    none('For the second time, the second wave came.');
    none('Troops may 5 times a day march 10 kilometres.');
  });
});

describe('without a publication date', () => {
  test('only expressions that state their year', () => {
    expect(
      'In 2016, on Nov. 20, 2022, and on Friday, May 26, 2023, in May 2023 — but not on Sunday, in December, last month, last year, today, Sept. 11 or May 26.',
      null,
      [
        ['In 2016', '2016'],
        ['on Nov. 20, 2022', '2022-11-20'],
        ['on Friday, May 26, 2023', '2023-05-26'],
        ['in May 2023', '2023-05'],
      ]
    );
  });

  test('a reference that is not a real date counts as none', () => {
    none('He said it on Sunday.', '2023-02-30');
    expect('He said it on Sunday, in 2016.', 'yesterday', [['in 2016', '2016']]);
  });

  test('an ISO timestamp as the reference uses its date', () => {
    expect('He said it on Sunday.', '2023-04-03T09:30:00Z', [['on Sunday', '2023-04-02']]);
  });
});

describe('API', () => {
  test('expressions come in text order with exact offsets', () => {
    const sentence = 'On Saturday, Hanna Maliar wrote on Telegram that, as in late March and on March 4, the line held.';
    const found = expect(sentence, '2023-06-04', [
      ['On Saturday', '2023-06-03'],
      ['in late March', '2023-03'],
      ['on March 4', '2023-03-04'],
    ]);
    assert.deepEqual(
      found.map((e) => e.start),
      [...found.map((e) => e.start)].sort((a, b) => a - b)
    );
  });

  test('resolveTimeExpression returns the first expression of a phrase, or null', () => {
    assert.deepEqual(resolveTimeExpression('on Sunday night', '2023-04-03'), {
      start: 0,
      end: 15,
      text: 'on Sunday night',
      value: '2023-04-02',
      precision: 'day',
    });
    assert.equal(resolveTimeExpression('in late March', '2023-06-04')?.value, '2023-03');
    assert.equal(resolveTimeExpression('recently', '2023-06-04'), null);
    assert.equal(resolveTimeExpression('on Sunday', null), null);
  });

  test('text with nothing date-like returns nothing (and does not reach chrono)', () => {
    none('But Ukrainian officials swiftly rejected the claims.');
    none('');
  });

  test('the result does not depend on the process time zone', () => {
    const sentence = 'He said on Sunday night, in late March, on Nov. 20, 2022, yesterday and last month that it held.';
    const saved = process.env.TZ;
    const results: string[] = [];
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata']) {
        process.env.TZ = tz;
        results.push(JSON.stringify(findTimeExpressions(sentence, '2023-04-03')));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    assert.equal(new Set(results).size, 1, results.join('\n'));
    assert.match(results[0] ?? '', /"value":"2023-04-02"/);
  });
});
