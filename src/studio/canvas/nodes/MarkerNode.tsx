/** Start and End markers of a scope, and the frame of a Parallel branch / Map processor. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { Port } from './Port';
import type { GroupFlowNode, MarkerFlowNode } from '../flowTypes';

export const MarkerNode = memo(function MarkerNode({ id, data }: NodeProps<MarkerFlowNode>) {
  const start = data.marker === 'start';
  return (
    <div className={`sf-marker ${data.marker}${data.run ? ` run-${data.run}` : ''}`} data-node-id={id} data-testid={`marker-${id}`}>
      {!start && <Port type="target" />}
      {start ? 'Start' : 'End'}
      {start && <Port type="source" />}
    </div>
  );
});

export const GroupNode = memo(function GroupNode({ id, data }: NodeProps<GroupFlowNode>) {
  return (
    <div className={`sf-group${data.map ? ' map' : ''}${data.coverage ? ` coverage-${data.coverage}` : ''}`} data-node-id={id} data-testid={`group-${id}`} data-coverage={data.coverage}>
      {/* Coverage is said by the shading (and the legend): a longer label would run under the Start marker. */}
      <span className="sf-group-label">
        {data.label}{data.coverage && <span className="sr-only">{data.coverage === 'covered' ? ' (covered)' : ' (not covered)'}</span>}
      </span>
    </div>
  );
});
