// Rules that recognise one line of page furniture on its own (no context needed). They are
// written for news pages in general, not for the seed files: each rule names a *kind* of
// furniture that news sites share (browser notices, share bars, ad labels, photo credits…).
// Rules that need neighbouring lines (related-story lists, perk lists, captions glued to a
// credit, duplicates) live in clean.ts.
import { MONTH_NAME } from './isoDate.ts';
import { endsSentence, isProse, wordCount } from './lines.ts';

export type FurnitureKind =
  | 'browser' // "IE 11 is not supported…", "Your browser does not support the video tag."
  | 'share' // share / comment / embed / copy-link controls
  | 'ad' // "ADVERTISEMENT", "Sponsored", "Story continues below advertisement"
  | 'promo' // a subscription or newsletter header that starts a list of perks
  | 'perk' // one perk of a subscription offer ("Unlimited access to …")
  | 'related' // "You might also like", "Most read": a header that starts a list of headlines
  | 'related-inline' // "Read more: <headline>" on one line
  | 'credit' // a photo credit, alone or ending a caption
  | 'caption' // an agency caption: "FILE - …", "FILE PHOTO: …"
  | 'byline' // "By Euronews", "By Jane Doe and John Roe"
  | 'timestamp' // "Published 10:04 AM EDT, April 3, 2023", "5 min read"
  | 'player' // a video or audio player's running time: "Duration 2:14", "VIDEO 03:12"
  | 'tag' // a short run of capitalised topic words: "Ukraine Russia Bakhmut"
  | 'separator'; // "***", "___."

// ---- browser notices ------------------------------------------------------------------------
const BROWSER = [
  /\b(?:IE|Internet Explorer)\s?\d*\b.*\bnot (?:be )?supported\b/i,
  /\byour (?:web )?browser (?:does not|doesn['’]t|is not|isn['’]t|may not)\b/i,
  /\b(?:update|upgrade|switch) (?:to )?(?:your|a (?:modern|newer|different)) browser\b/i,
  /\bvisit (?:our|this) site (?:on|with|using) (?:another|a different|a modern) browser\b/i,
  /\b(?:please )?enable javascript\b|\bjavascript is (?:disabled|required|turned off)\b/i,
  /\b(?:turn off|disable) (?:your )?ad ?blocker\b/i,
];
// A word every BROWSER rule needs: lines without one skip the six rules in one pass.
const BROWSER_WORD = /browser|javascript|supported|blocker/i;

// ---- share, comment and embed controls -----------------------------------------------------
// Share bars are scraped as their button labels run together ("Share this articleComments"),
// so a line is a share bar when nothing is left once every known label is taken out.
const CONTROL_LABELS = [
  'share this article', 'share this story', 'share this page', 'share on facebook', 'share on twitter',
  'share on whatsapp', 'share on linkedin', 'share via email', 'share', 'shares', 'comments', 'comment',
  'copy to clipboard', 'copy link', 'link copied', 'copied', 'close button', 'close', 'tweet', 'email',
  'e-mail', 'print', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'reddit', 'telegram', 'flipboard',
  'pinterest', 'messenger', 'save', 'saved', 'bookmark', 'follow', 'follow us', 'gift this article',
  'gift article', 'listen to this article', 'listen', 'view comments', 'show comments', 'leave a comment',
  'add a comment', 'jump to comments', 'more', 'embed',
];
const CONTROL_RE = new RegExp(
  `(?:${[...CONTROL_LABELS].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`,
  'gi',
);
// Every character a share bar can hold: the letters, spaces and hyphens of the labels, and the
// separators isControlBar strips. A line with any other character (a full stop, a quote) is
// not a bar, which one anchored test finds without trying the labels at every position.
const CONTROL_BAR_CHARS = /^[A-Za-z\s|·•,:;/()\-–—0-9]*$/;
const EMBED_PROMPT = [
  /\bcopy(?:\s*\/\s*| and )?paste (?:the |this )?(?:[\w ]{0,30})?embed (?:link|code)\b/i,
  /\bembed (?:link|code) (?:below|above)\b/i,
  /^(?:click|tap) (?:here )?to (?:share|copy|embed|comment)\b/i,
];
// What every EMBED_PROMPT rule needs: the word "embed", or a line opening with "click"/"tap".
const EMBED_WORD = /embed|^(?:click|tap) /i;

// ---- advertising labels ----------------------------------------------------------------------
const AD =
  /^(?:advertisement|advertisements|advertising|ad|ads|sponsored(?: content| post| story| links?)?|promoted(?: content| stories)?|paid (?:content|post|partner content)|partner content|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading (?:below|the main story)|scroll to continue(?: with content)?|skip (?:this )?ad|ad feedback)[.:]?$/i;

// ---- subscriptions and newsletters ---------------------------------------------------------
// "<Outlet> cover" / "<Outlet> magazine": the image and title of a subscription card.
const PROMO_CARD = /^[\p{Lu}][\p{L}\p{N}&.'’ -]{0,40} (?:cover|magazine|newsletter|premium|subscription)$/u;
const PROMO_CALL =
  /^(?:subscribe|sign up|sign in|log ?in|register|join|get|try|start|become|already (?:a )?(?:subscriber|member)|support (?:our|independent)|don['’]t miss|want (?:more|the latest))\b.*\b(?:newsletter|newsletters|subscri\w*|inbox|member\w*|premium|free trial|digital access|unlimited|our journalism|sign up|account)\b/i;
const PERK = [
  /^unlimited (?:digital )?access\b/i,
  /\bad[- ]?free\b.*\b(?:experience|reading|browsing|access)\b/i,
  /\b(?:ios|android|mobile) (?:and (?:ios|android) )?apps? access\b/i,
  /\b(?:delivered|straight) to your (?:door|inbox|mailbox)\b/i,
  /^(?:all|exclusive|premium) (?:newsletters|podcasts|content|events)\b/i,
  /^(?:cancel|pause) anytime\b/i,
  /\b(?:subscribers?|members?)[- ]only\b/i,
  /^(?:subscribe|sign up|sign in|log ?in|register)(?: now| today| for free| here)?[.!:]?$/i,
];
// Words that make even a full sentence a sales pitch ("Sign up for our newsletter.").
const PITCH_WORDS = /\b(?:newsletters?|subscri\w+|sign up|free trial)\b/i;
// Bullet characters that start list items in scraped pages.
export const BULLET = /^[•·●▪▫‣◦■□–→►▶➤-]\s*/u;

// ---- lists of other stories -----------------------------------------------------------------
const RELATED_HEADER =
  /^(?:you (?:might|may|could) (?:also )?(?:like|enjoy|be interested in)|related(?: (?:stories|articles?|news|content|coverage|topics|reading|links|posts|videos?))?|(?:read|see|watch) (?:more|next|also)|also (?:read|see|watch)|more (?:from|on|about|in|(?:top |latest )?(?:stories|news|headlines)|coverage|to read|videos?|like this)\b.{0,60}|more [a-z-]+s|most (?:read|popular|viewed|shared|watched)(?: (?:stories|articles|today|now|this week))?|recommended(?: (?:stories|articles|reading|for you|videos?))?|(?:trending|popular)(?: (?:now|today|stories|articles|on \S+))?|top (?:stories|news|headlines)|latest (?:news|stories|headlines)|further reading|don['’]t miss|editor['’]?s? picks?|what to read next|in (?:other|case you missed it) news|in case you missed it|list of \d+ items?|list \d+ of \d+)\s*:?$/i;
const RELATED_INLINE =
  /^(?:read more|read also|also read|read next|see also|related|more|watch|listen|more from \S+(?: \S+){0,3})\s*[:|›»>-]\s*\S/i;
const LINK_PROMPT =
  /^(?:(?:read|see|watch|listen to|click here for|get) (?:the )?(?:rest|full (?:story|article|report|interview|text|video|episode|coverage))(?: (?:here|below|online))?|(?:click|tap) here(?: to (?:read|watch|listen|learn).*)?|continue reading|read the full story|(?:view|open) (?:in|on) (?:the )?(?:app|browser))\s*[.:!…]*$/i;

// A player's running time, labelled: a bare "18:40" is a live blog's timestamp, not a player.
const PLAYER_TIME = /^(?:(?:watch(?: now)?|video|audio|duration|running time|length)\s*[:|]?\s*){1,3}\d{1,2}:\d{2}(?::\d{2})?$/i;

// ---- photo credits and captions --------------------------------------------------------------
// Picture agencies and sources that appear in credits. Matched only in credit shapes
// ("Name/Agency", "Copyright …", "(AP Photo/Name)"), never as bare words in prose.
const AGENCIES =
  "AP|AFP|Reuters|REUTERS|Getty(?: Images)?|EPA(?:-EFE)?|EFE|Bloomberg|Anadolu(?: Agency)?|Sipa(?: USA| Press)?|TASS|Sputnik|RIA Novosti|Shutterstock|Alamy|NurPhoto|ZUMA(?: Press| Wire)?|Xinhua|Pool|Handout|DPA|dpa|Abaca|PA(?: Images| Wire| Media)?|Associated Press|The Associated Press|The AP|Corbis|SOPA Images|LightRocket|Redux|Polaris|Ukrinform|Instagram|Twitter|Facebook|Wikimedia Commons|iStock|Press Service|Presidential Press Service";
// (A word may be quoted: 'Press service of "Concord"/Handout via REUTERS'.)
const NAME = "[\"“]?[\\p{Lu}][\\p{L}\\p{M}'’.-]*[\"”]?(?:\\s+(?:[\"“]?[\\p{Lu}][\\p{L}\\p{M}'’.-]*[\"”]?|de|da|van|von|al|el|bin))*";
const VIA = '(?:\\s+(?:via|for|/)\\s+[\\p{Lu}][\\p{L} ]{1,30})?';
// Credits close a caption without a full stop of their own ("… on March 4. Libkos / AP"), so a
// line ending "… a Reuters/Ipsos poll." or "… Reuters/Ipsos." stays prose.
const CREDIT_TAILS = [
  // "… Libkos / AP", "… Aris Messinis/AFP via Getty Images"
  new RegExp(`(?:^|[\\s\\d.,;])${NAME}\\s*/\\s*(?:${AGENCIES})${VIA}(?<![.!?])$`, 'u'),
  // "… AP/Efrem Lukatsky", "REUTERS/Yves Herman/File Photo", "(AP Photo/Evan Vucci)."
  new RegExp(`(?:^|[\\s\\d.,;])(?:\\((?:${AGENCIES})(?: Photo)?\\s*/\\s*${NAME}\\)\\.?|(?:${AGENCIES})(?: Photo)?\\s*/\\s*${NAME}(?:/File Photo)?(?<![.!?]))$`, 'u'),
  // "(Photo: Jane Doe/Reuters)", "Photo credit: …", "Image: Getty Images"
  // ("Photo / Supplied", "Photo / Josh Whitcombe": the label and a slash, as New Zealand papers write it.)
  new RegExp(`(?:^|\\s)\\(?(?:Photo(?:graph)?|Image|Picture|Credit|Photo credit|Photos)(?: by|:|\\s*/)\\s*${NAME}(?:\\s*/\\s*[\\p{L} ]{1,30})?\\)?\\.?$`, 'u'),
  // "(Image: Family handout)", "(Picture: supplied)": a label in brackets, whatever follows it.
  /\((?:Photo(?:graph)?|Image|Picture)s?:\s*[^()]{1,40}\)$/u,
  // "… since spring. Ines Carvajal / The Tacoma Ledger": after the caption's last sentence, a
  // photographer and the paper, with no full stop of its own.
  new RegExp(`[.!?]["”’]?\\s+${NAME}\\s*/\\s*${NAME}(?<![.!?])$`, 'u'),
];
// "… Copyright AP Photo", "… Copyright Efrem Lukatsky/AP", "Libkos/Copyright 2023 The AP. All
// rights reserved.", "© 2023 Reuters". The tail after the mark must look like a credit (an
// agency, a slash, a year or "All rights reserved"), so "the Copyright Act." stays prose.
const COPYRIGHT_TAIL = /(?:^|[\s\d./,;(])(?:©|\(c\)|Copyright\b)\s*([^©]{0,90})$/u;
// Text that every credit shape above needs (a "/", a label word or a copyright mark). The shapes
// are tried at every position of a line and most lines (long paragraphs among them) hold none
// of it, so one search for it settles those lines at a fraction of the cost.
const CREDIT_MARK = /[/©]|\(c\)|Photo|Image|Picture|Credit|Copyright/;
const CREDITISH = new RegExp(`(?:^|[\\s/])(?:${AGENCIES})\\b|/|\\b(?:19|20)\\d{2}\\b|all rights reserved|\\bphoto\\b`, 'iu');
// A credit alone on its line: "Getty/Instagram.", "Reuters", "AP Photo".
const CREDIT_ALONE = new RegExp(`^\\(?(?:(?:${AGENCIES})(?: Photo| Images)?|${NAME})\\s*(?:/\\s*(?:${AGENCIES}|${NAME}))+\\)?\\.?$|^\\(?(?:${AGENCIES})(?: Photo| Images| via Getty Images)?\\)?\\.?$`, 'u');
const FILE_CAPTION = /^FILE(?: PHOTO)?\s*[-–—:]\s/;

// ---- bylines, timestamps and tags -------------------------------------------------------------
// "By Euronews", "By Euronews with AP", "By Jane Doe, Reuters", "By JANE DOE | CNN".
// Case-sensitive on purpose: names are capitalised ("by the numbers" is not a byline).
export const BYLINE = /^(?:By|BY)\s+((?:[\p{Lu}][\p{L}\p{M}\p{N}'’.&-]*|and|with|&|,|\||de|van|von|al)(?:\s*(?:[\p{Lu}][\p{L}\p{M}\p{N}'’.&-]*|and|with|AND|WITH|&|,|\||de|van|von|al))*)\s*$/u;
const TIMESTAMP = [
  /^(?:published|updated|posted|last updated|first published|modified)(?: on| at)?:?\s.{0,60}\d.{0,30}$/i,
  /^\d+\s*(?:min(?:ute)?s?|m)\s+read$/i,
];
const TAG_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&-]*)$/u;

/** A line is a share/comment bar when nothing but control labels and separators is left. */
function isControlBar(line: string): boolean {
  if (line.length > 200 || !CONTROL_BAR_CHARS.test(line)) return false;
  let labels = 0;
  const rest = line
    .replace(CONTROL_RE, () => {
      labels++;
      return '';
    })
    .replace(/[\s|·•,:;/()\-–—0-9]+/g, '');
  return labels > 0 && rest.length === 0;
}

/** A credit closes the line (the line is a caption or a bare credit). */
export function hasCreditTail(line: string): boolean {
  if (!CREDIT_MARK.test(line)) return false;
  if (CREDIT_TAILS.some((re) => re.test(line))) return true;
  const copyright = COPYRIGHT_TAIL.exec(line);
  if (copyright) {
    const tail = copyright[1] ?? '';
    // A credit is short, is not a sentence of its own ("Copyright law says …") and does not end
    // one ("… under the Copyright 1976 law.") unless with "All rights reserved."
    const endsOwnSentence = /[.!?]$/.test(tail) && !/all rights reserved\.?$/i.test(tail);
    if (
      wordCount(tail) <= 10 &&
      CREDITISH.test(tail) &&
      !endsOwnSentence &&
      !/\b(?:said|says|is|was|are|were|has|have)\b/.test(tail)
    ) {
      return true;
    }
  }
  return false;
}

/** A weekday and a date, alone on a line: "Friday 9 May", "Thursday, May 8" (a live page's day heading). */
const DAY_HEADING = new RegExp(`^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+(?:\\d{1,2}\\s+(?:${MONTH_NAME})|(?:${MONTH_NAME})\\s+\\d{1,2})$`, 'i');

/** Whether a line is a live page's day heading, which the cleaner keeps and the claims read. */
export const isDayHeading = (line: string): boolean => DAY_HEADING.test(line.trim());

/** A tag line's label: "TAGS: Kisumu, IEBC, by-election", "Topics: …", "Filed under: …". */
const TAG_LABEL = /^(?:tags?|tagged|topics?|related topics|filed under|categories|keywords)\s*:\s*/i;

/** A bare tag line: a few capitalised words, no punctuation at all ("Ukraine Russia Bakhmut"). */
export function isTagLine(line: string): boolean {
  // Labelled, the topics may be in any case ("by-election"), each a few words, with no sentence.
  const label = TAG_LABEL.exec(line);
  if (label) return line.slice(label[0].length).split(/\s*[,|·•;]\s*/).every((item) => item !== '' && item.split(' ').length <= 4 && !/[.!?]$/.test(item));
  const words = line.split(' ');
  // (A live page's day heading, "Friday 9 May", dates the entries under it: no tag.)
  if (isDayHeading(line)) return false;
  if (words.length <= 6 && words.every((w) => TAG_WORD.test(w)) && /\p{L}/u.test(line)) return true;
  // "Halvern Pharmaceuticals, Food and Drug Administration, Recalls, Epinephrine": three topics or
  // more, listed with commas, each a capitalised name of a few words.
  const items = line.split(/,\s*/);
  return items.length >= 3 && items.every((item) => {
    const w = item.split(' ');
    return w.length <= 5 && TAG_WORD.test(w[0]!) && w.every((x) => TAG_WORD.test(x) || /^(?:and|of|the|for|in|on|&)$/.test(x));
  });
}

/**
 * Classify one normalised line on its own. Returns null for a line that may be prose. Rules
 * that could hit a real sentence (tags, bylines) are only applied to lines that are not prose.
 * `words` is the line's wordCount, passed by callers that already know it. The rules run in a
 * fixed order (the first that matches names the kind); the cheap tests guarding some of them
 * (BROWSER_WORD, EMBED_WORD, word counts) only skip rules that could not match.
 */
export function classifyLine(line: string, words: number = wordCount(line)): FurnitureKind | null {
  if (line === '') return null;
  if (words === 0) return 'separator'; // no letter or digit at all
  const short = words <= 30;
  if (short && BROWSER_WORD.test(line) && BROWSER.some((re) => re.test(line))) return 'browser';
  if (isControlBar(line)) return 'share';
  if (short && EMBED_WORD.test(line) && EMBED_PROMPT.some((re) => re.test(line))) return 'share';
  if (AD.test(line)) return 'ad';
  if (FILE_CAPTION.test(line)) return 'caption';
  if (hasCreditTail(line)) return 'credit'; // captions can be long: the credit shape is enough
  if (words <= 8 && CREDIT_ALONE.test(line)) return 'credit';
  if (RELATED_HEADER.test(line)) return 'related';
  if (words <= 5 && PLAYER_TIME.test(line)) return 'player';
  if (words <= 30 && RELATED_INLINE.test(line)) return 'related-inline';
  if (words <= 12 && LINK_PROMPT.test(line)) return 'related-inline';
  const prose = isProse(line, words);
  if (words <= 25) {
    const pitch = isPitch(line, prose);
    if (pitch && isPerk(line)) return 'perk';
    if (words <= 6 && !endsSentence(line) && PROMO_CARD.test(line)) return 'promo';
    if (pitch && PROMO_CALL.test(line)) return 'promo';
  }
  if (prose) return null; // "Posted in 2019, the video drew 3 million views." is prose
  if (words <= 12 && TIMESTAMP.some((re) => re.test(line))) return 'timestamp';
  if (words <= 10 && BYLINE.test(line)) return 'byline';
  if (isTagLine(line)) return 'tag';
  return null;
}

/**
 * Perks and calls to subscribe are not sentences, or say plainly what they sell: "Join
 * members of the public at the rally, the mayor said." is prose.
 */
function isPitch(line: string, prose: boolean): boolean {
  return !prose || BULLET.test(line) || PITCH_WORDS.test(line);
}

/** One perk of a subscription offer, with or without its bullet. */
function isPerk(line: string): boolean {
  const item = line.replace(BULLET, '');
  return PERK.some((re) => re.test(item));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
