/** Everything the palette lists, as one searchable list of insertable blocks. */
import { actionBlock, FLOW_STATES, INTEGRATIONS, PATTERNS, type PatternBlock } from '../../catalog';

export type PaletteTab = 'actions' | 'flow' | 'patterns';

export interface PaletteItem {
  id: string;
  tab: PaletteTab;
  label: string;
  description: string;
  icon: string;
  group: string;
  popular: boolean;
  build(queryLanguage: 'JSONPath' | 'JSONata'): PatternBlock;
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  ...INTEGRATIONS.map((entry): PaletteItem => ({
    id: `action:${entry.id}`, tab: 'actions', label: entry.label, description: entry.description, icon: entry.icon,
    group: entry.category, popular: entry.popular === true, build: (ql) => actionBlock(entry, ql),
  })),
  ...FLOW_STATES.map((f): PaletteItem => ({
    id: `flow:${f.type}`, tab: 'flow', label: f.label, description: f.description, icon: f.type, group: 'Flow', popular: false, build: f.build,
  })),
  ...PATTERNS.map((p): PaletteItem => ({
    id: `pattern:${p.id}`, tab: 'patterns', label: p.label, description: p.description, icon: p.icon === 'map' ? 'Map' : p.icon === 'wait' ? 'Wait' : 'Parallel',
    group: 'Patterns', popular: false, build: p.build,
  })),
];

/** Items matching every word of the query (label, description, group), across all tabs. */
export function searchPalette(query: string): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return PALETTE_ITEMS.filter((item) => words.every((w) => `${item.label} ${item.description} ${item.group} ${item.id}`.toLowerCase().includes(w)));
}
