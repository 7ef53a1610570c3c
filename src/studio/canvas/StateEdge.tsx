/** A transition drawn along the route ELK computed, with its rule / error label. */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from './flowTypes';
import { pointAlong, polylinePath } from './geometry';

export const StateEdge = memo(function StateEdge({ id, data, markerEnd, sourceX, sourceY, targetX, targetY }: EdgeProps<FlowEdge>) {
  const points = data?.points && data.points.length > 1 ? data.points : [{ x: sourceX, y: sourceY }, { x: targetX, y: targetY }];
  const path = polylinePath(points);
  const label = data?.label;
  const at = label ? pointAlong(points, data?.kind === 'catch' ? 0.5 : 0.35) : undefined;
  return (
    <>
      <BaseEdge id={id} path={path} {...(markerEnd ? { markerEnd } : {})} interactionWidth={14} />
      {label && at && (
        <EdgeLabelRenderer>
          <div
            className={`sf-edge-label kind-${data?.kind ?? 'next'}${data?.taken ? ' taken' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
            title={data?.title}
            data-testid={`edge-label-${id}`}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
