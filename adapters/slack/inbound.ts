// What people type, as Slack delivers it, back to the plain query the core parses. Slack escapes
// `&`, `<`, `>` in message and command text and wraps mentions, channels and links in `<…>`.

/** Slack's wire text to plain text: `<@U1>` and `<#C1|name>` to readable forms, `<url|label>` to
 * the label (or the URL), `<!here>` to @here, then the three entities back to characters. */
export function fromSlackText(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => {
      const [target = '', label] = splitOnce(inner, '|');
      if (label) return target.startsWith('#') ? `#${label}` : target.startsWith('@') ? `@${label}` : label;
      if (target.startsWith('@') || target.startsWith('#')) return target;
      if (target.startsWith('!')) return `@${target.slice(1).split('^')[0]}`;
      return target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query in an `@claimdesk …` message: the bot's own mention(s) removed wherever they are
 * (`<@UBOT>` or `<@UBOT|claimdesk>`), the rest converted as fromSlackText does. */
export function mentionQuery(text: string, botUserId: string | undefined): string {
  const withoutBot = botUserId ? text.replace(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^<>]*)?>`, 'g'), ' ') : text.replace(/^\s*<@[A-Z0-9]+(?:\|[^<>]*)?>/, ' ');
  // "@claimdesk: bakhmut" — a colon or comma after the mention is punctuation, not the query.
  return fromSlackText(withoutBot).replace(/^[:,]\s*/, '');
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const i = text.indexOf(sep);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
