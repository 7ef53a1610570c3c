/**
 * Import a SAM / CloudFormation template (with the files its DefinitionUri names) or an ASL file,
 * from the file picker, a drop on the window, or pasted text. Nothing changes until the user opens
 * a state machine: by default it becomes a new workflow in the library (the open one stays there);
 * replacing the open workflow instead is an explicit choice, and one undo step.
 */
import { useEffect, useRef, useState } from 'react';
import type { ImportedStateMachine } from '../../sam';
import { useStudioStore } from '../StudioContext';
import { Dialog } from '../workspace/Dialog';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { nameFor, settingsFor, testFileOf, type ImportOutcome, type ImportSource } from './importModel';
import { testsStoreFor } from '../tests/testsStore';
import { MAX_IMPORT_BYTES, readImportOffThread, type ImportJob } from './readImportOffThread';
import { ImportResult } from './ImportResult';
import { isZip, sourcesOfZip } from './importZip';
import './export.css';

/** The files' texts; a project zip (the SAM project export) gives its templates, definitions and test files. */
async function readFiles(files: readonly File[]): Promise<ImportSource[] | { fileName: string; problem: string }> {
  const read = await Promise.all(files.map(async (file): Promise<ImportSource[] | { fileName: string; problem: string }> => {
    const name = file.webkitRelativePath || file.name;
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isZip(bytes)) return [{ name, text: new TextDecoder().decode(bytes) }];
    const zip = sourcesOfZip(name, bytes, MAX_IMPORT_BYTES);
    return 'problem' in zip ? { fileName: name, problem: zip.problem } : zip.sources;
  }));
  const problem = read.find((r) => !Array.isArray(r));
  return problem ?? read.flatMap((r) => r as ImportSource[]);
}

/** Why these files are not read at all, or undefined. */
function tooLarge(files: readonly File[]): ImportOutcome | undefined {
  const big = files.find((f) => f.size > MAX_IMPORT_BYTES);
  if (!big) return undefined;
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  return { ok: false, fileName: big.webkitRelativePath || big.name, reason: `The file is ${mb(big.size)}; files over ${mb(MAX_IMPORT_BYTES)} are not read (no template or definition is that large).`, missingFiles: [] };
}

export default function ImportDialog({ files, onClose }: { files?: readonly File[] | undefined; onClose(): void }) {
  const store = useStudioStore();
  const workspace = useWorkspace();
  const [target, setTarget] = useState<'new' | 'replace'>('new');
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [reading, setReading] = useState<{ name: string; since: number }>();
  const [pasted, setPasted] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const job = useRef<ImportJob>(undefined);
  const busy = reading !== undefined;

  /** Reads in a worker (a big or hostile file never freezes the page); a newer read or Cancel ends it. */
  const read = async (sources: readonly ImportSource[]) => {
    job.current?.cancel();
    // A test build can read in this thread, to measure what the worker saves (e2e figure).
    const inThread = !!import.meta.env['VITE_TEST_API'] && (window as { __importInThread?: boolean }).__importInThread === true;
    const current = inThread ? readImportOffThread(sources, null) : readImportOffThread(sources);
    job.current = current;
    setOutcome(undefined);
    setReading({ name: sources.length === 1 ? sources[0]!.name : `${sources.length} files`, since: performance.now() });
    const result = await current.result;
    if (job.current !== current) return;
    job.current = undefined;
    setReading(undefined);
    if (result) setOutcome(result);
  };
  const cancel = () => {
    job.current?.cancel();
    job.current = undefined;
    setReading(undefined);
  };
  useEffect(() => () => job.current?.cancel(), []);

  const readSources = async (list: readonly File[]) => {
    const refused = tooLarge(list);
    if (refused) {
      setOutcome(refused);
      return;
    }
    try {
      const sources = await readFiles(list);
      if (!Array.isArray(sources)) {
        setOutcome({ ok: false, fileName: sources.fileName, reason: sources.problem, missingFiles: [] });
        return;
      }
      await read(sources);
    } catch (error) {
      setReading(undefined);
      setOutcome({ ok: false, fileName: list[0]?.name ?? '', reason: `The files could not be read: ${(error as Error).message}`, missingFiles: [] });
    }
  };
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- files dropped on the page arrive as a prop: reading them is async work the prop starts
    if (files && files.length > 0) void readSources(files);
    // Only a new drop starts a read (readSources is a new function every render, with nothing stale in it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [files]);

  /** The test file given with the template comes with the opened state machine (its cases added to the workflow's). */
  const openTests = async (machine: ImportedStateMachine) => {
    if (!outcome?.ok) return;
    const file = testFileOf(outcome.testFiles, machine.logicalId);
    if (!file) return;
    const tests = testsStoreFor(store);
    const { importTestFile } = await import('../tests/testsActions');
    const { problems } = await importTestFile(store, tests, file.text, file.name);
    // A broken test file opens nothing of it; the Tests tab says why, located.
    if (problems.length > 0) tests.setState({ problem: `${file.name} was not imported: ${problems.join('; ')}` });
  };

  const open = async (machine: ImportedStateMachine) => {
    if (!outcome?.ok) return;
    if (target === 'new' && workspace) {
      const name = nameFor(machine, outcome.result, outcome.fileName);
      const settings = outcome.result.kind === 'asl' ? { name } : { ...settingsFor(machine, outcome.result, outcome.fileName, {}), name };
      // create() saves the open workflow first and refuses (with a notice) when it cannot.
      // A template's state machine keeps the name it deploys under; a bare ASL file's name is made unique.
      if (await workspace.create(name, machine.definition, { settings, keepName: outcome.result.kind !== 'asl' })) {
        await openTests(machine);
        onClose();
      }
      return;
    }
    const settings = settingsFor(machine, outcome.result, outcome.fileName, store.getState().settings);
    store.getState().load(machine.definition, { settings, label: `Import ${machine.logicalId === 'StateMachine' && outcome.result.kind === 'asl' ? outcome.fileName : machine.logicalId}` });
    await openTests(machine);
    onClose();
  };

  return (
    <Dialog title="Import" onClose={onClose} wide testId="import-dialog">
      <p className="muted">
        Open a SAM or CloudFormation template (YAML or JSON, short-form tags welcome) or an ASL definition. Choose the template
        together with the file its <code>DefinitionUri</code> names, or a project zip (as Export downloads it: template,
        definition and test file together).
      </p>
      {workspace && (
        <fieldset className="import-target">
          <legend>Open the imported state machine</legend>
          <label>
            <input type="radio" name="import-target" data-testid="import-target-new" checked={target === 'new'} onChange={() => setTarget('new')} />
            as a new workflow in the library (the open one stays there)
          </label>
          <label>
            <input type="radio" name="import-target" data-testid="import-target-replace" checked={target === 'replace'} onChange={() => setTarget('replace')} />
            in place of the open workflow (Undo brings it back)
          </label>
        </fieldset>
      )}
      <div className="import-sources">
        <div className="import-pick">
          <button type="button" className="primary" data-testid="import-choose" onClick={() => input.current?.click()}>Choose files…</button>
          <input ref={input} type="file" multiple hidden accept=".yaml,.yml,.json,.template,.txt,.zip" data-testid="import-file-input"
            onChange={(e) => {
              const list = [...(e.target.files ?? [])];
              e.target.value = '';
              if (list.length > 0) void readSources(list);
            }} />
          <span className="muted">…or drop them anywhere on the window.</span>
        </div>
        <div>
          <label htmlFor="import-paste-text"><b>Or paste</b> a template or definition</label>
          <textarea id="import-paste-text" data-testid="import-paste" spellCheck={false} value={pasted} onChange={(e) => setPasted(e.target.value)}
            placeholder={'Transform: AWS::Serverless-2016-10-31\nResources:\n  StateMachine:\n    Type: AWS::Serverless::StateMachine\n    …'} />
          <button type="button" data-testid="import-paste-read" disabled={pasted.trim() === ''} onClick={() => void read([{ name: 'pasted text', text: pasted }])}>Read pasted text</button>
        </div>
      </div>
      <div className="import-result" aria-live="polite">
        {reading && <ReadingStatus name={reading.name} since={reading.since} onCancel={cancel} />}
        {outcome && !busy && <ImportResult outcome={outcome} onOpen={(machine) => void open(machine)} />}
      </div>
    </Dialog>
  );
}

/** "Reading …" with the seconds so far once it takes a moment, and Cancel. */
function ReadingStatus({ name, since, onCancel }: { name: string; since: number; onCancel(): void }) {
  const [now, setNow] = useState(since);
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.floor((now - since) / 1000);
  return (
    <p className="muted import-reading" role="status" data-testid="import-reading">
      Reading {name}…{seconds >= 1 ? ` ${seconds} s` : ''}{' '}
      <button type="button" data-testid="import-cancel" onClick={onCancel}>Cancel</button>
    </p>
  );
}
