// Daily digests: `/claim digest …` commands, composing a digest, and the scheduler that posts
// each (subscription, day) once through the adapters' posters.
export { DIGEST_HELP, isDigestCommand, isTimeZone, parseDigestCommand, parseTime, parseZone, type DigestCommand } from './commands.ts';
export { DigestError, DigestPostError, type DigestErrorCode } from './errors.ts';
export { DigestScheduler, type DigestLog, type DigestPoster, type SchedulerOptions, type TickReport } from './scheduler.ts';
export { DEFAULT_DIGEST_TIME, DigestService, type DigestContext, type DigestPost, type DigestServiceOptions } from './service.ts';
export { latestOccurrence, localDay, nextOccurrence } from './schedule.ts';
