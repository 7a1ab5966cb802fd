/**
 * The character rules moved to the readers' side (`readers/char-rules.ts`: readers produce the
 * normalised text and must not import a later stage). Re-exported here only so that code importing
 * the old path keeps building; import `readers/char-rules.js` in new code.
 */
export * from '../readers/char-rules.js';
