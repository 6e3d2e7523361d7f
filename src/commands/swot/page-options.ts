import type { CommonOptions } from '../options.js';

export type PageOptions = Omit<CommonOptions, 'format'> & { format?: 'table' | 'md' | 'csv' | 'json' | 'html'; out?: string; lang?: string };
