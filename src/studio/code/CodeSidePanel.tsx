import { CodePane } from './CodePane';
import { CodeErrorNotice } from './CodeErrorNotice';

/** Design mode's optional code panel (lazy: Monaco loads only when it is opened). */
export default function CodeSidePanel({ onClose }: { onClose: () => void }) {
  return (
    <aside className="panel code-side-panel" aria-label="Code panel" data-testid="code-side-panel">
      <CodeErrorNotice />
      <CodePane onClose={onClose} />
    </aside>
  );
}
