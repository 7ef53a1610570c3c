import { describe, expect, it } from 'vitest';
import { parseDefinition, serializeDefinition, type StateMachine } from '../../asl';
import { nodeAtOffset, rangesOfNode } from './selectionSync';

const DEF: StateMachine = {
  StartAt: 'P',
  States: {
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        { StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } },
      ],
      Next: 'M',
    },
    M: { Type: 'Map', ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Succeed' } } }, End: true },
  },
};

describe.each(['json', 'yaml'] as const)('selection sync in %s', (format) => {
  const text = serializeDefinition(DEF, { format });
  const def = parseDefinition(text).definition!;

  it('finds the key and the whole property of a nested state', () => {
    const ranges = rangesOfNode(text, format, def, 'P/1/Inner')!;
    const key = text.slice(ranges.key.offset, ranges.key.offset + ranges.key.length);
    expect(key.replace(/"/g, '')).toBe('Inner');
    const property = text.slice(ranges.property.offset, ranges.property.offset + ranges.property.length);
    expect(property).toContain('Pass');
    expect(property).not.toContain('Item');
  });

  it('maps a cursor inside a state to its node, innermost first', () => {
    expect(nodeAtOffset(text, format, def, text.lastIndexOf('Inner') + 2)).toBe('P/1/Inner');
    expect(nodeAtOffset(text, format, def, text.indexOf('Succeed'))).toBe('M/0/Item');
    expect(nodeAtOffset(text, format, def, text.lastIndexOf('Next') + 1)).toBe('P');
    expect(nodeAtOffset(text, format, def, text.indexOf('StartAt') + 1)).toBeUndefined();
  });

  it('answers undefined for a node that is not in the text', () => {
    expect(rangesOfNode(text, format, def, 'Missing')).toBeUndefined();
  });
});
