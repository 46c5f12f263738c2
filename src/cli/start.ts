/**
 * Entry of `npm run build:docs`: checks the Node version before anything is loaded (PDF writing needs
 * import attributes, Node 20.10; the test runner Node 20.19), so that an old Node gets a Vietnamese
 * message rather than a syntax error from inside a library. Keep in step with "engines" in package.json.
 */
export const NODE_REQUIRED = '^20.19.0 || >=22.12.0';

export function nodeSupported(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  return (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
}

if (!nodeSupported(process.versions.node)) {
  console.error(`Cần Node.js 20.19 trở lên (20.19+ hoặc 22.12+), máy đang chạy Node ${process.versions.node}. Cài Node 20 LTS bản mới nhất hoặc Node 22 rồi chạy lại.`);
  process.exitCode = 1;
} else if (process.argv[1]?.endsWith('start.ts')) {
  await import('./build-docs.ts');
}
