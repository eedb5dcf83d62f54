// Claim extraction: the public surface of src/claims.
export { extractClaims } from './extract.ts';
export type { Claim, ClaimKind, Speaker, SpeakerKind } from './types.ts';
