/**
 * What every form of the state inspector needs: the selected state, its path and effective query
 * language, its diagnostics, and `commit` — which turns field operations into ONE store command
 * (one undo step, origin 'inspector'). Unchanged values are not committed.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { deepEqual, EditError } from '../../asl';
import { encodeStatePath, getState, jsonPathOfState } from '../../asl/paths';
import type { Diagnostic, QueryLanguage, State, StateMachine, StatePath } from '../../asl/types';
import { diagnosticsByNode } from '../../store/derived';
import { useStudio, useStudioStore } from '../StudioContext';
import { applyFieldOps, type FieldOp } from './model/documentEdits';
import { effectiveQueryLanguage } from './model/queryLanguage';

export interface StateEditor {
  definition: StateMachine;
  path: StatePath;
  name: string;
  state: State;
  language: QueryLanguage;
  diagnostics: Diagnostic[];
  /** Diagnostics whose JSON path lies under `field` (relative to the state). */
  diagnosticsFor(field: readonly (string | number)[]): Diagnostic[];
  /** Commits field operations as one undo step; returns false when nothing changed. */
  commit(label: string, ops: FieldOp[]): boolean;
  /** Commits an arbitrary pure edit of the whole definition as one undo step. */
  editDefinition(label: string, change: (def: StateMachine) => StateMachine): boolean;
  /** Why the last edit was refused (an EditError from src/asl), shown above the tabs. */
  editError: string | undefined;
}

const Ctx = createContext<StateEditor | null>(null);

function valueAt(state: unknown, field: readonly (string | number)[]): unknown {
  let current = state;
  for (const key of field) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.every((seg, i) => path[i] === seg);
}

export function StateEditorProvider({ path, children }: { path: StatePath; children: ReactNode }) {
  const store = useStudioStore();
  const definition = useStudio((s) => s.definition);
  const [editError, setEditError] = useState<string>();
  const editor = useMemo<StateEditor | null>(() => {
    const state = getState(definition, path);
    if (!state) return null;
    const jsonPath = jsonPathOfState(definition, path);
    const diagnostics = diagnosticsByNode(definition).get(encodeStatePath(path)) ?? [];
    const editDefinition = (label: string, change: (def: StateMachine) => StateMachine) => {
      try {
        const changed = store.getState().edit(label, change, 'inspector');
        setEditError(undefined);
        return changed;
      } catch (error) {
        // A refused edit leaves the document untouched; say why instead of failing silently.
        if (!(error instanceof EditError)) throw error;
        setEditError(error.message);
        return false;
      }
    };
    return {
      definition, path, state, diagnostics, editDefinition, editError,
      name: path[path.length - 1] as string,
      language: effectiveQueryLanguage(definition, path),
      diagnosticsFor: (field) => diagnostics.filter((d) => startsWith(d.path, [...jsonPath, ...field])),
      commit(label, ops) {
        const current = getState(store.getState().definition, path);
        const changed = ops.filter((op) => !deepEqual(valueAt(current, op.field), op.value));
        if (changed.length === 0) return false;
        return editDefinition(label, (def) => applyFieldOps(def, path, changed));
      },
    };
  }, [definition, path, store, editError]);
  if (!editor) return null;
  return <Ctx.Provider value={editor}>{children}</Ctx.Provider>;
}

/** The editor of the selected state (only inside <StateEditorProvider>). */
export function useStateEditor(): StateEditor {
  const editor = useContext(Ctx);
  if (!editor) throw new Error('useStateEditor must be used inside <StateEditorProvider>');
  return editor;
}

/** The current value of a (nested) field of the selected state. */
export function useFieldValue(field: readonly (string | number)[]): unknown {
  return valueAt(useStateEditor().state, field);
}
