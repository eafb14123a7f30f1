// Preloaded into a build (`node --import`): writes the process's own peak resident memory, in bytes,
// to the file PEAK_RSS_FILE names when it exits. runNode in buildSite.ts reads it.
import { writeFileSync } from 'node:fs';

const file = process.env.PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
