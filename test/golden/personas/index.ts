// All golden personas, in one list for the runner.
import { HEALTH_AND_LIMITS } from './healthAndLimits';
import { CONTROLS, MORE } from './more';
import { NEWCOMERS } from './newcomers';
import { RESERVE } from './reserve';
import type { Persona } from './types';
import { WORK_AND_INCOME } from './workAndIncome';
import { YOUNG } from './young';

export const PERSONAS: Persona[] = [...HEALTH_AND_LIMITS, ...NEWCOMERS, ...WORK_AND_INCOME, ...YOUNG, ...MORE, ...CONTROLS, ...RESERVE];
