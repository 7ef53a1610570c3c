/**
 * Edits a person has typed that the document does not hold yet: an inspector or Config field's
 * draft waiting for its debounce, or code-view keystrokes waiting for theirs. The workspace reads
 * it so "Saved" is never shown while typed text is only on screen, and flushes it when the page is
 * hidden or closed (pagehide) so a reload or a closed tab keeps every key.
 */
export interface PendingEdits {
  /** Registers (or refreshes) a pending edit; `flush` offers it to the document now. */
  set(key: object, flush: () => void): void;
  delete(key: object): void;
  /** Offers every pending edit to the document (each entry is removed first: no re-entry). */
  flushAll(): void;
  readonly size: number;
  subscribe(listener: () => void): () => void;
}

export function createPendingEdits(): PendingEdits {
  const entries = new Map<object, () => void>();
  const listeners = new Set<() => void>();
  const changed = (wasEmpty: boolean) => {
    if (wasEmpty !== (entries.size === 0)) for (const listener of [...listeners]) listener();
  };
  return {
    set(key, flush) {
      const wasEmpty = entries.size === 0;
      entries.set(key, flush);
      changed(wasEmpty);
    },
    delete(key) {
      if (!entries.has(key)) return;
      entries.delete(key);
      changed(false);
    },
    flushAll() {
      for (const [key, flush] of [...entries]) {
        entries.delete(key);
        try {
          flush();
        } catch {
          // One field failing to commit must not keep the others (or the save) from running.
        }
      }
      changed(false);
    },
    get size() {
      return entries.size;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's registry: one studio per page. */
export const pendingEdits: PendingEdits = createPendingEdits();
