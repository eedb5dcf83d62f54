// Letters folded for matching: a reader types "Walesa", "Erdogan" or "Oresund" for "Wałęsa",
// "Erdoğan" and "Øresund". Unicode decomposition takes the accents off most letters (ğ → g + ˘),
// but some letters are letters of their own with no decomposition (ł, ø, đ, ß, æ); those are
// mapped to what English-language copy writes for them.

/** Letters with no canonical decomposition to a base letter, and what they are typed as. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ø: 'o', Ø: 'O', ı: 'i', ħ: 'h', Ħ: 'H',
  ŧ: 't', Ŧ: 'T', ŋ: 'n', Ŋ: 'N', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th',
};
const UNDECOMPOSABLE_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'gu');
const MARK = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The text without diacritics, case kept: "Wałęsa" → "Walesa", "Erdoğan" → "Erdogan",
 * "Straße" → "Strasse". Compatibility forms are unfolded too ("ﬁ" → "fi", "½" → "1⁄2"), so the
 * result may be longer than the text: use it for keys and matching, never for offsets.
 */
export function stripDiacritics(text: string): string {
  // Most text is ASCII, which this leaves as it is: skipping the work keeps search indexing fast.
  if (!NON_ASCII.test(text)) return text;
  return text.normalize('NFKD').replace(MARK, '').replace(UNDECOMPOSABLE_LETTER, (c) => UNDECOMPOSABLE[c]!);
}
