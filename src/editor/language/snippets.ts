/**
 * Snippets for each state type, in the snippet syntax of Monaco/VS Code (`${1:placeholder}`,
 * `$0` = final cursor). They are inserted at a property-key position of a `States` object;
 * indentation is adjusted by the editor (tabs become the model's indentation).
 */
export interface StateSnippet {
  /** Shown in the completion list. */
  label: string;
  /** Short help shown beside the label. */
  detail: string;
  body: string;
}

const lines = (...l: string[]) => l.join('\n');

export const STATE_SNIPPETS: readonly StateSnippet[] = [
  {
    label: 'Pass state',
    detail: 'Passes its input to its output, optionally shaped',
    body: lines('"${1:Pass}": {', '\t"Type": "Pass",', '\t"Next": "${2:NextState}"', '}$0'),
  },
  {
    label: 'Task state (Lambda invoke)',
    detail: 'Runs work through a service integration',
    body: lines(
      '"${1:Invoke function}": {',
      '\t"Type": "Task",',
      '\t"QueryLanguage": "JSONata",',
      '\t"Resource": "arn:aws:states:::lambda:invoke",',
      '\t"Arguments": {',
      '\t\t"FunctionName": "${3:arn:aws:lambda:us-east-1:123456789012:function:my-function}",',
      '\t\t"Payload": "{% \\$states.input %}"',
      '\t},',
      '\t"Next": "${2:NextState}"',
      '}$0',
    ),
  },
  {
    label: 'Choice state',
    detail: 'Branches on conditions of the input',
    body: lines(
      '"${1:Choose}": {',
      '\t"Type": "Choice",',
      '\t"QueryLanguage": "JSONata",',
      '\t"Choices": [',
      '\t\t{',
      '\t\t\t"Condition": "{% ${2:\\$states.input.ok} %}",',
      '\t\t\t"Next": "${3:WhenTrue}"',
      '\t\t}',
      '\t],',
      '\t"Default": "${4:Otherwise}"',
      '}$0',
    ),
  },
  {
    label: 'Wait state',
    detail: 'Pauses for a time or until a timestamp',
    body: lines('"${1:Wait}": {', '\t"Type": "Wait",', '\t"Seconds": ${2:10},', '\t"Next": "${3:NextState}"', '}$0'),
  },
  {
    label: 'Succeed state',
    detail: 'Stops the execution successfully',
    body: lines('"${1:Done}": {', '\t"Type": "Succeed"', '}$0'),
  },
  {
    label: 'Fail state',
    detail: 'Stops the execution with an error',
    body: lines('"${1:Failed}": {', '\t"Type": "Fail",', '\t"Error": "${2:ErrorCode}",', '\t"Cause": "${3:What went wrong}"', '}$0'),
  },
  {
    label: 'Parallel state',
    detail: 'Runs branches at the same time',
    body: lines(
      '"${1:Parallel}": {',
      '\t"Type": "Parallel",',
      '\t"Branches": [',
      '\t\t{',
      '\t\t\t"StartAt": "${2:Branch1}",',
      '\t\t\t"States": {',
      '\t\t\t\t"${2:Branch1}": {',
      '\t\t\t\t\t"Type": "Pass",',
      '\t\t\t\t\t"End": true',
      '\t\t\t\t}',
      '\t\t\t}',
      '\t\t}',
      '\t],',
      '\t"Next": "${3:NextState}"',
      '}$0',
    ),
  },
  {
    label: 'Map state',
    detail: 'Runs the same steps for each item of an array',
    body: lines(
      '"${1:Map}": {',
      '\t"Type": "Map",',
      '\t"QueryLanguage": "JSONata",',
      '\t"Items": "{% \\$states.input.${2:items} %}",',
      '\t"ItemProcessor": {',
      '\t\t"ProcessorConfig": { "Mode": "INLINE" },',
      '\t\t"StartAt": "${3:Process item}",',
      '\t\t"States": {',
      '\t\t\t"${3:Process item}": {',
      '\t\t\t\t"Type": "Pass",',
      '\t\t\t\t"End": true',
      '\t\t\t}',
      '\t\t}',
      '\t},',
      '\t"Next": "${4:NextState}"',
      '}$0',
    ),
  },
];
