import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../core/api/contract';

const MAX_RECENT = 12;
const FILE_NAME = 'recent-projects.json';

const storedList = z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }));

/**
 * The recently opened projects, newest first, kept as a small JSON file in the app's state folder.
 * A missing or unreadable list is treated as empty: it is a convenience, never worth refusing to start.
 */
export class RecentProjects {
  private readonly file: string;

  constructor(stateDir: string) {
    this.file = join(stateDir, FILE_NAME);
  }

  list(): RecentProject[] {
    return this.read().map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
  }

  record(path: string, name: string, now = new Date()): void {
    const rest = this.read().filter((entry) => entry.path !== path);
    this.write([{ path, name, openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT));
  }

  private read(): z.infer<typeof storedList> {
    try {
      const parsed = storedList.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  /** Written to a temporary file and renamed, so a crash never leaves half a list. */
  private write(entries: z.infer<typeof storedList>): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(entries, null, 2));
    renameSync(temporary, this.file);
  }
}
