import type { StarterTemplate } from './types';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

export const retryAndCatch: StarterTemplate = {
  id: 'retry-and-catch',
  title: 'Retry and catch',
  description: 'A flaky Lambda is retried with exponential back-off; when retries run out, a Catch routes to a fallback.',
  category: 'Error handling',
  input: { orderId: 'o-9' },
  mocks: {
    'Call flaky service': [
      { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'Rate exceeded' } },
      { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'Rate exceeded' } },
      { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'Rate exceeded' } },
    ],
  },
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Retry with back-off, then fall back',
    StartAt: 'Call flaky service',
    States: {
      'Call flaky service': {
        Type: 'Task',
        Resource: LAMBDA,
        Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:flaky', 'Payload.$': '$' },
        Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 2, BackoffRate: 2, JitterStrategy: 'FULL' }],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Use cached answer' }],
        OutputPath: '$.Payload',
        Next: 'Done',
      },
      'Use cached answer': { Type: 'Pass', Result: { source: 'cache' }, ResultPath: '$.answer', Next: 'Done' },
      Done: { Type: 'Succeed' },
    },
  },
};

export const sagaCompensation: StarterTemplate = {
  id: 'saga',
  title: 'Saga with compensation',
  description: 'Book a flight and a hotel; when the hotel fails, the flight booking is cancelled and the trip fails cleanly.',
  category: 'Error handling',
  input: { tripId: 't-3', flight: 'LH123', hotel: 'Grand' },
  mocks: {
    'Reserve flight': [{ Return: { Payload: { reservation: 'F-1' }, StatusCode: 200 } }],
    'Reserve hotel': [{ Throw: { Error: 'HotelFullError', Cause: 'No rooms left' } }],
    'Cancel flight': [{ Return: { Payload: { cancelled: 'F-1' }, StatusCode: 200 } }],
  },
  expectedStatus: 'FAILED',
  definition: {
    Comment: 'Saga: every step has a compensating step',
    StartAt: 'Reserve flight',
    States: {
      'Reserve flight': {
        Type: 'Task',
        Resource: LAMBDA,
        Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:reserve-flight', 'Payload.$': '$' },
        ResultSelector: { 'reservation.$': '$.Payload.reservation' },
        ResultPath: '$.flightReservation',
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Trip failed' }],
        Next: 'Reserve hotel',
      },
      'Reserve hotel': {
        Type: 'Task',
        Resource: LAMBDA,
        Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:reserve-hotel', 'Payload.$': '$' },
        ResultPath: '$.hotelReservation',
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Cancel flight' }],
        Next: 'Trip booked',
      },
      'Cancel flight': {
        Type: 'Task',
        Resource: LAMBDA,
        Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:cancel-flight', 'Payload.$': '$.flightReservation' },
        ResultPath: null,
        Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 5, IntervalSeconds: 1, BackoffRate: 2 }],
        Next: 'Trip failed',
      },
      'Trip booked': { Type: 'Succeed' },
      'Trip failed': { Type: 'Fail', Error: 'BookingFailed', Cause: 'The trip could not be booked; completed steps were compensated.' },
    },
  },
};
