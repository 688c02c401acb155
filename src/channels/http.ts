// Shared HTTP helpers for channel routes: one way to answer with a coded error.
import type { Request, Response } from 'restify';
import { isDatabaseUnavailable } from '../db/client';
import { ApiError } from '../errors';

export function sendApiError(req: Request, res: Response, error: unknown): void {
  const apiError = error instanceof ApiError ? error : isDatabaseUnavailable(error) ? new ApiError('UNAVAILABLE') : new ApiError('INTERNAL');
  if (!(error instanceof ApiError)) req.log?.error({ err: error }, apiError.code === 'UNAVAILABLE' ? 'database unavailable' : 'request failed');
  if (apiError.code === 'UNAVAILABLE') res.header('Retry-After', '5');
  if (!res.headersSent) res.send(apiError.status, apiError.toJSON());
}
