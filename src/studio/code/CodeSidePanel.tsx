import { CodePane } from './CodePane';
import { CodeErrorNotice } from './CodeErrorNotice';
import { PanelResizer } from '../shell/PanelResizer';
import { clampCodeWidth, MAX_CODE, MIN_CODE } from '../shell/panelLayout';

interface Props {
  onClose(): void;
  width: number;
  onResize(width: number, done: boolean): void;
}

/** Design mode's optional code panel, between the canvas and the inspector (lazy: Monaco loads only when it is opened). */
export default function CodeSidePanel({ onClose, width, onResize }: Props) {
  return (
    <aside className="panel code-side-panel" aria-label="Code panel" data-testid="code-side-panel">
      <CodeErrorNotice />
      <CodePane onClose={onClose} />
      <PanelResizer side="right" label="Code panel" width={width} min={MIN_CODE} max={MAX_CODE} clamp={clampCodeWidth}
        onResize={onResize} testId="panel-resizer-code" />
    </aside>
  );
}
