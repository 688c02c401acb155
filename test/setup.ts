// Shared test set-up: quiet logs unless LOG_LEVEL is set; the axe report after the whole run.
import { writeAxeReport } from './helpers/axe';

process.env.LOG_LEVEL ??= 'silent';

export const mochaHooks = {
  afterAll(): void {
    writeAxeReport();
  },
};
