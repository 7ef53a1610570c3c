/** Making a share link (the Share dialog): the workflow, compressed with lz-string, in the URL fragment. */
import { compressToEncodedURIComponent } from 'lz-string';
import { MAX_SHARE_LENGTH, SHARE_PARAM, type SharedWorkflow } from './shareLink';

export type ShareResult = { ok: true; url: string; length: number } | { ok: false; reason: string; length: number };

export function createShareUrl(baseUrl: string, shared: SharedWorkflow): ShareResult {
  const payload = compressToEncodedURIComponent(JSON.stringify(shared));
  const url = `${baseUrl.split('#')[0]}#${SHARE_PARAM}=${payload}`;
  if (url.length > MAX_SHARE_LENGTH) {
    return { ok: false, length: url.length, reason: `The link would be ${url.length.toLocaleString('en-US')} characters long (limit ${MAX_SHARE_LENGTH.toLocaleString('en-US')}). Export the file instead.` };
  }
  return { ok: true, url, length: url.length };
}
