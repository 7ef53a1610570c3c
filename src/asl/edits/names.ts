/** State names are unique across the whole machine (branches and Map processors included). */
import { forEachState } from '../paths';
import type { StatesScope } from '../types';

/** Every state name used anywhere in `def`. */
export function allStateNames(def: StatesScope): Set<string> {
  const names = new Set<string>();
  forEachState(def, ({ name }) => names.add(name));
  return names;
}

/**
 * `base` if unused, else `base (1)`, `base (2)`, … (an existing " (n)" suffix is replaced, so
 * duplicating "Name (1)" gives "Name (2)"). Names stay within ASL's 80 characters.
 */
export function uniqueStateName(def: StatesScope, base: string, taken: Set<string> = allStateNames(def)): string {
  if (!taken.has(base) && base !== '') return base;
  const stem = base.replace(/ \(\d+\)$/, '') || 'State';
  for (let n = 1; ; n++) {
    const suffix = ` (${n})`;
    const candidate = [...stem].slice(0, 80 - suffix.length).join('') + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
