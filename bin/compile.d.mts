export const ROOT: string;
export const ENTRY: string;
export const LAZY_PACKAGES: Record<string, 'object' | 'functions'>;
export const LAZY_NAMED_EXPORTS: Record<string, string>;
export const VERSION_FILE: string;
export function outDirOf(env?: NodeJS.ProcessEnv): string;
export function compile(outDir?: string): Promise<void>;
export const WORKER_ENTRY: string;
