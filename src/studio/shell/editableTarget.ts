/**
 * The one answer to "is the user typing here?", shared by every window-level key handler
 * (canvas shortcuts, undo/redo, help, React Flow's key codes). A key that belongs to a text field
 * must reach it untouched: inputs, textareas, selects, contenteditable elements, and Monaco, whose
 * Chromium input surface is a plain `div` with an EditContext (no `contenteditable`, no textarea).
 */

/** Ancestors whose keys are their own: Monaco, ARIA text boxes, React Flow's `nokey` opt-out. */
const EDITABLE_ANCESTOR = '.monaco-editor, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"], .nokey';

/** The element a key event was aimed at (inside shadow roots too). */
function eventElement(target: EventTarget | null, event?: Event): Element | null {
  const first = event?.composedPath?.()[0] ?? target;
  return first instanceof Element ? first : null;
}

/** True when a key press at `target` belongs to a text field or the code editor. */
export function isEditableTarget(target: EventTarget | null, event?: Event): boolean {
  const el = eventElement(target, event);
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return true;
  // EditContext (Chromium 121+): the element receives text input without being contenteditable.
  if ((el as { editContext?: unknown }).editContext) return true;
  return el.closest(EDITABLE_ANCESTOR) !== null;
}

/** Whether a key event is being typed into an editable target. */
export function isTypingEvent(event: Event): boolean {
  return isEditableTarget(event.target, event);
}
