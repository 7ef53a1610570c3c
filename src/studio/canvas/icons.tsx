/**
 * Icons for state types and services: SVG from lucide-react (bundled, imported one by one so only
 * these are shipped), or a short ASCII abbreviation for a service. Never a font's glyphs: a font
 * without the glyph shows an empty box.
 */
import {
  ArrowRight, Check, Circle, Columns3, Diamond, Lambda, Repeat, Timer, X, type LucideIcon,
} from 'lucide-react';
import type { StateType } from '../../asl/types';

interface Glyph {
  /** An abbreviation (ASCII) … */
  text?: string;
  /** … or an SVG icon. */
  svg?: LucideIcon;
  colour: string;
}

const SERVICE: Record<string, Glyph> = {
  lambda: { svg: Lambda, colour: '#a85600' },
  sns: { text: 'SNS', colour: '#d6246e' },
  sqs: { text: 'SQS', colour: '#d6246e' },
  dynamodb: { text: 'DDB', colour: '#3b48cc' },
  eventbridge: { text: 'EB', colour: '#d6246e' },
  stepfunctions: { text: 'SF', colour: '#d6246e' },
  ecs: { text: 'ECS', colour: '#a85600' },
  batch: { text: 'BAT', colour: '#a85600' },
  glue: { text: 'GLU', colour: '#7a45e6' },
  athena: { text: 'ATH', colour: '#7a45e6' },
  sagemaker: { text: 'SM', colour: '#00796b' },
  bedrock: { text: 'BR', colour: '#00796b' },
  apigateway: { text: 'API', colour: '#d6246e' },
  ses: { text: 'SES', colour: '#d6246e' },
  http: { text: 'HTTP', colour: '#0972d3' },
  'aws-sdk': { text: 'SDK', colour: '#5f6b7a' },
};

const TYPE: Record<StateType, Glyph> = {
  Task: { text: 'T', colour: '#5f6b7a' },
  Pass: { svg: ArrowRight, colour: '#687078' },
  Choice: { svg: Diamond, colour: '#0972d3' },
  Wait: { svg: Timer, colour: '#687078' },
  Succeed: { svg: Check, colour: '#1d8102' },
  Fail: { svg: X, colour: '#d91515' },
  Parallel: { svg: Columns3, colour: '#8a5cf6' },
  Map: { svg: Repeat, colour: '#8a5cf6' },
};

const OTHER: Glyph = { svg: Circle, colour: '#5f6b7a' };

/** The icon for an icon key (catalog entries) or a state type. */
export function glyphFor(icon: string): Glyph {
  return SERVICE[icon] ?? TYPE[icon as StateType] ?? OTHER;
}

export function Icon({ icon, small }: { icon: Glyph; small?: boolean }) {
  const Svg = icon.svg;
  return (
    <span className={`sf-icon${small ? ' small' : ''}`} style={{ background: icon.colour }} aria-hidden="true">
      {Svg ? <Svg size={small ? 15 : 17} strokeWidth={2.25} /> : icon.text}
    </span>
  );
}
