/**
 * The route tests send every request through `contractInject`, so every response
 * the suite produces is checked against the committed OpenAPI document.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { contractViolations } from './contract-core.js';

export function checkContract(method: string, url: string, response: LightMyRequestResponse): void {
  expect(contractViolations(method, url, response)).toEqual([]);
}

export type Inject = (options: InjectOptions | string) => Promise<LightMyRequestResponse>;

export function contractInject(app: { inject: (o: InjectOptions) => Promise<LightMyRequestResponse> }): Inject {
  return async (options) => {
    const o: InjectOptions = typeof options === 'string' ? { method: 'GET', url: options } : options;
    const response = await app.inject(o);
    checkContract(o.method ?? 'GET', String(o.url), response);
    return response;
  };
}
