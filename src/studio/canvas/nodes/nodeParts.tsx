/** Pieces every state node shares: the in-place name editor, the validation badge, the status classes. */
import { useState } from 'react';
import { CircleAlert, Info, TriangleAlert } from 'lucide-react';
import type { StateFlowNode } from '../flowTypes';

type NodeData = StateFlowNode['data'];

/** Classes for selection, validation and run status, after the node's own `base` classes. */
export function decorationClasses(base: string[], data: NodeData, selected: boolean): string {
  const classes = [...base];
  if (selected) classes.push('selected');
  if (data.severity) classes.push(`has-${data.severity}`);
  if (data.run) classes.push(`run-${data.run}`);
  if (data.current) classes.push('run-current');
  if (data.diverged) classes.push('run-diverged');
  if (data.found) classes.push('found');
  if (data.uncovered) classes.push('uncovered');
  if (data.uncoveredRetry) classes.push('uncovered-retry');
  if (data.testNext) classes.push('test-next');
  if (data.tested) classes.push('tested', `tested-${data.tested}`);
  if (data.editable) classes.push('nopan');
  return classes.join(' ');
}

export function SeverityBadge({ data }: { data: NodeData }) {
  if (!data.severity) return null;
  return (
    <span className={`sf-badge sev-${data.severity}`} data-testid={`badge-${data.info.name}`} title={data.messages} role="img" aria-label={`${data.severity}: ${data.messages ?? ''}`}>
      {data.severity === 'error' ? <CircleAlert size={14} aria-hidden="true" /> : data.severity === 'warning' ? <TriangleAlert size={13} aria-hidden="true" /> : <Info size={14} aria-hidden="true" />}
    </span>
  );
}

/** In-place rename: Enter or blur commits, Escape cancels (`null`). */
export function NameEditor({ name, onDone }: { name: string; onDone: (value: string | null) => void }) {
  const [value, setValue] = useState(name);
  return (
    <input
      className="sf-rename nodrag nopan"
      aria-label="State name"
      data-testid="rename-input"
      autoFocus
      value={value}
      maxLength={80}
      onChange={(e) => setValue(e.target.value)}
      onFocus={(e) => e.target.select()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') onDone(value.trim());
        else if (e.key === 'Escape') onDone(null);
      }}
      onBlur={() => onDone(value.trim())}
      onPointerDown={(e) => e.stopPropagation()}
    />
  );
}
