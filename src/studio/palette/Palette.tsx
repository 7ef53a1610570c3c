/**
 * The states browser: Actions (service integrations), Flow and Patterns tabs with one search box.
 * Drag an item onto a drop target on the canvas, or click it (Enter) to add it after the
 * selected state.
 */
import { useMemo, useState } from 'react';
import './palette.css';
import { useStudioStore } from '../StudioContext';
import { beginDrag } from '../canvas/dnd/dragSession';
import { withCommands } from '../canvas/lazyCommands';
import { glyphFor, Icon } from '../canvas/icons';
import { PALETTE_ITEMS, searchPalette, type PaletteItem, type PaletteTab } from './paletteItems';
import { onTablistKeyDown, tabStop } from '../shell/tablistKeys';

const TABS: { id: PaletteTab; label: string }[] = [
  { id: 'actions', label: 'Actions' },
  { id: 'flow', label: 'Flow' },
  { id: 'patterns', label: 'Patterns' },
];

export function Palette() {
  const store = useStudioStore();
  const [tab, setTab] = useState<PaletteTab>('actions');
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const searching = query.trim().length > 0;
  const items = useMemo(() => (searching ? searchPalette(query) : PALETTE_ITEMS.filter((i) => i.tab === tab)), [searching, query, tab]);
  const groups = useMemo(() => groupItems(items, searching), [items, searching]);

  const add = (item: PaletteItem) => {
    withCommands((c) => c.addBlock(store, item.label, item.build), (result) => setMessage(result.ok ? null : result.message));
  };

  return (
    <div className="palette" data-testid="palette">
      <input
        type="search"
        className="palette-search"
        placeholder="Search actions, flow states, patterns"
        aria-label="Search states"
        data-testid="palette-search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="palette-tabs" role="tablist" aria-label="State groups" onKeyDown={onTablistKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={!searching && tab === t.id}
            tabIndex={tabStop(searching ? t.id === 'actions' : tab === t.id)}
            data-testid={`palette-tab-${t.id}`}
            className={!searching && tab === t.id ? 'active' : ''}
            onClick={() => {
              setTab(t.id);
              setQuery('');
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      {message && <div className="palette-message" role="alert">{message}</div>}
      <div className="palette-list">
        {groups.length === 0 && <div className="empty">Nothing matches “{query}”.</div>}
        {groups.map(([group, list]) => (
          <section key={group} aria-label={group}>
            <h2>{group}</h2>
            <div role="list" aria-label={group}>
            {list.map((item) => (
              <div
                key={item.id}
                role="listitem"
                tabIndex={0}
                className="palette-item"
                data-testid={`palette-item-${item.label}`}
                data-palette-id={item.id}
                title={`${item.description}\nDrag onto the canvas, or click to add after the selected state`}
                onPointerDown={(e) => beginDrag(e, { kind: 'new', label: item.label, build: item.build })}
                onClick={() => add(item)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    add(item);
                  }
                }}
              >
                <Icon icon={glyphFor(item.icon)} small />
                <div className="palette-text">
                  <div className="palette-label">{item.label}</div>
                  <div className="palette-desc">{item.description}</div>
                </div>
              </div>
            ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}

function groupItems(items: PaletteItem[], searching: boolean): [string, PaletteItem[]][] {
  const out = new Map<string, PaletteItem[]>();
  const popular = items.filter((i) => i.popular && !searching);
  if (popular.length > 0) out.set('Most popular', popular);
  for (const item of items) {
    const key = searching ? ({ actions: 'Actions', flow: 'Flow', patterns: 'Patterns' } as const)[item.tab] : item.group;
    if (!searching && item.popular) continue;
    out.set(key, [...(out.get(key) ?? []), item]);
  }
  return [...out.entries()];
}
