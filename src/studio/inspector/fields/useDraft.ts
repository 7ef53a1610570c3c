import { useState } from 'react';

/**
 * Local text of a field that commits later (on blur/Enter): follows the document whenever the
 * document's value changes (undo, another view's edit), otherwise keeps what the user typed.
 */
export function useDraft(external: string): { draft: string; setDraft(value: string): void; revert(): void } {
  const [draft, setDraft] = useState(external);
  const [seen, setSeen] = useState(external);
  if (seen !== external) {
    setSeen(external);
    setDraft(external);
  }
  return { draft, setDraft, revert: () => setDraft(external) };
}
