/** Test helper: the StatesError `fn` throws (anything else thrown, or nothing, fails the test). */
import { StatesError } from '../statesError';

export function failure(fn: () => unknown): StatesError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatesError) return error;
    throw error;
  }
  throw new Error('expected a StatesError');
}
