/** Graph model and layout of a definition (pure; the canvas renders it). */
export * from './types';
export { aslToGraph } from './aslToGraph';
export { edgeIdFor, scopeIdFor, startIdFor, endIdFor, isMarkerId } from './ids';
export { describeRule, subtitleOf, shorten } from './labels';
export { LayoutEngine, type LayoutOptions } from './layout/engine';
export { isCollapsed, layoutKeyOf, visibleScopes, type CollapseOverrides } from './layout/structure';
export type { Box, Point, GraphLayout, ScopeLayout, ElkLike } from './layout/types';
export * from './layout/sizes';
export { labelSize, edgeLabelRoom, type LabelSize } from './layout/labelSize';
export { insertionPoints, type InsertionTarget } from './insertionPoints';
