import type { CommonOptions } from '../options.js';

export type PageOptions = CommonOptions & { format?: 'table' | 'md' | 'json' };
