'use strict';
/**
 * The Node versions the command runs on (keep in step with "engines" in package.json and with
 * src/cli/start.ts; a test checks both). Plain, old JavaScript: an old Node must be able to read it
 * to print the message rather than a syntax error from inside a library.
 */
function nodeSupported(version) {
  const [major, minor] = version.split('.').map(Number);
  return (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
}

const nodeMessage = (version) =>
  `Cần Node.js 20.19 trở lên (20.19+ hoặc 22.12+), máy đang chạy Node ${version}. Cài Node 20 LTS bản mới nhất hoặc Node 22 rồi chạy lại.`;

module.exports = { nodeMessage, nodeSupported };
