// Preloaded into a build (`node --import`) to see where its memory goes: every half second, and at
// exit, appends the process's memory (process.memoryUsage(), MiB) to the file MEMORY_TRACE_FILE
// names, one line each: the time of day, seconds since start, rss, heap total, heap used, external,
// array buffers (compare the times with the build's log).
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const file = process.env.MEMORY_TRACE_FILE;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

function sample(): void {
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const columns = [new Date().toISOString().slice(11, 19), (performance.now() / 1000).toFixed(1)];
  columns.push(...[rss, heapTotal, heapUsed, external, arrayBuffers].map(mib));
  appendFileSync(file!, `${columns.join('\t')}\n`);
}

if (file) {
  appendFileSync(file, 'time\tseconds\trss\theapTotal\theapUsed\texternal\tarrayBuffers\n');
  setInterval(sample, 500).unref();
  process.on('exit', sample);
}
