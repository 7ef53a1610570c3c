/**
 * Share links carry the workflow in the URL fragment (never sent to a server), compressed with
 * lz-string. Opening one makes a new copy in the library.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { StateMachine, WorkflowSettings } from '../asl/types';

export const SHARE_PARAM = 'share';
/** Longer links break in chat tools and some browsers; past this we say so instead of failing later. */
export const MAX_SHARE_LENGTH = 60_000;

export interface SharedWorkflow {
  v: 1;
  name?: string;
  text: string;
  settings?: WorkflowSettings;
}

export type ShareResult = { ok: true; url: string; length: number } | { ok: false; reason: string; length: number };

export function createShareUrl(baseUrl: string, shared: SharedWorkflow): ShareResult {
  const payload = compressToEncodedURIComponent(JSON.stringify(shared));
  const url = `${baseUrl.split('#')[0]}#${SHARE_PARAM}=${payload}`;
  if (url.length > MAX_SHARE_LENGTH) {
    return { ok: false, length: url.length, reason: `The link would be ${url.length.toLocaleString('en-US')} characters long (limit ${MAX_SHARE_LENGTH.toLocaleString('en-US')}). Export the file instead.` };
  }
  return { ok: true, url, length: url.length };
}

export type ReadShareResult = { kind: 'none' } | { kind: 'ok'; shared: SharedWorkflow; definition: StateMachine } | { kind: 'broken'; reason: string };

/** Reads `#share=…` from a location hash. */
export function readShareHash(hash: string, parse: (text: string) => StateMachine | undefined): ReadShareResult {
  const match = new RegExp(`[#&]${SHARE_PARAM}=([^&]*)`).exec(hash);
  if (!match) return { kind: 'none' };
  const payload = match[1] ?? '';
  let decoded: string | null = null;
  try {
    decoded = decompressFromEncodedURIComponent(payload);
  } catch {
    decoded = null;
  }
  if (!decoded) return { kind: 'broken', reason: 'The share link is broken or was cut off: its data could not be decompressed.' };
  let shared: SharedWorkflow;
  try {
    shared = JSON.parse(decoded) as SharedWorkflow;
  } catch {
    return { kind: 'broken', reason: 'The share link is broken: its data is not valid JSON.' };
  }
  if (!shared || typeof shared !== 'object' || typeof shared.text !== 'string') {
    return { kind: 'broken', reason: 'The share link does not hold a workflow.' };
  }
  const definition = parse(shared.text);
  if (!definition) return { kind: 'broken', reason: 'The shared workflow is not a valid state machine.' };
  return { kind: 'ok', shared, definition };
}
