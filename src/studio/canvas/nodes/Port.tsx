/**
 * A connection point React Flow measures (it reads `.source` / `.target` elements and their
 * `data-handlepos`), without React Flow's `<Handle>`: nothing on the canvas is connected by
 * hand, and a `<Handle>` subscribes to the flow's store — two per node, hundreds per workflow,
 * each re-checked on every store change.
 */
export function Port({ type }: { type: 'source' | 'target' }) {
  const position = type === 'source' ? 'bottom' : 'top';
  return <div className={`react-flow__handle react-flow__handle-${position} ${type} nodrag sf-handle`} data-handlepos={position} aria-hidden />;
}
