/** Narrative claims and mentions; the implementation lives in ./claims/. */
export { extractClaims, subjectCode } from './claims/index.js';
export type { ClaimsResult } from './claims/index.js';
