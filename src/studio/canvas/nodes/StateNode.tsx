/** A state on the canvas: icon, name (double-click to rename), type or service line, badges. */
import { memo } from 'react';
import { RotateCw, ShieldCheck } from 'lucide-react';
import type { NodeProps } from '@xyflow/react';
import { Port } from './Port';
import type { StateFlowNode } from '../flowTypes';
import { glyphFor, Icon } from '../icons';
import { useCanvasActions, useRenaming } from '../CanvasActions';
import { decorationClasses, NameEditor, SeverityBadge } from './nodeParts';

export const StateNode = memo(function StateNode({ id, data, selected }: NodeProps<StateFlowNode>) {
  const { info } = data;
  const actions = useCanvasActions();
  const editing = useRenaming(id);
  return (
    <div
      className={decorationClasses(['sf-node', `sf-type-${info.type.toLowerCase()}`], data, selected)}
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
            onDone={(value) => actions.endRename(id, value && value !== info.name ? value : null)}
          />
        ) : (
          <div
            className="sf-name"
            data-testid="node-name"
            onDoubleClick={(e) => {
              if (!data.editable) return;
              e.stopPropagation();
              actions.beginRename(id);
            }}
          >
            {info.name}
          </div>
        )}
        <div className="sf-sub">{info.subtitle}</div>
      </div>
      <div className="sf-badges">
        {info.hasRetry && <span className="sf-flag" title="Has Retry" role="img" aria-label="Has Retry" data-testid="flag-retry"><RotateCw size={13} aria-hidden="true" /></span>}
        {info.hasCatch && <span className="sf-flag catch" title="Has Catch" role="img" aria-label="Has Catch" data-testid="flag-catch"><ShieldCheck size={13} aria-hidden="true" /></span>}
        <SeverityBadge data={data} />
      </div>
      <Port type="source" />
    </div>
  );
});
