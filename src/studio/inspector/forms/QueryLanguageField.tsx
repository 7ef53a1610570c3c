import { useStateEditor } from '../StateEditorContext';
import { SelectField } from '../fields/SelectField';
import { inheritedQueryLanguage } from '../model/queryLanguage';
import { foreignFields } from '../model/tabs';

/**
 * The state's own QueryLanguage (or inherit). After a switch, fields of the other language are
 * listed with a button to remove them (the validator flags them too).
 */
export function QueryLanguageField() {
  const { definition, path, state, name, language, commit, diagnosticsFor } = useStateEditor();
  const inherited = inheritedQueryLanguage(definition, path);
  const foreign = foreignFields(state, language);
  return (
    <>
      <SelectField
        testId="QueryLanguage"
        label="Query language"
        value={state.QueryLanguage}
        emptyLabel={`Inherit (${inherited})`}
        options={[{ value: 'JSONPath', label: 'JSONPath' }, { value: 'JSONata', label: 'JSONata' }]}
        diagnostics={diagnosticsFor(['QueryLanguage'])}
        onChange={(value) => commit(`Set query language of "${name}"`, [{ field: ['QueryLanguage'], value }])}
      />
      {foreign.length > 0 && (
        <div className="insp-notice" data-testid="foreign-fields">
          <p>{language === 'JSONata' ? 'JSONPath' : 'JSONata'} fields that a {language} state cannot use: {foreign.join(', ')}.</p>
          <button type="button" data-testid="remove-foreign-fields"
            onClick={() => commit(`Remove ${foreign.join(', ')} from "${name}"`, foreign.map((f) => ({ field: [f], value: undefined })))}>
            Remove them
          </button>
        </div>
      )}
    </>
  );
}
