// Settings come only from the environment (and a `.env` file beside the process). A bad value
// stops the program at start with a message that names the variable; secrets are never printed.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

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
