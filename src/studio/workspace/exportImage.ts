/**
 * Exports the canvas (including an execution's colours) as SVG or PNG with html-to-image, cropped
 * to the graph's bounds rather than the visible viewport.
 */
import { toPng, toSvg } from 'html-to-image';

function download(dataUrl: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = fileName;
  a.click();
}

export async function exportCanvasImage(format: 'svg' | 'png', baseName: string): Promise<void> {
  const root = document.querySelector<HTMLElement>('.react-flow');
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!root || !viewport) throw new Error('Open Design, Code or Run mode to export the graph.');
  const nodes = [...root.querySelectorAll<HTMLElement>('.react-flow__node')];
  if (nodes.length === 0) throw new Error('The canvas is empty.');
  // Bounds of the graph in flow coordinates: node transforms are translate(x, y).
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const node of nodes) {
    const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(node.style.transform);
    if (!m) continue;
    const x = Number(m[1]), y = Number(m[2]);
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + node.offsetWidth); maxY = Math.max(maxY, y + node.offsetHeight);
  }
  const pad = 24;
  const width = Math.ceil(maxX - minX + pad * 2);
  const height = Math.ceil(maxY - minY + pad * 2);
  const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  const options = {
    width, height, backgroundColor: background,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${pad - minX}px, ${pad - minY}px) scale(1)` },
    filter: (el: HTMLElement) => !el.classList?.contains('react-flow__minimap') && !el.classList?.contains('react-flow__controls'),
  };
  const dataUrl = format === 'svg' ? await toSvg(viewport, options) : await toPng(viewport, { ...options, pixelRatio: 2 });
  download(dataUrl, `${baseName}.${format}`);
}
