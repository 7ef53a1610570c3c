/**
 * The ASL code editor (Monaco), bound to the studio store. Default export so it can be loaded
 * with React.lazy: importing this module is what pulls Monaco into the page.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { StudioStore } from '../store/studioStore';
import { createEditorSession, type EditorSession } from './monaco/session';
import './editor.css';

export interface AslEditorProps {
  store: StudioStore;
  /** Receives the session once the editor exists (null when it goes away). */
  onSession?: (session: EditorSession | null) => void;
}

export default function AslEditor({ store, onSession }: AslEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const onSessionRef = useRef(onSession);
  // The latest callback, read by the editor's effect without re-creating the editor.
  useLayoutEffect(() => {
    onSessionRef.current = onSession;
  });

  useEffect(() => {
    if (!host.current) return;
    const session = createEditorSession(host.current, store);
    onSessionRef.current?.(session);
    return () => {
      onSessionRef.current?.(null);
      session.dispose();
    };
  }, [store]);

  return <div ref={host} className="asl-editor" data-testid="code-editor" />;
}

export type { EditorSession };
