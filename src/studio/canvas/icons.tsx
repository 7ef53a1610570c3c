/** Small glyphs for state types and services (no icon font: everything works offline). */
import type { StateType } from '../../asl/types';

interface Glyph {
  text: string;
  colour: string;
}

const SERVICE: Record<string, Glyph> = {
  lambda: { text: 'λ', colour: '#e07b00' },
  sns: { text: 'SNS', colour: '#d6246e' },
  sqs: { text: 'SQS', colour: '#d6246e' },
  dynamodb: { text: 'DDB', colour: '#3b48cc' },
  eventbridge: { text: 'EB', colour: '#d6246e' },
  stepfunctions: { text: 'SF', colour: '#d6246e' },
  ecs: { text: 'ECS', colour: '#e07b00' },
  batch: { text: 'BAT', colour: '#e07b00' },
  glue: { text: 'GLU', colour: '#8c4fff' },
  athena: { text: 'ATH', colour: '#8c4fff' },
  sagemaker: { text: 'SM', colour: '#01a88d' },
  bedrock: { text: 'BR', colour: '#01a88d' },
  apigateway: { text: 'API', colour: '#d6246e' },
  ses: { text: 'SES', colour: '#d6246e' },
  http: { text: 'HTTP', colour: '#0972d3' },
  'aws-sdk': { text: 'SDK', colour: '#5f6b7a' },
};

const TYPE: Record<StateType, Glyph> = {
  Task: { text: 'T', colour: '#5f6b7a' },
  Pass: { text: '→', colour: '#687078' },
  Choice: { text: '◇', colour: '#0972d3' },
  Wait: { text: '⏱', colour: '#687078' },
  Succeed: { text: '✓', colour: '#1d8102' },
  Fail: { text: '✕', colour: '#d91515' },
  Parallel: { text: '⫴', colour: '#8a5cf6' },
  Map: { text: '⟳', colour: '#8a5cf6' },
};

/** The glyph for an icon key (catalog entries) or a state type. */
export function glyphFor(icon: string): Glyph {
  return SERVICE[icon] ?? TYPE[icon as StateType] ?? { text: '•', colour: '#5f6b7a' };
}

export function Icon({ icon, small }: { icon: Glyph; small?: boolean }) {
  return (
    <span className={`sf-icon${small ? ' small' : ''}`} style={{ background: icon.colour }} aria-hidden="true">
      {icon.text}
    </span>
  );
}
