import { useStateEditor } from '../StateEditorContext';
import { RetryEditor } from '../editors/RetryEditor';
import { CatchEditor } from '../editors/CatchEditor';
import { TimeoutFields } from '../forms/TimeoutFields';

/** Error handling: retriers, catchers, and (Task) timeout and heartbeat. */
export function ErrorHandlingTab() {
  const { state } = useStateEditor();
  return (
    <>
      <RetryEditor />
      <CatchEditor />
      {state.Type === 'Task' && <TimeoutFields />}
    </>
  );
}
