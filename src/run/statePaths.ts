/**
 * Encoded state paths (node ids: `Name`, `Par/0/Inner`, `Map/0/Step`): the scope around a state
 * and the Map states that contain it. Even segments are state names, odd ones branch indexes.
 */

/** The encoded path of the scope (`Par/0`) holding `path`; '' at the top level. */
export function parentScope(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '' : path.slice(0, cut);
}

/** Node ids of the Map states that contain `path`, outermost first. */
export function mapAncestors(path: string, mapPaths: ReadonlySet<string>): string[] {
  const segments = path.split('/');
  const out: string[] = [];
  // Every name followed by a branch index is a container.
  for (let j = 0; j + 2 < segments.length; j += 2) {
    const container = segments.slice(0, j + 1).join('/');
    if (mapPaths.has(container)) out.push(container);
  }
  return out;
}
