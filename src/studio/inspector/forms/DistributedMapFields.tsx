import { useStateEditor } from '../StateEditorContext';
import { StateJson, StateNumber, StatePath, StateSelect, StateText } from '../fields/stateFields';
import { isObj } from '../../../asl/objects';

const objectRequired = (v: unknown) => (isObj(v) ? undefined : 'Enter a JSON object.');

/** Distributed Map settings: child execution type, item reader, batching, result writer, tolerated failure, label. */
export function DistributedMapFields() {
  const { language } = useStateEditor();
  const jsonata = language === 'JSONata';
  return (
    <div className="insp-group" data-testid="distributed-map">
      <h4>Distributed Map</h4>
      <StateSelect field={['ItemProcessor', 'ProcessorConfig', 'ExecutionType']} label="Child execution type"
        options={[{ value: 'STANDARD', label: 'Standard' }, { value: 'EXPRESS', label: 'Express' }]} />
      <StateJson field="ItemReader" rows={8} validate={objectRequired}
        hint='Items from S3, e.g. { "Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": { "InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW" }, "Parameters": { "Bucket": "…", "Key": "…" } }' />
      <StateJson field="ItemBatcher" rows={4} validate={objectRequired} hint='{ "MaxItemsPerBatch": 100, "MaxInputBytesPerBatch": 262144, "BatchInput": {…} }' />
      <StateJson field="ResultWriter" rows={6} validate={objectRequired}
        hint='{ "Resource": "arn:aws:states:::s3:putObject", "Parameters": { "Bucket": "…", "Prefix": "…" } }' />
      <StateNumber field="ToleratedFailureCount" integer min={0} allowExpression={jsonata} />
      {!jsonata && <StatePath field="ToleratedFailureCountPath" />}
      <StateNumber field="ToleratedFailurePercentage" min={0} max={100} allowExpression={jsonata} />
      {!jsonata && <StatePath field="ToleratedFailurePercentagePath" />}
      <StateText field="Label" hint="Prefix of the Map Run's child execution names (≤ 40 characters)."
        validate={(t) => ([...t].length > 40 ? 'At most 40 characters.' : undefined)} />
    </div>
  );
}
