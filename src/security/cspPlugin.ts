/**
 * Vite plugin: writes the studio's Content-Security-Policy into the built index.html as the first
 * element of <head>. Build only — the dev server injects an inline React Refresh preamble and
 * serves modules over its HMR websocket, which this policy (rightly) forbids.
 */
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './contentSecurityPolicy.js';

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'asl-studio-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' }],
    },
  };
}
