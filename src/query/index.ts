// The query core: parse what follows /claim, search, and build a cited Answer.
export { QueryCore, HELP, MAX_STATEMENTS, CANDIDATE_LIMIT, RELATIVE_SCORE_FLOOR, buildAnswer } from './ask.ts';
export { parseQuery, MAX_QUERY_LENGTH, type Query } from './parse.ts';
export { QueryError, type QueryErrorCode } from './errors.ts';
export type { Answer, AnswerGroup, AnswerSpeaker, AnswerStatement, Citation, Help, Reply, Stance } from './answer.ts';
