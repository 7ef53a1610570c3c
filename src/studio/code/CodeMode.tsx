import { useState } from 'react';
import { Canvas } from '../canvas/Canvas';
import { CodePane } from './CodePane';
import { CodeErrorNotice } from './CodeErrorNotice';
import { Splitter } from './Splitter';
import { loadRatio, saveRatio } from './splitRatio';
import './code.css';

const storage = typeof localStorage === 'undefined' ? undefined : localStorage;

/** Code mode: the ASL editor beside a live graph, with a draggable splitter between them. */
export default function CodeMode() {
  const [ratio, setRatio] = useState(() => loadRatio(storage));
  return (
    <div className="code-mode" data-testid="code-mode" style={{ gridTemplateColumns: `minmax(0, ${ratio}fr) 6px minmax(0, ${1 - ratio}fr)` }}>
      <section className="panel code-mode-editor" aria-label="Code"><CodePane /></section>
      <Splitter ratio={ratio} onChange={setRatio} onCommit={(r) => saveRatio(storage, r)} />
      <section className="panel panel-center code-mode-graph" aria-label="Graph" data-testid="code-graph">
        <CodeErrorNotice />
        <Canvas mode="code" />
      </section>
    </div>
  );
}
