/**
 * The test cases each starter template ships with (the test file format of src/testing): the
 * demo run, plus the cases that take every other path, so every template starts at 100% state
 * coverage. `templateTestFile` gives a template's complete test file.
 */
import type { SfnTestCase, SfnTestFile } from '../testing/format';
import type { StarterTemplate } from './types';

const lambda = (payload: unknown) => ({ Return: { Payload: payload, StatusCode: 200 } });

/** Cases beyond the demo run, by template id. */
const EXTRA_CASES: Record<string, SfnTestCase[]> = {
  'choice-branching': [
    { name: 'large orders need review', input: { orderId: 'o-1', amount: 5000 }, expect: { status: 'SUCCEEDED', outputContains: { route: 'review' }, path: ['Check amount', 'Needs review'] } },
    { name: 'small orders take the fast track', input: { orderId: 'o-2', amount: 20 }, expect: { status: 'SUCCEEDED', outputContains: { route: 'fast' }, path: ['Check amount', 'Fast track'] } },
  ],
  saga: [
    {
      name: 'both reservations succeed',
      input: { tripId: 't-4', flight: 'LH1', hotel: 'Inn' },
      mocks: { 'Reserve flight': lambda({ reservation: 'F-2' }), 'Reserve hotel': lambda({ reservation: 'H-2' }) },
      expect: { status: 'SUCCEEDED', path: ['Reserve flight', 'Reserve hotel', 'Trip booked'], neverEnters: ['Cancel flight'] },
    },
  ],
  'callback-approval': [
    {
      name: 'a rejected request fails',
      input: { requestId: 'r-6', amount: 90000 },
      mocks: { 'Ask for approval': { Return: { approved: false } } },
      expect: { status: 'FAILED', error: 'Rejected', path: ['Ask for approval', 'Approved?', 'Rejected'] },
    },
  ],
  'jsonata-variables': [
    {
      name: 'an unknown coupon gives no discount',
      input: { cart: [{ name: 'Book', price: 10, qty: 1 }], coupon: 'NOPE' },
      expect: { status: 'SUCCEEDED', output: { subtotal: 10, discount: 0, total: 10, items: 1 } },
    },
  ],
  'poll-job': [
    {
      name: 'a failed job fails the run',
      input: { jobName: 'broken' },
      mocks: { 'Submit job': lambda({ jobId: 'job-2' }), 'Get job status': lambda({ status: 'FAILED' }) },
      expect: { status: 'FAILED', error: 'JobFailed', states: { 'Get job status': { outputContains: { status: { status: 'FAILED' } } } } },
    },
  ],
  'contact-form': [
    {
      name: 'an invalid submission is caught',
      input: { email: 'not-an-email', message: '' },
      mocks: { 'Validate input': { Throw: { Error: 'ValidationError', Cause: 'email is invalid' } } },
      expect: { status: 'FAILED', error: 'ContactFormFailed', states: { 'Validate input': { caughtError: 'ValidationError' } } },
    },
  ],
};

/** The template's test file: its demo run (input, mocks, status) and its extra cases. */
export function templateTestFile(template: StarterTemplate): SfnTestFile {
  const demo: SfnTestCase = { name: 'demo run', input: template.input, mocks: template.mocks, expect: { status: template.expectedStatus } };
  return { workflow: `${template.id}.asl.json`, tests: [demo, ...(EXTRA_CASES[template.id] ?? [])] };
}
