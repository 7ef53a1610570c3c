/**
 * `window.__studio`: a typed handle for Playwright tests (read the document, load fixtures).
 * `load` without settings replaces the open workflow's body and keeps its name, as the user's paths do.
 * Installed only when the build sets VITE_TEST_API (the e2e config does), never in `npm start`.
 */
import type { StudioStore } from '../store/studioStore';
import { parseDefinition } from '../asl';
import type { StateMachine, WorkflowSettings } from '../asl/types';
import type { Workspace } from '../workspace/workspace';
import type { FileSession } from './files/fileSession';

export interface StudioTestApi {
  store: StudioStore;
  workspace: Workspace | null;
  fileSession: FileSession | null;
  getDefinition(): StateMachine;
  getText(): string;
  load(definition: StateMachine | string, settings?: WorkflowSettings): void;
}

declare global {
  interface Window {
    __studio?: StudioTestApi;
  }
}

export function installTestApi(store: StudioStore, workspace: Workspace | null = null, fileSession: FileSession | null = null): void {
  if (!import.meta.env['VITE_TEST_API']) return;
  window.__studio = {
    store,
    workspace,
    fileSession,
    getDefinition: () => store.getState().definition,
    getText: () => store.getState().text,
    load(definition, given) {
      // As Import's "replace" and an AWS history's definition do: the open workflow gets this body and keeps
      // its name (the top bar shows what a user would see, never the "Untitled workflow" fallback).
      const name = store.getState().settings.name;
      const settings = given ?? (name !== undefined ? { name } : undefined);
      if (typeof definition === 'string') {
        const parsed = parseDefinition(definition);
        if (!parsed.definition) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
        store.getState().load(parsed.definition, { text: definition, ...(settings ? { settings } : {}), resetHistory: true });
      } else {
        store.getState().load(definition, { ...(settings ? { settings } : {}), resetHistory: true });
      }
    },
  };
}
