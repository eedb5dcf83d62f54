// Feeds: RSS/Atom feeds polled on an interval, each new item's article ingested. Other folders
// import from here only.
export { startFeeds, MIN_ARTICLE_CHARS, MAX_READS, type Clock, type FeedIngester, type FeedReport, type Feeds, type FeedsOptions, type ItemReport, type PollReport } from './poller.ts';
export { STATE_FILE } from './state.ts';
