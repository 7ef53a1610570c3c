/**
 * The studio's side of `asl-studio open`: the session token (from the printed URL, then kept in
 * sessionStorage and sent as a header — never in later URLs), and the server's JSON API.
 */
import type { StateMachine, WorkflowSettings } from '../../asl/types';

export const TOKEN_HEADER = 'x-asl-studio-token';

export interface FileWorkflow {
  id: string;
  file: string;
  kind: 'asl' | 'DefinitionUri' | 'Definition' | 'DefinitionString' | 'history';
  template?: string;
  logicalId?: string;
  error?: string;
  /** A plain CloudFormation state machine, and the role resource of its template (when RoleArn names one). */
  cloudFormation?: { role?: string };
}

export interface FileDocument {
  entry: FileWorkflow;
  text: string;
  version: string;
  readOnly: boolean;
  /** A template machine's settings, as its template holds them (Config mode edits them in place). */
  settings?: WorkflowSettings;
  templateVersion?: string;
  /**
   * A history that carries no definition: the workflow of its folder it fits (`id` in folder mode,
   * where it can be opened for editing), or null when none fits; absent when the history carries one.
   */
  definitionFrom?: { file: string; id?: string; text: string; given?: boolean } | null;
  /** How many definitions of the folder were tried for it. */
  definitionsTried?: number;
}

export interface FileChange {
  file: string;
  version: string | null;
  ids: string[];
  deleted: boolean;
  /** The test file of the workflows `ids` changed (not their definition). */
  tests?: boolean;
}

export class FileApiError extends Error {
  constructor(readonly status: number, message: string, readonly body: Record<string, unknown>) {
    super(message);
  }
}


export class FileApi {
  constructor(private readonly token: string) {}

  private async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(path, { ...init, headers: { [TOKEN_HEADER]: this.token, 'content-type': 'application/json' } });
    const body = await res.json().catch(() => ({})) as Record<string, unknown>;
    if (!res.ok) throw new FileApiError(res.status, typeof body.error === 'string' ? body.error : `HTTP ${res.status}`, body);
    return body as T;
  }

  /** `start`: the workflow to open first (a history opened with `--definition`). */
  list(): Promise<{ opened: string; kind: 'file' | 'folder'; workflows: FileWorkflow[]; start?: string }> {
    return this.call('/api/workflows');
  }

  read(id: string): Promise<FileDocument> {
    return this.call(`/api/workflow?id=${encodeURIComponent(id)}`);
  }

  write(id: string, text: string, baseVersion: string, force = false): Promise<{ version: string; recreated: boolean }> {
    return this.call(`/api/workflow?id=${encodeURIComponent(id)}`, { method: 'PUT', body: JSON.stringify({ text, baseVersion, force }) });
  }

  /** Writes Config-mode settings into the template: the change `previous → next`, property by property. */
  writeSettings(id: string, previous: WorkflowSettings, next: WorkflowSettings, definition: StateMachine): Promise<{ version: string; warnings: string[]; file: string }> {
    return this.call(`/api/settings?id=${encodeURIComponent(id)}`, { method: 'PUT', body: JSON.stringify({ previous, next, definition }) });
  }

  /** The workflow's test file (`<name>.sfn-test.yaml` beside it) as the JSON text the Tests tab edits. */
  readTests(id: string): Promise<{ file: string; text: string | null; version: string | null; problem?: string }> {
    return this.call(`/api/tests?id=${encodeURIComponent(id)}`);
  }

  /** Writes the tests into the test file (minimal edits of the file on disk), over the version read. */
  writeTests(id: string, text: string, baseVersion: string | null): Promise<{ file: string; version: string }> {
    return this.call(`/api/tests?id=${encodeURIComponent(id)}`, { method: 'PUT', body: JSON.stringify({ text, baseVersion }) });
  }

  /** Follows the server's change events (reconnecting); returns a stop function. */
  watch(onChange: (change: FileChange) => void): () => void {
    const controller = new AbortController();
    const run = async (): Promise<void> => {
      while (!controller.signal.aborted) {
        try {
          const res = await fetch('/api/events', { headers: { [TOKEN_HEADER]: this.token }, signal: controller.signal });
          const reader = res.body!.getReader();
          const decoder = new TextDecoder();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true });
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const data = /^data: (.*)$/m.exec(block)?.[1];
              const event = /^event: (change|tests)$/m.exec(block)?.[1];
              if (event && data) onChange({ ...(JSON.parse(data) as FileChange), ...(event === 'tests' ? { tests: true } : {}) });
            }
          }
        } catch {
          if (controller.signal.aborted) return;
        }
        await new Promise((done) => setTimeout(done, 1000));
      }
    };
    void run();
    return () => controller.abort();
  }
}
