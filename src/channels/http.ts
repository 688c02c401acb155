// Shared HTTP helpers for channel routes: one way to answer with a coded error.
import type { Request, Response } from 'restify';
import { ApiError } from '../errors';

export function sendApiError(req: Request, res: Response, error: unknown): void {
  const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL');
  if (!(error instanceof ApiError)) req.log?.error({ err: error }, 'request failed');
  if (!res.headersSent) res.send(apiError.status, apiError.toJSON());
}
