// CPU time from /proc (Linux): the server processes' own, and PostgreSQL's for one database.
// Process CPU (user + system) does not depend on how busy the rest of the machine is, unlike
// throughput, so it is the figure that compares across runs on a small shared box.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Clock ticks per second of utime/stime (`getconf CLK_TCK`; 100 on Linux almost always). */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime (fields 14 and 15 of /proc/<pid>/stat) in ms; 0 once the process is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    return 0;
  }
}

/** A client backend's title: "postgres: 15/main: user db 127.0.0.1(43210) idle" (or [local]). */
const CLIENT_BACKEND = /\d+\.\d+\.\d+\.\d+\(\d+\)|\[local\]|::1\(\d+\)/;

/**
 * PostgreSQL's CPU for one database, in ms: its backends (the process title names the database)
 * plus the server-wide processes every write passes through (postmaster, WAL writer, checkpointer,
 * background writer). Backends of other databases — other test runs on this machine — are left
 * out. PostgreSQL must run on this machine (the bench's default, 127.0.0.1).
 */
export function postgresCpuMs(database: string): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      const title = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (CLIENT_BACKEND.test(title) && !title.includes(` ${database} `)) continue;
      total += processCpuMs(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}
