import { describe, expect, it } from 'vitest';
import { defaultWorkflowName, isValidStateMachineName, toStateMachineName, uniqueName } from './names';

describe('names of new workflows', () => {
  it('gives a blank workflow a valid, short, random state machine name', () => {
    const names = Array.from({ length: 50 }, () => defaultWorkflowName());
    for (const name of names) {
      expect(name).toMatch(/^MyStateMachine-[a-z0-9]{6}$/);
      expect(isValidStateMachineName(name)).toBe(true);
    }
    expect(new Set(names).size).toBeGreaterThan(45);
    expect(isValidStateMachineName('Untitled workflow')).toBe(false);
  });

  it('turns a template title into a valid name', () => {
    expect(toStateMachineName('Hello, world!')).toBe('Hello-world');
    expect(toStateMachineName('Retry & catch (payments)')).toBe('Retry-catch-payments');
    expect(isValidStateMachineName(toStateMachineName('x'.repeat(200)))).toBe(true);
    expect(toStateMachineName('✓✓')).toMatch(/^MyStateMachine-/);
  });

  it('never repeats a name already in the library', () => {
    expect(uniqueName('Orders', [])).toBe('Orders');
    expect(uniqueName('Orders', ['Orders', 'Orders-2'])).toBe('Orders-3');
    expect(uniqueName('y'.repeat(80), ['y'.repeat(80)])).toHaveLength(80);
  });
});
