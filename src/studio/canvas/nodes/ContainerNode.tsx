/** A Parallel or Map state: a frame around its branches, or a compact card when collapsed. */
import { ChevronDown, ChevronRight } from 'lucide-react';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { Port } from './Port';
import type { StateFlowNode } from '../flowTypes';
import { glyphFor, Icon } from '../icons';
import { useCanvasActions, useRenaming } from '../CanvasActions';
import { decorationClasses, NameEditor, SeverityBadge } from './nodeParts';
import { plural } from '../../plural';

export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<StateFlowNode>) {
  const { info } = data;
  const actions = useCanvasActions();
  const editing = useRenaming(id);
  const finish = (value: string | null) => actions.endRename(id, value && value !== info.name ? value : null);
  return (
    <div
      className={decorationClasses(['sf-node', 'sf-container', `sf-type-${info.type.toLowerCase()}`, data.collapsed ? 'collapsed' : 'expanded'], data, selected)}
      data-testid={`node-${info.name}`}
      data-node-id={id}
      data-state-type={info.type}
      title={data.messages ? `${info.name}\n${data.messages}` : info.name}
      onPointerDown={(e) => {
        if (data.editable && !editing && e.button === 0 && (e.target as HTMLElement).closest('.sf-container-header')) actions.startMove(id, e);
      }}
    >
      <Port type="target" />
      <div className="sf-container-header">
        <Icon icon={glyphFor(info.icon)} />
        <div className="sf-text">
          {editing ? (
            <NameEditor name={info.name} onDone={finish} />
          ) : (
            <div className="sf-name" data-testid="node-name" onDoubleClick={(e) => {
              if (!data.editable) return;
              e.stopPropagation();
              actions.beginRename(id);
            }}>{info.name}</div>
          )}
          <div className="sf-sub">
            {info.subtitle}
            {data.collapsed ? ` · ${plural(info.innerCount, 'state')}` : ''}
          </div>
        </div>
        <SeverityBadge data={data} />
        <button
          type="button"
          className="sf-toggle nodrag nopan"
          data-testid={`toggle-${info.name}`}
          aria-expanded={!data.collapsed}
          title={data.collapsed ? 'Expand' : 'Collapse'}
          aria-label={`${data.collapsed ? 'Expand' : 'Collapse'} ${info.name}`}
          onPointerDown={(e) => e.stopPropagation()}
          onClick={(e) => {
            e.stopPropagation();
            actions.toggleCollapse(id);
          }}
        >
          {data.collapsed ? <ChevronRight size={14} aria-hidden="true" /> : <ChevronDown size={14} aria-hidden="true" />}
        </button>
      </div>
      <Port type="source" />
    </div>
  );
});
