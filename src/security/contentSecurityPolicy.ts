/**
 * The one Content-Security-Policy of the built studio. The `asl-studio open` server sends it as a
 * header; `vite build` writes it into index.html as a `<meta>` (cspPlugin.ts), so a static host
 * without headers still runs the studio under it. Pure data: imported by Node (server, Vite config).
 *
 * What each source is for:
 * - script-src 'self': the bundled modules only — no inline script, no eval (nothing in the app
 *   compiles code at run time; jsonata interprets, Ajv is only used by Node tests).
 * - worker-src 'self' blob:: Monaco's editor and JSON workers, the ELK layout worker and the run
 *   worker are files of the build; blob: covers workers a library builds from a Blob URL.
 * - style-src 'unsafe-inline': React Flow positions nodes with style attributes and Monaco inserts
 *   <style> elements; inline styles cannot run script.
 * - img-src data: blob:: the icon `data:,`, SVG/PNG export (html-to-image renders through data: URLs).
 * - connect-src 'self': no request leaves the app's own origin (the open server's API is same-origin).
 */
export const CSP_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:']],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/**
 * Directives that browsers ignore (and complain about on the console) in a `<meta>` policy, so
 * only the header carries them (CSP Level 3, §6.3: frame-ancestors, report-uri, sandbox).
 */
const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['frame-ancestors', ["'none'"]],
];

function serialise(directives: readonly (readonly [string, readonly string[]])[]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The policy as an HTTP `Content-Security-Policy` header value. */
export const CONTENT_SECURITY_POLICY_HEADER = serialise([...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);

/** The same policy for `<meta http-equiv="Content-Security-Policy">` (without header-only directives). */
export const CONTENT_SECURITY_POLICY_META = serialise(CSP_DIRECTIVES);
