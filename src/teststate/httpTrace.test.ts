import { describe, expect, it } from 'vitest';
import { testState } from './testState';
import { httpRequestOf } from './httpTrace';

const HTTP_TASK = {
  Type: 'Task',
  Resource: 'arn:aws:states:::http:invoke',
  Parameters: {
    ApiEndpoint: 'https://api.example.com/orders',
    Method: 'post',
    Authentication: { ConnectionArn: 'arn:aws:events:us-east-1:123456789012:connection/Orders/0000' },
    Headers: { 'X-Request-Id.$': '$.requestId' },
    QueryParameters: { 'customer.$': '$.customer', verbose: 'true' },
    'RequestBody.$': '$.order',
  },
  ResultSelector: { 'status.$': '$.StatusCode', 'id.$': '$.ResponseBody.id' },
  End: true,
};

const RESULT = {
  StatusCode: 201,
  StatusText: 'Created',
  Headers: { 'content-type': ['application/json'], date: ['Sat, 05 Dec 2026 13:00:00 GMT'] },
  ResponseBody: { id: 'o-42' },
};

const INPUT = { requestId: 'r-1', customer: 'Ann & Bo', order: { item: 'book', qty: 2 } };

describe('TestState TRACE on an HTTP Task', () => {
  it('shows the request the evaluated Parameters describe and the response in the result', async () => {
    const response = await testState({ definition: HTTP_TASK, input: INPUT, inspectionLevel: 'TRACE', mock: { result: RESULT } });
    expect(response.status).toBe('SUCCEEDED');
    expect(response.output).toEqual({ status: 201, id: 'o-42' });
    expect(response.inspectionData?.request).toEqual({
      protocol: 'https',
      method: 'POST',
      url: 'https://api.example.com/orders?customer=Ann%20%26%20Bo&verbose=true',
      headers: '[X-Request-Id: r-1, Content-Type: application/json]',
      body: '{"item":"book","qty":2}',
    });
    expect(response.inspectionData?.response).toEqual({
      protocol: 'https',
      statusCode: '201',
      statusMessage: 'Created',
      headers: '[content-type: application/json, date: Sat, 05 Dec 2026 13:00:00 GMT]',
      body: '{"id":"o-42"}',
    });
    // DEBUG keeps the data-flow stages but not the HTTP exchange.
    const debug = await testState({ definition: HTTP_TASK, input: INPUT, inspectionLevel: 'DEBUG', mock: { result: RESULT } });
    expect(debug.inspectionData?.afterParameters).toMatchObject({ ApiEndpoint: 'https://api.example.com/orders', RequestBody: { item: 'book', qty: 2 } });
    expect(debug.inspectionData?.request).toBeUndefined();
    expect(debug.inspectionData?.response).toBeUndefined();
  });

  it('JSONata Arguments; a mocked failure has the request and no response', async () => {
    const state = {
      Type: 'Task', QueryLanguage: 'JSONata', Resource: 'arn:aws:states:::http:invoke',
      Arguments: { ApiEndpoint: '{% "https://api.example.com/orders/" & $states.input.id %}', Method: 'GET' },
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }],
      End: true,
    };
    const failed = await testState({ definition: state, input: { id: 'o-7' }, inspectionLevel: 'TRACE', mock: { errorOutput: { error: 'States.Http.StatusCode.404', cause: 'Not Found' } } });
    expect(failed.status).toBe('CAUGHT_ERROR');
    expect(failed.inspectionData?.request).toEqual({ protocol: 'https', method: 'GET', url: 'https://api.example.com/orders/o-7', headers: '[]' });
    expect(failed.inspectionData?.response).toBeUndefined();
  });

  it('a URL-encoded body follows the array format; other Tasks have no HTTP trace', async () => {
    const args = (format?: string) => ({
      ApiEndpoint: 'https://api.example.com/form', Method: 'POST',
      RequestBody: { tags: ['a', 'b'], user: { name: 'Ann' } },
      Transform: { RequestBodyEncoding: 'URL_ENCODED', ...(format ? { RequestEncodingOptions: { ArrayFormat: format } } : {}) },
    });
    expect(httpRequestOf(args()).body).toBe('tags=a&tags=b&user%5Bname%5D=Ann');
    expect(httpRequestOf(args('BRACKETS')).body).toBe('tags%5B%5D=a&tags%5B%5D=b&user%5Bname%5D=Ann');
    expect(httpRequestOf(args('INDICES')).body).toBe('tags%5B0%5D=a&tags%5B1%5D=b&user%5Bname%5D=Ann');
    expect(httpRequestOf(args('COMMAS')).body).toBe('tags=a%2Cb&user%5Bname%5D=Ann');
    expect(httpRequestOf(args()).headers).toBe('[Content-Type: application/x-www-form-urlencoded]');

    const lambda = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, End: true };
    const traced = await testState({ definition: lambda, inspectionLevel: 'TRACE', mock: { result: {}, fieldValidationMode: 'NONE' } });
    expect(traced.inspectionData?.request).toBeUndefined();
  });
});
