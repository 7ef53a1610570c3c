/**
 * Names of new workflows. A workflow's name is also its state machine's name, which Step
 * Functions limits to 1–80 letters, digits, `-` and `_` (CreateStateMachine `name`); so a new
 * workflow gets a valid name at once, and no two library entries share one.
 */
// The one function, not the sam/ barrel: this module is on the first-paint path and the barrel pulls in YAML.
import { isValidStateMachineName } from '../sam/settings';

const SHORT_ID = 'abcdefghijkmnpqrstuvwxyz23456789';

/** `MyStateMachine-k3x9q2`: the default name of a blank workflow (as the console suggests `MyStateMachine-…`). */
export function defaultWorkflowName(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 6; i++) id += SHORT_ID[Math.floor(random() * SHORT_ID.length)] ?? 'x';
  return `MyStateMachine-${id}`;
}

/** A valid state machine name from a title: "Hello, world!" → "Hello-world". */
export function toStateMachineName(title: string): string {
  const name = title.trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  return name === '' ? defaultWorkflowName() : name;
}

/** `base`, or `base-2`, `base-3`, … — the first that no entry of `taken` already has (within 80 characters). */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const name = `${base.slice(0, 80 - suffix.length)}${suffix}`;
    if (!used.has(name)) return name;
  }
}

export { isValidStateMachineName };
