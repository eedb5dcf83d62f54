// Quotation spans in a paragraph. News nests quotes (“… “victory” …”), mixes straight outer
// quotes with curly inner ones, and leaves a quote open at the end of a paragraph when it goes
// on in the next one.

export interface Quote {
  /** Offsets of the opening and closing marks in the paragraph text (close = text length when left open). */
  open: number;
  close: number;
  /** Offsets of the quoted words, without the marks and without a trailing comma. */
  innerStart: number;
  innerEnd: number;
  /** True when the paragraph ended before the quote was closed. */
  unclosed: boolean;
}

/** Every character findQuotes acts on. */
const QUOTE_MARKS = /["“„«”»‘’'`]/;
const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/** Top-level quotations of `text`, in order. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const stack: Array<{ mark: string; at: number }> = [];
  // Only quote marks matter: jump from one to the next instead of visiting every character.
  const marks = new RegExp(QUOTE_MARKS.source, 'g');
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    const i = found.index;
    const ch = text[i]!;
    // Typewriter style: ``…'' or ''…'' stand for double quotes in some archives and wires.
    if ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) {
      const opening = ch === '`' || stack.at(-1)?.mark !== "''";
      if (opening) stack.push({ mark: "''", at: i });
      else {
        const top = stack.pop()!;
        if (stack.length === 0) quotes.push(makeQuote(text, top.at, i, 2, 2));
      }
      marks.lastIndex = i + 2;
      continue;
    }
    let opens = false;
    let closes = false;
    if (ch === '"') {
      if (stack.at(-1)?.mark === '"') closes = true;
      // A curly opener closed by a straight mark (“… the FBI,"), where the mark ends a word.
      else if (stack.at(-1)?.mark === '“' && /\S/.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) closes = true;
      else opens = true;
    } else if (OPENERS.has(ch)) {
      opens = true;
    } else if (CLOSERS.has(ch)) {
      if (stack.some((s) => s.mark !== '"')) closes = true;
      // A straight opener closed by a curly mark ("more hours”), where the mark ends a word.
      else if (stack.at(-1)?.mark === '"' && /\S/.test(text[i - 1] ?? '')) closes = true;
      // A closing mark used as an opener (”Hello”): only when it starts a word.
      else if ((/[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && /^$|\s/.test(text[i - 1] ?? '')) || text.slice(0, i).trim() === '') opens = true;
    } else if (ch === '‘' && (stack.length > 0 || /^$|[\s([—–-]/.test(text[i - 1] ?? ''))) {
      // An opening single mark: inside double quotes, or at the start of a word, as British copy
      // quotes ("‘We will win,’ she said"). A closing ’ stays an apostrophe.
      if (/\S/.test(text[i + 1] ?? '')) opens = true;
    } else if (closesSingle(text, i, ch, stack.at(-1)?.mark)) {
      // ("‘The soldiers’ families are safe,’ she said": a plural's apostrophe closes nothing.)
      // (But "called them ‘extremely serious’ and demanded …": a function word after it is no noun
      // the plural could own.)
      closes = !(stack.length === 1 && text[i - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) && !/^\s(?:and|or|but|nor|to|in|on|at|for|as|after|before|with|by|from|that|which|who|is|was|were|are|if|when|while|because|than)\b/.test(text.slice(i + 1, i + 10)));
      // Alone, single marks quote words spoken ("‘We will win,’", four words or more, or ending
      // with punctuation); a short scare quote (‘Demoralizing’, ‘real war’) is no quotation.
      if (closes && stack.length === 1) {
        const inner = text.slice(stack[0]!.at + 1, i);
        if (!/[,.!?…]$/.test(inner) && inner.trim().split(/\s+/).length < 4) {
          stack.pop();
          closes = false;
        }
      }
    } else if (ch === "'" && stack.length === 0 && /^$|[\s([—–-]/.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) {
      // (Not "the early '80s".)
      opens = true;
    }
    if (opens) {
      stack.push({ mark: ch, at: i });
    } else if (closes) {
      // Pop to the matching kind of mark; an unmatched inner opener is dropped.
      const want = ch === '"' ? '"' : ch === '’' ? '‘' : ch === "'" ? "'" : null;
      let top = stack.pop();
      while (top && want && top.mark !== want && stack.length) top = stack.pop();
      if (!want) while (top && (top.mark === '"' || top.mark === '‘') && stack.length) top = stack.pop();
      if (top && stack.length === 0) quotes.push(makeQuote(text, top.at, i, markOf(top.mark), 1));
    }
  }
  // (A single mark left open is more likely an apostrophe or a scare quote than words going on,
  // unless it opens the paragraph or follows a colon and runs on for whole sentences, as British
  // copy continues a quotation into the next paragraph: "She said: ‘We have written three times.")
  // (A straight mark left open was an apostrophe, "rock 'n roll": read again without it, so the
  // quotations it swallowed count.)
  if (stack[0]?.mark === "'" && !runsOn(text, stack[0].at)) return findQuotes(`${text.slice(0, stack[0].at)}ʼ${text.slice(stack[0].at + 1)}`);
  // (After a single-quoted quotation closed in the same paragraph, a sentence's end may open it too:
  // "‘We keep doing this,’ Tanvir said. ‘We build something, …".)
  const quotedSingly = quotes.some((q) => text[q.open] === stack[0]?.mark);
  if (stack.length > 0 && ((stack[0]!.mark !== '‘' && stack[0]!.mark !== "'") || runsOn(text, stack[0]!.at, quotedSingly))) quotes.push(makeQuote(text, stack[0]!.at, text.length, markOf(stack[0]!.mark), 0));
  return quotes;
}

const markOf = (mark: string) => mark.length;

/** Whether the mark at `i` can close the single quotation on top of the stack: a curly ’ after ‘,
 * or a straight ' after ' (as some sites print British copy, "'We will win,' she said"; one only
 * opens outside other marks), ending a word rather than joining two. */
function closesSingle(text: string, i: number, ch: string, top: string | undefined): boolean {
  if (ch === '’') return top === '‘' && !/\p{L}/u.test(text[i + 1] ?? '');
  return ch === "'" && top === "'" && /\S/.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** A single mark at `at` that opens the paragraph or follows a colon (or, with `afterStop`, a
 * sentence's end), with four words or more after it ending a sentence. */
function runsOn(text: string, at: number, afterStop = false): boolean {
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + 1).trim();
  return (before === '' || before.endsWith(':') || (afterStop && /[.!?]$/.test(before))) && after.split(/\s+/).length >= 4 && /[.!?…]$/.test(after);
}

/** `closeAt` is where the closing mark starts; a `closeLength` of 0 means the quote was left open. */
function makeQuote(text: string, open: number, closeAt: number, openLength: number, closeLength: number): Quote {
  let innerStart = open + openLength;
  let innerEnd = closeAt;
  while (innerStart < innerEnd && /\s/.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /[\s,]/.test(text[innerEnd - 1]!)) innerEnd--;
  return { open, close: closeAt + closeLength, innerStart, innerEnd, unclosed: closeLength === 0 };
}
