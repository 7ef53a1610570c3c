/**
 * Exports the canvas (including an execution's colours) as SVG or PNG with html-to-image, cropped
 * to the graph's bounds rather than the visible viewport.
 *
 * html-to-image copies computed styles onto HTML elements but clones SVG subtrees as they are, so
 * edges styled by CSS classes came out unstroked (invisible): their paint is inlined first. Only
 * the style properties that change how the graph looks are copied (copying all ~400 of them per
 * element made a 6-node export several MB).
 */
import { toPng, toSvg } from 'html-to-image';

/** Paint of SVG shapes (edges, arrowheads, the background pattern). */
const SVG_PAINT = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'fill', 'fill-opacity', 'opacity', 'visibility'];

/** Computed properties copied onto each HTML element of the export. */
const HTML_STYLE = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height',
  'box-sizing', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-top-style', 'border-right-style', 'border-bottom-style',
  'border-left-style', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'border-top-left-radius',
  'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius', 'background-color', 'background-image', 'color', 'opacity',
  'visibility', 'overflow', 'overflow-x', 'overflow-y', 'transform', 'transform-origin', 'font-family', 'font-size', 'font-weight', 'font-style',
  'line-height', 'letter-spacing', 'text-align', 'text-overflow', 'text-decoration-line', 'white-space', 'word-break', 'overflow-wrap',
  'vertical-align', 'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'align-self', 'justify-content',
  'gap', 'row-gap', 'column-gap', 'grid-template-columns', 'grid-template-rows', 'box-shadow', 'outline-style', 'outline-width', 'outline-color',
  ...SVG_PAINT,
];

/** Writes the computed paint of every SVG shape under `root` inline; returns the undo. */
function inlineSvgPaint(root: Element): () => void {
  const restore: (() => void)[] = [];
  for (const el of root.querySelectorAll('svg *')) {
    if (!(el instanceof SVGElement) || el instanceof SVGSVGElement) continue;
    const computed = getComputedStyle(el);
    const before = el.getAttribute('style');
    const paint = SVG_PAINT.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    el.setAttribute('style', before ? `${before};${paint}` : paint);
    restore.push(() => (before === null ? el.removeAttribute('style') : el.setAttribute('style', before)));
  }
  return () => restore.forEach((undo) => undo());
}

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
    includeStyleProperties: HTML_STYLE,
    filter: (el: HTMLElement) => !el.classList?.contains('react-flow__minimap') && !el.classList?.contains('react-flow__controls'),
  };
  const restore = inlineSvgPaint(viewport);
  try {
    const dataUrl = format === 'svg' ? await toSvg(viewport, options) : await toPng(viewport, { ...options, pixelRatio: 2 });
    download(dataUrl, `${baseName}.${format}`);
  } finally {
    restore();
  }
}
