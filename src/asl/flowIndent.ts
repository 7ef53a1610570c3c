/**
 * PyYAML (what the SAM CLI reads templates with) ignores indentation inside flow collections
 * (`{ … }`, `[ … ]`): its scanner skips the indentation check at any flow level, so a flow mapping
 * spread over lines may close with a `}` less indented than its key, and its continuation lines may
 * sit left of the block they belong to. The `yaml` package follows the YAML spec, which does not
 * allow that. This pass indents such continuation lines just enough for the spec (one column right
 * of the block content that opened the flow collection); line numbers are unchanged.
 */

const OPEN = new Set(['{', '[']);
const CLOSE = new Set(['}', ']']);

interface ScanState {
  /** Open flow collections. */
  depth: number;
  /** Column right of which a flow continuation line must start. */
  anchor: number;
  /** Inside a quoted scalar that continues on the next line. */
  quote: '"' | "'" | undefined;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line[n] === ' ') n++;
  return n;
}

/** Column of a line's block content after its `- ` sequence markers. */
function contentColumn(line: string): number {
  let i = leadingSpaces(line);
  while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
    i++;
    while (line[i] === ' ') i++;
  }
  return i;
}

/** Scans one line, updating flow depth and quotes. Returns true when it opens a block scalar. */
function scanLine(line: string, state: ScanState): boolean {
  // At depth 0 a flow collection or a quoted scalar only starts where a value starts.
  let valueStart = true;
  const startDepth = state.depth;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (state.quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') state.quote = undefined;
      continue;
    }
    if (state.quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") state.quote = undefined;
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) break;
    if (state.depth > 0) {
      if (OPEN.has(c)) state.depth++;
      else if (CLOSE.has(c)) state.depth--;
      else if ((c === '"' || c === "'") && /^$|[\s{[,:]$/.test(line.slice(0, i).trimEnd().slice(-1))) state.quote = c;
      continue;
    }
    if (valueStart && OPEN.has(c)) {
      if (startDepth === 0 && state.depth === 0) state.anchor = contentColumn(line);
      state.depth++;
      continue;
    }
    if (valueStart && (c === '"' || c === "'")) {
      state.quote = c;
      valueStart = false;
      continue;
    }
    if (valueStart && (c === '|' || c === '>') && /^[|>][-+0-9]*\s*(#.*)?$/.test(line.slice(i))) return true;
    if (valueStart && (c === '!' || c === '&' || c === '*')) {
      // a tag, anchor or alias: the value (if any) starts after it
      while (i + 1 < line.length && line[i + 1] !== ' ') i++;
      continue;
    }
    if (c === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) continue;
    if (c === '?' && (line[i + 1] === ' ' || i + 1 === line.length)) continue;
    if (c === ':' && (line[i + 1] === ' ' || i + 1 === line.length)) {
      valueStart = true;
      continue;
    }
    valueStart = false;
  }
  return false;
}

/** The text with flow-collection continuation lines indented as the YAML spec needs. */
export function indentFlowContinuations(text: string): string {
  const lines = text.split('\n');
  const state: ScanState = { depth: 0, anchor: 0, quote: undefined };
  let blockScalarParent: number | undefined;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n] as string;
    if (blockScalarParent !== undefined) {
      if (line.trim() === '' || leadingSpaces(line) > blockScalarParent) continue;
      blockScalarParent = undefined;
    }
    if (state.depth > 0 && state.quote === undefined && line.trim() !== '' && leadingSpaces(line) <= state.anchor) {
      line = ' '.repeat(state.anchor + 1 - leadingSpaces(line)) + line;
      lines[n] = line;
    }
    if (scanLine(line, state) && state.depth === 0) blockScalarParent = leadingSpaces(line);
  }
  return lines.join('\n');
}
