import { spawn } from 'node:child_process';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { resolve } from 'node:path';

/** nginx from Debian (package "nginx"), or wherever NGINX_PATH points. */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** A response as nginx sent it. */
export interface NginxResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** An nginx serving a folder with deploy/nginx.conf on a Unix socket. */
export interface ServedByNginx {
  /** Requests a path; `headers` are added to the request (such as Accept-Encoding). */
  get: (path: string, headers?: Record<string, string>) => Promise<NginxResponse>;
  stop: () => Promise<void>;
}

function run(args: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(nginxPath, args, { stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

/** Replaces a line of the deployed config that the test must change, failing if it is not there once. */
function replaceOnce(text: string, line: string, replacement: string): string {
  const parts = text.split(line);
  if (parts.length !== 2)
    throw new Error(`deploy/nginx.conf: expected the line "${line}" once; found it ${parts.length - 1} times.`);
  return parts.join(replacement);
}

/**
 * Starts nginx with deploy/nginx.conf, its listen and root lines pointed at a Unix socket and at siteDir,
 * everything else as a reader would deploy it. nginx binds the socket before its starting process exits,
 * so requests work as soon as start resolves.
 */
export async function serveWithNginx(siteDir: string, workDir: string): Promise<ServedByNginx> {
  try {
    await access(nginxPath);
  } catch {
    throw new Error(
      `The nginx test needs nginx at ${nginxPath}. Install it with "apt-get update && apt-get install -y nginx" ` +
        '(Debian/Ubuntu), or set NGINX_PATH to an nginx binary.',
    );
  }
  const dir = resolve(workDir);
  const socket = `${dir}/nginx.sock`;
  await mkdir(`${dir}/temp`, { recursive: true });
  let site = await readFile('deploy/nginx.conf', 'utf8');
  site = replaceOnce(site, '    listen 80;', `    listen unix:${socket};`);
  site = replaceOnce(site, '    root /var/www/open-models-debate/dist;', `    root ${resolve(siteDir)};`);
  await writeFile(`${dir}/site.conf`, site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir}/temp/${kind};`);
  await writeFile(
    `${dir}/nginx.conf`,
    [
      // Run as root, nginx hands requests to workers running as www-data, who cannot read a checkout
      // in a private folder (root's home is mode 0700): the workers run as the user the test runs as.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'worker_processes 1;',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp.map((line) => `  ${line}`),
      `  include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', dir, '-c', `${dir}/nginx.conf`, '-e', `${dir}/error.log`];
  if ((await run(args)) !== 0) {
    throw new Error(`nginx did not start:\n${await readFile(`${dir}/error.log`, 'utf8').catch(() => '(no error log)')}`);
  }
  return {
    get: (path, headers = {}) =>
      new Promise((done, fail) => {
        const req = request({ socketPath: socket, path, headers: { host: 'example.org', ...headers } }, (res) => {
          let body = '';
          res.setEncoding('latin1');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on('error', fail);
        req.end();
      }),
    stop: async () => {
      await run([...args, '-s', 'stop']);
    },
  };
}
