/**
 * The hash parameter a share link carries its workflow in (`#share=…`). Apart from shareLink so the
 * first screen can tell whether there is a link to read without loading its decoder.
 */
export const SHARE_PARAM = 'share';

/** The `share` parameter of a location hash, still encoded, or undefined. */
export function sharePayloadOf(hash: string): string | undefined {
  return new RegExp(`[#&]${SHARE_PARAM}=([^&]*)`).exec(hash)?.[1];
}
