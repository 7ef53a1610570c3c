/** elkjs options for one scope: layered, top-to-bottom, in document order, orthogonal edges. */
export const SCOPE_LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Keep the document's order of states and transitions, so unrelated edits don't reshuffle the picture.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.layered.spacing.nodeNodeBetweenLayers': '46',
  'elk.layered.spacing.edgeNodeBetweenLayers': '18',
  'elk.spacing.nodeNode': '36',
  'elk.spacing.edgeNode': '18',
  'elk.spacing.edgeEdge': '12',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
};

/** Large scopes trade a little crossing minimisation for speed. */
export const LARGE_SCOPE_OPTIONS: Record<string, string> = {
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
};

/** Node count from which LARGE_SCOPE_OPTIONS apply. */
export const LARGE_SCOPE = 120;
