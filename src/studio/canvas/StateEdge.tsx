/** A transition drawn along the route ELK computed, with its rule / error label. */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from './flowTypes';
import { pointAlong, polylinePath } from './geometry';

/**
 * Edges with a route ignore where React Flow puts the handles, so they don't re-render when it
 * measures the nodes after the first paint.
 */
function sameEdge(a: EdgeProps<FlowEdge>, b: EdgeProps<FlowEdge>): boolean {
  if (a.id !== b.id || a.data !== b.data || a.markerEnd !== b.markerEnd) return false;
  if (a.data?.points && a.data.points.length > 1) return true;
  return a.sourceX === b.sourceX && a.sourceY === b.sourceY && a.targetX === b.targetX && a.targetY === b.targetY;
}

export const StateEdge = memo(function StateEdge({ id, data, markerEnd, sourceX, sourceY, targetX, targetY }: EdgeProps<FlowEdge>) {
  const points = data?.points && data.points.length > 1 ? data.points : [{ x: sourceX, y: sourceY }, { x: targetX, y: targetY }];
  const path = polylinePath(points);
  const label = data?.label;
  const at = label ? (data?.labelAt ?? pointAlong(points, data?.kind === 'catch' ? 0.5 : 0.35)) : undefined;
  return (
    <>
      <BaseEdge id={id} path={path} {...(markerEnd ? { markerEnd } : {})} interactionWidth={14} />
      {label && at && (
        <EdgeLabelRenderer>
          <div
            className={`sf-edge-label kind-${data?.kind ?? 'next'}${data?.taken ? ' taken' : ''}${data?.focused ? ' focused' : ''}`}
            // Above the edges of its scope (their SVG layers have z-indexes; this layer has none).
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)`, zIndex: data?.labelZ }}
            title={data?.title}
            data-testid={`edge-label-${id}`}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}, sameEdge);
