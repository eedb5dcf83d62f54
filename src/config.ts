// Settings come only from the environment (and a `.env` file beside the process). A bad value
// stops the program at start with a message that names the variable; secrets are never printed.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { isTimeZone } from './digest/index.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** RSS/Atom feed URLs, comma- or whitespace-separated; each must be http(s). */
const feedList = z
  .string()
  .transform((v) => v.split(/[\s,]+/).filter((u) => u !== ''))
  .superRefine((urls, ctx) => {
    // Named by position, not value: a private feed's URL may carry a token.
    urls.forEach((url, i) => {
      if (!isHttpUrl(url)) ctx.addIssue({ code: 'custom', message: `entry ${i + 1} of ${urls.length} is not an http(s) URL` });
    });
  });

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const schema = z.object({
  CLAIMDESK_DATA_DIR: z.string().trim().min(1).default('./data'),
  CLAIMDESK_MAX_FILE_BYTES: z.coerce
    .number()
    .int('must be a whole number of bytes')
    .positive('must be a positive number of bytes')
    .max(1024 * 1024 * 1024, 'must be at most 1 GiB')
    .default(5 * 1024 * 1024),
  CLAIMDESK_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: z.string().url('must be a URL such as https://slack.com/api/').optional(),
  DISCORD_TOKEN: optionalText,
  DISCORD_APP_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: z.string().url('must be a URL such as https://discord.com/api').optional(),
  /** Slack user (U…, W…) and user-group (S…) ids allowed to manage digests; unset: everyone. */
  SLACK_EDITORS: z
    .string()
    .transform((v) => v.split(/[\s,]+/).filter((id) => id !== ''))
    .superRefine((ids, ctx) => {
      for (const id of ids) {
        if (!/^[UWS][A-Z0-9]{2,}$/.test(id)) ctx.addIssue({ code: 'custom', message: `"${id}" is not a Slack user id (U…, W…) or user-group id (S…)` });
      }
    })
    .default([]),
  /** IANA zone for digests whose subscription names none. */
  CLAIMDESK_DIGEST_ZONE: z
    .string()
    .trim()
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/Kyiv or UTC')
    .default('UTC'),
  CLAIMDESK_FEEDS: feedList.default([]),
  CLAIMDESK_FEED_INTERVAL_S: z.coerce
    .number()
    .int('must be a whole number of seconds')
    .min(30, 'must be at least 30 seconds (be kind to the feeds)')
    .default(900),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'bad_setting';
  constructor(readonly problems: string[]) {
    super(`claimdesk: bad settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and checks the settings. `env` defaults to process.env after loading `.env` (if any). */
export function loadConfig(env: NodeJS.ProcessEnv = defaultEnv()): Config {
  // Empty strings (VAR= in a .env file) mean "not set", as users expect.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'settings');
      // Never echo the value: it may be a token.
      return `${name}: ${issue.message}`;
    }),
  );
}

function defaultEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
