/** How lesson values are shown and typed. */
import type { ValueUnit } from '../types';

export const PERCENT: ValueUnit = { scale: 100, unit: '%', digits: 0 };
/** For shares under a few percent, where a whole percent hides the change. */
export const PERCENT_1: ValueUnit = { scale: 100, unit: '%', digits: 1 };
export const REQ_S: ValueUnit = { scale: 1, unit: 'req/s', digits: 0 };
export const MS: ValueUnit = { scale: 1, unit: 'ms', digits: 0 };
export const SECONDS: ValueUnit = { scale: 0.001, unit: 's', digits: 1 };
