import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY_META, CSP_DIRECTIVES } from './contentSecurityPolicy';
import { contentSecurityPolicyPlugin } from './cspPlugin';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe('the studio Content-Security-Policy', () => {
  it('allows no inline or eval’d script and no host but the app’s own', () => {
    const meta = directives(CONTENT_SECURITY_POLICY_META);
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(meta.get('connect-src')).toEqual(["'self'"]);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    for (const [, sources] of meta) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.filter((s) => /^(https?:|\*|wss?:)/.test(s))).toEqual([]);
    }
    expect(meta.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('the header is the meta policy plus the directives a meta tag cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER.startsWith(`${CONTENT_SECURITY_POLICY_META}; `)).toBe(true);
    expect(directives(CONTENT_SECURITY_POLICY_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
    // Chromium logs an error for frame-ancestors in a <meta> policy.
    expect(directives(CONTENT_SECURITY_POLICY_META).has('frame-ancestors')).toBe(false);
    expect(directives(CONTENT_SECURITY_POLICY_META).size).toBe(CSP_DIRECTIVES.length);
  });

  it('the Vite plugin writes the meta policy on build only (the dev server keeps its inline HMR preamble)', () => {
    const plugin = contentSecurityPolicyPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: () => { tag: string; attrs: Record<string, string>; injectTo: string }[] };
    expect(hook.handler()).toEqual([{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' }]);
  });
});
