/**
 * The transitions of one scope as data: StartAt, Next, Default, Choice-rule Next and Catch Next.
 * Edits rewrite them here so no edit can forget one kind.
 */
import { EditError } from './errors';
import type { StatesScope } from '../types';
import { isObj, type Obj } from './scope';

export type ReferenceKind = 'start' | 'next' | 'default' | 'choice' | 'catch';

export interface Reference {
  kind: ReferenceKind;
  /** The state holding the reference (null for StartAt). */
  source: string | null;
  /** Rule or catcher index. */
  index?: number;
  target: string;
}

/** Every reference of a scope, in document order. */
export function listReferences(scope: StatesScope): Reference[] {
  const out: Reference[] = [];
  if (typeof scope.StartAt === 'string') out.push({ kind: 'start', source: null, target: scope.StartAt });
  for (const [name, raw] of Object.entries(scope.States ?? {})) {
    if (!isObj(raw)) continue;
    const state: Obj = raw;
    if (state.Type === 'Choice') {
      if (Array.isArray(state.Choices)) {
        state.Choices.forEach((rule, index) => {
          if (isObj(rule) && typeof rule.Next === 'string') out.push({ kind: 'choice', source: name, index, target: rule.Next });
        });
      }
      if (typeof state.Default === 'string') out.push({ kind: 'default', source: name, target: state.Default });
    } else if (typeof state.Next === 'string') out.push({ kind: 'next', source: name, target: state.Next });
    if (Array.isArray(state.Catch)) {
      state.Catch.forEach((c, index) => {
        if (isObj(c) && typeof c.Next === 'string') out.push({ kind: 'catch', source: name, index, target: c.Next });
      });
    }
  }
  return out;
}

/**
 * Point a reference at `target`; `undefined` removes the edge: Next becomes End, a Default or
 * catcher is dropped, a Choice rule is dropped, StartAt becomes the first remaining state.
 */
export function setReference(scope: StatesScope, ref: Reference, target: string | undefined): void {
  if (ref.kind === 'start') {
    scope.StartAt = target ?? Object.keys(scope.States)[0] ?? '';
    return;
  }
  const state = ref.source === null ? undefined : scope.States[ref.source];
  if (!isObj(state)) return;
  const s: Obj = state;
  switch (ref.kind) {
    case 'next':
      if (target === undefined) {
        delete s.Next;
        s.End = true;
      } else s.Next = target;
      break;
    case 'default':
      if (target === undefined) delete s.Default;
      else s.Default = target;
      break;
    case 'choice':
    case 'catch': {
      const list = s[ref.kind === 'choice' ? 'Choices' : 'Catch'];
      if (!Array.isArray(list) || ref.index === undefined) break;
      const item: unknown = list[ref.index];
      if (target !== undefined) {
        if (isObj(item)) item.Next = target;
      } else {
        // A Choice needs at least one rule (ASL spec): refuse rather than leave it unusable.
        if (ref.kind === 'choice' && list.length === 1) {
          throw new EditError(`Choice state '${ref.source ?? ''}' would be left without rules; change its rule first`);
        }
        list.splice(ref.index, 1);
        if (ref.kind === 'catch' && list.length === 0) delete s.Catch;
      }
      break;
    }
  }
}

/**
 * Retarget every reference to `from` (in one scope) at `to`, or remove those edges when `to` is
 * undefined. Removals run from the highest index down so indexes stay valid.
 */
export function retarget(scope: StatesScope, from: string, to: string | undefined): void {
  const refs = listReferences(scope).filter((r) => r.target === from);
  refs.sort((a, b) => (b.index ?? -1) - (a.index ?? -1));
  // StartAt last: with `to` undefined it picks the first remaining state.
  refs.sort((a, b) => (a.kind === 'start' ? 1 : 0) - (b.kind === 'start' ? 1 : 0));
  for (const ref of refs) setReference(scope, ref, to);
}

/**
 * For a state arriving in a scope: Choice rules and Default that name states outside it go to
 * `fallback` (or are dropped without one); catchers to outside states are dropped.
 */
export function keepReferencesInside(state: Obj, inside: (name: string) => boolean, fallback: string | undefined): void {
  if (state.Type === 'Choice') {
    if (Array.isArray(state.Choices)) {
      const rules: unknown[] = state.Choices;
      for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (!isObj(rule) || typeof rule.Next !== 'string' || inside(rule.Next)) continue;
        if (fallback === undefined) rules.splice(i, 1);
        else rule.Next = fallback;
      }
    }
    if (typeof state.Default === 'string' && !inside(state.Default)) {
      if (fallback === undefined) delete state.Default;
      else state.Default = fallback;
    }
  }
  if (Array.isArray(state.Catch)) {
    const kept = state.Catch.filter((c: unknown) => !(isObj(c) && typeof c.Next === 'string' && !inside(c.Next)));
    if (kept.length > 0) state.Catch = kept;
    else delete state.Catch;
  }
}
