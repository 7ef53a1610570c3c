/**
 * Diagnostics → editor markers, located in the current text. Syntax errors carry their own range
 * (parseDefinition); language-rule diagnostics (validateDefinition) carry a JSON path, located on
 * the property key, or on the nearest existing ancestor for a missing field.
 */
import type { Diagnostic } from '../../asl';
import { createLocator, type TextFormat, type TextLocator } from './textLocation';

export interface MarkerSpec {
  offset: number;
  length: number;
  severity: Diagnostic['severity'];
  message: string;
  code: string;
}

/** Owner name of the studio's markers (Monaco's JSON service uses its own for schema errors). */
export const MARKER_OWNER = 'asl-studio';

/**
 * Markers for the editor's text. `semantic` diagnostics are only placed when the text is valid,
 * i.e. when the definition they were computed from is the one written in the text.
 */
export function markersFor(
  text: string,
  format: TextFormat,
  syntax: readonly Diagnostic[],
  semantic: readonly Diagnostic[] | undefined,
): MarkerSpec[] {
  const out: MarkerSpec[] = [];
  let locator: TextLocator | undefined;
  for (const d of [...syntax, ...(semantic ?? [])]) {
    if (!d.range) locator ??= createLocator(text, format);
    out.push(toMarker(text, d, locator));
  }
  return out;
}

function toMarker(text: string, d: Diagnostic, locator: TextLocator | undefined): MarkerSpec {
  const range = d.range ?? locator?.locateNearest(d.path, 'key') ?? { offset: 0, length: 0 };
  // An empty range (error at end of input) is widened to one character so it stays visible.
  const offset = Math.min(range.offset, Math.max(0, text.length - 1));
  const length = range.length > 0 ? range.length : Math.min(1, text.length - offset);
  return { offset, length, severity: d.severity, message: d.message, code: d.code };
}
