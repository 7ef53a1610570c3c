import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { pendingEdits } from '../../../store/pendingEdits';

/** Pause in typing after which a field's text goes into the document (one undo step per pause). */
export const DRAFT_COMMIT_MS = 400;

export interface Draft {
  draft: string;
  /** Typing: the text is committed after DRAFT_COMMIT_MS without a key, or when the page is hidden. */
  setDraft(value: string): void;
  /** Escape: back to the document's value, nothing committed. */
  revert(): void;
  /** Enter or leaving the field: commit now. */
  commitNow(): void;
  onFocus(): void;
  onBlur(): void;
}

/**
 * The text of a field that commits to the document: `commit(draft)` runs after a pause in typing
 * (unless `autoCommit` is false), on Enter/blur, when the field goes away, and when the page is
 * hidden or closed (through the page's pending edits) — typed text is never only on screen for
 * long, and a reload right after typing keeps it. The draft follows the document whenever the
 * document's value changes (undo, another view's edit), except while the field has the focus:
 * then the document's change is the echo of the user's own commit, and the typed text stays.
 */
export function useDraft(external: string, commit: (draft: string) => void, options: { autoCommit?: boolean } = {}): Draft {
  const autoCommit = options.autoCommit ?? true;
  const [draft, setDraftState] = useState(external);
  const [seen, setSeen] = useState(external);
  const [focused, setFocused] = useState(false);
  if (seen !== external) {
    setSeen(external);
    if (!focused) setDraftState(external);
  }
  const [key] = useState(() => ({}));
  const latest = useRef({ draft, commit });
  useLayoutEffect(() => {
    latest.current = { draft, commit };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);

  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = false;
    pendingEdits.delete(key);
  }, [key]);

  const run = useCallback(() => {
    clear();
    latest.current.commit(latest.current.draft);
  }, [clear]);

  // A field that goes away (selection changed, panel closed) commits what it holds.
  useEffect(() => () => {
    if (pending.current) run();
  }, [run]);

  return {
    draft,
    setDraft(value) {
      setDraftState(value);
      latest.current = { ...latest.current, draft: value };
      pending.current = true;
      pendingEdits.set(key, run);
      if (timer.current) clearTimeout(timer.current);
      timer.current = autoCommit ? setTimeout(run, DRAFT_COMMIT_MS) : undefined;
    },
    revert() {
      clear();
      latest.current = { ...latest.current, draft: external };
      setDraftState(external);
    },
    commitNow: run,
    onFocus: () => setFocused(true),
    onBlur() {
      setFocused(false);
      run();
    },
  };
}
