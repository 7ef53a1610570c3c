/** Fixed node sizes (names are ellipsised, so a rename or field edit never changes geometry). */
export const STATE_WIDTH = 220;
export const STATE_HEIGHT = 56;
export const MARKER_WIDTH = 76;
export const MARKER_HEIGHT = 28;
export const COLLAPSED_WIDTH = 240;
export const COLLAPSED_HEIGHT = 64;
/** Title row of an expanded Parallel / Map container. */
export const CONTAINER_HEADER = 44;
export const CONTAINER_PADDING = 14;
/** Horizontal gap between Parallel branches (leaves room for the "new branch" drop target). */
export const BRANCH_GAP = 24;
export const GROUP_PADDING = 12;
/** Room right of the last Parallel branch for the "add branch" drop target. */
export const NEW_BRANCH_SLOT = 44;
/** Containers holding more states than this start collapsed (expand on demand). */
export const COLLAPSE_THRESHOLD = 40;
