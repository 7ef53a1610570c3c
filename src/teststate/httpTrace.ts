/**
 * TestState at inspection level TRACE shows an HTTP Task's request and response
 * (`inspectionData.request` / `.response`, every member a string:
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_InspectionDataRequest.html,
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_InspectionDataResponse.html).
 * Offline nothing is sent: the request is the one the Task's evaluated arguments describe
 * (ApiEndpoint, Method, Headers, QueryParameters, RequestBody and its Transform, see
 * https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html), and the response is the
 * answer the Task got (its mocked result, in the HTTP Task's output shape: StatusCode, StatusText,
 * Headers, ResponseBody). Headers a connection adds (its secrets) are not known offline.
 */
import type { State } from '../asl/types';
import type { InspectionData } from './types';

const HTTP_INVOKE = /^arn:aws[\w-]*:states:::http:invoke$/;

export function isHttpTask(state: State): boolean {
  return state.Type === 'Task' && typeof state.Resource === 'string' && HTTP_INVOKE.test(state.Resource);
}

type ArrayFormat = 'BRACKETS' | 'COMMAS' | 'REPEAT' | 'INDICES';

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function scalar(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `[Name: value, Name: value]`, the way TestState prints headers; a header with several values joins them with commas. */
export function headerText(headers: Record<string, unknown>): string {
  return `[${Object.entries(headers).map(([name, value]) => `${name}: ${Array.isArray(value) ? value.map(scalar).join(',') : scalar(value)}`).join(', ')}]`;
}

/** Form pairs of a JSON value for `application/x-www-form-urlencoded` (nested keys as `a[b]`, arrays per `ArrayFormat`). */
function formPairs(value: unknown, key: string, format: ArrayFormat, out: [string, string][]): void {
  if (Array.isArray(value)) {
    if (format === 'COMMAS') out.push([key, value.map(scalar).join(',')]);
    else value.forEach((item, i) => formPairs(item, format === 'BRACKETS' ? `${key}[]` : format === 'INDICES' ? `${key}[${i}]` : key, format, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) formPairs(item, key === '' ? name : `${key}[${name}]`, format, out);
  } else if (value !== undefined) {
    out.push([key, scalar(value)]);
  }
}

function encodePairs(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** The request an HTTP Task's evaluated arguments describe. */
export function httpRequestOf(args: unknown): NonNullable<InspectionData['request']> {
  const a = record(args);
  const endpoint = typeof a.ApiEndpoint === 'string' ? a.ApiEndpoint : '';
  const transform = record(a.Transform);
  const urlEncoded = transform.RequestBodyEncoding === 'URL_ENCODED';
  const format = (record(transform.RequestEncodingOptions).ArrayFormat ?? 'REPEAT') as ArrayFormat;
  const query: [string, string][] = [];
  formPairs(a.QueryParameters ?? {}, '', format, query);
  const url = query.length === 0 ? endpoint : `${endpoint}${endpoint.includes('?') ? '&' : '?'}${encodePairs(query)}`;
  const headers: Record<string, unknown> = { ...record(a.Headers) };
  const request: NonNullable<InspectionData['request']> = {
    protocol: /^(\w+):/.exec(endpoint)?.[1]?.toLowerCase() ?? 'https',
    method: typeof a.Method === 'string' ? a.Method.toUpperCase() : 'GET',
    url,
  };
  if (a.RequestBody !== undefined) {
    let body: string;
    if (urlEncoded) {
      const pairs: [string, string][] = [];
      formPairs(a.RequestBody, '', format, pairs);
      body = typeof a.RequestBody === 'string' ? a.RequestBody : encodePairs(pairs);
    } else {
      body = typeof a.RequestBody === 'string' ? a.RequestBody : JSON.stringify(a.RequestBody);
    }
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = urlEncoded ? 'application/x-www-form-urlencoded' : 'application/json';
    }
    request.body = body;
  }
  request.headers = headerText(headers);
  return request;
}

/** The response in an HTTP Task's result (StatusCode, StatusText, Headers, ResponseBody); undefined when the result has none. */
export function httpResponseOf(result: unknown, protocol: string): InspectionData['response'] {
  const r = record(result);
  if (r.StatusCode === undefined && r.ResponseBody === undefined) return undefined;
  const response: NonNullable<InspectionData['response']> = { protocol };
  if (r.StatusCode !== undefined) response.statusCode = scalar(r.StatusCode);
  if (typeof r.StatusText === 'string') response.statusMessage = r.StatusText;
  response.headers = headerText(record(r.Headers));
  if (r.ResponseBody !== undefined) response.body = scalar(r.ResponseBody);
  return response;
}
