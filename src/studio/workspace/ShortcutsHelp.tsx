import { Dialog } from './Dialog';

const SHORTCUTS: [string, string][] = [
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo (in the code editor: the editor\'s own undo, which the graph follows)'],
  ['Delete / Backspace', 'Delete the selected states'],
  ['Ctrl+D', 'Duplicate the selected state'],
  ['Ctrl+C / Ctrl+V', 'Copy / paste states'],
  ['Alt+C', 'Centre the workflow on the canvas'],
  ['Double-click a name / F2', 'Rename the state in place'],
  ['Arrow keys on a state', 'Go to the nearest state that way'],
  ['Esc on a state', 'Select nothing: the inspector shows the workflow\'s own settings (Comment, Start at…)'],
  ['Shift+F10 / Menu key', 'Open the menu of the focused state or transition (Wrap in Parallel, Insert here…)'],
  ['Move… (in a state\'s menu)', 'Pick where the state goes: arrows walk the places a drag would offer, Enter moves it there, Esc cancels'],
  ['Alt+Shift+↑ / ↓ on a state', 'Move the state one place up / down its chain'],
  ['Alt+↓ on a state', 'Go to its transitions (← → next one, Enter its target, Esc back to the state)'],
  ['Delete on a transition', 'Delete the transition (a rule, Default, a catcher, or Next: the state then ends)'],
  ['Shift+click / drag', 'Select several states'],
  ['Enter on a palette item', 'Add it after the selected state'],
  ['?', 'Show this help'],
];

export default function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcuts-help">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}><td><kbd>{keys}</kbd></td><td>{what}</td></tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
