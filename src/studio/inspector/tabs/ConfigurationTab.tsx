import { exhaustive } from '../../../asl/types';
import { useStateEditor } from '../StateEditorContext';
import { StateText } from '../fields/stateFields';
import { QueryLanguageField } from '../forms/QueryLanguageField';
import { NextField } from '../forms/NextField';
import { TaskForm } from '../forms/TaskForm';
import { PassForm } from '../forms/PassForm';
import { ChoiceForm } from '../forms/ChoiceForm';
import { WaitForm } from '../forms/WaitForm';
import { FailForm } from '../forms/FailForm';
import { ParallelForm } from '../forms/ParallelForm';
import { MapForm } from '../forms/MapForm';

function TypeForm() {
  const { state } = useStateEditor();
  switch (state.Type) {
    case 'Task': return <TaskForm />;
    case 'Pass': return <PassForm />;
    case 'Choice': return <ChoiceForm />;
    case 'Wait': return <WaitForm />;
    case 'Succeed': return null;
    case 'Fail': return <FailForm />;
    case 'Parallel': return <ParallelForm />;
    case 'Map': return <MapForm />;
    default: return exhaustive(state);
  }
}

/** Configuration tab: query language, comment, the state type's own fields, and the transition. */
export function ConfigurationTab() {
  const { state } = useStateEditor();
  const transitions = state.Type !== 'Choice' && state.Type !== 'Succeed' && state.Type !== 'Fail';
  return (
    <>
      <QueryLanguageField />
      <TypeForm />
      {transitions && <NextField />}
      <StateText field="Comment" multiline />
    </>
  );
}
