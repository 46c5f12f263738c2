export function nodeSupported(version: string): boolean;
export function nodeMessage(version: string): string;
