/**
 * "Find state" on the canvas (Ctrl+F): type part of a name, Enter / ↓ for the next match,
 * Shift+Enter / ↑ for the previous one, Escape to close. The current match is selected (so the
 * canvas brings it on screen, opening collapsed containers, and the inspector shows it); every
 * match is highlighted.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ChevronDown, ChevronUp, Search, X } from 'lucide-react';
import type { WorkflowGraph } from '../../graph';

export function findStates(graph: WorkflowGraph, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return graph.nodes.filter((n) => n.kind === 'state' && n.state!.name.toLowerCase().includes(q)).map((n) => n.id);
}

export default function FindBox({ graph, onMatches, onPick, onClose }: {
  graph: WorkflowGraph;
  onMatches: (ids: string[]) => void;
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findStates(graph, query), [graph, query]);
  const current = matches.length > 0 ? Math.min(index, matches.length - 1) : -1;

  useEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    onMatches(matches);
  }, [matches, onMatches]);
  useEffect(() => () => onMatches([]), [onMatches]);

  const go = (to: number) => {
    if (matches.length === 0) return;
    const next = (to + matches.length) % matches.length;
    setIndex(next);
    onPick(matches[next]!);
  };

  return (
    <div className="sf-find nodrag nopan" role="search" data-testid="find-box">
      <Search size={14} aria-hidden="true" />
      <input
        ref={input}
        type="search"
        aria-label="Find state"
        placeholder="Find state"
        data-testid="find-input"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
          const first = findStates(graph, e.target.value)[0];
          if (first) onPick(first);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          } else if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            go(current + (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey) ? -1 : 1));
          } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
            e.preventDefault();
            e.currentTarget.select();
          }
        }}
      />
      <span className="sf-find-count" data-testid="find-count" aria-live="polite">
        {query.trim() === '' ? '' : matches.length === 0 ? 'No match' : `${current + 1} of ${matches.length}`}
      </span>
      <button type="button" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={matches.length === 0} onClick={() => go(current - 1)}>
        <ChevronUp size={14} aria-hidden="true" />
      </button>
      <button type="button" aria-label="Next match" title="Next match (Enter)" disabled={matches.length === 0} onClick={() => go(current + 1)}>
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      <button type="button" aria-label="Close find" title="Close (Escape)" onClick={onClose}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
