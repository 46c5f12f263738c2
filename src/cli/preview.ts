/**
 * The preview of the watch command: a web server on this machine only (127.0.0.1) serving the output
 * folder. Every HTML page it serves gets a few lines of script that reload it when a build has run.
 * The files on disk stay as the build wrote them (they work offline without it).
 */
import { createServer, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Io } from './io.ts';

export interface Preview {
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

const EVENTS = '/__tai-lai';
const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(EVENTS)}).onmessage = () => location.reload();</script>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export function startPreview(outDir: string, port: number, io: Io): Promise<Preview | undefined> {
  const root = resolve(outDir);
  const listeners = new Set<ServerResponse>();
  const server = createServer(async (request, response) => {
    const path = pathOf(request.url);
    if (path === undefined) return notFound(response);
    if (path === EVENTS) return listen(response, listeners);
    const file = resolve(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) return notFound(response);
    try {
      const bytes = await readFile(file);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const body = type.startsWith('text/html') ? withReload(bytes.toString('utf8')) : bytes;
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      notFound(response);
    }
  });
  return new Promise((done) => {
    server.once('error', () => {
      io.err(`Không mở được trang xem trước ở cổng ${port} (cổng đang bị chương trình khác dùng?): chọn cổng khác, ví dụ --cong=4174. Vẫn theo dõi và tạo văn bản.`);
      done(undefined);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}/`;
      io.out(`Xem trước: ${url} (trang tự tải lại mỗi khi văn bản được tạo lại)`);
      done({
        url,
        reload: () => listeners.forEach((l) => l.write('data: tai-lai\n\n')),
        close: () => new Promise((closed) => {
          listeners.forEach((l) => l.end());
          server.close(() => closed());
        }),
      });
    });
  });
}

/** The path of a request's URL, decoded; undefined for one that cannot be (`%E0%A4%A`). */
function pathOf(url = '/'): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

function listen(response: ServerResponse, listeners: Set<ServerResponse>): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  response.write(': mo\n\n');
  listeners.add(response);
  response.on('close', () => listeners.delete(response));
}

const withReload = (html: string): string => (html.includes('</body>') ? html.replace('</body>', `${RELOAD_SCRIPT}</body>`) : html + RELOAD_SCRIPT);

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không có tệp này trong thư mục ra.');
}
