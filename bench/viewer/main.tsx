/**
 * Bench page for the peer: renders a definition with `asl-viewer` (its read-only React Flow
 * viewer) so the bench can time it beside the studio's canvas. `window.__viewer.render(def, size)`
 * mounts a fresh viewer; the bench then watches the DOM for its nodes.
 */
import { createRoot, type Root } from 'react-dom/client';
import { WorkflowViewer } from 'asl-viewer';
import 'asl-viewer/dist/index.css';

export interface ViewerBenchApi {
  render(definition: object, size: { width: number; height: number }): void;
}

declare global {
  interface Window {
    __viewer?: ViewerBenchApi;
  }
}

const element = document.getElementById('root');
if (!element) throw new Error('bench page has no #root');
let root: Root | null = null;

window.__viewer = {
  render(definition, size) {
    root?.unmount();
    root = createRoot(element);
    // The viewer's defaults (controls on, fit view, read-only), as a user would mount it.
    root.render(<WorkflowViewer definition={definition as never} width={size.width} height={size.height} theme="light" />);
  },
};
