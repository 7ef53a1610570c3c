/** A state on the canvas: icon, name (double-click to rename), type or service line, badges. */
import { memo, useState } from 'react';
import type { NodeProps } from '@xyflow/react';
import { Port } from './Port';
import type { StateFlowNode } from '../flowTypes';
import { glyphFor, Icon } from '../icons';
import { useCanvasActions } from '../CanvasActions';

function NameEditor({ name, onDone }: { name: string; onDone: (value: string | null) => void }) {
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

export const StateNode = memo(function StateNode({ id, data, selected }: NodeProps<StateFlowNode>) {
  const { info } = data;
  const actions = useCanvasActions();
  const [editing, setEditing] = useState(false);
  const classes = ['sf-node', `sf-type-${info.type.toLowerCase()}`];
  if (selected) classes.push('selected');
  if (data.severity) classes.push(`has-${data.severity}`);
  if (data.run) classes.push(`run-${data.run}`);
  if (data.current) classes.push('run-current');
  if (data.editable) classes.push('nopan');
  return (
    <div
      className={classes.join(' ')}
      data-testid={`node-${info.name}`}
      data-node-id={id}
      data-state-type={info.type}
      title={data.messages ? `${info.name}\n${data.messages}` : info.name}
      onPointerDown={(e) => {
        if (data.editable && !editing && e.button === 0) actions.startMove(id, e);
      }}
    >
      <Port type="target" />
      <Icon icon={glyphFor(info.icon)} />
      <div className="sf-text">
        {editing ? (
          <NameEditor
            name={info.name}
            onDone={(value) => {
              setEditing(false);
              if (value && value !== info.name) actions.rename(id, value);
            }}
          />
        ) : (
          <div
            className="sf-name"
            data-testid="node-name"
            onDoubleClick={(e) => {
              if (!data.editable) return;
              e.stopPropagation();
              setEditing(true);
            }}
          >
            {info.name}
          </div>
        )}
        <div className="sf-sub">{info.subtitle}</div>
      </div>
      <div className="sf-badges">
        {info.hasRetry && <span className="sf-flag" title="Has Retry">↻</span>}
        {info.hasCatch && <span className="sf-flag" title="Has Catch">⚠︎</span>}
        {data.severity && (
          <span className={`sf-badge sev-${data.severity}`} data-testid={`badge-${info.name}`} title={data.messages} role="img" aria-label={`${data.severity}: ${data.messages ?? ''}`}>
            {data.severity === 'error' ? '!' : data.severity === 'warning' ? '▲' : 'i'}
          </span>
        )}
      </div>
      <Port type="source" />
    </div>
  );
});
