/**
 * Share links carry the workflow in the URL fragment (never sent to a server), compressed with
 * lz-string. Opening one makes a new copy in the library. Reading a link is here (the studio
 * does it at start-up, with a bounded decoder); making one is in shareUrl.ts, which loads with
 * the Share dialog, so the lz-string compressor is not part of the first download.
 */
import type { StateMachine, WorkflowSettings } from '../asl/types';
import { decodeLzUriComponent } from './lzDecode';
import { settingsOf } from './recordCheck';
import { sharePayloadOf } from './shareParam';
import { isObj } from '../asl/objects';

export { SHARE_PARAM } from './shareParam';
/** Longer links break in chat tools and some browsers; past this we say so instead of failing later. */
export const MAX_SHARE_LENGTH = 60_000;

export interface SharedWorkflow {
  v: 1;
  name?: string;
  text: string;
  settings?: WorkflowSettings;
  /** The workflow's mocks, input and mock policy (src/run/runData.ts), read with readRunData. */
  run?: unknown;
}

export type ReadShareResult = { kind: 'none' } | { kind: 'ok'; shared: SharedWorkflow; definition: StateMachine } | { kind: 'broken'; reason: string };

/**
 * Bound on a link's decoded text. Links are made at most MAX_SHARE_LENGTH characters long, and
 * lz-string rarely compresses workflow JSON more than 10×; anything that expands further is not a
 * link this studio made (a crafted one would freeze the tab: see lzDecode.ts).
 */
export const MAX_SHARED_TEXT = 2_000_000;
/** Longer names are not names: a library row and the tab title show them. */
const MAX_NAME = 200;

const DECODE_PROBLEMS = {
  'not-encoded': 'The share link is broken: its data holds characters a share link never has.',
  truncated: 'The share link is broken or was cut off: its data ends too early.',
  corrupt: 'The share link is broken: its data is damaged (it could not be decompressed).',
  'too-large': `The share link was not opened: its data would expand past ${MAX_SHARED_TEXT.toLocaleString('en-US')} characters, more than any workflow link holds.`,
} as const;


/**
 * Reads `#share=…` from a location hash. Nothing here trusts the link: whatever it holds — cut,
 * damaged, crafted to expand without end, another version, not JSON, prototype keys — ends as
 * `broken` with a reason to show, never as an exception.
 */
export function readShareHash(hash: string, parse: (text: string) => StateMachine | undefined): ReadShareResult {
  const encoded = sharePayloadOf(hash);
  if (encoded === undefined) return { kind: 'none' };
  let payload = encoded;
  try {
    payload = decodeURIComponent(payload);
  } catch {
    // Not percent-encoded (the usual case: the alphabet is URI-safe); decoded as it is.
  }
  const decoded = decodeLzUriComponent(payload, MAX_SHARED_TEXT);
  if (!decoded.ok) return { kind: 'broken', reason: DECODE_PROBLEMS[decoded.problem] };
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch {
    return { kind: 'broken', reason: 'The share link is broken: its data is not valid JSON.' };
  }
  if (!isObj(data) || typeof data['text'] !== 'string') return { kind: 'broken', reason: 'The share link does not hold a workflow.' };
  if (data['v'] !== 1) {
    return { kind: 'broken', reason: `The share link was made by a different version of the studio (format ${JSON.stringify(data['v'] ?? null).slice(0, 20)}; this one reads format 1).` };
  }
  const name = typeof data['name'] === 'string' && data['name'].trim() !== '' ? data['name'].trim().slice(0, MAX_NAME) : undefined;
  const settings = settingsOf(data['settings']);
  const definition = parse(data['text']);
  if (!definition) return { kind: 'broken', reason: 'The shared workflow is not a valid state machine.' };
  // Run data is checked where it is used (readRunData keeps only well-formed parts).
  const shared: SharedWorkflow = { v: 1, text: data['text'], ...(name !== undefined ? { name } : {}), ...(settings ? { settings } : {}), ...(data['run'] !== undefined ? { run: data['run'] } : {}) };
  return { kind: 'ok', shared, definition };
}
