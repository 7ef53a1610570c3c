import { Dialog } from './Dialog';

const SHORTCUTS: [string, string][] = [
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo (in the code editor: the editor\'s own undo, which the graph follows)'],
  ['Delete / Backspace', 'Delete the selected states'],
  ['Ctrl+D', 'Duplicate the selected state'],
  ['Ctrl+C / Ctrl+V', 'Copy / paste states'],
  ['Alt+C', 'Centre the workflow on the canvas'],
  ['Double-click a name', 'Rename the state in place'],
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
